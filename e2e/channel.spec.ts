import { expect, test, type Page } from '@playwright/test';
import { apiAs, screenshotPath, signIn } from './helpers';
import { choose, pickDate } from './visit-helpers';

// Issue 8 acceptance (R2.3): HQ schedules a meeting for the A-tier distributors of one region, puts a
// policy on its agenda, records attendance, confirms a recognition proposed from the leaderboard, and the
// distributor's archive shows it; a policy never discussed is refused on release (in Chinese) until HQ
// gives an exception reason; the meeting page reads in English and fits a phone.

interface Candidate { accountId: string; name: string; tier: string }

async function regionWithATier(page: Page): Promise<{ id: string; name: string; invitees: Candidate[] }> {
  const provinces = (await (await page.request.get('/api/units', { params: { level: 'province', pageSize: 1000 } })).json()) as { items: { id: string; name: string }[] };
  let best: { id: string; name: string; invitees: Candidate[] } | null = null;
  for (const p of provinces.items) {
    const res = (await (await page.request.get('/api/meetings/invitee-preview', { params: { tiers: 'A', regionUnitId: p.id } })).json()) as { items: Candidate[] };
    if (res.items.length > (best?.invitees.length ?? 0)) best = { ...p, invitees: res.items };
  }
  expect(best, 'the demo has A-tier distributors in some province').not.toBeNull();
  return best!;
}

