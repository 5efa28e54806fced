import { expect, test } from '@playwright/test';
import { signIn } from './helpers';

// Issue 8 leftovers: HQ drafts a policy for the A-tier distributors of one province and its coverage counts
// only those; the owner of a meeting's follow-up action marks it done with a note, which the meeting shows,
// while a rep who is neither the owner nor the owner's manager cannot tick it.

test('HQ drafts a policy for A-tier distributors of one province; the list shows it and coverage counts only them', async ({ page }) => {
  await signIn(page, 'hq');
  const provinces = (await (await page.request.get('/api/units', { params: { level: 'province', pageSize: 1000, sort: 'id' } })).json()) as { items: { id: string; name: string }[] };
  let target: { name: string; count: number } | null = null;
  for (const p of provinces.items) {
    const n = ((await (await page.request.get('/api/meetings/invitee-preview', { params: { tiers: 'A', regionUnitId: p.id } })).json()) as { items: unknown[] }).items.length;
    if (n > 0) {
      target = { name: p.name, count: n };
      break;
    }
  }
  expect(target, 'the demo has A-tier distributors in some province').not.toBeNull();
  await page.goto('/policies');
  await page.getByTestId('policy-draft').click();
  await page.getByTestId('policy-title').fill('省内 A 级专项返利');
  await page.getByTestId('policy-tiers').getByText('A', { exact: true }).click();
  await page.getByTestId('policy-regions').click();
  await page.keyboard.type(target!.name);
  await expect(page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: target!.name }).first()).toBeVisible();
  await page.keyboard.press('Enter');
  await page.getByTestId('policy-save').click();
  const row = page.getByTestId('policies-table').locator('tr', { hasText: '省内 A 级专项返利' });
  await expect(row.getByTestId('policy-targets')).toContainText('A 级');
  await expect(row.getByTestId('policy-targets')).toContainText(target!.name);
  // Released on an HQ exception, its coverage is over the targeted distributors only.
  await row.getByRole('button', { name: /^发\s?布$/ }).click();
  await page.locator('.ant-popconfirm:visible').getByRole('button', { name: /^发\s?布$/ }).click();
  await page.getByTestId('override-reason').fill('省内竞品降价');
  await page.getByRole('button', { name: '例外发布' }).last().click();
  await expect(row.getByTestId('policy-status')).toHaveText('已发布');
  await expect(row.locator('[data-testid^="coverage-"]')).toContainText(`0/${target!.count}`);
});

test('the owner of a follow-up action marks it done with a note; another rep cannot tick it', async ({ page }) => {
  await signIn(page, 'hq');
  const meetings = (await (await page.request.get('/api/meetings')).json()) as { items: { id: string; actions: { id: string; ownerId: string; doneAt: string | null; doneNote: string | null }[] }[] };
  const meeting = meetings.items.find((m) => m.actions.some((a) => a.doneAt === null))!;
  const action = meeting.actions.find((a) => a.doneAt === null)!;
  const done = meetings.items.flatMap((m) => m.actions).find((a) => a.doneAt !== null);
  expect(done?.doneNote, 'the demo keeps the note of its done action').toBeTruthy();
  const users = (await (await page.request.get('/api/users', { params: { pageSize: 200 } })).json()) as { items: { id: string; username: string; role: string; managerId: string | null }[] };
  const owner = users.items.find((u) => u.id === action.ownerId)!;
  const stranger = users.items.find((u) => u.role === 'rep' && u.id !== owner.id && u.managerId !== owner.id)!;

  // A fresh session for each user.
  await page.context().clearCookies();
  await signIn(page, stranger.username);
  await page.goto(`/meetings/${meeting.id}`);
  await expect(page.getByTestId(`action-done-${action.id}`)).toBeDisabled();

  await page.context().clearCookies();
  await signIn(page, owner.username);
  await page.goto(`/meetings/${meeting.id}`);
  await page.getByTestId(`action-done-${action.id}`).click();
  await page.getByTestId('action-note-input').fill('已逐家回复经销商');
  await page.locator('.ant-modal:visible').getByRole('button', { name: /^保\s?存$/ }).click();
  await expect(page.getByTestId('actions-card')).toContainText('已逐家回复经销商');
  await expect(page.getByTestId(`action-done-${action.id}`)).toBeChecked();
});
