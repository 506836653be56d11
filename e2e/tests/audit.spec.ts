/** The audit administrator searches the trail and verifies the SM3 chain from the console. */
import { expect, test } from '@playwright/test';
import { loginAdmin } from './helpers.ts';

test('the auditor sees login events and a verified chain', async ({ page }) => {
  await loginAdmin(page, 'auditor');
  await page.getByTestId('nav-audit').click();
  await expect(page.getByText('auth.login').first()).toBeVisible();
  await page.getByTestId('audit-verify').click();
  await expect(page.getByTestId('audit-verify-result')).toContainText(/完整|通过|未被篡改/);
  await page.screenshot({ path: 'test-results/audit.png', fullPage: true });
});
