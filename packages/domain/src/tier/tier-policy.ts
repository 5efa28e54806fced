import type { Bilingual } from '../shared/messages';
import type { DistributorTier } from './assign-tier';

/** The support policy of a tier (R6) and the actions a rep and manager take, in both languages. */
export interface TierPolicy {
  tier: DistributorTier;
  summary: Bilingual;
  actions: Bilingual[];
}

const policies: Record<DistributorTier, Omit<TierPolicy, 'tier'>> = {
  A: {
    summary: { 'zh-CN': '重点客户：重点加强客户关系，重点扶持', en: 'Key account: strengthen the relationship and support it first' },
    actions: [
      { 'zh-CN': '保持最高拜访频率，区域经理定期陪同拜访', en: 'Visit at the highest frequency; the regional manager joins visits regularly' },
      { 'zh-CN': '在货源分配、交货和售后服务上优先保障', en: 'Give priority in allocation, delivery and after-sales service' },
      { 'zh-CN': '在分销商会议上作为标杆表扬和激励', en: 'Praise and reward it as a model at distributor meetings' },
      { 'zh-CN': '培训其员工及仓库、下线客户和信用管理', en: 'Train its staff and its warehouse, downline-customer and credit management' },
      { 'zh-CN': '维护其区域价格体系，执行最低出货价，制止窜货', en: 'Protect its market: hold the price system and minimum price, stop cross-territory dumping' },
    ],
  },
  B: {
    summary: { 'zh-CN': '巩固客户关系，重点帮助提高我司产品的销售业绩', en: 'Consolidate the relationship and raise our sales through it' },
    actions: [
      { 'zh-CN': '弄清其余份额被哪些竞争品牌占据及原因', en: 'Find out which competitors take the rest of its business, and why' },
      { 'zh-CN': '共同制定份额目标和有把握机型的提升计划', en: 'Agree a share target and a plan for the models we can win' },
      { 'zh-CN': '对其销售人员讲透我司产品的特点、优势和利益', en: 'Train its sales staff on our features, advantages and benefits' },
      { 'zh-CN': '下线拜访其最终用户，帮助其拿单', en: 'Visit its end users with it and help take orders' },
      { 'zh-CN': '每次拜访跟踪我司份额的变化', en: 'Track our share on every visit' },
    ],
  },
  C: {
    summary: {
      'zh-CN': '区别对待：经营业绩提升有希望的要常态化合作，努力帮助其提升经营业绩',
      en: 'Case by case: those with prospects get regular cooperation and help to grow',
    },
    actions: [
      { 'zh-CN': '每年评估其发展前景', en: 'Assess its prospects once a year' },
      { 'zh-CN': '有前景的：建立常态化合作计划，帮助其提升业绩', en: 'With prospects: agree a regular cooperation plan and help it grow' },
      { 'zh-CN': '前景不明的：按标准政策和常规拜访周期维护，不给特殊扶持', en: 'Without clear prospects: standard terms and the regular visit cycle, no special support' },
    ],
  },
  needs_review: {
    summary: { 'zh-CN': '暂不分级：规则无法判定，由区域经理审核原因后确定', en: 'Not tiered: the rules cannot decide; a manager reviews the reasons and decides' },
    actions: [
      { 'zh-CN': '下次拜访时补齐缺失或过期的数据（营业额、份额、信用）', en: 'Complete missing or stale data (turnover, share, credit) on the next visit' },
      { 'zh-CN': '区域经理审核后人工确定级别', en: 'The regional manager reviews and sets the tier by hand' },
    ],
  },
};

/** The R6 support policy and recommended actions for `tier`, in zh-CN and en. */
export function getTierPolicy(tier: DistributorTier): TierPolicy {
  return { tier, ...policies[tier] };
}
