import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { apiAs, screenshotPath, signIn } from './helpers';

// Issue 8 item 5: HQ reads the dashboards filtered by team (kept in the address), drills from a figure to
// the accounts behind it and on to an account page, exports to XLSX, prints the monthly report to PDF in
// Chinese; a rep sees only their own choices; the page works in English at phone width.

test('HQ filters the dashboards by team, drills to an account, exports and prints the monthly report', async ({ page, baseURL }) => {
  const api = await apiAs(baseURL!, 'hq');
  const users = (await (await api.get('/api/users?role=manager')).json()) as { items: { id: string; displayName: string }[] };
  const manager = users.items[0]!;
  await api.dispose();
  await signIn(page, 'hq');
  await page.getByTestId('nav-dashboards').click();
  await expect(page).toHaveURL(/\/dashboards$/);
  await expect(page.getByTestId('dashboard-sales')).toContainText('销售额 / 目标 / 去年同期');
  await expect(page.getByTestId('dashboard-chart-sales')).toBeVisible();

  await page.getByTestId('filter-team').click();
  await page.locator('.ant-select-dropdown:visible').getByText(manager.displayName, { exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`manager=${manager.id}`));
  await page.reload();
  await expect(page.getByTestId('filter-team')).toContainText(manager.displayName);

  // A click on a bar opens the accounts behind it.
  const chart = page.getByTestId('dashboard-chart-sales');
  const box = (await chart.boundingBox())!;
  await page.mouse.click(box.x + box.width - 30, box.y + box.height - 30);
  await expect(page.getByTestId('drill-table').locator('tr.ant-table-row').first()).toBeVisible();
  const first = page.getByTestId('drill-table').locator('tr.ant-table-row a').first();
  const name = await first.textContent();
  await first.click();
  await expect(page).toHaveURL(/\/accounts\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId('account-name')).toContainText(name!);
  await expect(page.getByTestId('drill-table')).toHaveCount(0);
  await page.goBack();

  // The figures table drills too (the same list as the chart).
  const overdue = page.getByTestId('dashboard-overdue');
  // Every card loaded first, so no late layout shift moves a chart under the click.
  for (const kind of ['sales', 'overdue', 'archive', 'policies']) await expect(page.getByTestId(`dashboard-chart-${kind}`)).toBeVisible();
  await overdue.scrollIntoViewIfNeeded();
  await overdue.getByRole('button', { name: /数据表|Data table/ }).click();
  await overdue.getByTestId('dashboard-table-overdue').locator('a').first().click();
  await expect(page.getByTestId('drill-table').locator('tr.ant-table-row').first()).toBeVisible();
  await page.keyboard.press('Escape');

  const download = page.waitForEvent('download');
  await page.getByTestId('dashboard-violations').getByRole('link', { name: /导出 Excel|Export to Excel/ }).click();
  expect((await download).suggestedFilename()).toMatch(/^qudao-dashboard-violations-\d{4}-\d{2}-\d{2}\.xlsx$/);
  await page.screenshot({ path: screenshotPath('dashboards-hq-zh'), fullPage: true });

  await page.getByTestId('open-report').click();
  await expect(page).toHaveURL(/\/dashboards\/report\?/);
  // The report in Chinese, whatever language another run left this user in.
  await page.request.patch('/api/me', { data: { locale: 'zh-CN' } });
  await page.evaluate(() => localStorage.setItem('qudao.locale', 'zh-CN'));
  await page.reload();
  const report = page.getByTestId('monthly-report');
  await expect(report).toContainText('月度经营报告');
  await expect(report).toContainText(manager.displayName);
  for (const kind of ['sales', 'coverage', 'policies']) await expect(page.getByTestId(`report-${kind}`).locator('canvas')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('print-report')).toBeHidden();
  const path = '.tmp/e2e-screens/monthly-report.pdf';
  await page.pdf({ path, format: 'A4', printBackground: true });
  const pdf = readFileSync(path);
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  expect(pdf.length).toBeGreaterThan(50_000);
});

test('a rep sees their own dashboards without team or rep choices; English at phone width', async ({ page }) => {
  await signIn(page, 'rep01');
  await page.goto('/dashboards');
  await expect(page.getByTestId('dashboard-overdue')).toContainText('逾期未访客户');
  await expect(page.getByTestId('filter-team')).toHaveCount(0);
  await expect(page.getByTestId('filter-rep')).toHaveCount(0);
  await page.request.patch('/api/me', { data: { locale: 'en' } });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/dashboards?from=2026-01&to=2026-06');
  await expect(page.getByTestId('dashboard-promises')).toContainText('Promise-keeping rate');
  await expect(page.getByTestId('dashboard-chart-promises')).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(1);
  await page.screenshot({ path: screenshotPath('dashboards-rep-en-phone'), fullPage: true });
  await page.request.patch('/api/me', { data: { locale: 'zh-CN' } });
});
