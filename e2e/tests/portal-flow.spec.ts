/**
 * 办理流程图 on the public power page (issue 6), on a phone (390×844, touch): a penalty power shows its three
 * procedures as tabs (简易程序, 普通程序, 普通程序（听证）), each an ordered list of steps with the article and the
 * clock of each; a licence shows the 行政许可法 procedure; an inspection item keeps its text and has no chart.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 } as const;

async function phonePage(browser: Browser): Promise<Page> {
  const use = test.info().project.use;
  const context = await browser.newContext({ baseURL: use.baseURL, locale: use.locale, timezoneId: use.timezoneId, ...PHONE });
  return context.newPage();
}

async function shot(page: Page, name: string) {
  await page.screenshot({ path: `test-results/portal-flow-${name}.png`, fullPage: true });
}

/** The page may not scroll sideways on a phone: nothing wider than the viewport. */
async function expectNoHorizontalScroll(page: Page) {
  const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
  expect(scroll).toBeLessThanOrEqual(client);
}

test('on a phone: a penalty power shows the simple, general and hearing procedures as flow charts', async ({ browser }) => {
  const phone = await phonePage(browser);
  await phone.goto('/portal/powers/CF-LS-001');
  await expect(phone.getByTestId('portal-power-detail')).toBeVisible();
  // The item's own text stays above the chart.
  const requirements = phone.getByRole('heading', { name: '办理要求', level: 3 });
  const flow = phone.getByTestId('power-flow');
  await expect(flow).toBeVisible();
  const [reqBox, flowBox] = await Promise.all([requirements.boundingBox(), flow.boundingBox()]);
  expect(reqBox!.y).toBeLessThan(flowBox!.y);

  const tabs = flow.getByRole('tab');
  await expect(tabs).toHaveText(['简易程序（当场处罚）', '普通程序', '普通程序（听证）']);
  await expect(tabs.first()).toHaveAttribute('aria-selected', 'true');

  // 简易程序: decided on the spot, filed with the agency, 15 days to pay.
  const simple = flow.getByRole('tabpanel', { name: '简易程序（当场处罚）' });
  await expect(simple.getByRole('heading', { level: 5 }).first()).toHaveText('当场作出处罚决定');
  await expect(simple).toContainText('《行政处罚法》第五十二条');
  await expect(simple).toContainText('自收到处罚决定书之日起15日内缴纳罚款');
  await expectNoHorizontalScroll(phone);
  await flow.scrollIntoViewIfNeeded();
  await shot(phone, '1-simple');

  // 普通程序: tap the tab; the steps are a list in order, with the 90-day clock and 不予处罚 as a branch.
  await tabs.nth(1).tap();
  await expect(tabs.nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(simple).toBeHidden();
  const general = flow.getByRole('tabpanel', { name: '普通程序', exact: true });
  const steps = general.getByRole('list', { name: /普通程序办理步骤/ }).getByRole('heading', { level: 5 });
  await expect(steps).toHaveText([
    '立案',
    '调查取证',
    '调查终结',
    '法制审核',
    '集体讨论',
    '告知',
    '陈述、申辩',
    '作出处罚决定',
    '送达',
    '履行',
    '结案',
    '归档',
  ]);
  await expect(general).toContainText('收到告知书后5个工作日内提出陈述、申辩');
  await expect(general).toContainText('自立案之日起90日内作出处罚决定');
  await expect(general).toContainText('当事人不在场的，作出决定后7个工作日内送达');
  await expect(general.getByRole('list', { name: '调查终结的分支情形' })).toContainText('不予行政处罚');
  await expect(general.getByRole('list', { name: '调查终结的分支情形' })).toContainText('程序终结');
  await expectNoHorizontalScroll(phone);
  await shot(phone, '2-general');

  // 普通程序（听证）: by keyboard from the selected tab, as a screen-reader user would.
  await tabs.nth(1).focus();
  await phone.keyboard.press('ArrowRight');
  await expect(tabs.nth(2)).toHaveAttribute('aria-selected', 'true');
  await expect(tabs.nth(2)).toBeFocused();
  const hearing = flow.getByRole('tabpanel', { name: '普通程序（听证）' });
  await expect(hearing).toContainText('《行政处罚法》第六十三条');
  await expect(hearing).toContainText('收到告知书后5个工作日内提出听证申请');
  await expect(hearing).toContainText('举行听证的7个工作日前通知当事人听证的时间、地点');
  await expect(hearing.getByRole('heading', { name: '举行听证', level: 5 })).toBeVisible();
  await expect(hearing).toContainText('《行政处罚法》第六十四条');
  await expectNoHorizontalScroll(phone);
  await shot(phone, '3-hearing');
  await phone.context().close();
});

test('on a phone: a licence shows the 行政许可法 procedure; an inspection item has no chart', async ({ browser }) => {
  const phone = await phonePage(browser);
  await phone.goto('/portal/powers/XK-LS-001');
  const flow = phone.getByTestId('power-flow');
  await expect(flow).toBeVisible();
  await expect(flow.getByRole('tab')).toHaveCount(0);
  const chart = flow.getByTestId('flow-chart-licence');
  await expect(chart.getByRole('heading', { level: 5 })).toHaveText([
    '提出申请',
    '受理',
    '审查',
    '听证',
    '作出许可决定',
    '颁发、送达许可证件',
    '公开许可决定',
  ]);
  await expect(chart).toContainText('当场或者5个工作日内一次告知需要补正的全部内容');
  await expect(chart).toContainText('《行政许可法》第三十二条');
  await expect(chart).toContainText('自受理之日起20个工作日内作出决定；不能作出的，经本机关负责人批准可以延长10个工作日');
  await expect(chart).toContainText('自作出准予许可决定之日起10个工作日内颁发、送达');
  await expect(chart).toContainText('《行政许可法》第四十四条');
  await expectNoHorizontalScroll(phone);
  await flow.scrollIntoViewIfNeeded();
  await shot(phone, '4-licence');

  await phone.goto('/portal/powers/JC-LS-001');
  await expect(phone.getByTestId('portal-power-detail')).toContainText('办理程序');
  await expect(phone.getByTestId('power-flow')).toHaveCount(0);
  await phone.context().close();
});

test('on a desktop: branches sit beside the steps', async ({ browser }) => {
  const use = test.info().project.use;
  const context = await browser.newContext({ baseURL: use.baseURL, locale: use.locale, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto('/portal/powers/QZ-TY-002');
  const flow = page.getByTestId('power-flow');
  await expect(flow.getByTestId('flow-chart-coercion.courtEnforcement')).toContainText('催告书送达10个工作日后当事人仍未履行的，方可申请');
  await page.goto('/portal/powers/CF-LS-001');
  await page.getByTestId('power-flow').getByRole('tab', { name: '普通程序', exact: true }).click();
  const step = page.getByTestId('power-flow').getByRole('tabpanel', { name: '普通程序', exact: true }).getByTestId('flow-step').nth(1);
  const [box, branches] = await Promise.all([
    step.locator('.qz-flow-box').boundingBox(),
    step.getByRole('list', { name: '调查取证的分支情形' }).boundingBox(),
  ]);
  expect(branches!.x).toBeGreaterThan(box!.x + box!.width);
  await page.getByTestId('power-flow').scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/portal-flow-5-desktop.png', fullPage: true });
  await context.close();
});
