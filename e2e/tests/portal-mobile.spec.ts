/**
 * The public portal on a phone (390×844, touch): a citizen finds a published decision and opens it, checks an
 * officer's certificate, files a complaint with a photo, keeps the tracking code and follows it; the bureau (a
 * supervisor, on a desktop) accepts, assigns and answers it; the citizen then reads the answer by the same code.
 */
import { expect as baseExpect, test, type Browser, type Page } from '@playwright/test';
import { openAs, pickOption } from './helpers.ts';

const expect = baseExpect.configure({ timeout: 30_000 });
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 } as const;

// A 1×1 PNG: a real image, so the server's content check (by the bytes, not the name) accepts it.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC',
  'base64',
);

async function phonePage(browser: Browser): Promise<Page> {
  const use = test.info().project.use;
  const context = await browser.newContext({ baseURL: use.baseURL, locale: use.locale, timezoneId: use.timezoneId, ...PHONE });
  return context.newPage();
}

async function shot(page: Page, name: string) {
  await page.screenshot({ path: `test-results/portal-mobile-${name}.png`, fullPage: true });
}

/** A console write through the signed-in page's session (setup only: the flows under test are clicked). */
async function consolePost(page: Page, path: string, body: unknown) {
  const me = (await (await page.request.get('/api/auth/me')).json()) as { csrfToken: string };
  const r = await page.request.post(path, { data: body, headers: { 'x-csrf-token': me.csrfToken } });
  expect(r.status(), await r.text()).toBeLessThan(300);
  return r.json() as Promise<Record<string, unknown>>;
}

test.describe.configure({ mode: 'serial' });

test('on a phone: find a published decision and open it; check an officer certificate', async ({ browser }) => {
  const supervisor = await openAs(browser, 'supervisor');
  // A decision waiting for publication is published by the supervisor (公示管理), so the portal has one to find.
  const queue = (await (await supervisor.request.get('/api/disclosure/queue?state=pending&pageSize=1')).json()) as {
    items: { id: string; version: number; decisionNumber: string; partyDisplay: string }[];
  };
  const pending = queue.items[0];
  expect(pending, 'a decision waiting for publication').toBeTruthy();
  await consolePost(supervisor, `/api/disclosure/items/${pending!.id}/publish`, { version: pending!.version });
  const officers = (await (await supervisor.request.get('/api/officers?certificateStatus=valid&pageSize=1')).json()) as {
    items: { certificate: { number: string } | null }[];
  };
  const certificate = officers.items[0]?.certificate?.number;
  expect(certificate, 'an officer with a valid certificate').toBeTruthy();
  await supervisor.context().close();

  const phone = await phonePage(browser);
  await phone.goto('/portal');
  await expect(phone.getByTestId('portal-title')).toBeVisible();
  await shot(phone, '0-home');
  await phone.getByTestId('portal-card-decisions').tap();
  await expect(phone).toHaveURL(/\/portal\/decisions$/);
  await phone.getByTestId('portal-decision-q').fill(pending!.decisionNumber);
  await phone.getByRole('button', { name: '检索' }).tap();
  const hit = phone.getByTestId('portal-decision').filter({ hasText: pending!.decisionNumber });
  await expect(hit).toHaveCount(1);
  await shot(phone, '1-decisions');
  await hit.tap();
  const detail = phone.getByTestId('portal-decision-detail');
  await expect(detail).toContainText(pending!.decisionNumber);
  await expect(detail).toContainText(pending!.partyDisplay);
  await shot(phone, '2-decision');

  await phone.goto('/portal');
  await phone.getByTestId('portal-card-certificates').tap();
  await phone.getByTestId('portal-cert-number').fill(certificate!);
  await phone.getByTestId('portal-cert-submit').tap();
  await expect(phone.getByTestId('portal-cert-result')).toHaveAttribute('data-status', 'valid');
  await expect(phone.getByTestId('portal-cert-result')).toContainText('该执法证有效');
  await shot(phone, '3-certificate');
  await phone.context().close();
});

