import { addDays, type LocalDate } from '../shared/local-date';

/** One line of the account's purchase history. */
export interface PurchaseLine {
  date: LocalDate;
  model: string;
  quantity: number;
  amountFen: number;
}

/** Why a model is suggested. */
export type RecommendationReason = 'seasonal' | 'repurchase_due' | 'price_rise' | 'behind_target';

/** A suggested order line for the visit (R3.2 "order recommendations suggested by the system"). */
export interface OrderRecommendation {
  model: string;
  /** Median quantity of this model's purchases in the last year (at least 1). */
  quantity: number;
  reasons: RecommendationReason[];
  lastBoughtOn: LocalDate;
  /** Sales of the model to this account over the last 365 days. */
  lastYearFen: number;
}

/** What else the suggestions take into account. */
export interface RecommendationContext {
  /** Models with a price rise announced: buying before it is an argument (R3.2). */
  priceRiseModels?: readonly string[];
  /** The account is behind this month's target: its best sellers are suggested. */
  behindTarget?: boolean;
  /** At most this many lines (default 5). */
  max?: number;
}

const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const daysBetween = (a: LocalDate, b: LocalDate) => Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);

/**
 * Suggested order lines from an account's purchase history as of `referenceDate` (R3.2):
 * - `seasonal`: bought in the coming 45 days of last year's calendar (same season) and not in the last 45 days;
 * - `repurchase_due`: bought on at least 3 days, and the median gap since the last purchase has passed or
 *   passes within 14 days;
 * - `price_rise`: a model with a price rise announced that the account bought in the last year;
 * - `behind_target`: the account is behind target, so its best seller of the last year is suggested
 *   (and every other suggestion carries the reason too).
 * Only models bought in the last two years count; most reasons first, then last-year sales, then model.
 */
export function recommendOrderLines(lines: readonly PurchaseLine[], referenceDate: LocalDate, context: RecommendationContext = {}): OrderRecommendation[] {
  const yearAgo = addDays(referenceDate, -365);
  const since = addDays(referenceDate, -730);
  const byModel = new Map<string, PurchaseLine[]>();
  for (const l of lines) {
    if (l.date > referenceDate || l.date <= since || l.quantity <= 0) continue;
    byModel.set(l.model, [...(byModel.get(l.model) ?? []), l]);
  }
  const rising = new Set(context.priceRiseModels ?? []);
  const out: OrderRecommendation[] = [];
  let best: OrderRecommendation | null = null;
  for (const [model, ls] of byModel) {
    const days = [...new Set(ls.map((l) => l.date))].sort();
    const last = days[days.length - 1]!;
    const lastYear = ls.filter((l) => l.date > yearAgo);
    const rec: OrderRecommendation = {
      model,
      quantity: Math.max(1, Math.round(median((lastYear.length ? lastYear : ls).map((l) => l.quantity)))),
      reasons: [],
      lastBoughtOn: last,
      lastYearFen: lastYear.reduce((s, l) => s + l.amountFen, 0),
    };
    const season = ls.some((l) => l.date >= yearAgo && l.date <= addDays(yearAgo, 45));
    if (season && last < addDays(referenceDate, -45)) rec.reasons.push('seasonal');
    if (days.length >= 3) {
      const gaps = days.slice(1).map((d, i) => daysBetween(days[i]!, d));
      if (daysBetween(last, referenceDate) + 14 >= median(gaps)) rec.reasons.push('repurchase_due');
    }
    if (rising.has(model) && lastYear.length > 0) rec.reasons.push('price_rise');
    if (rec.lastYearFen > 0 && (!best || rec.lastYearFen > best.lastYearFen || (rec.lastYearFen === best.lastYearFen && model < best.model))) best = rec;
    out.push(rec);
  }
  if (context.behindTarget) {
    for (const r of out) if (r.reasons.length > 0 || r === best) r.reasons.push('behind_target');
  }
  return out
    .filter((r) => r.reasons.length > 0)
    .sort((a, b) => b.reasons.length - a.reasons.length || b.lastYearFen - a.lastYearFen || (a.model < b.model ? -1 : 1))
    .slice(0, context.max ?? 5);
}
