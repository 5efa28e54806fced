/** Fen per yuan. */
export const FEN_PER_YUAN = 100;

function trimDecimals(n: number, decimals: number): string {
  // Fixed then strip trailing zeros, so 86.0 prints as "86" and 8.25 as "8.3" at one decimal.
  return n.toFixed(decimals).replace(/\.?0+$/, '');
}

/** `amountFen` as Chinese "万元" text with at most one decimal, e.g. 8_600_000_000 → "8600 万元". */
export function formatWanYuan(amountFen: number): string {
  return `${trimDecimals(amountFen / FEN_PER_YUAN / 10_000, 1)} 万元`;
}

/** `amountFen` as English millions of yuan with at most one decimal, e.g. 8_600_000_000 → "¥86 M". */
export function formatMillionYuan(amountFen: number): string {
  return `¥${trimDecimals(amountFen / FEN_PER_YUAN / 1_000_000, 1)} M`;
}

/** A percentage with at most one decimal in the locale's typography: en "64 %", zh-CN "64%". */
export function formatPercent(percent: number, locale: 'zh-CN' | 'en'): string {
  return locale === 'en' ? `${trimDecimals(percent, 1)} %` : `${trimDecimals(percent, 1)}%`;
}

/** Round to one decimal place; shares and rates are shown and compared at this precision. */
export function roundTo1(n: number): number {
  return Math.round(n * 10) / 10;
}

/**
 * `amountFen` as a readable amount: en "¥1,234,568" (whole yuan), zh-CN "123.5 万元" from 10,000 yuan
 * up and "856 元" below — the units each audience reads at a glance.
 */
export function formatYuan(amountFen: number, locale: 'zh-CN' | 'en'): string {
  const yuan = amountFen / FEN_PER_YUAN;
  if (locale === 'en') return `¥${Math.round(yuan).toLocaleString('en-US')}`;
  return Math.abs(yuan) >= 10_000 ? formatWanYuan(amountFen) : `${Math.round(yuan)} 元`;
}
