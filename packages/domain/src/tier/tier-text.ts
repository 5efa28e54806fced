import type { Bilingual, DomainLocale } from '../shared/messages';
import { formatMillionYuan, formatPercent, formatWanYuan } from '../shared/money';
import type { DistributorTier, TierFacts, TierReviewReason } from './assign-tier';
import type { TierConfig } from './config';

type Texts = (l: DomainLocale) => string;

const both = (t: Texts): Bilingual => ({ 'zh-CN': t('zh-CN'), en: t('en') });
const money = (fen: number, l: DomainLocale) => (l === 'en' ? formatMillionYuan(fen) : formatWanYuan(fen));
const pct = (n: number, l: DomainLocale) => formatPercent(n, l);
const band = (b: TierConfig['bShareBand'], l: DomainLocale) =>
  l === 'en' ? `${b.minPercent}–${b.maxPercent} %` : `${b.minPercent}%–${b.maxPercent}%`;

function describeReason(reason: TierReviewReason, f: TierFacts, c: TierConfig): Bilingual {
  const share = f.sharePercent ?? 0;
  const turnover = f.turnoverFen ?? 0;
  switch (reason) {
    case 'turnover_missing':
      return { 'zh-CN': '年机床营业额未知', en: 'annual machine-tool turnover unknown' };
    case 'share_missing':
      return { 'zh-CN': '我司份额未知', en: 'our share unknown' };
    case 'credit_missing':
      return { 'zh-CN': '信用等级未知', en: 'credit rating unknown' };
    case 'share_invalid':
      return { 'zh-CN': '份额数据无效（须在 0–100% 之间）', en: 'share figure invalid (must be 0–100 %)' };
    case 'share_stale':
      return {
        'zh-CN': `份额测算于 ${f.shareMeasuredOn}，已过 ${f.shareAgeDays} 天（超过 ${c.maxShareAgeDays} 天）`,
        en: `share measured on ${f.shareMeasuredOn}, ${f.shareAgeDays} days ago (over ${c.maxShareAgeDays})`,
      };
    case 'credit_poor':
      return { 'zh-CN': `信用 ${f.creditRating} 低于 ${c.acceptableCreditMin}`, en: `credit ${f.creditRating} below ${c.acceptableCreditMin}` };
    case 'small':
      return both((l) =>
        l === 'en'
          ? `turnover ${money(turnover, l)} < ${money(c.averageTurnoverMinFen, l)} (small)`
          : `年营业额 ${money(turnover, l)} < ${money(c.averageTurnoverMinFen, l)}（规模小）`,
      );
    case 'large_low_share':
      return both((l) =>
        l === 'en'
          ? `large (turnover ${money(turnover, l)} ≥ ${money(c.largeTurnoverMinFen, l)}) but share ${pct(share, l)} < ${pct(c.bShareBand.minPercent, l)}`
          : `规模大（年营业额 ${money(turnover, l)} ≥ ${money(c.largeTurnoverMinFen, l)}）但我司份额 ${pct(share, l)} < ${pct(c.bShareBand.minPercent, l)}`,
      );
    case 'large_high_share_credit_not_good':
      return both((l) =>
        l === 'en'
          ? `large with share ${pct(share, l)} > ${pct(c.aShareAbovePercent, l)}, but credit ${f.creditRating} below ${c.goodCreditMin}`
          : `规模大且我司份额 ${pct(share, l)} > ${pct(c.aShareAbovePercent, l)}，但信用 ${f.creditRating} 低于 ${c.goodCreditMin}`,
      );
    case 'large_share_between_bands':
      return both((l) =>
        l === 'en'
          ? `large, share ${pct(share, l)} above the B band ${band(c.bShareBand, l)} but not above the A line ${pct(c.aShareAbovePercent, l)}`
          : `规模大，我司份额 ${pct(share, l)} 高于 B 级区间 ${band(c.bShareBand, l)}，但未超过 A 级线 ${pct(c.aShareAbovePercent, l)}`,
      );
    case 'average_low_share':
      return both((l) =>
        l === 'en' ? `average size, share ${pct(share, l)} < ${pct(c.cShareBand.minPercent, l)}` : `规模一般，我司份额 ${pct(share, l)} < ${pct(c.cShareBand.minPercent, l)}`,
      );
    case 'average_high_share':
      return both((l) =>
        l === 'en'
          ? `average size with share ${pct(share, l)} > ${pct(c.cShareBand.maxPercent, l)}: R6 names no tier for this`
          : `规模一般但我司份额 ${pct(share, l)} > ${pct(c.cShareBand.maxPercent, l)}：分级规则未规定此情形`,
      );
  }
}

