/**
 * 责任追究 on the public portal (issue 6), on a phone (390×844, touch): a citizen opens it from the portal home,
 * reads the statutory grounds (行政处罚法 第七十六条 …) and the bureau's own rules with the unit that takes reports;
 * an officer in the console may read the rules but not change them (the reason is shown); the supervisor changes a
 * paragraph (a new version in the history), and the citizen then reads the new text on the portal.
 */
import { expect as baseExpect, test, type Browser, type Page } from '@playwright/test';
import { openAs } from './helpers.ts';

const expect = baseExpect.configure({ timeout: 30_000 });
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 } as const;

/** A fresh phone context each time: the public answer may be cached for a minute, a new visitor has no cache. */
async function phonePage(browser: Browser): Promise<Page> {
  const use = test.info().project.use;
  const context = await browser.newContext({ baseURL: use.baseURL, locale: use.locale, timezoneId: use.timezoneId, ...PHONE });
  return context.newPage();
}

async function shot(page: Page, name: string) {
  await page.screenshot({ path: `test-results/portal-accountability-${name}.png`, fullPage: true });
}

test.describe.configure({ mode: 'serial' });

test('on a phone: open 责任追究 from the home page, read 第七十六条 and the bureau’s rules', async ({ browser }) => {
  const phone = await phonePage(browser);
  await phone.goto('/portal');
  await expect(phone.getByTestId('portal-title')).toBeVisible();
  await phone.getByTestId('portal-card-accountability').tap();
  await expect(phone).toHaveURL(/\/portal\/accountability$/);
  await expect(phone.getByTestId('portal-accountability-title')).toHaveText('责任追究');

  // The penalty law is open: 第七十六条 with its five items and the consequence.
  const art76 = phone.getByTestId('acc-provision-penalty-76-1');
  await expect(art76).toBeVisible();
  await expect(art76).toContainText('行政处罚法第七十六条第一款');
  await expect(art76).toContainText('执法人员未取得执法证件的');
  await expect(art76).toContainText('责令改正');
  await expect(phone.getByTestId('acc-provision-penalty-82')).toContainText('以行政处罚代替刑事处罚');
  // The other laws are folded; a tap opens one.
  await expect(phone.getByTestId('acc-provision-licensing-72')).toBeHidden();
  await phone.getByTestId('acc-law-licensing').locator('summary').tap();
  await expect(phone.getByTestId('acc-provision-licensing-72')).toContainText('依法应当举行听证而不举行听证的');

  // The bureau's own rules (seeded, marked 演示数据) and who takes reports, with the way to the complaint form.
  const rules = phone.getByTestId('acc-rules');
  await rules.scrollIntoViewIfNeeded();
  await expect(phone.getByTestId('acc-rules-title')).toContainText('行政执法过错责任追究办法');
  await expect(rules).toContainText('演示数据');
  await expect(phone.getByTestId('acc-report-unit')).toContainText('行政执法协调监督科');
  // Nothing overflows the phone's width.
  const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await shot(phone, '1-page');

  await phone.getByTestId('acc-report-online').tap();
  await expect(phone).toHaveURL(/\/portal\/complaints\/new$/);
  await phone.context().close();
});

test('an officer reads the rules but may not change them, and is told why', async ({ browser }) => {
  const officer = await openAs(browser, 'officer1');
  await officer.getByTestId('nav-accountability').click();
  await expect(officer.getByTestId('acc-current')).toContainText('行政执法过错责任追究办法');
  await expect(officer.getByTestId('acc-edit')).toBeDisabled();
  await expect(officer.getByTestId('acc-edit-blocked')).toContainText('公示发布');
  await officer.context().close();
});

test('the supervisor changes a paragraph in the console; the portal shows the new version', async ({ browser }) => {
  // Two sign-ins and two page loads: on a loaded machine this needs more than the default minute.
  test.slow();
  const marker = `第七条 处理决定作出前，应当听取被追责人员的陈述和申辩（演示修改 ${Date.now() % 100000}）。`;
  const supervisor = await openAs(browser, 'supervisor');
  await supervisor.getByTestId('nav-accountability').click();
  await expect(supervisor.getByTestId('acc-current')).toBeVisible();
  await supervisor.getByTestId('acc-edit').click();
  const text = supervisor.getByTestId('acc-field-paragraphs');
  const before = await text.inputValue();
  const lines = before.split('\n');
  const seventh = lines.findIndex((l) => l.startsWith('第七条'));
  expect(seventh, 'the seeded rules have a 第七条').toBeGreaterThanOrEqual(0);
  lines[seventh] = marker;
  await text.fill(lines.join('\n'));
  await supervisor.getByTestId('acc-field-note').fill('第七条补充陈述申辩的时间要求');
  await supervisor.getByTestId('acc-save').click();

  await expect(supervisor.getByTestId(`acc-console-paragraph-${seventh + 1}`)).toHaveText(marker);
  await expect(supervisor.getByTestId('acc-current')).toContainText('第 2 版');
  const history = supervisor.getByTestId('acc-history');
  await expect(history).toContainText('第七条补充陈述申辩的时间要求');
  await expect(history).toContainText('载入演示数据');
  await supervisor.screenshot({ path: 'test-results/portal-accountability-2-console.png', fullPage: true });
  // The old version is kept and can be opened.
  await supervisor.getByTestId('acc-view-1').click();
  await expect(supervisor.getByTestId('acc-version-1')).not.toContainText('演示修改');
  await supervisor.context().close();

  const phone = await phonePage(browser);
  await phone.goto('/portal/accountability');
  await expect(phone.getByTestId(`acc-rules-paragraph-${seventh + 1}`)).toHaveText(marker);
  await expect(phone.getByTestId('acc-rules')).toContainText('第 2 版');
  await phone.getByTestId('acc-rules').scrollIntoViewIfNeeded();
  await shot(phone, '3-updated');
  await phone.context().close();
});
