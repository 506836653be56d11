/**
 * Portal gaps of issue 6's review, on a phone: compressed first load (measured), a real 未找到 page, region names
 * and an empty-number message on the certificate check, a complaint blocked while an attachment is refused and a
 * phone number accepted as typed, and the power page's statutory time limit and supervision channels.
 */
import { expect as baseExpect, test, type Browser, type Page } from '@playwright/test';

const expect = baseExpect.configure({ timeout: 30_000 });
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 } as const;

async function phonePage(browser: Browser): Promise<Page> {
  const use = test.info().project.use;
  const context = await browser.newContext({ baseURL: use.baseURL, locale: use.locale, timezoneId: use.timezoneId, ...PHONE });
  return context.newPage();
}

test.describe.configure({ mode: 'serial' });

test('the portal first load comes compressed; its transferred bytes are measured', async ({ browser }) => {
  const page = await phonePage(browser);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  const types = new Map<string, string>();
  const bytes = new Map<string, number>();
  cdp.on('Network.responseReceived', (e) => types.set(e.requestId, e.type));
  cdp.on('Network.loadingFinished', (e) => bytes.set(e.requestId, e.encodedDataLength));
  const scripts: Promise<string>[] = [];
  page.on('response', (r) => {
    if (!r.url().includes('/assets/') || !r.url().endsWith('.js')) return;
    // Files under 1 KB are not precompressed (apps/web/build/precompress.ts): the header would cost more.
    scripts.push(r.body().then((b) => (b.length < 1024 ? 'small' : `${r.headers()['content-encoding']}|${r.headers()['cache-control']}`)));
  });
  await page.goto('/portal');
  await expect(page.getByTestId('portal-title')).toBeVisible();
  await page.waitForLoadState('networkidle');
  let js = 0;
  let total = 0;
  for (const [id, n] of bytes) {
    total += n;
    if (types.get(id) === 'Script') js += n;
  }
  test.info().annotations.push({ type: 'portal first load', description: `JS ${js} B transferred, all ${total} B` });
  console.log(`portal first load: JS ${js} B transferred, total ${total} B, ${scripts.length} scripts`);
  const encodings = (await Promise.all(scripts)).filter((e) => e !== 'small');
  expect(encodings.length).toBeGreaterThan(0);
  for (const e of encodings) expect(e).toBe('br|public, max-age=31536000, immutable');
  // issue 6's budget: ≤ 300 KB of compressed JavaScript on the portal's first load.
  expect(js).toBeLessThan(300 * 1024);
  await expect(page).toHaveTitle(/行政执法公示$/);
  await page.context().close();
});

test('an unknown portal address says 未找到 and offers the sections', async ({ browser }) => {
  const page = await phonePage(browser);
  await page.goto('/portal/no-such-page');
  await expect(page.getByTestId('portal-not-found')).toContainText('未找到该页面');
  await expect(page).toHaveTitle(/^页面未找到 - /);
  await page.getByRole('link', { name: '查看权责清单' }).tap();
  await expect(page).toHaveURL(/\/portal\/powers$/);
  await expect(page).toHaveTitle(/^权责清单 - /);
  await page.context().close();
});
