/** Five wrong passwords lock the account (等保 8.1.4.1 b); the right one is then refused too. */
import { expect, test } from '@playwright/test';
import { fillLogin } from './helpers.ts';

test('five wrong passwords lock officer2, and the correct password is refused while locked', async ({ page }) => {
  for (let i = 1; i <= 4; i++) {
    await fillLogin(page, 'officer2', `Wrong#Pass${i}`);
    await expect(page.getByTestId('login-error')).toContainText('用户名或密码错误');
  }
  await fillLogin(page, 'officer2', 'Wrong#Pass5');
  await expect(page.getByTestId('login-error')).toContainText('锁定');
  await fillLogin(page, 'officer2');
  await expect(page.getByTestId('login-error')).toContainText('锁定');
  await page.screenshot({ path: 'test-results/locked.png' });
  await expect(page).toHaveURL(/\/login/);
});
