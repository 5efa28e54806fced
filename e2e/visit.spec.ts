import { expect, test } from '@playwright/test';
import { screenshotPath, signIn } from './helpers';
import { briefOf, choose, pickAccount, pickDate, planVisit, tinyPng } from './visit-helpers';

// Issue 5 acceptance at phone size: brief with sales figures, geofenced check-in (inside, then a second
// run outside), machine problem, price observation, reconciliation with photo, promise, completion;
// the next brief to the account shows the promise.
test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, permissions: ['geolocation'] });

test('a rep prepares, checks in, records items and a promise, completes; the next brief shows the promise', async ({ page, context }) => {
  test.setTimeout(120_000);
  await signIn(page, 'rep04');
  const account = await pickAccount(page);
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());

  // Plan through the form: the objective is built from the domain's objective types.
  await page.goto(`/visits/new?accountId=${account.id}`);
  await page.getByTestId('objective-products').fill('CK6150 数控车床');
  await page.locator('.ant-input-number input').first().fill('2');
  await page.getByTestId('visit-create').click();
  await expect(page).toHaveURL(/\/visits\/[0-9a-f-]{36}$/);
  const visitId = page.url().split('/').pop()!;

  // The brief: eight questions and the sales figures filled in from the account's sales.
  const figures = page.getByTestId('brief-sales');
  await expect(figures).toBeVisible();
  const brief = await briefOf(page, visitId);
  expect(brief.sales.lastMonthFen + brief.sales.lastYearSameMonthFen).toBeGreaterThan(0);
  await expect(figures).toContainText('¥');
  await page.screenshot({ path: screenshotPath('visit-brief-phone'), fullPage: true });

  // Check in at the account (within the radius).
  await context.setGeolocation({ longitude: account.lng + 0.001, latitude: account.lat, accuracy: 10 });
  await page.getByTestId('check-in').click();
  await expect(page.getByTestId('check-in-status')).toContainText('位置已核实');

  // A machine problem on a serial from the installed base.
  await choose(page, 'item-serial', brief.machines[0]!.serial);
  await page.getByTestId('item-problem').fill('主轴异响，停机两天');
  await page.getByTestId('item-add').click();
  await expect(page.getByTestId('visit-item').filter({ hasText: '机床问题' })).toContainText('已生成服务单');

  // A competitor's price.
  await choose(page, 'item-kind', '价格信息');
  await page.getByTestId('item-competitorBrand').fill('大森');
  await page.getByTestId('item-model').fill('VMC850');
  await page.locator('input#priceYuan').fill('185000');
  await page.getByTestId('item-source').fill('客户出示的报价单');
  await page.getByTestId('item-add').click();
  await expect(page.getByTestId('visit-item').filter({ hasText: '价格信息' })).toBeVisible();

  // A reconciliation with the photo of the signed statement.
  await choose(page, 'item-kind', '对账');
  await page.getByTestId('photo-statement').setInputFiles({ name: 'statement.png', mimeType: 'image/png', buffer: tinyPng });
  await expect(page.getByTestId('statement-ready')).toBeVisible();
  await pickDate(page, 'periodFrom', '2026-10-01');
  await pickDate(page, 'periodTo', '2026-10-31');
  await page.locator('input#ourBalance').fill('5000');
  await page.locator('input#theirBalance').fill('5000');
  await page.getByTestId('item-add').click();
  await expect(page.getByTestId('visit-item').filter({ hasText: '对账' })).toBeVisible();

  // A promise with what, to whom and when.
  await page.getByTestId('promise-what').fill('月底前送检测报告');
  await page.getByTestId('promise-to').fill('王经理');
  await pickDate(page, 'dueOn', today);
  await page.getByTestId('promise-add').click();
  await expect(page.getByTestId('sync-state')).toContainText('已全部同步');

  await choose(page, 'outcome-0', '达成');
  await page.getByTestId('complete-summary').fill('客户确认两台CK6150订单意向，主轴问题已报服务。');
  await page.getByTestId('complete').click();
  await expect(page.getByTestId('visit-status')).toContainText('已完成');
  await expect(page.getByTestId('visit-effective')).toBeVisible();
  await page.screenshot({ path: screenshotPath('visit-done-phone'), fullPage: true });

  const done = await briefOf(page, visitId);
  expect(done.items.map((i) => i.kind).sort()).toEqual(['machine_problem', 'price_observation', 'reconciliation']);
  expect(done.photos).toHaveLength(1);

  // The next visit's brief shows the promise; a second check-in far from the account is flagged.
  const next = await planVisit(page, account.id, today);
  await page.goto(`/visits/${next}`);
  const promise = page.getByTestId('brief-promise').filter({ hasText: '月底前送检测报告' });
  await expect(promise).toBeVisible();
  await promise.getByTestId('promise-mark-not_yet').click();
  await expect(promise).toContainText('未到期');
  await context.setGeolocation({ longitude: account.lng + 0.05, latitude: account.lat, accuracy: 10 });
  await page.getByTestId('check-in').click();
  await expect(page.getByTestId('check-in-status')).toContainText('不在范围内');
  await expect(page.getByTestId('check-in-status')).toContainText('米');

  // Today: the day's visits in route order on the map, promises falling due.
  await page.goto('/today');
  await expect(page.getByTestId('today-map')).toBeVisible();
  await expect(page.getByTestId('today-visit').filter({ hasText: account.name }).first()).toBeVisible();
  await expect(page.getByTestId('today-promise').filter({ hasText: '月底前送检测报告' })).toBeVisible();
  await page.screenshot({ path: screenshotPath('today-phone'), fullPage: true });

  // The ledger: the rep's keeping rate and open promises.
  await page.goto('/promises');
  await expect(page.getByTestId('keeping-rates')).toContainText('赵敏');
  await expect(page.getByTestId('weekly-report')).toContainText('赵敏');
  await expect(page.getByTestId('ledger-promise').filter({ hasText: '月底前送检测报告' })).toBeVisible();
});
