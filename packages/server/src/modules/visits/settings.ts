import { asc, eq, inArray, sql } from 'drizzle-orm';
import {
  defaultSalesTools, effectiveVisitRuleFor, salesToolsFor, validateEffectiveVisitRule,
  type AccountKind, type EffectiveVisitRule, type SalesTool, type StoredVisitRule, type VisitStep,
} from '@qudao/domain';
import { visitSettingsAuditId, type EffectiveVisitRuleView, type SalesToolView, type VisitSettings, type effectiveVisitRulePut, type salesToolsPut } from '@qudao/contract';
import type { z } from 'zod';
import { recordChanges } from '../../audit/record';
import type { Db } from '../../db/connect';
import { salesTools, visitRules } from '../../db/schema-visit-rules';
import { toIso } from '../../db/time';
import type { Result } from '../../http/errors';
import type { WriteScope } from '../../http/write';

// HQ's visit settings (R1.5, R3.1 q4): company-wide, read by every signed-in user (the brief shows the
// checklist), written by HQ only. The domain decides what a rule means (validateEffectiveVisitRule).

const kinds: readonly AccountKind[] = ['distributor', 'sub_dealer', 'end_user'];

type RuleRow = typeof visitRules.$inferSelect;
const toStored = (r: RuleRow): StoredVisitRule => ({
  accountKind: r.accountKind, requireVerifiedCheckIn: r.requireVerifiedCheckIn, requireObjectiveOutcomes: r.requireObjectiveOutcomes,
  requiredSteps: r.requiredSteps as VisitStep[], requireStepsOfObjectives: r.requireStepsOfObjectives, requireSalesTools: r.requireSalesTools,
});
const toTool = (r: typeof salesTools.$inferSelect): SalesTool & SalesToolView => ({
  id: r.id, name: r.name, nameEn: r.nameEn, accountKinds: r.accountKinds as AccountKind[], position: r.position, active: r.active,
});

/** The rules HQ stored (kinds without a row use the default). */
export async function storedVisitRules(db: Db): Promise<StoredVisitRule[]> {
  return (await db.select().from(visitRules)).map(toStored);
}

/**
 * The checklist tools, active and retired, in order. An installation that never had a checklist gets
 * the source's five tools once (`defaultSalesTools`); a list HQ emptied stays empty (its rows remain, retired).
 */
export async function allSalesTools(db: Db): Promise<(SalesTool & SalesToolView)[]> {
  let rows = await db.select().from(salesTools).orderBy(asc(salesTools.position), asc(salesTools.id));
  if (rows.length === 0) {
    // Serialised so two first readers do not both seed.
    await db.transaction(async (tx) => {
      await tx.execute(sql`select pg_advisory_xact_lock(hashtext('qudao.sales_tools.seed'))`);
      const [n] = await tx.select({ n: sql<number>`count(*)::int` }).from(salesTools);
      if ((n?.n ?? 0) > 0) return;
      await tx.insert(salesTools).values(defaultSalesTools.map((t, i) => ({ name: t.name['zh-CN'], nameEn: t.name.en, accountKinds: [...t.accountKinds], position: i + 1 })));
    });
    rows = await db.select().from(salesTools).orderBy(asc(salesTools.position), asc(salesTools.id));
  }
  return rows.map(toTool);
}

/** The rule and checklist in force for a visit to an account of `kind`. */
export async function visitRulesFor(db: Db, kind: AccountKind): Promise<{ rule: EffectiveVisitRule; checklist: SalesTool[] }> {
  return { rule: effectiveVisitRuleFor(kind, await storedVisitRules(db)), checklist: salesToolsFor(kind, await allSalesTools(db)) };
}

/** Every kind's rule in force (default ones with `updatedAt` null) and the checklist. */
export async function readVisitSettings(db: Db): Promise<VisitSettings> {
  const rows = await db.select().from(visitRules);
  const rules: EffectiveVisitRuleView[] = kinds.map((k) => {
    const row = rows.find((r) => r.accountKind === k);
    const rule = effectiveVisitRuleFor(k, row ? [toStored(row)] : []);
    return { accountKind: k, ...rule, requiredSteps: [...rule.requiredSteps], requireSalesTools: rule.requireSalesTools ?? false, updatedAt: row ? toIso(row.updatedAt) : null };
  });
  return { rules, tools: await allSalesTools(db) };
}

