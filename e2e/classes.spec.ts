import { expect, test } from '@playwright/test';
import { screenshotPath, signIn } from './helpers';

// Issue 4 (items 3, 4, 9): HQ runs a classification and sees the Pareto chart; the tiers page shows the
// matrix and the needs-review list; the account page shows the class and the tier card.

test('HQ runs a classification and sees the Pareto chart and the summary with visit intervals', async ({ page }) => {
  await signIn(page, 'hq');
  await page.goto('/classes');
  await expect(page.getByRole('heading', { name: '价值分类（ABC）' })).toBeVisible();
  // The demo load already classified once; a new run becomes the selected one.
  const runs = page.getByTestId('run-select');
  await expect(runs).toBeVisible();
  await page.getByTestId('run-classification').click();
  await expect(page.getByText(/分类完成：\d+ 个客户/)).toBeVisible();
  await expect(page.getByTestId('pareto-chart').locator('canvas')).toBeVisible();
  const summary = page.getByTestId('class-summary');
  await expect(summary).toContainText('14 天');
  await expect(summary).toContainText('60 天');
  await page.screenshot({ path: screenshotPath('classes-zh'), fullPage: true });
});

test('the tiers page shows the matrix and the needs-review list with reasons', async ({ page }) => {
  await signIn(page, 'hq');
  await page.goto('/tiers');
  await expect(page.getByRole('heading', { name: '经销商分级' })).toBeVisible();
  await expect(page.getByTestId('tier-matrix')).toBeVisible();
  const review = page.getByTestId('needs-review');
  await expect(review).toBeVisible();
  await expect(review.locator('tbody tr.ant-table-row').first()).toBeVisible();
  await expect(page.getByTestId('tier-matrix')).toContainText(/A 级 \d+/);
  await page.screenshot({ path: screenshotPath('tiers-zh'), fullPage: true });
});

test('a distributor page shows its value class and tier card', async ({ page }) => {
  await signIn(page, 'hq');
  const list = (await (await page.request.get('/api/accounts', { params: { pageSize: 1, kind: 'distributor' } })).json()) as { items: { id: string }[] };
  await page.goto(`/accounts/${list.items[0]!.id}`);
  await expect(page.getByTestId('class-card')).toContainText(/[ABC]/);
  await expect(page.getByTestId('tier-card')).toBeVisible();
});

test('the import wizard lists every bad row, blocks the commit, then imports a clean file all at once', async ({ page }) => {
  await signIn(page, 'hq');
  const list = (await (await page.request.get('/api/accounts', { params: { pageSize: 2 } })).json()) as { items: { externalCode: string }[] };
  const [a, b] = list.items.map((x) => x.externalCode);
  await page.goto('/imports');
  await page.getByText('月度目标').click();
  const input = page.locator('input[type=file]');
  const bad = `account_code,month,amount_yuan\n${a},2026-12,500000\nNO-SUCH,2026-12,1\n${b},2026-13,abc\n`;
  await input.setInputFiles({ name: 'targets-bad.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
  const errors = page.getByTestId('import-errors');
  await expect(errors).toContainText('客户编码不存在');
  await expect(errors).toContainText('月份格式应为 YYYY-MM');
  await expect(errors.locator('tbody tr.ant-table-row')).toHaveCount(3);
  await expect(page.getByTestId('commit-import')).toHaveCount(0);
  const good = `account_code,month,amount_yuan\n${a},2027-01,500000\n${b},2027-01,320000.50\n`;
  await input.setInputFiles({ name: 'targets.csv', mimeType: 'text/csv', buffer: Buffer.from(good) });
  await page.getByTestId('commit-import').click();
  await expect(page.getByText('已导入：新增 2、更新 0、不变 0')).toBeVisible();
});

test('the classification page works at phone width in English', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, 'hq');
  await page.evaluate(() => fetch('/api/me', { method: 'PATCH', headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() }, body: JSON.stringify({ locale: 'en' }) }));
  await page.goto('/classes');
  await expect(page.getByRole('heading', { name: 'Value classes (ABC)' })).toBeVisible();
  await expect(page.getByTestId('pareto-chart').locator('canvas')).toBeVisible();
  await expect(page.getByTestId('class-summary')).toContainText('14 days');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(1);
  await page.screenshot({ path: screenshotPath('classes-en-phone'), fullPage: true });
  await page.goto('/tiers');
  await expect(page.getByTestId('needs-review')).toBeVisible();
  await page.screenshot({ path: screenshotPath('tiers-en-phone'), fullPage: true });
});