test('HQ runs a regional A-tier meeting: agenda policy, attendance, leaderboard recognition confirmed and shown in the archive', async ({ page }) => {
  await signIn(page, 'hq');
  const region = await regionWithATier(page);
  const policies = (await (await page.request.get('/api/policies')).json()) as { items: { id: string; title: string; status: string }[] };
  const open = policies.items.find((p) => p.status !== 'released');
  expect(open, 'the demo has a policy not yet released').toBeTruthy();

  await page.getByTestId('nav-meetings').click();
  await expect(page.getByRole('heading', { name: '经销商会议' })).toBeVisible();
  await expect(page.getByTestId('meetings-table').locator('tbody tr.ant-table-row')).toHaveCount(2);
  await page.getByTestId('meeting-schedule').click();
  await page.getByTestId('meeting-title').fill('A 级经销商季度座谈会');
  // Type into the province search: the dropdown renders only the first options of its virtual list.
  await page.getByTestId('meeting-region').click();
  await page.keyboard.type(region.name);
  await expect(page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: region.name }).first()).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('.ant-form-item').filter({ hasText: '区域（省）' })).toContainText(region.name);
  await page.getByTestId('meeting-place').fill('会展中心');
  // Invitees are previewed by tier (A is preselected) and region before scheduling.
  await expect(page.getByTestId('invitee-preview-count')).toHaveText(`将邀请 ${region.invitees.length} 家经销商`);
  await expect(page.getByTestId('invitee-preview')).toContainText(region.invitees[0]!.name);
  // Enter in the date field submits the form, like the save button.
  await pickDate(page, 'heldOn', '2026-12-18');

  await expect(page.getByTestId('meeting-name')).toHaveText('A 级经销商季度座谈会');
  await expect(page.getByTestId('meeting-status')).toHaveText('待召开');
  await expect(page.getByText('会展中心')).toBeVisible();
  await expect(page.getByTestId('invitee')).toHaveCount(region.invitees.length);
  const meetingId = page.url().split('/').pop()!;

  // A policy on the agenda counts as discussed.
  await choose(page, 'agenda-policy', open!.title);
  await page.getByTestId('agenda-add-policy').click();
  await expect(page.getByTestId('agenda-policy').first()).toBeVisible();
  await expect(page.getByTestId('agenda-card')).toContainText(open!.title);

  // Attendance: the first invitee came.
  const first = region.invitees[0]!;
  await page.getByTestId(`attended-${first.accountId}`).check();
  await page.getByTestId('attendance-save').click();
  await expect(page.getByTestId('invitees-card')).toContainText(`出席 1 / ${region.invitees.length}`);

  // Leaderboard → propose the leader → HQ confirms.
  const board = (await (await page.request.get(`/api/meetings/${meetingId}/leaderboard`, { params: { board: 'sales_growth' } })).json()) as { items: { accountId: string; name: string }[] };
  expect(board.items.length).toBeGreaterThan(0);
  const leader = board.items[0]!;
  await expect(page.getByTestId('leaderboard').locator('tbody tr.ant-table-row').first()).toContainText(leader.name);
  await page.getByTestId('propose-1').click();
  const recognition = page.getByTestId('agenda-recognition');
  await expect(recognition).toContainText('销售增长之星');
  await recognition.getByRole('button', { name: '总部确认' }).click();
  await expect(recognition.getByTestId('recognition-confirmed')).toHaveText('已确认');
  // Minutes and a follow-up action with owner and due date, then done.
  await page.getByTestId('minutes').fill('表彰销售增长之星；讨论以旧换新补贴，经销商支持。');
  await page.getByTestId('minutes-save').click();
  await expect(page.getByTestId('minutes-save')).toBeDisabled();
  await page.getByTestId('action-title').fill('整理经销商对补贴政策的意见');
  await choose(page, 'action-owner', 'mgr01');
  await pickDate(page, 'dueOn', '2026-12-31');
  const action = page.getByTestId('action');
  await expect(action).toContainText('整理经销商对补贴政策的意见');
  await expect(action).toContainText('2026-12-31');
  // Ticking asks what was done; the box follows the server's answer (controlled), so save and wait for it.
  await action.getByRole('checkbox').click();
  await page.getByTestId('action-note-input').fill('意见已汇总提交总部');
  await page.locator('.ant-modal:visible').getByRole('button', { name: /^保\s?存$/ }).click();
  await expect(action.getByRole('checkbox')).toBeChecked();
  await expect(action).toContainText('意见已汇总提交总部');
  await page.getByTestId('meeting-held').click();
  await expect(page.getByTestId('meeting-status')).toHaveText('已召开');
  await page.screenshot({ path: screenshotPath('meeting-zh'), fullPage: true });

  // The distributor's archive shows the recognition.
  await page.goto(`/accounts/${leader.accountId}`);
  const card = page.getByTestId('recognitions-card');
  await expect(card.getByTestId('recognition').first()).toContainText('销售增长之星');
  await expect(card.getByTestId('recognition').first()).toContainText('A 级经销商季度座谈会');

  // The discussed policy is released without an exception.
  await page.getByTestId('nav-policies').click();
  await expect(page.getByRole('heading', { name: '渠道政策' })).toBeVisible();
  await page.getByTestId(`release-${open!.id}`).click();
  await page.locator('.ant-popconfirm:visible').getByRole('button', { name: /^发\s?布$/ }).click();
  const row = page.getByTestId('policies-table').locator('tr', { hasText: open!.title });
  await expect(row.getByTestId('policy-status')).toHaveText('已发布');
  await expect(row.getByTestId(`coverage-${open!.id}`)).toContainText(/^0\/\d+$/);
});

