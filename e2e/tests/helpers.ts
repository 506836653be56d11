import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, request, test, type APIRequestContext, type Browser, type Locator, type Page } from '@playwright/test';
import * as OTPAuth from 'otpauth';

export const DEMO_PASSWORD = 'Quanze@2026';

export async function fillLogin(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/login');
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
}

/**
 * Each administrator's enrolled secret and the last TOTP step used, kept in a file for the whole run: Playwright
 * starts a new worker after a failed test, and a secret held only in memory would be lost with the old one.
 */
const stateFile = path.join(os.tmpdir(), `quanze-e2e-totp-${process.env['E2E_RUN_ID'] ?? 'local'}.json`);
type TotpState = { secrets: Record<string, string>; lastStep: number };
const readState = (): TotpState => (fs.existsSync(stateFile) ? (JSON.parse(fs.readFileSync(stateFile, 'utf8')) as TotpState) : { secrets: {}, lastStep: 0 });
const writeState = (s: TotpState) => fs.writeFileSync(stateFile, JSON.stringify(s));

function totpNow(secret: string): string {
  const totp = new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret), digits: 6, period: 30, algorithm: 'SHA1' });
  return totp.generate();
}

/** Waits into the next 30-second step when needed: the server accepts each code once. */
async function freshCode(secret: string): Promise<string> {
  const step = () => Math.floor(Date.now() / 30_000);
  while (step() <= readState().lastStep) await new Promise((r) => setTimeout(r, 500));
  writeState({ ...readState(), lastStep: step() });
  return totpNow(secret);
}

/**
 * Logs an administrator in. At first login the console forces TOTP enrolment: read the secret off the page,
 * answer with a code, acknowledge the recovery codes.
 */
export async function loginAdmin(page: Page, username: string): Promise<void> {
  await fillLogin(page, username);
  const known = readState().secrets[username];
  if (known) {
    await page.getByTestId('login-totp').fill(await freshCode(known));
    await page.getByTestId('login-submit').click();
    await expect(page.getByTestId('bureau-name')).toBeVisible();
    return;
  }
  await expect(page.getByTestId('totp-required')).toBeVisible();
  const secret = (await page.getByTestId('totp-secret').textContent())!.replace(/\s/g, '');
  writeState({ ...readState(), secrets: { ...readState().secrets, [username]: secret } });
  await page.getByTestId('totp-code').fill(await freshCode(secret));
  await page.getByTestId('totp-enable').click();
  await expect(page.getByTestId('recovery-codes')).toBeVisible();
  expect(await page.getByTestId('recovery-codes').locator('li').count()).toBe(10);
  await page.getByTestId('recovery-saved').click();
  await expect(page.getByTestId('bureau-name')).toBeVisible();
}

export async function logout(page: Page): Promise<void> {
  // The dropdown animates in; a click that lands before it settles is lost, so open and click until we are out.
  await expect(async () => {
    await page.getByTestId('user-menu').click();
    await page.getByTestId('logout').click({ timeout: 2_000 });
    await expect(page).toHaveURL(/\/login/, { timeout: 3_000 });
  }).toPass({ timeout: 20_000 });
}

/** A fresh browser context logged in as a (non-administrator) demo user, for flows with several people. */
export async function openAs(browser: Browser, username: string): Promise<Page> {
  const use = test.info().project.use;
  const context = await browser.newContext({ baseURL: use.baseURL, locale: use.locale, timezoneId: use.timezoneId });
  const page = await context.newPage();
  await fillLogin(page, username);
  // Password hashing makes a login the slowest request; give it time on a busy machine.
  await expect(page.getByTestId('bureau-name')).toBeVisible({ timeout: 30_000 });
  return page;
}

/**
 * Picks the option containing `text` in an antd Select (the element or one inside it): opens it, types to filter,
 * clicks the option; retried, since the dropdown animates in and options may still be loading. For a multiple
 * select, done once the choice shows as a tag.
 */
export async function pickOption(page: Page, select: Locator, text: string, _multiple = false): Promise<void> {
  // The select's own box (the chosen tags show there), whether `select` is the box or its search input.
  const box = select.locator('xpath=ancestor-or-self::div[contains(concat(" ", normalize-space(@class), " "), " ant-select ")][1]');
  // Held as an element: `select` may be found by its placeholder, which disappears once a value is chosen.
  const boxElement = await box.elementHandle({ timeout: 30_000 });
  await expect(async () => {
    if ((await boxElement?.textContent())?.includes(text)) return;
    await select.click();
    // getByLabel resolves to the select's own search input; a test id to the wrapper around it.
    const input = (await select.evaluate((e) => e.tagName)) === 'INPUT' ? select : select.locator('input').first();
    // Long lists are virtual: type to bring the option into the rendered part (searchable selects only).
    if (await input.isEditable().catch(() => false)) await input.fill(text).catch(() => undefined);
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: text }).first().click({ timeout: 5_000 });
    // Also for a single select: a click that lands while the list is closing selects nothing.
    await expect.poll(async () => (await boxElement?.textContent()) ?? '', { timeout: 5_000 }).toContain(text);
  }).toPass({ timeout: 45_000 });
}

