import { expect, test } from '@playwright/test';
import { screenshotPath, signIn } from './helpers';

// Issue 7 acceptance: sizing, a k = 12 design (HQ designs everywhere; a manager only within their
// reps' territories), a unit moved by hand, apply; the accounts' reps change and their history shows it.
test('HQ sizes the force, designs 12 territories, moves a unit by hand and applies', async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, 'hq');
  await page.goto('/territories');
  // The 123 prefectures and districts of the demo's 12 territories, coloured by territory.
  await expect(page.getByTestId('territory-map').locator('path.leaflet-interactive')).toHaveCount(123);
  await expect(page.getByTestId('territory-table').locator('tbody tr.ant-table-row')).toHaveCount(12);

  await page.getByRole('tab', { name: '人员规模' }).click();
  await expect(page.getByTestId('reps-needed')).toContainText(/需要业务员：\d+ 人（目前 12 人）/);
  await expect(page.getByTestId('sizing-curve').locator('canvas')).toBeVisible();

  // A design runs as a job on the server's solver pool: progress shows while it runs, and stopping it keeps
  // the best design found so far (±1 % on three measures is out of reach, so it would run the full time).
  await page.getByRole('tab', { name: '区域划分' }).click();
  await page.locator('#design-tolerance').fill('1');
  await page.locator('#design-time-limit').fill('30');
  await page.getByRole('checkbox', { name: '客户数' }).check();
  await page.getByTestId('design-run').click();
  await expect(page.getByTestId('design-progress')).toContainText(/已计算 [\d.]+ 秒|排队/);
  await expect(page.getByTestId('design-progress')).toContainText('当前最优方案最大偏差', { timeout: 15_000 });
  await page.getByTestId('design-cancel').click();
  await expect(page.getByText('已停止：下面是停止前找到的最优方案')).toBeVisible({ timeout: 15_000 });
  await expect(page.getByTestId('design-result')).toContainText('调整后');
  await page.getByRole('checkbox', { name: '客户数' }).uncheck();
  await page.locator('#design-tolerance').fill('5');
  await page.locator('#design-time-limit').fill('8');

  // Re-align the current 12 territories, moving at most 4 units, so the rest of the demo stays usable.
  await page.locator('#design-k').fill('12');
  await page.locator('#design-max-moved').fill('4');
  await page.getByTestId('design-run').click();
  const result = page.getByTestId('design-result');
  await expect(result).toBeVisible({ timeout: 30_000 });
  await expect(result).toContainText('调整后');

  // What-if: 营口市 (辽南区, rep01) to 辽中辽西区 (rep02); the pending count and workloads update at once.
  const before = await page.getByTestId('territory-table').innerText();
  await page.getByTestId('whatif-unit').click();
  await page.keyboard.type('营口市');
  await page.locator('.ant-select-item-option').filter({ hasText: '营口市' }).first().click();
  await page.getByTestId('whatif-territory').click();
  await page.locator('.ant-select-item-option').filter({ hasText: '辽中辽西区' }).first().click();
  await page.getByTestId('whatif-move').click();
  await expect(page.getByTestId('pending-count')).not.toHaveText('待应用的变更：0 个单元');
  await page.getByRole('tab', { name: '工作量与地图' }).click();
  await expect.poll(async () => page.getByTestId('territory-table').innerText()).not.toBe(before);
  await page.screenshot({ path: screenshotPath('territories-whatif-zh'), fullPage: true });

  await page.getByTestId('apply').click();
  await page.getByTestId('apply-confirm').click();
  const handover = page.getByTestId('handover');
  await expect(handover).toContainText('交接清单');
  const row = handover.locator('tbody tr.ant-table-row').filter({ hasText: '营口' }).first();
  await expect(row).toBeVisible();
  const [from, to] = [await row.locator('td').nth(1).innerText(), await row.locator('td').nth(2).innerText()];
  expect(from).not.toBe(to);
  await page.screenshot({ path: screenshotPath('territories-applied-zh'), fullPage: true });

  // The territory's history shows the unit it received.
  await page.getByRole('tab', { name: '区域与历史' }).click();
  await page.getByTestId('territory-admin').locator('tbody tr.ant-table-row').filter({ hasText: '辽中辽西区' }).getByTestId('territory-history-open').click();
  await expect(page.getByTestId('territory-history')).toContainText('+营口市');

  // The account's rep changed and its history says so.
  await page.keyboard.press('Escape');
  await row.locator('a').click();
  await expect(page.getByTestId('account-details')).toContainText(to);
  await expect(page.getByTestId('audit-card')).toContainText('业务员');
  await expect(page.getByTestId('audit-card')).toContainText(from);
  await expect(page.getByTestId('audit-card')).toContainText(to);
});

