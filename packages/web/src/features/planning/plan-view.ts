import type { PlanDetailWithSettings } from '@qudao/contract';

// Pure views of a plan for the page: colours per weekday, each day's workload, the weekday × week grid and
// the comparison with the approved plan. Kept apart from the components so they are unit-tested.

/** One colour per weekday (Monday first), distinct on the pale base map. */
export const weekdayColours = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e', '#17becf', '#8c564b'] as const;

/** `HH:MM` of minutes of the day. */
export function hhmm(min: number): string {
  return `${String(Math.floor(min / 60)).padStart(2, '0')}:${String(min % 60).padStart(2, '0')}`;
}

/** Workload of one plan day: hours visiting and travelling (to each stop), stops and km. */
export interface DayLoad {
  date: string;
  day: number;
  stops: number;
  visitH: number;
  travelH: number;
  km: number;
}

/** The workload of every working day of the plan, days without visits included (as zero). */
export function dayLoads(plan: PlanDetailWithSettings): DayLoad[] {
  const byDay = new Map(plan.days.map((d) => [d.day, d]));
  const out: DayLoad[] = [];
  for (let day = 0; day < plan.horizonWeeks * 7; day++) {
    if (!plan.settings.workDays.includes(day % 7)) continue;
    const d = byDay.get(day);
    const stops = d?.stops ?? [];
    out.push({
      date: d?.date ?? addDays(plan.startDate, day),
      day,
      stops: stops.length,
      visitH: round1(stops.reduce((s, x) => s + x.endMin - x.startMin, 0) / 60),
      travelH: round1(stops.reduce((s, x) => s + x.travelS, 0) / 3600),
      km: round1(stops.reduce((s, x) => s + x.distanceM, 0) / 1000),
    });
  }
  return out;
}

/** One cell of the calendar: the stops of a plan day with account names and start times. */
export interface CalendarCell {
  date: string;
  stops: { accountId: string; name: string; valueClass: string | null; startMin: number; seq: number }[];
}

/** Weeks (rows) × working weekdays (columns) of the plan's horizon. */
export function calendarGrid(plan: PlanDetailWithSettings): { weekdays: number[]; weeks: CalendarCell[][] } {
  const names = new Map(plan.accounts.map((a) => [a.id, a]));
  const byDay = new Map(plan.days.map((d) => [d.day, d]));
  const weekdays = [...plan.settings.workDays].sort((a, b) => a - b);
  const weeks = Array.from({ length: plan.horizonWeeks }, (_, w) =>
    weekdays.map((wd) => {
      const day = w * 7 + wd;
      const stops = (byDay.get(day)?.stops ?? []).map((s) => ({ accountId: s.accountId, name: names.get(s.accountId)?.name ?? s.accountId, valueClass: names.get(s.accountId)?.valueClass ?? null, startMin: s.startMin, seq: s.seq }));
      return { date: addDays(plan.startDate, day), stops };
    }),
  );
  return { weekdays, weeks };
}

/** Per-week figures of a plan (plans of different horizons compare fairly per week). */
export interface WeekFigures {
  visits: number;
  km: number;
  travelH: number;
  workH: number;
  planned: number;
  unplanned: number;
}

/** A plan's summary per week. */
export function weekFigures(plan: Pick<PlanDetailWithSettings, 'summary' | 'horizonWeeks'>): WeekFigures {
  const w = plan.horizonWeeks;
  const s = plan.summary;
  return { visits: round1(s.visits / w), km: round1(s.distanceM / 1000 / w), travelH: round1(s.travelS / 3600 / w), workH: round1(s.workS / 3600 / w), planned: s.planned, unplanned: s.unplanned.length };
}

/** Accounts planned in both plans whose fixed weekday differs. */
export function movedAccounts(next: PlanDetailWithSettings, current: PlanDetailWithSettings): { id: string; name: string; from: number; to: number }[] {
  const before = new Map(current.accounts.filter((a) => a.weekday !== null).map((a) => [a.id, a.weekday!]));
  return next.accounts
    .filter((a) => a.weekday !== null && before.has(a.id) && before.get(a.id) !== a.weekday)
    .map((a) => ({ id: a.id, name: a.name, from: before.get(a.id)!, to: a.weekday! }));
}

function round1(x: number): number {
  return Math.round(x * 10) / 10;
}

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
