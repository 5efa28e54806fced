import { expect, test, type Locator } from '@playwright/test';
import { signIn } from './helpers';

// The charts drawn through the shared useEChart hook (account sales, targets, tier shares, competitor
// price trend, territory workload): each draws a canvas that fills its box, also after a language switch
// and at phone width, where the hook's resize has to follow the box.

/** The chart's canvas is shown and as wide as the chart's element (give or take rounding). */
async function expectDrawn(chart: Locator) {
  const canvas = chart.locator('canvas').first();
  await expect(canvas).toBeVisible();
  await expect.poll(async () => {
    const [box, drawn] = [await chart.boundingBox(), await canvas.boundingBox()];
    return box && drawn && box.width > 0 ? Math.abs(box.width - drawn.width) : -1;
  }).toBeLessThanOrEqual(2);
}

test('a distributor page draws its sales, targets and share charts, in Chinese, in English and at phone width', async ({ page }) => {
  await signIn(page, 'hq');
  // A distributor with sales and with share observations, so that all three charts show.
  const list = (await (await page.request.get('/api/accounts', { params: { pageSize: 50, kind: 'distributor' } })).json()) as { items: { id: string }[] };
  let accountId: string | undefined;
  for (const a of list.items) {
    const sales = (await (await page.request.get(`/api/accounts/${a.id}/sales/monthly`)).json()) as { months: { amountFen: number }[] };
    const tier = (await (await page.request.get(`/api/accounts/${a.id}/tier`)).json()) as { shares: unknown[] };
    if (sales.months.some((m) => m.amountFen > 0) && tier.shares.length > 0) {
      accountId = a.id;
      break;
    }
  }
  expect(accountId, 'the demo has a distributor with sales and shares').toBeDefined();
  await page.goto(`/accounts/${accountId}`);
  for (const id of ['sales-chart', 'targets-chart', 'share-chart']) await expectDrawn(page.getByTestId(id));

  await page.getByTestId('user-menu').click();
  await page.getByTestId('locale-en').click();
  await expect(page.getByTestId('targets-card')).toContainText('Monthly sales and targets');
  for (const id of ['sales-chart', 'targets-chart', 'share-chart']) await expectDrawn(page.getByTestId(id));

  await page.setViewportSize({ width: 390, height: 844 });
  for (const id of ['sales-chart', 'targets-chart', 'share-chart']) await expectDrawn(page.getByTestId(id));
});

test('the competitors page draws the price trend, and shows “no prices” without a chart for a region without any', async ({ page }) => {
  await signIn(page, 'hq');
  await page.goto('/competitors');
  await expectDrawn(page.getByTestId('price-trend-chart'));

  // A province whose accounts have no competitor price observed: the card says so and the chart is hidden.
  const provinces = (await (await page.request.get('/api/units', { params: { level: 'province', pageSize: 1000, sort: 'id' } })).json()) as { items: { id: string; name: string }[] };
  let empty: string | undefined;
  for (const p of provinces.items) {
    const intel = (await (await page.request.get('/api/competitor-intel', { params: { regionUnitId: p.id } })).json()) as { competitorPrices: unknown[] };
    if (intel.competitorPrices.length === 0) {
      empty = p.name;
      break;
    }
  }
  test.skip(!empty, 'every province of the demo has competitor prices');
  // Typed into the search: the dropdown renders only the first options of its virtual list.
  await page.locator('.ant-select').filter({ hasText: '全部区域' }).click();
  await page.keyboard.type(empty!);
  await expect(page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: empty! }).first()).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByText('所选范围内没有竞品价格观察')).toBeVisible();
  await expect(page.getByTestId('price-trend-chart')).toBeHidden();
});

test('the territories page draws the workload bars, also at phone width', async ({ page }) => {
  await signIn(page, 'hq');
  await page.goto('/territories');
  await expectDrawn(page.getByTestId('workload-bars'));
  await page.setViewportSize({ width: 390, height: 844 });
  await expectDrawn(page.getByTestId('workload-bars'));
});
