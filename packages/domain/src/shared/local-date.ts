/**
 * A business date `YYYY-MM-DD` in the company's time zone. Domain code never reads a clock: callers
 * pass "today" in. Arithmetic runs on day numbers in UTC so that no time zone or DST can shift a day.
 */
export type LocalDate = string;

/** A calendar month `YYYY-MM`. */
export type MonthKey = string;

const DAY_MS = 86_400_000;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `s` is a real calendar date written `YYYY-MM-DD` (e.g. `2023-02-29` is false). */
export function isLocalDate(s: unknown): s is LocalDate {
  if (typeof s !== 'string') return false;
  const m = DATE_RE.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

/** Days since 1970-01-01 of `date`; throws on a malformed date because that is a caller bug. */
export function toDayNumber(date: LocalDate): number {
  if (!isLocalDate(date)) throw new Error(`not a YYYY-MM-DD date: ${date}`);
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Math.round(Date.UTC(y, m - 1, d) / DAY_MS);
}

/** The date `dayNumber` days after 1970-01-01. */
export function fromDayNumber(dayNumber: number): LocalDate {
  return new Date(dayNumber * DAY_MS).toISOString().slice(0, 10);
}

/** `date` moved by `days` (negative moves back). */
export function addDays(date: LocalDate, days: number): LocalDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** Number of days (28–31) in `month` (1–12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The month `YYYY-MM` that `date` falls in. */
export function monthOf(date: LocalDate): MonthKey {
  return date.slice(0, 7);
}

/** `month` moved by `months` (negative moves back), e.g. `addMonths('2024-01', -1) === '2023-12'`. */
export function addMonths(month: MonthKey, months: number): MonthKey {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + months;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/**
 * The same day `years` years away; 29 February becomes 28 February in a non-leap year, because a
 * business comparison wants the last day of that February rather than 1 March.
 */
export function shiftYears(date: LocalDate, years: number): LocalDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const year = y + years;
  const day = Math.min(d, daysInMonth(year, m));
  return `${String(year).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The first day of `month`. */
export function firstDayOf(month: MonthKey): LocalDate {
  return `${month}-01`;
}

/** The last day of `month`. */
export function lastDayOf(month: MonthKey): LocalDate {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return `${month}-${String(daysInMonth(y, m)).padStart(2, '0')}`;
}
