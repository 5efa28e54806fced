import { addDays, shiftYears, type LocalDate } from '../shared/local-date';
import type { ValueMetric } from './config';

/** One sales line as the classifier needs it: its business date, sales and gross profit in fen. */
export interface ValueLine {
  date: LocalDate;
  amountFen: number;
  grossProfitFen: number;
}

/** The trailing-12-month window ending on `asOf`: from the day after the same date a year earlier, through `asOf`. */
export function getTrailingYearWindow(asOf: LocalDate): { fromDate: LocalDate; toDate: LocalDate } {
  return { fromDate: addDays(shiftYears(asOf, -1), 1), toDate: asOf };
}

/**
 * Sum in fen of sales (`metric: 'sales'`) or gross profit of the lines dated within the trailing
 * 12 months ending on `asOf` (both ends inclusive). Returns (credit) lines reduce it; the sum may be
 * negative for profit. Throws if an amount is not an integer, as money is never fractional fen.
 */
export function sumTrailingYearValueFen(lines: readonly ValueLine[], asOf: LocalDate, metric: ValueMetric): number {
  const { fromDate, toDate } = getTrailingYearWindow(asOf);
  let sum = 0;
  for (const line of lines) {
    const amount = metric === 'sales' ? line.amountFen : line.grossProfitFen;
    if (!Number.isInteger(amount)) throw new Error(`amount in fen must be an integer: ${amount}`);
    // ISO dates compare correctly as strings.
    if (line.date >= fromDate && line.date <= toDate) sum += amount;
  }
  return sum;
}
