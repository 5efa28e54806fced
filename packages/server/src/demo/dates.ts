/** Today's local date `YYYY-MM-DD` in `timeZone` (the company's business date). */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** A calendar month. `month` is 1–12. */
export interface YearMonth {
  year: number;
  month: number;
}

/** The `count` whole months before the month of `referenceDate`, oldest first (the reference month excluded). */
export function monthsBefore(referenceDate: string, count: number): YearMonth[] {
  const [y, m] = referenceDate.split('-').map(Number) as [number, number];
  const out: YearMonth[] = [];
  for (let i = count; i >= 1; i--) {
    const index = y * 12 + (m - 1) - i;
    out.push({ year: Math.floor(index / 12), month: (index % 12) + 1 });
  }
  return out;
}

/** Number of days in a month. */
export function daysIn(ym: YearMonth): number {
  return new Date(Date.UTC(ym.year, ym.month, 0)).getUTCDate();
}

/** `YYYY-MM-DD` of a day in a month. */
export function formatDate(ym: YearMonth, day: number): string {
  return `${ym.year}-${String(ym.month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
