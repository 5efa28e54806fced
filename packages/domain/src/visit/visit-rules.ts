import type { AccountKind } from '../shared/account-kind';
import type { Bilingual } from '../shared/messages';
import { fail, ok, type Failure, type Result } from '../shared/result';
import { defaultEffectiveVisitRule, visitSteps, type EffectiveVisitRule } from './effective-visit';

// HQ's visit settings (R1.5, R3.1 q4): the effective-visit rule per account kind and the checklist of
// sales tools a rep must carry. The server stores them; these functions decide what they mean.

/** A rule as HQ stores it, for one account kind. */
export interface StoredVisitRule extends EffectiveVisitRule {
  accountKind: AccountKind;
}

/**
 * The effective-visit rule for an account kind: HQ's stored rule for that kind, else the default
 * (verified check-in, every outcome, preparation + communication + sales report, no tool check).
 */
export function effectiveVisitRuleFor(kind: AccountKind, stored: readonly StoredVisitRule[]): EffectiveVisitRule {
  const found = stored.find((r) => r.accountKind === kind);
  if (!found) return { ...defaultEffectiveVisitRule, requireSalesTools: false };
  const { accountKind: _kind, ...rule } = found;
  return rule;
}

/**
 * Checks a rule HQ wants to store and returns it normalised (steps unique, in R2.2.5 order). A rule
 * that asks for nothing — no verified check-in, no outcomes, no step, no tools — would count every
 * visit as effective and is refused (`VISIT.RULE_EMPTY`).
 */
export function validateEffectiveVisitRule(rule: EffectiveVisitRule): Result<EffectiveVisitRule, Failure<'VISIT.RULE_EMPTY', null>> {
  const requiredSteps = visitSteps.filter((s) => rule.requiredSteps.includes(s));
  const requireSalesTools = rule.requireSalesTools ?? false;
  if (!rule.requireVerifiedCheckIn && !rule.requireObjectiveOutcomes && requiredSteps.length === 0 && !requireSalesTools) return fail('VISIT.RULE_EMPTY', null);
  return ok({ ...rule, requiredSteps, requireSalesTools });
}

/** One tool of the HQ checklist. */
export interface SalesTool {
  id: string;
  name: string;
  nameEn: string;
  /** Kinds of account the tool is carried to. */
  accountKinds: readonly AccountKind[];
  position: number;
  active: boolean;
}

/** The checklist for a visit to an account of `kind`: active tools for that kind, in HQ's order. */
export function salesToolsFor(kind: AccountKind, tools: readonly SalesTool[]): SalesTool[] {
  return tools.filter((t) => t.active && t.accountKinds.includes(kind)).sort((a, b) => a.position - b.position || (a.id < b.id ? -1 : 1));
}

/** Names (in `locale`) of the checklist tools not among `checkedIds`, in checklist order. */
export function missingSalesTools(checklist: readonly SalesTool[], checkedIds: readonly string[], locale: 'zh-CN' | 'en' = 'zh-CN'): string[] {
  const checked = new Set(checkedIds);
  return checklist.filter((t) => !checked.has(t.id)).map((t) => (locale === 'en' ? t.nameEn : t.name));
}

/** The checklist a new installation starts with (the source's list: cards, brochures, test reports, tenders, notebook). */
export const defaultSalesTools: readonly { code: string; name: Bilingual; accountKinds: readonly AccountKind[] }[] = [
  { code: 'cards', name: { 'zh-CN': '名片', en: 'Business cards' }, accountKinds: ['distributor', 'sub_dealer', 'end_user'] },
  { code: 'brochures', name: { 'zh-CN': '产品宣传手册', en: 'Product brochures' }, accountKinds: ['distributor', 'sub_dealer', 'end_user'] },
  { code: 'test_reports', name: { 'zh-CN': '检测报告', en: 'Test reports' }, accountKinds: ['distributor', 'sub_dealer', 'end_user'] },
  { code: 'tenders', name: { 'zh-CN': '标书模板', en: 'Tender templates' }, accountKinds: ['distributor', 'end_user'] },
  { code: 'notebook', name: { 'zh-CN': '笔记本', en: 'Notebook' }, accountKinds: ['distributor', 'sub_dealer', 'end_user'] },
];
