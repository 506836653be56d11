/**
 * 社会监督员 end to end: a social supervisor in office signs in on a phone (390×844) and submits an observation; one
 * whose term has ended is refused with the Chinese reason; the bureau's supervisor (console, desktop) opens 社会监督员,
 * assigns the observation to a department and answers it; the supervisor then reads the answer on the portal.
 */
import { expect as baseExpect, test, type Browser, type Page } from '@playwright/test';
import { DEMO_PASSWORD, openAs } from './helpers.ts';

const expect = baseExpect.configure({ timeout: 30_000 });
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 } as const;

async function phonePage(browser: Browser): Promise<Page> {
  const use = test.info().project.use;
  const context = await browser.newContext({ baseURL: use.baseURL, locale: use.locale, timezoneId: use.timezoneId, ...PHONE });
  return context.newPage();
}

async function shot(page: Page, name: string) {
  await page.screenshot({ path: test.info().outputPath(`supervisor-${name}.png`), fullPage: true });
}

async function portalLogin(page: Page, loginName: string) {
  await page.goto('/portal/supervisor/login');
  await page.getByTestId('supervisor-login-name').fill(loginName);
  await page.getByTestId('supervisor-login-password').fill(DEMO_PASSWORD);
  await page.getByTestId('supervisor-login-submit').tap();
}

test('a social supervisor reports on a phone, the bureau assigns and answers, the supervisor reads the answer', async ({ browser }) => {
  // Unique per run, so the queue row and the portal entry are this observation and no seeded one.
  const tag = `编号${Date.now()}`;
  const content = `执法人员检查时未出示执法证件，态度生硬（${tag}）。`;
  const answer = '已交公共法律服务管理科核查，查实后依法处理，并将结果在此告知。';
  const phone = await phonePage(browser);

  await test.step('jianduyuan1 (in office) signs in and submits an observation', async () => {
    await portalLogin(phone, 'jianduyuan1');
    await expect(phone.getByTestId('supervisor-home-title')).toBeVisible();
    await phone.getByTestId('observation-category').selectOption('conduct');
    await phone.getByTestId('observation-unit').fill('市场监督管理综合行政执法支队');
    await phone.getByTestId('observation-content').fill(content);
    await phone.getByTestId('observation-submit').tap();
    await expect(phone.getByText('已提交，我局将交办')).toBeVisible();
    const mine = phone.getByTestId('supervisor-observation').filter({ hasText: content });
    await expect(mine).toBeVisible();
    await expect(mine.getByTestId('supervisor-observation-answer')).toHaveCount(0);
    await shot(phone, '1-submitted');
  });

  await test.step('jianduyuan2 (term ended) is refused with the reason', async () => {
    const other = await phonePage(browser);
    await portalLogin(other, 'jianduyuan2');
    const error = other.getByTestId('supervisor-login-error');
    await expect(error).toContainText('聘期已于');
    await expect(error).toContainText('届满');
    await expect(other.getByTestId('supervisor-home-title')).toHaveCount(0);
    await shot(other, '2-refused');
    await other.context().close();
  });

  await test.step('the bureau supervisor assigns and answers it in the console', async () => {
    const staff = await openAs(browser, 'supervisor');
    await staff.setViewportSize({ width: 1400, height: 900 });
    await staff.getByTestId('nav-supervision').click();
    const row = staff.locator('.ant-table-row').filter({ hasText: tag }).first();
    await expect(row.getByTestId('observation-state')).toHaveText('已提交');
    await row.click();
    await staff.getByTestId('observation-assign').click();
    // 承办科室 is a department TreeSelect: its options are tree nodes titled by the department's name.
    await expect(async () => {
      await staff.getByTestId('observation-department').click();
      await staff.locator('.ant-select-dropdown:visible [title="公共法律服务管理科"]').last().click({ timeout: 3_000 });
      await expect(staff.getByTestId('observation-department')).toContainText('公共法律服务管理科', { timeout: 2_000 });
    }).toPass({ timeout: 30_000 });
    await staff.getByTestId('observation-submit').click();
    await expect(staff.getByText('已交办')).toBeVisible();
    await staff.getByTestId('observation-answer').click();
    await staff.getByTestId('observation-answer-text').fill(answer);
    await staff.getByTestId('observation-submit').click();
    await expect(staff.getByText('已答复，监督员可在门户查看')).toBeVisible();
    await shot(staff, '3-console-answered');
    await staff.keyboard.press('Escape');
    await expect(row.getByTestId('observation-state')).toHaveText('已答复');
    await staff.context().close();
  });

  await test.step('the supervisor portal shows the answer', async () => {
    await phone.reload();
    const mine = phone.getByTestId('supervisor-observation').filter({ hasText: content });
    await expect(mine.getByTestId('supervisor-observation-answer')).toContainText(answer);
    await shot(phone, '4-answer');
  });
});
