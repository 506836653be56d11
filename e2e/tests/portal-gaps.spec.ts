/**
 * Portal gaps of issue 6's review, on a phone: compressed first load (measured), a real 未找到 page, region names
 * and an empty-number message on the certificate check, a complaint blocked while an attachment is refused and a
 * phone number accepted as typed, and the power page's statutory time limit and supervision channels.
 */
import { expect as baseExpect, test, type Browser, type Locator, type Page } from '@playwright/test';
import { apiAs } from './helpers.ts';

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

test('certificate check: an empty number is named, the area is shown by its name', async ({ browser }) => {
  const supervisor = await apiAs('supervisor');
  const officers = await supervisor.get<{ items: { certificate: { number: string | null; areas: string[] } | null }[] }>(
    '/api/officers?certificateStatus=valid&pageSize=1',
  );
  await supervisor.dispose();
  const certificate = officers.items[0]?.certificate;
  expect(certificate?.number, 'the demo data has an officer with a valid certificate').toBeTruthy();
  // The demo bureau's certificates are for 南京市 (GB/T 2260 code 320100); the register stores the code.
  expect(certificate!.areas).toContain('320100');

  const page = await phonePage(browser);
  await page.goto('/portal/certificates/check');
  const number = page.getByTestId('portal-cert-number');
  await page.getByTestId('portal-cert-submit').tap();
  await expect(page.getByTestId('portal-cert-empty')).toHaveText('请输入执法证号');
  await expect(number).toHaveAttribute('aria-invalid', 'true');
  // Spaces only are no number either; nothing is looked up.
  await number.fill('   ');
  await page.getByTestId('portal-cert-submit').tap();
  await expect(page.getByTestId('portal-cert-empty')).toHaveText('请输入执法证号');
  await expect(page.getByTestId('portal-cert-result')).toHaveCount(0);
  await expect(page).toHaveURL(/\/portal\/certificates\/check$/);

  await number.fill(certificate!.number!);
  await expect(page.getByTestId('portal-cert-empty')).toHaveCount(0);
  await page.getByTestId('portal-cert-submit').tap();
  const result = page.getByTestId('portal-cert-result');
  await expect(result).toHaveAttribute('data-status', 'valid');
  await expect(result).toContainText(certificate!.number!);
  // (the certificate number itself may begin with 320100: look at the 执法区域 row only)
  const area = result.locator('.qz-portal-field').filter({ hasText: '执法区域' });
  await expect(area).toHaveText('执法区域南京市');
  await page.screenshot({ path: test.info().outputPath('certificate-check.png'), fullPage: true });
  await page.context().close();
});

