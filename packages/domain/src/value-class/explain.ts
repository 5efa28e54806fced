import { accountKindNames, type AccountKind } from '../shared/account-kind';
import type { Bilingual } from '../shared/messages';
import { formatPercent, formatYuan, roundTo1 } from '../shared/money';
import type { ValueClass, ValueClassConfig, ValueMetric } from './config';
import type { ClassOverride } from './override';

/**
 * How a class was reached: `pareto` (ranked by value), `no_value` (no positive value in the window → C),
 * `provisional` (too little history), `override` (a manual class in force).
 */
export type ClassificationBasis = 'pareto' | 'no_value' | 'provisional' | 'override';

/** Everything {@link explainClassification} needs; produced by the classifier. */
export interface ClassificationFacts {
  valueClass: ValueClass;
  computedClass: ValueClass;
  /** The rule's basis before any override. */
  basis: Exclude<ClassificationBasis, 'override'>;
  metric: ValueMetric;
  valueFen: number;
  rank: number | null;
  count: number;
  cumulativeSharePercent: number | null;
  shareBeforePercent: number | null;
  config: ValueClassConfig;
  kind: AccountKind;
  tradingDays: number | null;
  kindDefault: ValueClass | null;
  earned: ValueClass | null;
  override: ClassOverride | null;
}

const metricName: Record<ValueMetric, Bilingual> = {
  sales: { 'zh-CN': '销售额', en: 'sales' },
  gross_profit: { 'zh-CN': '毛利', en: 'gross profit' },
};

function explainComputed(f: ClassificationFacts): Bilingual {
  const m = metricName[f.metric];
  const kindName = accountKindNames[f.kind];
  const c = f.computedClass;
  const pct = (n: number, l: 'zh-CN' | 'en') => formatPercent(roundTo1(n), l);
  if (f.basis === 'no_value') {
    return { 'zh-CN': `${c}类：近 12 个月无${m['zh-CN']}`, en: `${c}: no ${m.en} in the last 12 months` };
  }
  if (f.basis === 'provisional') {
    const days = f.tradingDays;
    const history: Bilingual =
      days === null
        ? { 'zh-CN': '尚无交易', en: 'never traded' }
        : { 'zh-CN': `交易 ${days} 天，不足 ${f.config.minHistoryDays} 天`, en: `trading for ${days} days, less than ${f.config.minHistoryDays}` };
    const earned: Bilingual =
      f.earned === null
        ? { 'zh-CN': '暂无可比客户', en: 'no established accounts to compare with' }
        : { 'zh-CN': `按其${m['zh-CN']}（${formatYuan(f.valueFen, 'zh-CN')}）可得 ${f.earned} 类`, en: `its ${m.en} (${formatYuan(f.valueFen, 'en')}) would earn ${f.earned}` };
    return {
      'zh-CN': `${c}类（暂定）：${history['zh-CN']}；${kindName['zh-CN']}默认 ${f.kindDefault} 类；${earned['zh-CN']}；取较高者`,
      en: `${c} (provisional): ${history.en}; the default for ${kindName.en} is ${f.kindDefault}; ${earned.en}; the better applies`,
    };
  }
  const before = f.shareBeforePercent ?? 0;
  const aLine = f.config.aTopPercent;
  const abLine = f.config.aTopPercent + f.config.bNextPercent;
  const line: Bilingual =
    c === 'A'
      ? { 'zh-CN': `低于 A 类线 ${pct(aLine, 'zh-CN')}`, en: `under the A line of ${pct(aLine, 'en')}` }
      : c === 'B'
        ? { 'zh-CN': `已达 A 类线 ${pct(aLine, 'zh-CN')}，低于 A+B 线 ${pct(abLine, 'zh-CN')}`, en: `past the A line of ${pct(aLine, 'en')}, under the A+B line of ${pct(abLine, 'en')}` }
        : { 'zh-CN': `已达 A+B 线 ${pct(abLine, 'zh-CN')}`, en: `past the A+B line of ${pct(abLine, 'en')}` };
  const cum = f.cumulativeSharePercent ?? 0;
  return {
    'zh-CN': `${c}类：按${m['zh-CN']}在 ${f.count} 家${kindName['zh-CN']}中排第 ${f.rank}（${formatYuan(f.valueFen, 'zh-CN')}）；排在前面的客户合计占 ${pct(before, 'zh-CN')}，${line['zh-CN']}；累计 ${pct(cum, 'zh-CN')}`,
    en: `${c}: ranks ${f.rank} of ${f.count} ${kindName.en} by ${m.en} (${formatYuan(f.valueFen, 'en')}); accounts above it hold ${pct(before, 'en')}, ${line.en}; cumulative ${pct(cum, 'en')}`,
  };
}

/**
 * A one-line explanation of an account's class in zh-CN and en, naming the figures that decided it
 * (rank, shares and cut-offs; or history and defaults; or the override, its reason and expiry).
 */
export function explainClassification(f: ClassificationFacts): Bilingual {
  const computed = explainComputed(f);
  const o = f.override;
  if (!o) return computed;
  const by: Bilingual = o.setBy ? { 'zh-CN': `，设置人 ${o.setBy}`, en: `, by ${o.setBy}` } : { 'zh-CN': '', en: '' };
  return {
    'zh-CN': `${o.valueClass}类（手工调整，至 ${o.expiresOn}${by['zh-CN']}）：${o.reason}；规则结果为 ${computed['zh-CN']}`,
    en: `${o.valueClass} (manual until ${o.expiresOn}${by.en}): ${o.reason}; the rules give ${computed.en}`,
  };
}
