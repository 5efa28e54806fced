import { addMonths, daysInMonth, firstDayOf, lastDayOf, monthOf, shiftYears, type LocalDate, type MonthKey } from '../shared/local-date';
import { roundTo1 } from '../shared/money';

/** One sales amount on a business date, in integer fen (returns negative). */
export interface SalesPoint {
  date: LocalDate;
  amountFen: number;
}

/** The sales target of one account for one month, in fen. */
export interface MonthlyTarget {
  month: MonthKey;
  amountFen: number;
}

/** The sales figures of a pre-visit brief (R3.1 question 3), all amounts in fen. */
export interface BriefSalesFigures {
  referenceDate: LocalDate;
  /** From the 1st of this month through the reference date. */
  thisMonthToDateFen: number;
  /** The whole previous month. */
  lastMonthFen: number;
  /** Same period last year: the same month a year ago, from the 1st through the same day (29 Feb → 28 Feb). */
  lastYearSameMonthToDateFen: number;
  /** The whole same month a year ago. */
  lastYearSameMonthFen: number;
  /** This month's target; null when none is set. */
  thisMonthTargetFen: number | null;
  /** thisMonthToDate ÷ target × 100, one decimal; null without a positive target. */
  achievementPercent: number | null;
  /** Share of the month elapsed through the reference date, 0–100, one decimal — the pace to compare achievement with. */
  monthElapsedPercent: number;
  /** (thisMonthToDate − lastYearSameMonthToDate) ÷ lastYearSameMonthToDate × 100, one decimal; null when last year was ≤ 0. */
  yearOnYearChangePercent: number | null;
}

function sumBetween(sales: readonly SalesPoint[], fromDate: LocalDate, toDate: LocalDate): number {
  let sum = 0;
  for (const s of sales) if (s.date >= fromDate && s.date <= toDate) sum += s.amountFen;
  return sum;
}

/**
 * Computes the brief's sales figures for one account as of `referenceDate` from its dated sales and
 * monthly targets: this month to date, last month, the same period last year (month to the same day,
 * and the whole month), this month's target, achievement and elapsed share of the month, and the
 * year-on-year change. Pure: no clock; a later sale than the reference date is ignored.
 * Throws if an amount is not an integer (money is integer fen).
 */
export function computeBriefSalesFigures(sales: readonly SalesPoint[], targets: readonly MonthlyTarget[], referenceDate: LocalDate): BriefSalesFigures {
  for (const s of [...sales, ...targets]) if (!Number.isInteger(s.amountFen)) throw new Error(`amountFen must be an integer: ${s.amountFen}`);
  const month = monthOf(referenceDate);
  const lastMonth = addMonths(month, -1);
  const lastYearMonth = addMonths(month, -12);
  const thisMonthToDateFen = sumBetween(sales, firstDayOf(month), referenceDate);
  const lastYearSameMonthToDateFen = sumBetween(sales, firstDayOf(lastYearMonth), shiftYears(referenceDate, -1));
  const target = targets.find((t) => t.month === month);
  const thisMonthTargetFen = target ? target.amountFen : null;
  const [y, m, d] = referenceDate.split('-').map(Number) as [number, number, number];
  return {
    referenceDate,
    thisMonthToDateFen,
    lastMonthFen: sumBetween(sales, firstDayOf(lastMonth), lastDayOf(lastMonth)),
    lastYearSameMonthToDateFen,
    lastYearSameMonthFen: sumBetween(sales, firstDayOf(lastYearMonth), lastDayOf(lastYearMonth)),
    thisMonthTargetFen,
    achievementPercent: thisMonthTargetFen !== null && thisMonthTargetFen > 0 ? roundTo1((thisMonthToDateFen / thisMonthTargetFen) * 100) : null,
    monthElapsedPercent: roundTo1((d / daysInMonth(y, m)) * 100),
    yearOnYearChangePercent:
      lastYearSameMonthToDateFen > 0 ? roundTo1(((thisMonthToDateFen - lastYearSameMonthToDateFen) / lastYearSameMonthToDateFen) * 100) : null,
  };
}