test('complaint: a refused attachment blocks sending until removed; a phone number as typed is accepted', async ({ browser }) => {
  const page = await phonePage(browser);
  let posts = 0;
  page.on('request', (r) => {
    if (r.method() === 'POST' && r.url().endsWith('/api/public/complaints')) posts += 1;
  });
  await page.goto('/portal/complaints/new');
  await page.getByTestId('complaint-kind-complaint').check();
  await page.getByTestId('complaint-contactName').fill('王小明');
  await page.getByTestId('complaint-contactPhone').fill('+86 139-1234 5678');
  await page.getByTestId('complaint-subject').fill('律师事务所收费不规范');
  await page.getByTestId('complaint-text').fill('本人委托某律师事务所代理案件，该所未出具收费票据，请依法查处。');
  await page.getByTestId('complaint-consent').check();

  // Over the 10 MB limit: refused on the phone, before any upload; the form is not sent until the citizen decides.
  await page.getByTestId('complaint-files').setInputFiles({ name: '证据.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(11 * 1024 * 1024, 0x20) });
  await expect(page.getByText('“证据.pdf”超过 10.0 MB')).toBeVisible();
  await expect(page.getByTestId('complaint-file')).toHaveCount(0);
  await page.getByTestId('complaint-submit').tap();
  await expect(page.getByTestId('complaint-error')).toHaveText('请按提示修改后再提交。');
  await expect(page.getByText('有附件未能添加，请重新选择或确认不附这些文件')).toBeVisible();
  await expect(page.getByTestId('complaint-receipt')).toHaveCount(0);
  // The number with +86, spaces and dashes is not what blocked it.
  await expect(page.getByTestId('contactPhone-error')).toHaveCount(0);
  expect(posts).toBe(0);
  await page.getByTestId('complaint-files-dismiss').tap();
  await expect(page.getByTestId('complaint-file-problems')).toHaveCount(0);

  // A text file renamed .jpg: the phone takes it by its name, the server by its bytes, and refuses it.
  await page.getByTestId('complaint-files').setInputFiles({ name: '照片.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('这不是图片，只是一段文字。\n'.repeat(20)) });
  await expect(page.getByTestId('complaint-file')).toHaveCount(1);
  await page.getByTestId('complaint-submit').tap();
  await expect(page.getByTestId('complaint-error')).toContainText('照片.jpg');
  // Said at the top and next to the attachments, in Chinese, with what is accepted.
  await expect(page.getByTestId('complaint-error')).toContainText('附件只接受PDF 文档、JPEG 图片、PNG 图片');
  const refusal = page.locator('.qz-pc-field .qz-pc-error').filter({ hasText: '附件只接受' });
  await expect(refusal).toBeVisible();
  await expect(page.getByTestId('complaint-receipt')).toHaveCount(0);
  expect(posts).toBe(1);
  await page.screenshot({ path: test.info().outputPath('complaint-refused.png'), fullPage: true });

  // Removed: now it goes, and the number as typed was accepted.
  await page.getByRole('button', { name: '移除附件 照片.jpg' }).tap();
  await expect(page.getByTestId('complaint-file')).toHaveCount(0);
  // The refusal was about the removed file: it goes with it, and so does the banner.
  await expect(refusal).toHaveCount(0);
  await expect(page.getByTestId('complaint-error')).toHaveCount(0);
  await page.getByTestId('complaint-submit').tap();
  await expect(page.getByTestId('complaint-tracking-code')).toBeVisible();
  await expect(page.getByTestId('complaint-tracking-code')).not.toBeEmpty();
  expect(posts).toBe(2);
  // Stored as the plain mobile number (+86, spaces and dashes gone): the console's list shows it masked.
  const reference = (await page.getByTestId('complaint-reference').textContent())!.trim();
  const leader = await apiAs('leader');
  const list = await leader.get<{ items: { referenceNumber: string; contactPhone: string }[] }>(
    `/api/complaints?q=${encodeURIComponent(reference)}`,
  );
  await leader.dispose();
  expect(list.items.map((c) => [c.referenceNumber, c.contactPhone])).toEqual([[reference, '139****5678']]);
  await page.context().close();
});

test('power page: statutory time limit with its article and the bureau supervision channels', async ({ browser }) => {
  const page = await phonePage(browser);
  const limitOf = (detail: Locator) => detail.locator('.qz-portal-field').filter({ hasText: '法定时限' });
  const channelsOf = (detail: Locator) => detail.locator('.qz-portal-field').filter({ hasText: '监督投诉' });

  // A penalty item that records no time limit of its own: 行政处罚法 第六十条, ninety days from filing.
  await page.goto('/portal/powers/CF-LS-001');
  let detail = page.getByTestId('portal-power-detail');
  await expect(limitOf(detail)).toContainText('自立案之日起九十日内作出处罚决定');
  await expect(limitOf(detail)).toContainText('《中华人民共和国行政处罚法》第六十条');
  // No 监督投诉 text of its own: the bureau's published channels, and the way to the online form.
  const channels = channelsOf(detail).getByTestId('supervision-channels');
  await expect(channels).toBeVisible();
  await expect(channels).toContainText('举报电话');
  await expect(channelsOf(detail).getByRole('link', { name: '在线投诉举报' })).toHaveAttribute('href', '/portal/complaints/new');
  await expect(detail).not.toContainText(/\[U\]|\[S\]|待核|LAW\.md/);
  await expect(detail.getByTestId('portal-power-accountability')).toBeVisible();
  await detail.locator('section').filter({ hasText: '办理要求' }).screenshot({ path: test.info().outputPath('power-penalty.png') });

  // A licence item: 行政许可法 第四十二条, twenty days, ten more with the head's approval.
  await page.goto('/portal/powers/XK-LS-001');
  detail = page.getByTestId('portal-power-detail');
  await expect(limitOf(detail)).toContainText('自受理之日起二十日内作出决定，经本机关负责人批准可延长十日');
  await expect(limitOf(detail)).toContainText('《中华人民共和国行政许可法》第四十二条第一款');
  await expect(channelsOf(detail).getByTestId('supervision-channels')).toBeVisible();
  await page.context().close();
});
