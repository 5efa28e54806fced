import { expect, request, test } from '@playwright/test';
import { apiAs, screenshotPath, signIn } from './helpers';

// Issue 6 acceptance (R2.2 "five fixed"): a manager generates a plan for a rep, sees the routes on the map,
// approves it; the rep's Today shows the visits; the rep's iCalendar feed parses and holds them.

const timeZone = 'Asia/Shanghai';
const dayOf = (d: Date) => new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(d);
const addDays = (date: string, n: number) => new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

interface PlanDetail {
  id: string;
  status: string;
  accounts: { id: string; name: string }[];
  days: { day: number; date: string; stops: { accountId: string; startMin: number }[] }[];
}

/** The VEVENTs of an iCalendar text (RFC 5545: CRLF lines, folded lines start with a space). */
function readEvents(ics: string): Record<string, string>[] {
  expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  const lines = ics.replace(/\r\n[ \t]/g, '').split('\r\n').filter(Boolean);
  expect(lines.at(-1)).toBe('END:VCALENDAR');
  const events: Record<string, string>[] = [];
  let cur: Record<string, string> | null = null;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') cur = {};
    else if (line === 'END:VEVENT') {
      events.push(cur!);
      cur = null;
    } else if (cur) {
      const colon = line.indexOf(':');
      const name = line.slice(0, colon).split(';')[0]!;
      cur[name] = line.slice(colon + 1).replace(/\\([,;\\])/g, '$1').replace(/\\n/g, '\n');
    }
  }
  expect(cur).toBeNull();
  return events;
}

