import type { Locale } from '@qudao/contract';

/** Formats integer fen as yuan with the currency sign, e.g. ¥1,234,567.00. */
export function formatFen(amountFen: number, locale: Locale): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency: 'CNY', currencyDisplay: 'narrowSymbol', maximumFractionDigits: 0 }).format(amountFen / 100);
}

/** Short yuan for chart axes: 120万 in Chinese, 1.2M in English. */
export function formatFenCompact(amountFen: number, locale: Locale): string {
  return new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 }).format(amountFen / 100);
}
