import { expect, test } from '@playwright/test';
import type { Account, Me } from '@qudao/contract';
import { apiAs, screenshotPath, signIn } from './helpers';

interface Page<T> {
  items: T[];
  total: number;
}

test('rep01 signs in, sees only their own accounts in Chinese, switches to English and finds an account on the map', async ({ page, baseURL }) => {
  await signIn(page, 'rep01');

  // What the server says rep01 may see, through the browser's own session.
  const me = (await (await page.request.get('/api/me')).json()) as Me;
  expect(me.username).toBe('rep01');
  const mine = (await (await page.request.get('/api/accounts', { params: { pageSize: 200 } })).json()) as Page<Account>;
  expect(mine.total).toBeGreaterThan(0);
  expect(mine.items.every((a) => a.repName === me.displayName)).toBe(true);
  const hq = await apiAs(baseURL!, 'hq');
  const all = (await (await hq.get('/api/accounts', { params: { pageSize: 1 } })).json()) as Page<Account>;
  expect(mine.total).toBeLessThan(all.total);
  await hq.dispose();

  // The list in Chinese: same total, every row is rep01's, kinds in Chinese.
  const table = page.getByTestId('accounts-table');
  await expect(page.getByRole('heading', { name: '客户' })).toBeVisible();
  await expect(page.getByTestId('accounts-total')).toHaveAttribute('data-total', String(mine.total));
  await expect(page.getByTestId('accounts-total')).toHaveText(`共 ${mine.total} 个客户`);
  await expect(table.getByRole('columnheader', { name: '类型' })).toBeVisible();
  const repCells = table.getByTestId('rep-name');
  await expect(repCells.first()).toBeVisible();
  expect(new Set(await repCells.allTextContents())).toEqual(new Set([me.displayName]));
  await expect(table.getByText(/^(经销商|二级经销商|最终用户)$/).first()).toBeVisible();
  // Navigation shows only what a rep has.
  await expect(page.getByTestId('nav-accounts')).toBeVisible();
  await expect(page.getByTestId('nav-map')).toBeVisible();
  await expect(page.getByTestId('nav-users')).toHaveCount(0);
  await page.screenshot({ path: screenshotPath('accounts-zh'), fullPage: true });

  // English, remembered on the user.
  await page.getByTestId('user-menu').click();
  await page.getByTestId('locale-en').click();
  await expect(page.getByRole('heading', { name: 'Accounts' })).toBeVisible();
  await expect(table.getByRole('columnheader', { name: 'Kind' })).toBeVisible();
  await expect(page.getByTestId('accounts-total')).toHaveText(`${mine.total} accounts`);
  await expect(table.getByText(/^(Distributor|Sub-dealer|End user)$/).first()).toBeVisible();
  await expect.poll(async () => ((await (await page.request.get('/api/me')).json()) as Me).locale).toBe('en');

  // Search for an account with coordinates and open it.
  const target = mine.items.find((a) => a.lat !== null && a.lng !== null);
  expect(target, 'rep01 has an account with coordinates').toBeDefined();
  await page.getByTestId('accounts-search').locator('input').fill(target!.name);
  await page.getByTestId('accounts-search').locator('input').press('Enter');
  await expect(page).toHaveURL(/q=/);
  await table.getByTestId('account-link').filter({ hasText: target!.name }).first().click();
  await expect(page).toHaveURL(new RegExp(`/accounts/${target!.id}$`));
  await expect(page.getByTestId('account-name')).toHaveText(target!.name);
  await expect(page.getByText('Basic data', { exact: true }).first()).toBeVisible();
  await expect(page.getByTestId('account-map').locator('path.qudao-account-pin')).toBeVisible();
  await expect(page.getByTestId('account-map').locator('path.leaflet-interactive, path').first()).toBeAttached();
  await page.screenshot({ path: screenshotPath('account-en'), fullPage: true });

  // Back to Chinese for the next run of this user.
  await page.getByTestId('user-menu').click();
  await page.getByTestId('locale-zh-CN').click();
  await expect(page.getByText('基本资料', { exact: true }).first()).toBeVisible();
  await page.screenshot({ path: screenshotPath('account-zh'), fullPage: true });
});

test('the map shows the rep\'s accounts over the offline base layer', async ({ page }) => {
  const external: string[] = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.hostname !== 'localhost' && url.protocol !== 'data:') external.push(r.url());
  });
  await signIn(page, 'rep03');
  const points = (await (await page.request.get('/api/accounts/points')).json()) as Page<unknown>;
  const count = points.items.length;
  await page.getByTestId('nav-map').click();
  await expect(page.getByTestId('map-count')).toHaveAttribute('data-count', String(count));
  await expect(page.getByTestId('accounts-map').locator('canvas').first()).toBeAttached();
  await expect(page.getByTestId('accounts-map').locator('.leaflet-qudao-base-pane path').first()).toBeAttached();
  await page.waitForTimeout(500);
  await page.screenshot({ path: screenshotPath('map-zh') });
  expect(external, 'nothing loads from the internet').toEqual([]);
});

test.describe('at phone width', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('the list and the account page are usable', async ({ page }) => {
    await signIn(page, 'rep02');
    await expect(page.getByTestId('sider')).toHaveCount(0);
    const table = page.getByTestId('accounts-table');
    await expect(table.getByTestId('account-link').first()).toBeVisible();
    await expect(table.getByText(/^(经销商|二级经销商|最终用户)$/).first()).toBeVisible();
    const noSideScroll = () => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1);
    expect(await noSideScroll()).toBe(true);
    await page.screenshot({ path: screenshotPath('phone-accounts-zh'), fullPage: true });

    // The navigation lives in a drawer.
    await page.getByTestId('nav-toggle').click();
    await expect(page.getByTestId('nav-map')).toBeVisible();
    await page.screenshot({ path: screenshotPath('phone-drawer-zh') });
    await page.keyboard.press('Escape');

    await table.getByTestId('account-link').first().click();
    await expect(page.getByTestId('account-name')).toBeVisible();
    await expect(page.getByText('基本资料', { exact: true }).first()).toBeVisible();
    await expect(page.getByTestId('account-edit')).toBeVisible();
    expect(await noSideScroll()).toBe(true);
    await page.screenshot({ path: screenshotPath('phone-account-zh'), fullPage: true });
  });
});

test('an account outside the rep\'s territory reads as not found', async ({ page, baseURL }) => {
  const hq = await apiAs(baseURL!, 'hq');
  const all = (await (await hq.get('/api/accounts', { params: { pageSize: 200, kind: 'distributor' } })).json()) as Page<Account>;
  await hq.dispose();
  await signIn(page, 'rep07');
  const me = (await (await page.request.get('/api/me')).json()) as Me;
  const foreign = all.items.find((a) => a.repName !== me.displayName);
  expect(foreign).toBeDefined();
  await page.goto(`/accounts/${foreign!.id}`);
  await expect(page.getByText('未找到该记录')).toBeVisible();
  await expect(page.getByText(foreign!.name)).toHaveCount(0);
});
