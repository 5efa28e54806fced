import { expect, type Page } from '@playwright/test';
import type { Account, VisitBriefView } from '@qudao/contract';

/** The smallest valid PNG (1×1), as a photo to upload. */
export const tinyPng = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');

/** A visible distributor of the signed-in rep with a position and machines sold to it, and no open promise. */
export async function pickAccount(page: Page, skip = 0): Promise<Account & { lng: number; lat: number }> {
  const list = (await (await page.request.get('/api/accounts', { params: { pageSize: 100, kind: 'distributor' } })).json()) as { items: Account[] };
  const now = new Date();
  const lastMonth = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1)).toISOString().slice(0, 10);
  let seen = 0;
  for (const a of list.items) {
    if (a.lng === null || a.lat === null) continue;
    const sales = (await (await page.request.get(`/api/accounts/${a.id}/sales-lines`, { params: { pageSize: 50 } })).json()) as { items: { serialNumbers: string[] }[] };
    if (!sales.items.some((s) => s.serialNumbers.length > 0)) continue;
    // Sales last month, so the brief's figures are not all zero.
    const recent = (await (await page.request.get(`/api/accounts/${a.id}/sales-lines`, { params: { from: lastMonth, pageSize: 1 } })).json()) as { total: number };
    if (recent.total === 0) continue;
    const open = (await (await page.request.get('/api/promises', { params: { status: 'open' } })).json()) as { items: { accountId: string }[] };
    if (open.items.some((p) => p.accountId === a.id)) continue;
    if (seen++ < skip) continue;
    return a as Account & { lng: number; lat: number };
  }
  throw new Error('no suitable demo account');
}

/** Plans a visit through the API (the page under test is the visit itself) and returns its id. */
export async function planVisit(page: Page, accountId: string, plannedOn: string): Promise<string> {
  const res = await page.request.post('/api/visits', {
    data: { accountId, kind: 'routine', plannedOn, objectives: [{ type: 'new_order', details: { products: 'CK6150 数控车床', quantity: 2 } }], fixedTime: true, fixedRoute: true },
  });
  expect(res.status(), await res.text()).toBe(201);
  return ((await res.json()) as { id: string }).id;
}

/** The server's brief of a visit. */
export async function briefOf(page: Page, visitId: string): Promise<VisitBriefView> {
  return (await (await page.request.get(`/api/visits/${visitId}/brief`)).json()) as VisitBriefView;
}

/** Picks an option of the antd Select marked with `testId`. */
export async function choose(page: Page, testId: string, optionText: string | RegExp) {
  await page.getByTestId(testId).click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: optionText }).first().click();
}

/** Types a date into an antd DatePicker found by its input id. */
export async function pickDate(page: Page, inputId: string, day: string) {
  const input = page.locator(`input#${inputId}`);
  await input.click();
  await input.fill(day);
  await input.press('Enter');
}
