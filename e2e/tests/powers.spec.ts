/**
 * Issue 4 in a real browser: a red power turns green once its breakdown puts eligible officers on an A post, and
 * the discretion calculator explains its result with the articles it used.
 */
import { expect, test } from '@playwright/test';
import { fillLogin } from './helpers.ts';

test('assigning an A post with eligible officers turns a red power green', async ({ page }) => {
  await fillLogin(page, 'supervisor');
  await expect(page.getByTestId('bureau-name')).toBeVisible();
  await page.getByTestId('nav-coverage').click();
  const row = page.locator('[data-testid="coverage-row"][data-code="CF-FY-001"]');
  await expect(row).toHaveAttribute('data-status', 'red');
  await expect(row.getByTestId('coverage-reason').first()).toContainText('A岗');
  const before = Number(await page.getByTestId('coverage-summary').getAttribute('data-red'));

  await row.locator('a').first().click();
  await page.getByTestId('power-tab-breakdown').click();
  await page.getByTestId('assign-open').click();
  const posts = page.getByTestId('assign-posts');
  // The options load and the dropdown animates in: pick until the post shows as chosen (never click a chosen one,
  // which would deselect it).
  await expect(async () => {
    if ((await posts.textContent())?.includes('公证监管岗')) return;
    await posts.click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: '公证监管岗' }).first().click({ timeout: 2_000 });
    await expect(posts).toContainText('公证监管岗', { timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
  await page.keyboard.press('Escape');
  const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
  const date = page.getByTestId('assign-effective').locator('input').or(page.locator('input[data-testid="assign-effective"]')).first();
  await date.click();
  await date.fill(today);
  await date.press('Enter');
  // The preview lists the officers on the chosen posts with their eligibility for this power, today.
  await expect(page.getByTestId('assign-preview-summary')).toBeVisible();
  await page.getByTestId('assign-submit').click();
  await expect(page.getByTestId('assign-submit')).toHaveCount(0);
  await expect(page.getByTestId('power-coverage').getByTestId('coverage-status')).not.toHaveAttribute('data-status', 'red');

  await page.getByTestId('nav-coverage').click();
  await expect(page.locator('[data-testid="coverage-row"][data-code="CF-FY-001"]')).not.toHaveAttribute('data-status', 'red');
  await expect(page.getByTestId('coverage-summary')).toHaveAttribute('data-red', String(before - 1));
  await page.screenshot({ path: 'test-results/coverage.png', fullPage: true });
});

test('the discretion calculator gives a tier, a range and an explanation citing its articles', async ({ page }) => {
  await fillLogin(page, 'head');
  await expect(page.getByTestId('bureau-name')).toBeVisible();
  const list = await (await page.request.get('/api/powers?pageSize=200')).json();
  const power = (list.items as { powerId: string; code: string }[]).find((p) => p.code === 'CF-LS-001');
  expect(power, 'the demo list holds CF-LS-001').toBeTruthy();
  await page.goto(`/powers/${power!.powerId}?tab=discretion`);
  await page.getByTestId('power-tab-discretion').click();
  await expect(page.getByTestId('discretion-tiers')).toBeVisible();
  await page.getByTestId('discretion-compute').click();
  const result = page.getByTestId('discretion-result');
  await expect(result).toBeVisible();
  await expect(page.getByTestId('discretion-range')).not.toBeEmpty();
  const lines = page.getByTestId('discretion-explanation-line');
  expect(await lines.count()).toBeGreaterThan(1);
  await expect(page.getByTestId('discretion-explanation')).toContainText('第');
  await page.screenshot({ path: 'test-results/discretion.png', fullPage: true });
});
