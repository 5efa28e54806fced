import { expect, request, type APIRequestContext, type Page } from '@playwright/test';

/** Password of every demo user (QUDAO_DEMO_PASSWORD overrides it on the server too). */
export const demoPassword = process.env.QUDAO_DEMO_PASSWORD ?? 'qudao';

/** Signs in through the login page, in whatever language it shows, and waits to be let in. */
export async function signIn(page: Page, username: string) {
  await page.goto('/login');
  const card = page.getByTestId('login-card');
  await card.locator('input#login_username').fill(username);
  await card.locator('input#login_password').fill(demoPassword);
  await card.locator('button[type="submit"]').click();
  await expect(page).not.toHaveURL(/\/login/);
  await expect(page.getByTestId('user-menu')).toBeVisible();
  // The language is saved per user and an earlier test may have left this one in English: every test
  // starts in Chinese, the product's default, and switches on purpose when it tests English.
  const me = await page.request.get('/api/me');
  if ((await me.json()).locale === 'en') {
    await page.request.patch('/api/me', { data: { locale: 'zh-CN' } });
    await page.reload();
    await expect(page.getByTestId('user-menu')).toBeVisible();
  }
}

/** An API session of its own (separate cookies), signed in as `username`. */
export async function apiAs(baseURL: string, username: string): Promise<APIRequestContext> {
  const ctx = await request.newContext({ baseURL });
  const res = await ctx.post('/api/auth/login', { data: { username, password: demoPassword } });
  expect(res.ok(), await res.text()).toBeTruthy();
  return ctx;
}

/** Where the screenshots of a run go, to be looked at by a person. */
export function screenshotPath(name: string) {
  return `.tmp/e2e-screens/${name}.png`;
}
