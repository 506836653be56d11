/**
 * Issue 5 in a real browser: a general-procedure penalty case from the lead to the served decision, each step taken
 * by the person the law names — 张伟 (officer1) registers the lead, the 局长 (leader) files it, the 科长 (head)
 * assigns two certified officers (张伟 and 刘芳: both hold 律师 certificates in the demo roster), the two
 * investigate, report and serve the prior notice, the party's waiver is recorded, the 局长 decides, the officer
 * serves the decision — and the 行政处罚决定书 downloads as a .docx.
 */
import fs from 'node:fs';
import { expect as baseExpect, test, type Browser, type Page } from '@playwright/test';
import { addEvidence, caseAction, openAs, pickOption } from './helpers.ts';

// Every step is a server round trip through the guards; a shared CI machine can be slow.
const expect = baseExpect.configure({ timeout: 30_000 });
const PARTY = `江苏示例诚明律师事务所${Date.now() % 100_000}`;
const daysAgo = (n: number) => new Date(Date.now() + 8 * 3_600_000 - n * 86_400_000).toISOString().slice(0, 10);

async function shot(page: Page, name: string) {
  await page.screenshot({ path: `test-results/cases-${name}.png`, fullPage: true });
}

test.describe.configure({ mode: 'serial' });

test('two officers take a case from the lead to the served decision; the leader approves; the decision .docx downloads', async ({ browser }: { browser: Browser }) => {
  test.setTimeout(600_000);
  const officer1 = await openAs(browser, 'officer1');
  const head = await openAs(browser, 'head');
  const leader = await openAs(browser, 'leader');
  const officer2 = await openAs(browser, 'officer2');

  // 案源登记 by 张伟.
  await officer1.goto('/cases');
  await officer1.getByTestId('case-register').click();
  const form = officer1.getByTestId('case-register-form');
  await pickOption(officer1, form.getByTestId('case-register-power'), 'CF-LS-012');
  const violation = form.getByTestId('case-register-violation').locator('input').or(form.locator('input[data-testid="case-register-violation"]')).first();
  await violation.click();
  await violation.fill(daysAgo(20));
  await violation.press('Enter');
  await form.getByTestId('case-register-party').fill(PARTY);
  await form.getByLabel('地址').fill('示例市鼓楼区汉中路2号金陵世纪大厦18楼');
  await form.getByTestId('case-register-summary').fill('年度检查考核发现：该所在微信公众号以“零风险代理”“包赢”等虚假承诺宣传承揽业务');
  await officer1.getByTestId('case-register-submit').click();
  await expect(officer1).toHaveURL(/\/cases\/[0-9a-f-]{36}$/);
  const caseUrl = new URL(officer1.url()).pathname;
  await expect(officer1.getByTestId('case-state')).toHaveText('案源登记');
  await expect(officer1.getByTestId('case-party')).toHaveText(PARTY);
  await shot(officer1, '1-lead');

  // 立案 by the 局长: the refusal is not shown to him, the action is.
  await caseAction(leader, caseUrl, 'fileCase', async (f) => {
    await f.getByLabel('立案意见').fill('经核查，有违法事实，属本局管辖，同意立案');
  });
  await expect(leader.getByTestId('case-state')).toHaveText('已立案');
  await expect(leader).toHaveURL(caseUrl);
  await shot(leader, '2-filed');

  // The 科长 assigns the two certified officers (第四十二条).
  await caseAction(head, caseUrl, 'startInvestigation', async (f) => {
    const picker = f.getByLabel('承办执法人员（至少两名）');
    await pickOption(head, picker, '张伟', true);
    await pickOption(head, picker, '刘芳', true);
    await head.keyboard.press('Escape');
  });
  await expect(head.getByTestId('case-state')).toHaveText('调查取证');
  await expect(head.getByTestId('case-investigators')).toContainText('张伟');
  await expect(head.getByTestId('case-investigators')).toContainText('刘芳');
  await shot(head, '3-investigating');

  // The 证据目录 gets its first item (调查终结 refuses an empty one, 第五十四条).
  await addEvidence(caseUrl, ['张伟', '刘芳']);
  await officer1.reload();
  // 调查终结报告 by 张伟, proposing a warning.
  await caseAction(officer1, caseUrl, 'submitInvestigationReport', async (f) => {
    await f.getByLabel('调查终结报告').fill('经调查，当事人以虚假承诺进行宣传承揽业务，事实清楚，证据确凿；情节较轻，建议给予警告');
    await f.getByRole('button', { name: '添加处罚种类' }).click();
    await pickOption(officer1, f.locator('.ant-select').filter({ hasText: '处罚种类' }).first(), '警告');
  });
  await expect(officer1.getByTestId('case-state')).toHaveText('调查终结');

  // 事先告知 by the second officer, 刘芳 (the proposal and the basis are prefilled).
  await caseAction(officer2, caseUrl, 'servePriorNotice', async (f) => {
    await f.getByLabel('违法事实').fill('当事人在其微信公众号发布“零风险代理”“包赢”等虚假承诺');
    await f.getByLabel('处罚理由').fill('当事人的行为违反了《中华人民共和国律师法》第二十六条的规定');
    await f.getByText('已告知陈述、申辩权').click();
  });
  await expect(officer2.getByTestId('case-state')).toHaveText('已告知');
  await expect(officer2.getByTestId('case-clocks')).toContainText('陈述、申辩期限');
  await shot(officer2, '4-noticed');

  // Before the party is heard, the 局长 may not decide: the reason and its article are shown.
  await leader.goto(caseUrl);
  // Shown, but disabled, with the reason on hover.
  await expect(leader.getByTestId('case-action-blocked-decide')).toBeVisible();
  await leader.getByTestId('case-action-blocked-decide').hover();
  await expect(leader.getByTestId('case-ability-tip-decide')).toContainText('陈述、申辩期限');
  await expect(leader.getByTestId('case-ability-tip-decide')).toContainText('第');
  await shot(leader, '5-decide-blocked');

  // The party waives statement and defence in writing; 张伟 records it.
  await caseAction(officer1, caseUrl, 'recordStatementWaiver', async (f) => {
    await f.getByLabel('说明').fill('当事人签收告知书后书面表示对拟处罚无异议，放弃陈述、申辩');
  });

  // 处罚决定 by the 局长.
  await caseAction(leader, caseUrl, 'decide', async (f) => {
    await f.getByLabel('违法事实').fill('当事人在其微信公众号发布“零风险代理”“包赢”等虚假承诺，以不正当手段承揽业务');
    await f.getByLabel('证据（每行一项）').fill('微信公众号页面截图\n律所负责人询问笔录\n年度检查考核材料');
    await f.getByLabel('救济途径和期限').fill('如不服本决定，可以在收到本决定书之日起六十日内向示例市人民政府申请行政复议，或者在六个月内向人民法院提起行政诉讼');
    await f.getByText('已加盖印章').click();
  });
  await expect(leader.getByTestId('case-state')).toHaveText('已作出决定');
  await expect(leader.getByText(/决定书：示司罚决字〔\d{4}〕第\d+号/)).toBeVisible();
  await shot(leader, '6-decided');

  // 送达 by 张伟.
  await caseAction(officer1, caseUrl, 'serveDecision', async (f) => {
    await pickOption(officer1, f.getByLabel('送达方式'), '直接送达');
  });
  await expect(officer1.getByTestId('case-state')).toHaveText('已送达');
  const steps = officer1.getByTestId('case-step');
  expect(await steps.count()).toBeGreaterThanOrEqual(8);
  await shot(officer1, '7-served');

  // The 行政处罚决定书 as .docx from the documents tab.
  await officer1.getByRole('tab', { name: '执法文书' }).click();
  await expect(officer1.getByTestId('case-documents')).toBeVisible();
  await officer1.getByTestId('generate-decision').click();
  const link = officer1.getByTestId('download-decision-1');
  await expect(link).toBeVisible({ timeout: 20_000 });
  await shot(officer1, '8-documents');
  const [download] = await Promise.all([officer1.waitForEvent('download'), link.click()]);
  expect(download.suggestedFilename()).toMatch(/\.docx$/);
  const file = await download.path();
  expect(fs.statSync(file).size).toBeGreaterThan(0);
  // A .docx is a zip: it starts with PK.
  expect(fs.readFileSync(file).subarray(0, 2).toString()).toBe('PK');

  for (const p of [officer1, officer2, head, leader]) await p.context().close();
});

test('the demo bureau comes with cases in every stage, the hearing branch among them', async ({ browser }: { browser: Browser }) => {
  const leader = await openAs(browser, 'leader');
  const r = await leader.request.get('/api/cases?pageSize=200');
  expect(r.status()).toBe(200);
  const states = new Set(((await r.json()) as { items: { state: string }[] }).items.map((c) => c.state));
  for (const s of ['lead', 'filed', 'investigating', 'priorNoticeServed', 'hearingRequested', 'hearingNoticed', 'heard', 'decided', 'served', 'executing', 'closed', 'noPenalty', 'transferred', 'withdrawn']) {
    expect(states, s).toContain(s);
  }
  await leader.goto('/cases');
  await expect(leader.getByTestId('cases-table')).toBeVisible();
  await expect(leader.getByTestId('case-link').first()).toBeVisible();
  await shot(leader, '0-list');
  await leader.context().close();
});

