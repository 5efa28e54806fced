import { expect, test } from '@playwright/test';
import type { Visit } from '@qudao/contract';
import { screenshotPath, signIn } from './helpers';
import { briefOf, choose, pickAccount, planVisit, tinyPng } from './visit-helpers';

// Issue 5 acceptance, offline: with no network the rep checks in, takes a photo and completes the visit;
// back online the outbox syncs → exactly one visit and one photo; sending the same batch again → still one.
test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, permissions: ['geolocation'] });

interface Entry {
  key: string;
  method: string;
  path: string;
  body: unknown;
  state: string;
}

test('a visit done offline syncs once, and a replayed batch changes nothing', async ({ page, context }) => {
  test.setTimeout(120_000);
  await signIn(page, 'rep05');
  const account = await pickAccount(page);
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
  const visitId = await planVisit(page, account.id, today);
  await page.goto(`/visits/${visitId}`);
  await expect(page.getByTestId('brief-sales')).toBeVisible();
  await context.setGeolocation({ longitude: account.lng, latitude: account.lat, accuracy: 8 });

  await context.setOffline(true);
  await expect(page.getByTestId('offline-banner')).toBeVisible();
  await page.getByTestId('check-in').click();
  await expect(page.getByTestId('check-in-queued')).toBeVisible();
  await page.getByTestId('photo-storefront').setInputFiles({ name: 'shop.png', mimeType: 'image/png', buffer: tinyPng });
  await expect(page.getByTestId('photo-count')).toContainText('1');
  await choose(page, 'outcome-0', '部分达成');
  await page.getByTestId('complete-summary').fill('客户有意向，等年底预算。');
  await page.getByTestId('complete').click();
  await expect(page.getByTestId('complete-queued')).toBeVisible();
  await expect(page.getByTestId('sync-state')).toContainText('3 条待同步');
  await page.screenshot({ path: screenshotPath('visit-offline-phone'), fullPage: true });

  await context.setOffline(false);
  await expect(page.getByTestId('sync-state')).toContainText('已全部同步');
  await expect(page.getByTestId('visit-status')).toContainText('已完成');

  const countVisits = async () => ((await (await page.request.get('/api/visits', { params: { accountId: account.id, pageSize: 200 } })).json()) as { items: Visit[] }).items.filter((v) => v.id === visitId).length;
  const once = await briefOf(page, visitId);
  expect(once.visit.status).toBe('done');
  expect(once.visit.checkIn?.status).toBe('verified');
  expect(once.photos).toHaveLength(1);
  expect(await countVisits()).toBe(1);

  // The same sync batch once more, with the same Idempotency-Keys and client-made ids.
  const batch = await page.evaluate(
    () =>
      new Promise<Entry[]>((resolve, reject) => {
        const open = indexedDB.open('qudao-visits');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction('outbox').objectStore('outbox').getAll();
          req.onsuccess = () => resolve(req.result as Entry[]);
        };
      }),
  );
  const mine = batch.filter((e) => e.path.startsWith(`/visits/${visitId}`));
  expect(mine.map((e) => e.state)).toEqual(['sent', 'sent', 'sent']);
  for (const e of mine) {
    const res = await page.request.fetch(`/api${e.path}`, { method: e.method, data: e.body, headers: { 'Idempotency-Key': e.key } });
    expect(res.status(), await res.text()).toBeLessThan(300);
  }
  const twice = await briefOf(page, visitId);
  expect(twice.photos).toHaveLength(1);
  expect(twice.visit.version).toBe(once.visit.version);
  expect(await countVisits()).toBe(1);
});