test('a manager plans a rep and approves; the rep sees the visits on Today and in the calendar feed', async ({ page, browser, baseURL }) => {
  test.setTimeout(120_000);
  const today = dayOf(new Date());
  const mgr = await apiAs(baseURL!, 'mgr03');
  const repApi = await apiAs(baseURL!, 'rep12');
  // Whatever weekday the test runs on, the plan must be able to visit today: the rep's accounts open every day.
  const own = (await (await repApi.get('/api/accounts?pageSize=200')).json()).items as { id: string }[];
  expect(own.length).toBeGreaterThan(10);
  for (let i = 0; i < own.length; i += 20) {
    const batch = own.slice(i, i + 20).map((a) => mgr.put(`/api/planning/opening-hours/${a.id}`, { data: { hours: Array.from({ length: 7 }, () => [[480, 1080]]) } }));
    for (const res of await Promise.all(batch)) expect(res.status()).toBe(204);
  }

  await signIn(page, 'mgr03');
  await page.getByTestId('nav-planning').click();
  await page.getByTestId('plan-rep').click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: 'rep12' }).click();
  await expect(page.getByTestId('plan-empty')).toBeVisible();
  // The manager stores the rep's home base (typed point and a name), then clears it again (the densest
  // market default is used by the plan below).
  await expect(page.getByTestId('plan-home-current')).toContainText('未设置');
  await page.locator('input[data-testid="plan-home-lng"], [data-testid="plan-home-lng"] input').fill('123.43');
  await page.locator('input[data-testid="plan-home-lat"], [data-testid="plan-home-lat"] input').fill('41.8');
  await page.getByTestId('plan-home-label').fill('驻地');
  await page.getByTestId('plan-home-save').click();
  await expect(page.getByTestId('plan-home-current')).toContainText('驻地 123.4300, 41.8000');
  await page.getByTestId('plan-home-clear').click();
  await expect(page.getByTestId('plan-home-current')).toContainText('未设置');
  await page.locator('input[data-testid="plan-horizon"], [data-testid="plan-horizon"] input').fill('2');
  for (const day of ['周六', '周日']) await page.getByTestId('plan-workdays').getByLabel(day).check();
  const effort = async (name: string) => {
    await page.getByTestId('plan-effort').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ has: page.getByTestId(`plan-effort-${name}`) }).click();
  };
  // A long solve can be cancelled while the progress bar runs: nothing is saved.
  await effort('thorough');
  await page.getByTestId('plan-generate-button').click();
  await expect(page.getByTestId('plan-progress')).toBeVisible();
  await page.getByTestId('plan-cancel').click();
  await expect(page.getByTestId('plan-job-error')).toContainText('已取消');
  await expect(page.getByTestId('plan-empty')).toBeVisible();

  await effort('quick');
  await page.getByTestId('plan-generate-button').click();
  await expect(page.getByTestId('plan-progress')).toBeVisible();
  const result = page.locator('[data-testid="plan-result"][data-status="draft"]');
  await expect(result).toBeVisible({ timeout: 30_000 });

  // The routes: one line per planned day in the weekday's colour, and the legend lists all seven weekdays.
  await expect(page.getByTestId('plan-legend').locator('.ant-checkbox-wrapper')).toHaveCount(7);
  await expect.poll(() => page.getByTestId('plan-map').locator('path.plan-route').count()).toBeGreaterThan(3);
  await expect(page.getByTestId('plan-calendar-stop').first()).toBeVisible();
  await expect(page.getByTestId('plan-workload').locator('canvas')).toHaveCount(1);
  await page.screenshot({ path: screenshotPath('planning-manager'), fullPage: true });

  const planId = (await result.getAttribute('data-plan-id'))!;
  await page.getByTestId('plan-approve').click();
  await page.getByTestId('plan-approve-ok').click();
  await expect(page.locator('[data-testid="plan-result"][data-status="approved"]')).toBeVisible();

  const plan = (await (await mgr.get(`/api/planning/plans/${planId}`)).json()) as PlanDetail;
  expect(plan.status).toBe('approved');
  const nameOf = new Map(plan.accounts.map((a) => [a.id, a.name]));
  const todays = plan.days.filter((d) => d.date === today).flatMap((d) => d.stops.map((s) => nameOf.get(s.accountId)!));
  expect(todays.length, `stops planned for ${today}`).toBeGreaterThan(0);

  // The rep, on a phone: Today lists the plan's visits of today.
  const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
  await signIn(phone, 'rep12');
  await phone.goto('/today');
  const visits = phone.getByTestId('today-visit');
  await expect(visits.first()).toBeVisible();
  const listed = (await visits.allTextContents()).join('\n');
  for (const name of todays) expect(listed).toContain(name);

  // The rep's plan page shows the approved plan and the subscription address; it fits the phone.
  await phone.goto('/planning');
  await expect(phone.locator('[data-testid="plan-result"][data-status="approved"]')).toBeVisible();
  const address = await phone.getByTestId('plan-ical-url').inputValue();
  expect(address).toMatch(/\/ical\/[\w-]+\.ics$/);
  expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await phone.screenshot({ path: screenshotPath('planning-rep-phone'), fullPage: true });

  // The feed needs no session (calendar apps cannot sign in): it parses and holds the planned visits.
  const anonymous = await request.newContext();
  const feed = await anonymous.get(address);
  expect(feed.status()).toBe(200);
  expect(feed.headers()['content-type']).toContain('text/calendar');
  const events = readEvents(await feed.text());
  for (const e of events) for (const field of ['UID', 'DTSTAMP', 'DTSTART', 'SUMMARY']) expect(e[field], field).toBeTruthy();
  // Days after today in the rolled-out fortnight hold only plan visits (demo history ends today).
  const ahead = plan.days.filter((d) => d.date > today && d.date <= addDays(today, 13));
  expect(ahead.length).toBeGreaterThan(0);
  for (const d of ahead) {
    for (const s of d.stops) {
      const hit = events.find((e) => e.SUMMARY === `拜访 ${nameOf.get(s.accountId)}` && e.DTSTART!.startsWith(d.date.replace(/-/g, '')));
      expect(hit, `${d.date} ${nameOf.get(s.accountId)}`).toBeTruthy();
    }
  }
  await anonymous.dispose();
  await mgr.dispose();
  await repApi.dispose();
});