function describeSource(f: TierFacts): Bilingual {
  if (f.shareSource === 'visit_estimate') return { 'zh-CN': `份额为拜访估计（${f.shareMeasuredOn}）`, en: `share estimated on a visit (${f.shareMeasuredOn})` };
  return { 'zh-CN': `份额按销售额计算（${f.shareMeasuredOn}）`, en: `share from sales ratio (${f.shareMeasuredOn})` };
}

/**
 * The bilingual one-line explanation of a tier, naming every figure and threshold that decided it,
 * e.g. en "A: share 64 % > 60 %, credit AA ≥ A, turnover ¥86 M ≥ ¥50 M; share from sales ratio (2025-05-31)",
 * zh-CN "A：我司份额 64% > 60%，信用 AA ≥ A，年营业额 8600 万元 ≥ 5000 万元；…"; for `needs_review`
 * the list of reasons.
 */
export function explainTier(tier: DistributorTier, reasons: readonly TierReviewReason[], f: TierFacts, c: TierConfig): Bilingual {
  if (tier === 'needs_review') {
    const parts = reasons.map((r) => describeReason(r, f, c));
    return { 'zh-CN': `待审核：${parts.map((p) => p['zh-CN']).join('；')}`, en: `Needs review: ${parts.map((p) => p.en).join('; ')}` };
  }
  const share = f.sharePercent ?? 0;
  const turnover = f.turnoverFen ?? 0;
  const source = describeSource(f);
  const main = both((l) => {
    const s = l === 'en' ? `share ${pct(share, l)}` : `我司份额 ${pct(share, l)}`;
    const t = l === 'en' ? `turnover ${money(turnover, l)}` : `年营业额 ${money(turnover, l)}`;
    const credit = l === 'en' ? `credit ${f.creditRating}` : `信用 ${f.creditRating}`;
    const sep = l === 'en' ? ', ' : '，';
    if (tier === 'A') return [`${s} > ${pct(c.aShareAbovePercent, l)}`, `${credit} ≥ ${c.goodCreditMin}`, `${t} ≥ ${money(c.largeTurnoverMinFen, l)}`].join(sep);
    if (tier === 'B') {
      return [l === 'en' ? `${s} within ${band(c.bShareBand, l)}` : `${s} 在 ${band(c.bShareBand, l)} 之间`, `${t} ≥ ${money(c.largeTurnoverMinFen, l)}`, credit].join(sep);
    }
    const size =
      l === 'en'
        ? `${t} from ${money(c.averageTurnoverMinFen, l)} to under ${money(c.largeTurnoverMinFen, l)}`
        : `${t} 在 ${money(c.averageTurnoverMinFen, l)} 至 ${money(c.largeTurnoverMinFen, l)} 之间`;
    return [l === 'en' ? `${s} within ${band(c.cShareBand, l)}` : `${s} 在 ${band(c.cShareBand, l)} 之间`, size, credit].join(sep);
  });
  return { 'zh-CN': `${tier}：${main['zh-CN']}；${source['zh-CN']}`, en: `${tier}: ${main.en}; ${source.en}` };
}
