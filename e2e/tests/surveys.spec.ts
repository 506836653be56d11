/**
 * 满意度评议 (issue 6): the demo case closed last carries its one-time 评价码 on the case page (满意度评议 tab); the party
 * rates it on the portal on a phone (1–5 + comment) and a second use is refused in Chinese; the supervision office
 * then sees the rating in the results per department and per officer.
 */
import { expect as baseExpect, test, type Browser, type Page } from '@playwright/test';
import { openAs } from './helpers.ts';

const expect = baseExpect.configure({ timeout: 30_000 });
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 } as const;

async function phonePage(browser: Browser): Promise<Page> {
  const use = test.info().project.use;
  const context = await browser.newContext({ baseURL: use.baseURL, locale: use.locale, timezoneId: use.timezoneId, ...PHONE });
  return context.newPage();
}

const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/surveys-${name}.png`, fullPage: true });

type Step = { action: string; at: string; payload: Record<string, unknown> };

/** The closed demo case whose closing is the latest (the demo seed leaves its code unused). */
async function latestClosedCase(page: Page): Promise<{ id: string; caseNumber: string }> {
  const list = (await (await page.request.get('/api/cases?state=closed&pageSize=50')).json()) as { items: { id: string }[] };
  let best: { id: string; caseNumber: string; at: string } | null = null;
  for (const { id } of list.items) {
    const d = (await (await page.request.get(`/api/cases/${id}`)).json()) as { caseNumber: string; steps: Step[] };
    const close = d.steps.find((s) => s.action === 'close');
    if (close && (!best || close.at > best.at)) best = { id, caseNumber: d.caseNumber, at: close.at };
  }
  expect(best, 'a closed demo case').not.toBeNull();
  return best!;
}

/** The 律师工作科 row of the results page: how many 4-point ratings it shows. */
async function fourPointRatings(page: Page): Promise<number> {
  await page.getByTestId('nav-surveys').click();
  const row = page.getByTestId('surveys-departments').locator('tbody tr').filter({ hasText: '律师工作科' });
  await expect(row).toContainText('4分');
  return Number(/4分 (\d+)/.exec((await row.textContent()) ?? '')?.[1] ?? NaN);
}

test('a closed case’s 评价码 is rated once on the portal and shows in the results', async ({ browser }) => {
  const supervisor = await openAs(browser, 'supervisor');
  const fourBefore = await fourPointRatings(supervisor); // the demo's earlier answers
  expect(fourBefore).toBeGreaterThanOrEqual(0);
  const leader = await openAs(browser, 'leader');
  const closed = await latestClosedCase(leader);
  await leader.goto(`/cases/${closed.id}`);
  await leader.getByRole('tab', { name: '满意度评议' }).click();
  const code = (await leader.getByTestId('case-survey-code').textContent())!.trim();
  expect(code).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
  await expect(leader.getByTestId('case-survey-slip')).toContainText(closed.caseNumber);
  await shot(leader, 'case-slip');

  const phone = await phonePage(browser);
  await phone.goto('/portal/survey');
  // Typed the way people do: lower case, spaces instead of hyphens.
  await phone.getByTestId('survey-code').fill(code.toLowerCase().replaceAll('-', ' '));
  await phone.getByTestId('survey-lookup').click();
  await expect(phone.getByTestId('survey-subject')).toContainText(closed.caseNumber);
  await expect(phone.getByTestId('survey-subject')).toContainText('律师工作科');
  await phone.getByTestId('survey-submit').click();
  await expect(phone.getByText('请选择评分')).toBeVisible();
  await phone.getByTestId('survey-rating-4').click();
  await phone.getByTestId('survey-comment').fill('执法人员解释清楚，办理及时。');
  await shot(phone, 'portal-rating');
  await phone.getByTestId('survey-submit').click();
  await expect(phone.getByTestId('survey-done')).toContainText('评价已提交');
  await shot(phone, 'portal-done');

  // The same code again: refused with the reason, not a generic error.
  await phone.goto('/portal/survey');
  await phone.getByTestId('survey-code').fill(code);
  await phone.getByTestId('survey-lookup').click();
  await expect(phone.getByTestId('survey-lookup-error')).toContainText('该评价码已使用');
  // A made-up code says only that it is wrong.
  await phone.getByTestId('survey-code').fill('ABCD-EFGH-JKMN');
  await phone.getByTestId('survey-lookup').click();
  await expect(phone.getByTestId('survey-lookup-error')).toHaveText('评价码有误，请核对后重新输入');

  await supervisor.reload();
  await expect.poll(() => fourPointRatings(supervisor)).toBe(fourBefore + 1);
  await expect(supervisor.getByTestId('surveys-officers')).toContainText('执法人员');
  await shot(supervisor, 'results');
});