/** Opens the case page, takes `action` from the abilities card, fills its dialog and confirms; waits for it to close. */
export async function caseAction(page: Page, caseUrl: string, action: string, fill?: (form: Locator) => Promise<void>): Promise<void> {
  await page.goto(caseUrl);
  await page.getByTestId(`case-action-${action}`).click({ timeout: 30_000 });
  const form = page.getByTestId(`case-action-form-${action}`);
  await expect(form).toBeAttached({ timeout: 30_000 });
  if (fill) await fill(form);
  await page.getByTestId('case-action-submit').click();
  await expect(page.getByTestId(`case-action-form-${action}`)).toHaveCount(0, { timeout: 30_000 });
}

/** A demo user signed in over the API only (no browser), to set up what a flow needs through the console's own routes. */
export interface ApiUser {
  get<T>(path: string): Promise<T>;
  post<T>(path: string, body: unknown): Promise<T>;
  dispose(): Promise<void>;
}

export async function apiAs(username: string): Promise<ApiUser> {
  const context: APIRequestContext = await request.newContext({ baseURL: test.info().project.use.baseURL });
  const login = await context.post('/api/auth/login', { data: { username, password: DEMO_PASSWORD } });
  expect(login.ok(), `login ${username}: ${await login.text()}`).toBe(true);
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  return {
    async get<T>(path: string) {
      const r = await context.get(path);
      expect(r.ok(), `GET ${path}: ${await r.text()}`).toBe(true);
      return (await r.json()) as T;
    },
    async post<T>(path: string, body: unknown) {
      const r = await context.post(path, { data: body, headers: { 'x-csrf-token': csrfToken } });
      expect(r.ok(), `POST ${path} as ${username}: ${await r.text()}`).toBe(true);
      return (await r.json()) as T;
    },
    dispose: () => context.dispose(),
  };
}