test('on a phone: file a complaint with a photo and follow it by its code; the bureau accepts and answers it', async ({ browser }) => {
  test.setTimeout(240_000);
  const subject = `执法人员检查时未出示证件${Date.now() % 100_000}`;
  const phone = await phonePage(browser);
  await phone.goto('/portal');
  await phone.getByTestId('portal-card-complaints').tap();
  await expect(phone.getByRole('heading', { name: '投诉举报', exact: true })).toBeVisible();
  await shot(phone, '4-channels');
  await phone.getByTestId('portal-complaints-new').tap();
  await expect(phone.getByRole('heading', { name: '在线投诉举报', exact: true })).toBeVisible();

  // Sent empty: each field says what is missing, in Chinese, next to it; nothing reaches the server.
  await phone.getByTestId('complaint-submit').tap();
  await expect(phone.getByTestId('contactName-error')).toHaveText('请填写姓名');
  await expect(phone.getByTestId('contactPhone-error')).toContainText('手机号或电子邮箱');
  await expect(phone.getByTestId('subject-error')).toHaveText('请填写标题');
  // A file of the wrong type is refused before upload, with the accepted types.
  await phone.getByTestId('complaint-files').setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('x') });
  await expect(phone.getByText('“notes.txt”不是 PDF、JPG、PNG 文件')).toBeVisible();
  await shot(phone, '5-form-errors');

  await phone.getByTestId('complaint-kind-complaint').check();
  await phone.getByLabel('姓名（名称）').fill('王小明');
  await phone.getByLabel('手机号码').fill('13912345678');
  await phone.getByLabel('反映对象').fill('某执法大队');
  await phone.getByLabel('标题').fill(subject);
  await phone.getByLabel('事项内容').fill('2026年11月20日上午，两名执法人员到我店检查，未出示执法证件即开始拍照取证，请予调查。');
  await phone.getByTestId('complaint-files').setInputFiles({ name: '现场照片.png', mimeType: 'image/png', buffer: PNG });
  await expect(phone.getByTestId('complaint-file')).toHaveCount(1);
  await phone.getByTestId('complaint-consent').check();
  await phone.getByTestId('complaint-submit').tap();

  // The tracking code, shown once, with the warning to keep it.
  const codeBox = phone.getByTestId('complaint-tracking-code');
  await expect(codeBox).toHaveText(/^[2-9A-Z]{4}(-[2-9A-Z]{4}){3}$/);
  const code = (await codeBox.textContent())!.trim();
  const reference = (await phone.getByTestId('complaint-reference').textContent())!.trim();
  await expect(phone.getByTestId('complaint-code-warning')).toContainText('只显示这一次');
  await expect(phone.getByTestId('complaint-receipt')).toContainText('附件');
  await shot(phone, '6-receipt');

  // Followed by the code: registered, with the 15-day notice clock in plain words.
  await phone.getByTestId('complaint-go-track').tap();
  await phone.getByTestId('track-code').fill(code.toLowerCase().replace(/-/g, ' '));
  await phone.getByTestId('track-submit').tap();
  await expect(phone.getByTestId('track-result')).toHaveAttribute('data-status', 'received');
  await expect(phone.getByTestId('track-state')).toHaveText('已登记');
  await expect(phone.getByTestId('track-clock')).toContainText('告知您是否受理');
  await shot(phone, '7-track-received');

  // A mistyped code: one neutral answer, nothing about whether a complaint exists.
  const last = code.slice(-1);
  const wrong = code.slice(0, -1) + (last === '2' ? '3' : '2');
  await phone.getByTestId('track-code').fill(wrong);
  await phone.getByTestId('track-submit').tap();
  await expect(phone.getByTestId('track-result')).toHaveAttribute('data-status', 'notFound');
  await expect(phone.getByTestId('track-result')).toContainText('未找到');

  // The bureau, on a desktop: the supervisor accepts it, assigns a handler, and answers in writing.
  const desk = await openAs(browser, 'supervisor');
  await desk.goto('/complaints');
  await desk.getByPlaceholder('标题或登记编号').fill(reference);
  await desk.getByPlaceholder('标题或登记编号').press('Enter');
  await desk.getByTestId('complaint-link').filter({ hasText: subject }).click();
  await expect(desk.getByTestId('complaint-state')).toHaveText('已登记');
  await expect(desk.getByTestId('complaint-attachments')).toContainText('现场照片.png');
  await expect(desk.getByTestId('complaint-clocks')).toContainText('书面告知');
  await desk.screenshot({ path: 'test-results/portal-mobile-8-console-received.png', fullPage: true });

  const act = async (action: string, fill?: () => Promise<void>) => {
    await desk.getByTestId(`complaint-action-${action}`).click();
    await expect(desk.getByTestId(`complaint-action-form-${action}`)).toBeAttached();
    if (fill) await fill();
    await desk.getByTestId('complaint-action-submit').click();
    await expect(desk.getByTestId(`complaint-action-form-${action}`)).toHaveCount(0);
  };
  await act('accept', async () => {
    const route = desk.getByText('调查核实并出具信访处理意见书');
    if (await route.count()) await route.click();
  });
  await expect(desk.getByTestId('complaint-state')).toHaveText('已受理');

  const options = (await (await desk.request.get('/api/complaints/assignees')).json()) as {
    departments: { name: string; handlers: { name: string }[] }[];
  };
  const dept = options.departments.find((d) => d.handlers.length > 0);
  expect(dept, 'a department with someone to handle complaints').toBeTruthy();
  await act('assign', async () => {
    await pickOption(desk, desk.getByLabel('承办部门'), dept!.name);
    await pickOption(desk, desk.getByLabel('承办人'), dept!.handlers[0]!.name);
  });
  await expect(desk.getByTestId('complaint-state')).toHaveText('办理中');

  const answer = '经调查核实，执法人员当日已出示执法证件，但未向您充分说明检查依据。已对相关人员进行批评教育，并要求严格落实执法公示制度。';
  await act('reply', async () => {
    await desk.getByText('作出解释说明').click();
    await desk.getByLabel('答复内容').fill(answer);
    await desk.getByLabel('法律法规依据').fill('《中华人民共和国行政处罚法》第五十五条');
  });
  await expect(desk.getByTestId('complaint-state')).toHaveText('已答复');
  await expect(desk.getByTestId('complaint-reply-text')).toHaveText(answer);
  expect(await desk.getByTestId('complaint-step').count()).toBeGreaterThanOrEqual(3);
  await desk.screenshot({ path: 'test-results/portal-mobile-9-console-replied.png', fullPage: true });
  await desk.context().close();

  // The citizen, by the same code: answered, and the answer as written.
  await phone.getByTestId('track-code').fill(code);
  await phone.getByTestId('track-submit').tap();
  await expect(phone.getByTestId('track-result')).toHaveAttribute('data-status', 'replied');
  await expect(phone.getByTestId('track-reply')).toContainText(answer);
  await expect(phone.getByTestId('track-reply')).toContainText('作出解释说明');
  await shot(phone, '10-track-replied');
  await phone.context().close();
});
