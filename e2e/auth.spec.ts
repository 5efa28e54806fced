import { expect, test } from '@playwright/test';
import { demoPassword, signIn } from './helpers';

test('a wrong password shows the server\'s message in Chinese, and the language chosen before login is kept', async ({ page }) => {
  await page.goto('/accounts');
  await expect(page).toHaveURL(/\/login$/);
  await page.locator('input#login_username').fill('rep05');
  await page.locator('input#login_password').fill('not-the-password');
  await page.locator('button[type="submit"]').click();
  await expect(page.getByRole('alert')).toContainText('用户名或密码错误');

  await page.getByTestId('language-switch').getByText('English').click();
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  await page.locator('input#login_username').fill('rep05');
  await page.locator('input#login_password').fill(demoPassword);
  await page.locator('button[type="submit"]').click();
  await expect(page.getByRole('heading', { name: 'Accounts' })).toBeVisible();
});

test('a lost session and signing out both lead back to the login page', async ({ page, context }) => {
  await signIn(page, 'rep06');
  await context.clearCookies();
  // Background requests (outbox sync, list refreshes) may notice the lost session first and leave for
  // the login page by themselves; otherwise the next navigation does.
  await page.getByTestId('nav-map').click({ timeout: 2_000 }).catch(() => undefined);
  await expect(page).toHaveURL(/\/login$/);

  await signIn(page, 'rep06');
  await page.getByTestId('user-menu').click();
  await page.getByTestId('logout').click();
  await expect(page).toHaveURL(/\/login$/);
  await page.goto('/accounts');
  await expect(page).toHaveURL(/\/login$/);
});