test('a policy never discussed is refused in Chinese and released on an HQ exception; coverage lists who has not heard it', async ({ page }) => {
  await signIn(page, 'hq');
  await page.goto('/policies');
  await page.getByTestId('policy-draft').click();
  await page.getByTestId('policy-title').fill('淡季促销补贴');
  await page.getByTestId('policy-save').click();
  const row = page.getByTestId('policies-table').locator('tr', { hasText: '淡季促销补贴' });
  await expect(row.getByTestId('policy-status')).toHaveText('草拟');
  await row.getByRole('button', { name: /^发\s?布$/ }).click();
  await page.locator('.ant-popconfirm:visible').getByRole('button', { name: /^发\s?布$/ }).click();
  await expect(page.getByTestId('release-refusal')).toContainText('尚未列入任何经销商会议议程');
  await page.getByTestId('override-reason').fill('竞品突然降价，需立即应对');
  await page.getByRole('button', { name: '例外发布' }).last().click();
  await expect(row.getByTestId('policy-status')).toHaveText('已发布');
  await expect(row).toContainText('例外发布：竞品突然降价，需立即应对');

  // Coverage of a demo policy: the distributors not told yet, each a link to its account.
  const demo = ((await (await page.request.get('/api/policies')).json()) as { items: { id: string; status: string; deliveredCount: number; distributorCount: number }[] }).items.find((p) => p.status === 'released' && p.deliveredCount > 0 && p.deliveredCount < p.distributorCount)!;
  await page.getByTestId(`coverage-${demo.id}`).click();
  await expect(page.getByTestId('coverage-missing')).toHaveCount(Math.min(20, demo.distributorCount - demo.deliveredCount));
  await page.getByTestId('coverage-missing').first().getByRole('link').click();
  await expect(page).toHaveURL(/\/accounts\//);
  await expect(page.getByTestId('recognitions-card')).toBeVisible();
});

const boardLabels = { sales_growth: '销售增长', target_achievement: '目标达成', share_gain: '份额提升', service_evaluation: '服务评价（下游拜访）' } as const;
type Board = keyof typeof boardLabels;

/** A manager, a demo meeting and a board where that manager's leader has no recognition yet. */
async function proposalChance(baseURL: string): Promise<{ manager: string; meetingId: string; board: Board }> {
  for (const manager of ['mgr01', 'mgr02', 'mgr03']) {
    const api = await apiAs(baseURL, manager);
    const meetings = ((await (await api.get('/api/meetings')).json()) as { items: { id: string; agenda: { accountId: string | null; board: string | null }[] }[] }).items;
    for (const m of meetings) {
      for (const board of Object.keys(boardLabels) as Board[]) {
        const rows = ((await (await api.get(`/api/meetings/${m.id}/leaderboard`, { params: { board } })).json()) as { items: { accountId: string }[] }).items;
        if (rows[0] && !m.agenda.some((g) => g.accountId === rows[0]!.accountId && g.board === board)) {
          await api.dispose();
          return { manager, meetingId: m.id, board };
        }
      }
    }
    await api.dispose();
  }
  throw new Error('no manager has a distributor to propose in the demo meetings');
}

test('a manager proposes a recognition from their leaderboard, reads the meeting in English at phone width; HQ confirms', async ({ page, baseURL }) => {
  const chance = await proposalChance(baseURL!);
  await signIn(page, chance.manager);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/meetings');
  await expect(page.getByRole('heading', { name: '经销商会议' })).toBeVisible();
  await expect(page.getByTestId('meeting-schedule')).toHaveCount(0);
  // The demo's national meeting: the manager sees their own distributors among the invitees.
  await page.getByTestId('meetings-table').getByRole('link', { name: '全国 A 级经销商年会' }).click();
  await expect(page.getByTestId('invitee').first()).toBeVisible();
  await expect(page.getByText('北京 国家会议中心')).toBeVisible();
  await expect(page.getByTestId('action')).toContainText('制定季度返利结算细则');
  // The manager ranks their own distributors and proposes one; HQ confirms it below.
  await page.goto(`/meetings/${chance.meetingId}`);
  const label = boardLabels[chance.board];
  await page.getByTestId('board-select').getByText(label, { exact: true }).click();
  await page.getByTestId('propose-1').click();
  const proposal = page.getByTestId('agenda-recognition').filter({ hasText: `${label}之星` });
  await expect(proposal).toContainText('待确认');
  await page.getByTestId('user-menu').click();
  await page.getByTestId('locale-en').click();
  await expect(page.getByTestId('agenda-card')).toContainText('Agenda');
  await expect(page.getByTestId('invitees-card')).toContainText(/Attended \d+ \/ \d+/);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(391);
  await page.screenshot({ path: screenshotPath('meeting-en-phone'), fullPage: true });
  await page.goto('/policies');
  await expect(page.getByRole('heading', { name: 'Channel policies' })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(391);

  // HQ confirms the manager's proposal.
  await page.request.post('/api/auth/logout');
  await signIn(page, 'hq');
  await page.goto(`/meetings/${chance.meetingId}`);
  const proposed = page.getByTestId('agenda-recognition').filter({ hasText: `${label}之星` });
  // This browser keeps the English chosen before (HQ has no saved language).
  await proposed.getByRole('button', { name: 'Confirm (HQ)' }).click();
  await expect(proposed.getByTestId('recognition-confirmed')).toHaveText('Confirmed');
});

test.describe('on the phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, permissions: ['geolocation'] });

  test('a rep plans a visit from a pending policy, the brief lists it, and the policy item delivers it', async ({ page, context }) => {
    await signIn(page, 'rep07');
    const list = (await (await page.request.get('/api/accounts', { params: { pageSize: 100, kind: 'distributor' } })).json()) as { items: { id: string; lng: number | null; lat: number | null }[] };
    // Check-in first asks about every open promise to the customer; pick a distributor without one.
    const open = (await (await page.request.get('/api/promises', { params: { status: 'open' } })).json()) as { items: { accountId: string }[] };
    const promised = new Set(open.items.map((p) => p.accountId));
    let target: { id: string; lng: number; lat: number; policy: { id: string; title: string } } | null = null;
    for (const a of list.items) {
      if (a.lng === null || a.lat === null || promised.has(a.id)) continue;
      const pending = (await (await page.request.get(`/api/accounts/${a.id}/pending-policies`)).json()) as { items: { id: string; title: string }[] };
      if (pending.items[0]) {
        target = { id: a.id, lng: a.lng, lat: a.lat, policy: pending.items[0] };
        break;
      }
    }
    expect(target, 'a distributor of rep07 has a released policy not yet delivered').not.toBeNull();
    const { policy } = target!;

    // Planning: the pending policy becomes the visit's objective.
    await page.goto(`/visits/new?accountId=${target!.id}`);
    const suggestions = page.getByTestId('pending-policies');
    await expect(suggestions).toContainText(policy.title);
    await page.getByTestId(`pending-add-${policy.id}`).click();
    await page.getByRole('button', { name: '×' }).first().click(); // the empty default objective
    await expect(page.getByTestId('objective-policy')).toHaveValue(policy.title);
    await page.getByTestId('visit-create').click();
    await expect(page).toHaveURL(/\/visits\/[0-9a-f-]{36}$/);
    await expect(page.getByTestId('brief-pending-policies')).toContainText(policy.title);

    // At the visit: the policy item picks the pending policy and records who acknowledged it.
    await context.setGeolocation({ longitude: target!.lng + 0.001, latitude: target!.lat, accuracy: 10 });
    await page.getByTestId('check-in').click();
    await expect(page.getByTestId('check-in-status')).toContainText('位置已核实');
    await choose(page, 'item-kind', '政策传达');
    await choose(page, 'item-policyId', policy.title);
    await expect(page.getByTestId('item-policy')).toHaveValue(policy.title);
    await page.getByTestId('item-acknowledgedBy').fill('总经理 王强');
    await page.getByTestId('item-add').click();
    await expect(page.getByTestId('visit-item').filter({ hasText: '政策传达' })).toBeVisible();
    await expect.poll(async () => ((await (await page.request.get(`/api/accounts/${target!.id}/pending-policies`)).json()) as { items: { id: string }[] }).items.map((i) => i.id)).not.toContain(policy.id);
    await page.screenshot({ path: screenshotPath('visit-policy-phone'), fullPage: true });
  });
});
