/**
 * Issue 3 in a real browser: the leader issues a certificate, the supervisor passes its annual review and suspends
 * it, and a member of the public checks it by the QR URL and sees it suspended, with the holder's name masked.
 */
import { expect, test, type Page } from '@playwright/test';
import { fillLogin, logout } from './helpers.ts';

async function openCertificate(page: Page, officerId: string) {
  await page.goto(`/officers/${officerId}?tab=certificate`);
  await page.getByTestId('officer-tab-certificate').click();
}

async function act(page: Page, action: string, fill?: () => Promise<void>) {
  await page.getByTestId(`cert-action-${action}`).click();
  if (fill) await fill();
  await page.getByTestId('cert-action-submit').click();
  await expect(page.getByTestId('cert-action-submit')).toHaveCount(0);
}

async function typeDate(page: Page, testId: string, value: string) {
  const input = page.getByTestId(testId).locator('input').or(page.locator(`input[data-testid="${testId}"]`)).first();
  await input.click();
  await input.fill(value);
  await input.press('Enter');
}

test('issue a certificate, pass its annual review, suspend it, and check it publicly by its QR URL', async ({ page }) => {
  await fillLogin(page, 'supervisor');
  await expect(page.getByTestId('bureau-name')).toBeVisible();
  const applied = await (await page.request.get('/api/officers?certificateStatus=applied')).json();
  const officer = applied.items[0];
  expect(officer, 'the demo data has an officer whose certificate is applied for').toBeTruthy();

  await openCertificate(page, officer.id);
  await act(page, 'passExam');
  await expect(page.getByTestId('cert-status').first()).toHaveAttribute('data-status', 'examPassed');
  // The supervisor cannot issue: the button is not offered.
  await expect(page.getByTestId('cert-action-issue')).toHaveCount(0);
  await logout(page);

  await fillLogin(page, 'leader');
  await expect(page.getByTestId('bureau-name')).toBeVisible();
  await openCertificate(page, officer.id);
  await act(page, 'issue', async () => {
    await page.getByTestId('cert-issue-number').fill('32010026E2E01');
    await page.getByTestId('cert-issue-authority').fill('示例市人民政府');
    await typeDate(page, 'cert-issue-valid-from', '2026-01-01');
    await typeDate(page, 'cert-issue-valid-to', '2030-12-31');
  });
  await expect(page.getByTestId('cert-status').first()).toHaveAttribute('data-status', 'valid');
  await logout(page);

  await fillLogin(page, 'supervisor');
  await expect(page.getByTestId('bureau-name')).toBeVisible();
  await openCertificate(page, officer.id);
  await act(page, 'passReview', async () => {
    await page.getByTestId('cert-review-year').locator('input').or(page.locator('input[data-testid="cert-review-year"]')).first().fill('2026');
  });
  await expect(page.getByTestId('cert-status').first()).toHaveAttribute('data-status', 'valid');
  await act(page, 'suspend', async () => {
    await page.getByTestId('cert-action-reason').fill('涉嫌违规执法，调查期间暂扣');
  });
  await expect(page.getByTestId('cert-status').first()).toHaveAttribute('data-status', 'suspended');
  await page.screenshot({ path: 'test-results/certificate-suspended.png', fullPage: true });
  const checkUrl = await page.getByTestId('cert-check-url').getAttribute('href');
  expect(checkUrl).toMatch(/\/portal\/certificates\/check\?n=32010026E2E01&c=/);
  await logout(page);

  // The public: no login, straight from the QR code.
  await page.goto(checkUrl!.replace(/^https?:\/\/[^/]+/, ''));
  const result = page.getByTestId('portal-cert-result');
  await expect(result).toHaveAttribute('data-status', 'suspended');
  await expect(result).toContainText('暂扣');
  await expect(result).toContainText('*');
  await expect(result).not.toContainText(officer.name);
  await page.screenshot({ path: 'test-results/portal-certificate.png', fullPage: true });

  // A number without the right check code is not found, exactly like an unknown number.
  await page.goto('/portal/certificates/check?n=32010026E2E01&c=wrongcode');
  await expect(page.getByTestId('portal-cert-result')).toHaveAttribute('data-status', 'notFound');
});
