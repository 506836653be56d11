/**
 * The case console's people forms in a real browser (issue 5 console gaps): the 局长 records a collective discussion
 * choosing the three 局领导 by their accounts, with those sitting in and the minutes; on a noticed hearing the party's
 * request that the presider step aside is recorded, granted, and the legal unit names another presider — offered
 * only people who did not investigate; the legal reviewer can be named in a recusal request.
 * Each test drives a case of its own through the API to the stage it needs (seedCase), so each runs alone, in any
 * order, and again on the same server.
 */
import { expect as baseExpect, test, type Browser, type Page } from '@playwright/test';
import { caseAction, openAs, pickOption, seedCase } from './helpers.ts';

const expect = baseExpect.configure({ timeout: 30_000 });

async function shot(page: Page, name: string) {
  await page.screenshot({ path: `test-results/case-people-${name}.png`, fullPage: true });
}

test('the 局长 records a collective discussion with the three 局领导 chosen by account', async ({ browser }: { browser: Browser }) => {
  test.setTimeout(300_000);
  const url = await seedCase('legalReview', '曹某');
  const leader = await openAs(browser, 'leader');
  await caseAction(leader, url, 'recordCollectiveDiscussion', async (f) => {
    const picker = f.getByLabel('参加讨论的负责人（按账号选择，至少三人）');
    for (const name of ['王建国', '孙立平', '周海涛']) await pickOption(leader, picker, name, true);
    await leader.keyboard.press('Escape');
    await f.getByLabel('列席人员（每行一人，不计入负责人）').fill('陈静（法制审核）');
    await f.getByLabel('讨论记录（发言要点及结论）').fill('王建国：事实清楚，同意。\n孙立平：同意。\n周海涛：同意。');
    await shot(leader, '1-discussion-form');
  });
  await expect(leader.getByTestId('case-state')).toHaveText('集体讨论完毕');
  await expect(leader.getByText('参加 王建国、孙立平、周海涛、陈静（法制审核）')).toBeVisible();
  await shot(leader, '2-discussed');
  await leader.context().close();
});

test('a recused hearing presider is replaced by someone who did not investigate', async ({ browser }: { browser: Browser }) => {
  test.setTimeout(300_000);
  const officer = await openAs(browser, 'officer1');
  const leader = await openAs(browser, 'leader');
  const reviewer = await openAs(browser, 'reviewer');
  const url = await seedCase('hearingNoticed', '林某');

  await caseAction(officer, url, 'requestRecusal', async (f) => {
    const person = f.getByLabel('申请回避的人员');
    await person.click();
    // The legal reviewers are offered too (回避 of 法制审核人员, 第四十三条).
    await expect(officer.locator('.ant-select-dropdown:visible').getByText('陈静（法制审核人员）')).toBeVisible();
    await pickOption(officer, person, '赵强（听证主持人）');
    await pickOption(officer, f.getByLabel('提出方'), '当事人申请');
    await f.getByLabel('回避理由').fill('当事人称主持人与举报人系同事，可能影响公正');
  });
  await caseAction(leader, url, 'decideRecusal', async (f) => {
    await pickOption(leader, f.getByLabel('回避申请'), '赵强');
    await pickOption(leader, f.getByLabel('决定', { exact: true }), '决定回避');
    await f.getByLabel('决定理由').fill('申请理由成立');
  });
  await caseAction(reviewer, url, 'replaceHearingPresider', async (f) => {
    const picker = f.getByLabel('新的听证主持人（非本案调查人员）');
    await picker.click();
    // 张伟 investigates this case: not offered.
    await expect(reviewer.locator('.ant-select-dropdown:visible')).not.toContainText('张伟（');
    await pickOption(reviewer, picker, '周海涛');
    await f.getByLabel('说明').fill('原主持人赵强决定回避，另行指定');
    await shot(reviewer, '3-replace-presider');
  });
  await expect(reviewer.getByText('新主持人 周海涛')).toBeVisible();
  await shot(reviewer, '4-replaced');
  for (const p of [officer, leader, reviewer]) await p.context().close();
});
