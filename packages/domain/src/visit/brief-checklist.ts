import type { Bilingual } from '../shared/messages';

/** The eight questions a rep asks before leaving (R3.1), in order. */
export const briefQuestionIds = ['objective', 'appointment', 'sales_data', 'sales_tools', 'route', 'promises', 'appearance', 'anything_else'] as const;

/** One of the eight preparation questions. */
export type BriefQuestionId = (typeof briefQuestionIds)[number];

/** How a question stands: to answer, answered, or skipped by rule (with the rule's reason). */
export type BriefQuestionState = 'open' | 'answered' | 'skipped';

/** One line of the preparation checklist. */
export interface BriefQuestion {
  id: BriefQuestionId;
  label: Bilingual;
  state: BriefQuestionState;
  /** Why it was skipped; null otherwise. */
  skipReason: 'fixed_time' | 'fixed_route' | null;
}

/** What decides the checklist of one visit. */
export interface BriefContext {
  /** The visit is at the account's fixed day and time (R2.2.3): no phone appointment needed. */
  fixedTime: boolean;
  /** The visit is on the rep's fixed route (R2.2.2): no route planning needed. */
  fixedRoute: boolean;
  /** Questions the rep has answered. */
  answered: readonly BriefQuestionId[];
}

const labels: Record<BriefQuestionId, Bilingual> = {
  objective: { 'zh-CN': '本次拜访目标明确吗？', en: 'Is the objective of this visit specific?' },
  appointment: { 'zh-CN': '与客户电话预约了吗？', en: 'Has the visit been booked by phone?' },
  sales_data: { 'zh-CN': '客户销售资料带齐了吗？（去年同期、上月、本月及目标）', en: 'Are the sales figures at hand (last year, last month, this month, target)?' },
  sales_tools: { 'zh-CN': '销售工具带齐了吗？（按总部的工具清单逐项勾选）', en: 'Are the sales tools packed (tick each tool of the HQ checklist)?' },
  route: { 'zh-CN': '拜访路线规划过吗？', en: 'Is the route planned?' },
  promises: { 'zh-CN': '上次拜访后对客户的承诺兑现了吗？', en: 'Were the promises made at the last visit kept?' },
  appearance: { 'zh-CN': '照镜子：仪容仪表检查了吗？', en: 'Mirror check: is your appearance in order?' },
  anything_else: { 'zh-CN': '还有什么？', en: 'Anything else?' },
};

/**
 * The eight-question checklist of a visit (R3.1) in order, with its state: the phone appointment is
 * skipped for a fixed-time visit and the route for a fixed route, as the source allows; every other
 * question is open until answered. `ready` is true when no question is open.
 */
export function buildBriefChecklist(context: BriefContext): { questions: BriefQuestion[]; ready: boolean } {
  const questions = briefQuestionIds.map((id): BriefQuestion => {
    const skipReason = id === 'appointment' && context.fixedTime ? 'fixed_time' : id === 'route' && context.fixedRoute ? 'fixed_route' : null;
    const state: BriefQuestionState = skipReason ? 'skipped' : context.answered.includes(id) ? 'answered' : 'open';
    return { id, label: labels[id], state, skipReason };
  });
  return { questions, ready: questions.every((q) => q.state !== 'open') };
}