/** HQ sets the rule of one account kind (VISIT.RULE_EMPTY when it would require nothing). */
export async function putVisitRule(w: WriteScope, kind: AccountKind, input: z.output<typeof effectiveVisitRulePut>): Promise<Result<EffectiveVisitRuleView>> {
  const checked = validateEffectiveVisitRule(input);
  if (!checked.ok) return { ok: false, code: checked.code };
  const r = checked.value;
  const values = {
    requireVerifiedCheckIn: r.requireVerifiedCheckIn, requireObjectiveOutcomes: r.requireObjectiveOutcomes, requiredSteps: [...r.requiredSteps],
    requireStepsOfObjectives: r.requireStepsOfObjectives, requireSalesTools: r.requireSalesTools ?? false, updatedBy: w.scope.userId, updatedAt: w.ctx.now.toISOString(),
  };
  const before = (await readVisitSettings(w.tx)).rules.find((x) => x.accountKind === kind);
  const [row] = await w.tx.insert(visitRules).values({ accountKind: kind, ...values }).onConflictDoUpdate({ target: visitRules.accountKind, set: values }).returning();
  if (!row) throw new Error('upsert returned no row');
  const field = `rule.${kind}`;
  const ruleOf = (x: Omit<EffectiveVisitRuleView, 'accountKind' | 'updatedAt'>) => ({ requireVerifiedCheckIn: x.requireVerifiedCheckIn, requireObjectiveOutcomes: x.requireObjectiveOutcomes, requiredSteps: x.requiredSteps, requireStepsOfObjectives: x.requireStepsOfObjectives, requireSalesTools: x.requireSalesTools });
  await recordChanges(w.tx, w.ctx, { entity: 'visit_settings', entityId: visitSettingsAuditId, fields: [field], before: before ? { [field]: ruleOf(before) } : null, after: { [field]: ruleOf({ ...values, requiredSteps: [...r.requiredSteps] }) } });
  return { ok: true, value: { ...toStored(row), requiredSteps: [...r.requiredSteps], requireSalesTools: row.requireSalesTools, updatedAt: toIso(row.updatedAt) } };
}

/**
 * HQ replaces the checklist: listed tools are kept in the given order (an id names an existing tool,
 * an unknown id is NOT_FOUND), new ones are added, the rest retired (visits that ticked them keep the tick).
 */
export async function putSalesTools(w: WriteScope, input: z.output<typeof salesToolsPut>): Promise<Result<SalesToolView[]>> {
  const existing = await allSalesTools(w.tx);
  const known = new Set(existing.map((t) => t.id));
  const ids = input.tools.flatMap((t) => (t.id ? [t.id] : []));
  if (ids.some((id) => !known.has(id))) return { ok: false, code: 'NOT_FOUND' };
  if (new Set(ids).size !== ids.length) return { ok: false, code: 'CONFLICT.DUPLICATE', params: { field: 'id' } };
  const stamp = { updatedBy: w.scope.userId, updatedAt: w.ctx.now.toISOString() };
  const retired = existing.filter((t) => !ids.includes(t.id)).map((t) => t.id);
  if (retired.length > 0) await w.tx.update(salesTools).set({ active: false, ...stamp }).where(inArray(salesTools.id, retired));
  for (const [i, t] of input.tools.entries()) {
    const values = { name: t.name, nameEn: t.nameEn, accountKinds: [...new Set(t.accountKinds)], position: i + 1, active: true, ...stamp };
    if (t.id) await w.tx.update(salesTools).set(values).where(eq(salesTools.id, t.id));
    else await w.tx.insert(salesTools).values(values);
  }
  const after = await allSalesTools(w.tx);
  const listOf = (tools: SalesToolView[]) => tools.map((t) => ({ id: t.id, name: t.name, nameEn: t.nameEn, accountKinds: t.accountKinds }));
  await recordChanges(w.tx, w.ctx, { entity: 'visit_settings', entityId: visitSettingsAuditId, fields: ['salesTools'], before: { salesTools: listOf(existing) }, after: { salesTools: listOf(after) } });
  return { ok: true, value: after };
}
