import type { MonthlySales } from '@qudao/contract';

/** One bar of the chart: a month `YYYY-MM` and its sales in fen (0 when nothing was sold). */
export interface MonthBar {
  month: string;
  amountFen: number;
  quantity: number;
}

function monthKey(year: number, monthIndex: number): string {
  const d = new Date(Date.UTC(year, monthIndex, 1));
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}

/**
 * The last `count` months up to and including `lastMonth` (`YYYY-MM`), with months without sales as 0,
 * so the chart's time axis has no gaps.
 */
export function fillMonths(sales: MonthlySales['months'], lastMonth: string, count = 24): MonthBar[] {
  const byMonth = new Map(sales.map((m) => [m.month.slice(0, 7), m]));
  const [y, m] = lastMonth.split('-').map(Number) as [number, number];
  const bars: MonthBar[] = [];
  for (let i = count - 1; i >= 0; i--) {
    const key = monthKey(y, m - 1 - i);
    const s = byMonth.get(key);
    bars.push({ month: key, amountFen: s?.amountFen ?? 0, quantity: s?.quantity ?? 0 });
  }
  return bars;
}

/** The chart ends with the current month when it already has sales, else with the month before. */
export function chooseLastMonth(sales: MonthlySales['months'], today: Date): string {
  const current = monthKey(today.getFullYear(), today.getMonth());
  if (sales.some((s) => s.month.startsWith(current))) return current;
  return monthKey(today.getFullYear(), today.getMonth() - 1);
}
