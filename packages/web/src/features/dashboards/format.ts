import type { Locale } from '@qudao/contract';
import { formatFen } from '../../ui/money';

/** Money series end in `Fen`, percentages in `Pct`; everything else counts. */
export type SeriesUnit = 'money' | 'pct' | 'count';

/** The unit of a series key. */
export function unitOf(key: string): SeriesUnit {
  return key.endsWith('Fen') ? 'money' : key.endsWith('Pct') ? 'pct' : 'count';
}

/** A figure as text in `locale`: money in yuan, percentages with %, counts with separators; null as a dash. */
export function formatFigure(key: string, value: number | null, locale: Locale): string {
  if (value === null) return '—';
  const unit = unitOf(key);
  if (unit === 'money') return formatFen(value, locale);
  if (unit === 'pct') return `${value.toLocaleString(locale, { maximumFractionDigits: 1 })} %`;
  return value.toLocaleString(locale, { maximumFractionDigits: 1 });
}
