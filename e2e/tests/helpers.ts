import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
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