/** YYYY-MM-DD in Beijing, `days` calendar days from today. */
function beijingDate(days: number): string {
  return new Date(Date.now() + days * 86_400_000 + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** The date itself, or the Monday after when it falls on a Saturday or Sunday. */
function weekdayFrom(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  const shift = d.getUTCDay() === 6 ? 2 : d.getUTCDay() === 0 ? 1 : 0;
  return new Date(d.getTime() + shift * 86_400_000).toISOString().slice(0, 10);
}

/**
 * A fresh penalty case driven through the API, the way the demo cases are (张伟 registers, 王建国 files, 李明华 assigns
 * 张伟 and himself, 张伟 reports, 陈静 reviews), up to `until`:
 * - 'legalReview': a ¥5,000 fine on a citizen (CF-LS-001, at the hearing threshold), reviewed — waiting for the
 *   collective discussion;
 * - 'hearingNoticed': a ¥2,500 fine (CF-LS-002), the prior notice with the hearing right, the party's request, and
 *   陈静's hearing notice naming 赵强 (supervisor) to preside three weeks on (≥ 7 working days, 第六十四条).
 * Each call makes a new case (the party's name carries `label` and a stamp), so a flow owns its case whatever ran before.
 * Returns the case's console URL.
 */
export async function seedCase(until: 'legalReview' | 'hearingNoticed', label: string): Promise<string> {
  const signedIn: ApiUser[] = [];
  const as = async (username: string) => {
    const user = await apiAs(username);
    signedIn.push(user);
    return user;
  };
  try {
    const officer = await as('officer1');
    const head = await as('head');
    const leader = await as('leader');
    const reviewer = await as('reviewer');
    const hearing = until === 'hearingNoticed';
    const code = hearing ? 'CF-LS-002' : 'CF-LS-001';
    const powers = await officer.get<{ items: { powerId: string; code: string }[] }>(`/api/powers?q=${code}&pageSize=20`);
    const powerId = powers.items.find((p) => p.code === code)?.powerId;
    expect(powerId, `power ${code} in the current list`).toBeTruthy();
    const officerId = async (name: string) => {
      const found = await head.get<{ items: { id: string; name: string }[] }>(`/api/officers?q=${encodeURIComponent(name)}&pageSize=5`);
      const id = found.items.find((o) => o.name === name)?.id;
      expect(id, `officer ${name}`).toBeTruthy();
      return id!;
    };
    const penalty = [{ kind: 'warning' }, { kind: 'fine', amountFen: (hearing ? 2_500 : 5_000) * 100 }];
    const basis = hearing
      ? ['《中华人民共和国律师法》第四十七条第（二）项', '《律师和律师事务所违法行为处罚办法》第六条']
      : ['《中华人民共和国律师法》第四十七条', '《律师和律师事务所违法行为处罚办法》第五条'];

    type Detail = { id: string; version: number; state: string };
    let c = await officer.post<Detail>('/api/cases', {
      powerId,
      party: { kind: 'citizen', name: `${label}（e2e ${Date.now().toString(36)}）`, birthDate: '1985-06-01' },
      leadSource: 'complaint',
      leadSummary: hearing ? '被告人家属投诉：律师声称“有关系可以判缓刑”承揽辩护业务' : '当事人投诉：律师在同一民间借贷纠纷中同时为借贷双方代理',
      violation: { startedOn: beijingDate(-20), endedOn: beijingDate(-20) },
    });
    const act = async (who: ApiUser, action: string, body: Record<string, unknown>) => {
      c = await who.post<Detail>(`/api/cases/${c.id}/actions/${action}`, { version: c.version, ...body });
    };
    await act(leader, 'fileCase', { opinion: '经核查，有违法事实，属本局管辖，同意立案' });
    const team = [await officerId('张伟'), await officerId('李明华')];
    await act(head, 'startInvestigation', { officerIds: team });
    // 调查终结 needs an item in the 证据目录 (行政处罚法第五十四条、第四十条).
    await officer.post(`/api/cases/${c.id}/evidence`, evidenceBody(team));
    await act(officer, 'submitInvestigationReport', { summary: '经调查，违法事实清楚，证据确凿，建议给予警告并处罚款', proposedPenalty: penalty });
    await act(reviewer, 'completeLegalReview', { opinion: '事实清楚，证据确实充分，适用依据正确，程序合法' });
    if (hearing) {
      await act(officer, 'servePriorNotice', {
        penalty,
        facts: '当事人以“有关系可以判缓刑”为由向被告人家属承揽业务并收取费用',
        reasons: '当事人的行为违反了《中华人民共和国律师法》第二十六条的规定',
        legalBasis: basis,
        statesStatementRight: true,
        statesHearingRight: true,
      });
      await act(officer, 'requestHearing', { receivedOn: beijingDate(0), note: '当事人书面要求举行听证' });
      const people = await reviewer.get<{ items: { userId: string; name: string }[] }>(`/api/cases/${c.id}/people`);
      const presider = people.items.find((p) => p.name === '赵强')?.userId;
      expect(presider, '赵强 among the case people').toBeTruthy();
      // Three weeks on, moved off a weekend; a 法定节假日 the helper cannot see is confirmed (a rest day is asked, not refused).
      await act(reviewer, 'serveHearingNotice', { scheduledFor: weekdayFrom(beijingDate(21)), place: '示例市司法局三楼听证室', presiderUserId: presider, confirmRestDay: true });
    }
    expect(c.state).toBe(until);
    return `/cases/${c.id}`;
  } finally {
    await Promise.all(signedIn.map((u) => u.dispose()));
  }
}

/** One documentary evidence item collected by `collectorIds`, dated a minute ago (调查终结 needs a 证据目录). */
export const evidenceBody = (collectorIds: string[]) => ({
  kind: 'documentary',
  name: '投诉材料及宣传页面截图',
  source: '投诉人提供',
  obtainedHow: 'onSiteCollection',
  collectorIds,
  collectedAt: new Date(Date.now() - 60_000).toISOString(),
  place: '示例市司法局',
});

/** Registers one evidence item on a case over the API, collected by the named officers, as `username`. */
export async function addEvidence(caseUrl: string, collectors: string[], username = 'officer1'): Promise<void> {
  const user = await apiAs(username);
  // An officer sees only their own officer record; the department head looks the collectors up.
  const head = await apiAs('head');
  try {
    const ids: string[] = [];
    for (const name of collectors) {
      const found = await head.get<{ items: { id: string; name: string }[] }>(`/api/officers?q=${encodeURIComponent(name)}&pageSize=5`);
      const id = found.items.find((o) => o.name === name)?.id;
      expect(id, `officer ${name}`).toBeTruthy();
      ids.push(id!);
    }
    const caseId = caseUrl.split('/').at(-1)!;
    await user.post(`/api/cases/${caseId}/evidence`, evidenceBody(ids));
  } finally {
    await user.dispose();
    await head.dispose();
  }
}
