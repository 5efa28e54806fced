import { expect, test } from '@playwright/test';
import type { DumpingCase, PriceViolationRow } from '@qudao/contract';
import { apiAs, screenshotPath, signIn } from './helpers';

// Issue 8 items 3–4 (R4): a manager reads the price violations of their territory with the evidence, and
// moves a dumping (窜货) case investigate → confirm → action; the step trail shows every step.

test('a manager sees a violation with its evidence and takes a dumping case to its action', async ({ page, baseURL }) => {
  // The demo manager who has both a violation and a case under investigation.
  let who = '';
  let violation: PriceViolationRow | undefined;
  for (const m of ['mgr01', 'mgr02', 'mgr03']) {
    const api = await apiAs(baseURL!, m);
    const v = (await (await api.get('/api/price-violations')).json()) as { items: PriceViolationRow[] };
    const c = (await (await api.get('/api/dumping-cases')).json()) as { items: DumpingCase[] };
    await api.dispose();
    if (v.items.length > 0 && c.items.some((x) => x.status === 'investigating')) {
      who = m;
      violation = v.items[0];
      break;
    }
  }
  expect(who).not.toBe('');
  await signIn(page, who);

  await page.getByTestId('nav-prices').click();
  await expect(page).toHaveURL(/\/prices$/);
  const table = page.getByTestId('violations-table');
  const row = table.locator('tr.ant-table-row').first();
  await expect(row).toContainText(violation!.accountName);
  await expect(row).toContainText(violation!.model);
  await row.locator('.ant-table-row-expand-icon').click();
  const evidence = page.getByTestId('violation-evidence').first();
  await expect(evidence).toContainText(`观察人: ${violation!.observedBy}`);
  await expect(evidence).toContainText(violation!.observedOn);
  await expect(page.getByTestId('violations-count')).toContainText('条违规');
  await page.screenshot({ path: screenshotPath('price-violations-zh'), fullPage: true });

  // The header alerts the manager to the cases waiting for investigation; it opens the list.
  await page.getByTestId('dumping-alert').click();
  await expect(page).toHaveURL(/\/dumping$/);
  await page.locator('.ant-segmented-item').filter({ hasText: '调查中' }).click();
  await page.getByTestId('case-link').first().click();
  await expect(page.getByTestId('case-status')).toHaveText('调查中');
  await expect(page.getByTestId('case-chain')).toContainText('售出');
  await expect(page.getByTestId('case-found-by')).toContainText(/下级拜访|安装登记|保修登记/);

  await page.getByTestId('case-confirm').click();
  await page.getByTestId('step-form').locator('textarea').fill('序列号与经销商发票一致，确认跨区销售');
  await page.getByRole('button', { name: /提\s*交/ }).click();
  await expect(page.getByTestId('case-status')).toHaveText('已确认');
  await page.getByTestId('case-action').click();
  await page.getByTestId('step-form').locator('textarea').fill('扣减该经销商当季返利 2%');
  await page.getByRole('button', { name: /提\s*交/ }).click();
  await expect(page.getByTestId('case-status')).toHaveText('已处理');

  const steps = page.getByTestId('case-step');
  await expect(steps).toHaveCount(5);
  await expect(steps.nth(0)).toContainText('开立案件');
  await expect(steps.nth(1)).toContainText('状态改为 已确认');
  await expect(steps.nth(2)).toContainText('序列号与经销商发票一致');
  await expect(steps.nth(3)).toContainText('状态改为 已处理');
  await expect(steps.nth(4)).toContainText('扣减该经销商当季返利 2%');
  await page.screenshot({ path: screenshotPath('dumping-case-actioned-zh'), fullPage: true });

  // Phone width: the pages fit without sideways scrolling.
  await page.setViewportSize({ width: 390, height: 844 });
  for (const path of ['/prices', '/dumping', '/competitors']) {
    await page.goto(path);
    await expect(page.locator('h3').first()).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(391);
  }
  await page.screenshot({ path: screenshotPath('competitors-phone-zh'), fullPage: true });
});

test('HQ cannot add a minimum price whose validity overlaps an existing one, and is told why', async ({ page }) => {
  await signIn(page, 'hq');
  await page.goto('/prices');
  await page.getByRole('tab', { name: '最低限价' }).click();
  const table = page.getByTestId('min-prices-table');
  const model = (await table.locator('tr.ant-table-row td').first().innerText()).trim();
  const before = await table.locator('tr.ant-table-row').count();
  await page.getByTestId('min-price-add').click();
  const form = page.getByTestId('min-price-form');
  await form.locator('#minprice_model').fill(model);
  await form.locator('#minprice_model').press('Enter');
  await form.locator('#minprice_priceYuan').fill('1000');
  await page.getByRole('button', { name: /保\s*存/ }).click();
  // The demo's nationwide price of the model is valid all year: the same key may not overlap it.
  await expect(page.locator('.ant-message')).toContainText('有效期不能重叠');
  await page.getByRole('button', { name: /取\s*消/ }).click();
  await expect(table.locator('tr.ant-table-row')).toHaveCount(before);
});
