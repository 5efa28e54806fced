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
