/** Each demo role logs in and sees exactly the menu its permissions give (issue 2, Playwright). */
import { expect, test } from '@playwright/test';
import { fillLogin, loginAdmin, logout } from './helpers.ts';

const ALL = ['nav-workbench', 'nav-users', 'nav-departments', 'nav-roles', 'nav-policy', 'nav-audit', 'nav-account'];

const EXPECTED: Record<string, { admin: boolean; menu: string[] }> = {
  sysadmin: { admin: true, menu: ['nav-workbench', 'nav-users', 'nav-departments', 'nav-account'] },
  secadmin: { admin: true, menu: ['nav-workbench', 'nav-users', 'nav-roles', 'nav-policy', 'nav-account'] },
  auditor: { admin: true, menu: ['nav-workbench', 'nav-audit', 'nav-account'] },
  leader: { admin: false, menu: ['nav-workbench', 'nav-users', 'nav-account'] },
  head: { admin: false, menu: ['nav-workbench', 'nav-users', 'nav-account'] },
  officer1: { admin: false, menu: ['nav-workbench', 'nav-account'] },
  reviewer: { admin: false, menu: ['nav-workbench', 'nav-account'] },
  supervisor: { admin: false, menu: ['nav-workbench', 'nav-users', 'nav-account'] },
};

for (const [username, { admin, menu }] of Object.entries(EXPECTED)) {
  test(`${username} logs in and sees the right menu`, async ({ page }) => {
    if (admin) await loginAdmin(page, username);
    else await fillLogin(page, username);
    await expect(page.getByTestId('bureau-name')).toHaveText(/示例市司法局/);
    for (const id of ALL) {
      if (menu.includes(id)) await expect(page.getByTestId(id), `${username} should see ${id}`).toBeVisible();
      else await expect(page.getByTestId(id), `${username} should not see ${id}`).toHaveCount(0);
    }
    await page.screenshot({ path: `test-results/menu-${username}.png` });
    await logout(page);
    // After logout the console is closed: a protected page sends us back to the login.
    await page.goto('/users');
    await expect(page).toHaveURL(/\/login/);
  });
}

test('a business user who types an admin URL sees 403, an unknown URL 404', async ({ page }) => {
  await fillLogin(page, 'officer1');
  await expect(page.getByTestId('bureau-name')).toBeVisible();
  await page.goto('/audit');
  await expect(page.getByTestId('page-403')).toBeVisible();
  await page.goto('/no/such/page');
  await expect(page.getByTestId('page-404')).toBeVisible();
});

test('the public portal opens without logging in', async ({ page }) => {
  await page.goto('/portal');
  await expect(page.getByText('行政执法公示').first()).toBeVisible();
  await page.screenshot({ path: 'test-results/portal.png' });
});