test('HQ uploading a malformed GeoJSON sees a clear refusal', async ({ page }) => {
  await signIn(page, 'hq');
  await page.goto('/territories');
  await page.getByRole('tab', { name: '单元与相邻关系' }).click();
  const open = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { id: 'X-1', name: '甲县' }, geometry: { type: 'Polygon', coordinates: [[[121, 41], [121.1, 41], [121.1, 41.1], [121, 41.1]]] } }] };
  await page.locator('input[type="file"]').setInputFiles({ name: 'bad.geojson', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(open)) });
  await expect(page.getByTestId('import-error')).toContainText('GeoJSON 文件有误，未导入任何单元');
  await expect(page.getByTestId('import-error')).toContainText('环未闭合');
});

test('a manager designs only within the territories of their four reps', async ({ page }) => {
  test.setTimeout(90_000);
  await signIn(page, 'mgr01');
  await page.goto('/territories');
  await expect(page.getByTestId('territory-table').locator('tbody tr.ant-table-row')).toHaveCount(4);
  await page.getByRole('tab', { name: '人员规模' }).click();
  await expect(page.getByTestId('reps-needed')).toContainText('目前 4 人');
  await page.getByRole('tab', { name: '区域划分' }).click();
  await expect(page.locator('#design-k')).toHaveValue('4');
  // Each rep keeps their base city.
  await page.getByText('锁定各业务员的驻地').click();
  await page.getByTestId('design-run').click();
  await expect(page.getByTestId('design-result')).toContainText('调整后', { timeout: 30_000 });
  await page.screenshot({ path: screenshotPath('territories-manager-design-zh'), fullPage: true });

  // Renaming one of their territories is recorded in its history.
  await page.getByRole('tab', { name: '区域与历史' }).click();
  const first = page.getByTestId('territory-admin').locator('tbody tr.ant-table-row').first();
  const name = (await first.locator('td').first().innerText()).trim();
  await first.getByRole('button', { name: /修\s*改/ }).click();
  await page.locator('#territory-name').fill(`${name}（新）`);
  await page.getByRole('button', { name: /确\s*定|OK/ }).click();
  await expect(page.getByTestId('territory-admin')).toContainText(`${name}（新）`);
  await page.getByTestId('territory-admin').locator('tbody tr.ant-table-row').filter({ hasText: `${name}（新）` }).getByTestId('territory-history-open').click();
  await expect(page.getByTestId('territory-history')).toContainText(`名称：${name} → ${name}（新）`);
});

test('HQ edits the workload parameters, validated; a manager only reads them', async ({ page }) => {
  await signIn(page, 'hq');
  await page.goto('/territories');
  await page.getByRole('tab', { name: '工作量参数' }).click();
  const days = page.locator('#workload-daysPerMonth');
  await expect(days).toHaveValue('21');
  await page.locator('#visit-hours-distributor-A').fill('');
  await page.getByTestId('workload-settings-save').click();
  await expect(page.getByTestId('workload-settings')).toContainText('必填');
  await page.locator('#visit-hours-distributor-A').fill('2.5');
  await days.fill('22');
  await page.getByTestId('workload-settings-save').click();
  await expect(page.getByText('已保存，工作量与人员规模已按新参数重新计算')).toBeVisible();
  await expect(page.getByText('每人每月可用工时：149.6 小时', { exact: false })).toBeVisible();
  await days.fill('21');
  await page.getByTestId('workload-settings-save').click();
  await expect(page.getByText('每人每月可用工时：142.8 小时', { exact: false })).toBeVisible();

  await page.context().clearCookies();
  await signIn(page, 'mgr01');
  await page.goto('/territories');
  await page.getByRole('tab', { name: '工作量参数' }).click();
  await expect(page.getByText('工作量参数由总部设置，区域经理只能查看。')).toBeVisible();
  await expect(page.locator('#workload-daysPerMonth')).toBeDisabled();
  await expect(page.getByTestId('workload-settings-save')).toHaveCount(0);
});
