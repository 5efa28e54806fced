import { desc, eq, sql } from 'drizzle-orm';
import {
  classifyAccounts, diffClassRuns, validateClassOverride, type ClassOverride, type ClassSummaryRow, type ValueClass, type ValueClassConfig,
  type ValueMetric,
} from '@qudao/domain';
import type { Db } from '../../db/connect';
import { accountClasses } from '../../db/schema-shared';
import { classOverrides, classRuns } from '../../db/schema-classes';
import { insertUnnest } from '../../demo/bulk';
import type { Result } from '../../http/errors';
import { recordChanges, type WriteContext } from '../../audit/record';
import { accountValues, loadClassConfig } from './repo';

/** How a run was started. */
export type RunTrigger = 'manual' | 'scheduled' | 'demo' | 'cli';

/** What a classification run reports (stored or dry). */
export interface ClassRunReport {
  runId: string | null;
  asOf: string;
  metric: ValueMetric;
  dryRun: boolean;
  accountCount: number;
  summary: ClassSummaryRow[];
  moved: { accountId: string; from: ValueClass | null; to: ValueClass | null }[];
  ignoredOverrides: number;
}

/**
 * Classifies every open account on `asOf` by the 80/20 rule of @qudao/domain (R2.2.4) with HQ's
 * stored parameters (the metric may be overridden per run). Unless `dryRun`, stores the run with its
 * parameters and every account's result, and writes the current class to account_classes — all in one
 * transaction. `moved` compares with the classes in force before the run.
 */
export async function runClassification(
  db: Db,
  opts: { asOf: string; metric?: ValueMetric; dryRun: boolean; trigger: RunTrigger; ctx: WriteContext },
): Promise<Result<ClassRunReport>> {
  const stored = await loadClassConfig(db);
  const config: ValueClassConfig = { ...stored, metric: opts.metric ?? stored.metric };
  const values = await accountValues(db, opts.asOf);
  const overrides: ClassOverride[] = (await db.select().from(classOverrides)).map((o) => ({
    accountId: o.accountId, valueClass: o.valueClass, reason: o.reason, expiresOn: o.expiresOn,
  }));
  const known = new Set(values.map((v) => v.accountId));
  const run = classifyAccounts(
    values.map((v) => ({ accountId: v.accountId, kind: v.kind, valueFen: config.metric === 'sales' ? v.salesFen : v.profitFen, tradingSince: v.firstSale })),
    opts.asOf,
    config,
    overrides.filter((o) => known.has(o.accountId)),
  );
  if (!run.ok) return { ok: false, code: 'VALUE_CLASS.CONFIG_INVALID', params: { reason: run.details.reason } };
  const previous = await db.select({ accountId: accountClasses.accountId, valueClass: accountClasses.valueClass }).from(accountClasses);
  const diff = diffClassRuns(previous.filter((p) => known.has(p.accountId)), run.value.accounts);
  const report: ClassRunReport = {
    runId: null, asOf: opts.asOf, metric: config.metric, dryRun: opts.dryRun, accountCount: run.value.accounts.length,
    summary: run.value.summary, moved: diff.moved, ignoredOverrides: run.value.ignoredOverrides.length,
  };
  if (opts.dryRun) return { ok: true, value: report };

  const prevById = new Map(previous.map((p) => [p.accountId, p.valueClass]));
  const at = opts.ctx.now.toISOString();
  const runId = await db.transaction(async (txRaw) => {
    const tx = txRaw as unknown as Db;
    const [row] = await tx
      .insert(classRuns)
      .values({
        asOf: opts.asOf, month: opts.asOf.slice(0, 7), metric: config.metric, trigger: opts.trigger, config, summary: run.value.summary,
        accountCount: run.value.accounts.length, movedCount: diff.moved.length, createdBy: opts.ctx.userId, createdAt: at,
      })
      .returning({ id: classRuns.id });
    const id = row!.id;
    const list = run.value.accounts;
    await insertUnnest(tx, 'class_run_accounts', [
      { name: 'run_id', type: 'uuid', value: () => id },
      { name: 'account_id', type: 'uuid', value: (a) => a.accountId },
      { name: 'kind', type: 'text', value: (a) => a.kind },
      { name: 'value_class', type: 'text', value: (a) => a.valueClass },
      { name: 'computed_class', type: 'text', value: (a) => a.computedClass },
      { name: 'previous_class', type: 'text', value: (a) => prevById.get(a.accountId) ?? null },
      { name: 'basis', type: 'text', value: (a) => a.basis },
      { name: 'value_fen', type: 'int8', value: (a) => a.valueFen },
      { name: 'rank', type: 'int4', value: (a) => a.rank },
      { name: 'cumulative_share_pct', type: 'float8', value: (a) => a.cumulativeSharePercent },
      { name: 'visit_interval_days', type: 'int4', value: (a) => a.visitIntervalDays },
      { name: 'explanation', type: 'text', value: (a) => JSON.stringify(a.explanation), expression: (c) => `${c}::jsonb` },
    ], list);
    // The current class of every classified account, in one statement from the run's rows.
    await tx.execute(sql`
      insert into account_classes (account_id, value_class, provisional, run_id, override_reason, override_until, updated_at)
      select r.account_id, r.value_class, r.basis = 'provisional', ${id}::uuid, o.reason, o.expires_on, ${at}::timestamptz
      from class_run_accounts r left join class_overrides o on o.account_id = r.account_id and r.basis = 'override'
      where r.run_id = ${id}::uuid
      on conflict (account_id) do update set value_class = excluded.value_class, provisional = excluded.provisional, run_id = excluded.run_id,
        override_reason = excluded.override_reason, override_until = excluded.override_until, updated_at = excluded.updated_at`);
    return id;
  });
  return { ok: true, value: { ...report, runId } };
}

/** Sets (or replaces) an account's manual class with a reason and an expiry; audited. */
export async function setClassOverride(
  tx: Db,
  ctx: WriteContext,
  input: { accountId: string; valueClass: ValueClass; reason: string; expiresOn: string },
  today: string,
): Promise<Result<{ accountId: string; valueClass: ValueClass; reason: string; expiresOn: string }>> {
  const config = await loadClassConfig(tx);
  const valid = validateClassOverride(input, today, config.maxOverrideDays);
  if (!valid.ok) return { ok: false, code: valid.code, params: 'maxDays' in valid.details ? { maxDays: valid.details.maxDays } : {}, details: valid.details };
  const o = valid.value;
  const [before] = await tx.select().from(classOverrides).where(eq(classOverrides.accountId, o.accountId)).for('update');
  const values = { accountId: o.accountId, valueClass: o.valueClass, reason: o.reason, expiresOn: o.expiresOn, setBy: ctx.userId, createdAt: ctx.now.toISOString() };
  await tx.insert(classOverrides).values(values).onConflictDoUpdate({ target: classOverrides.accountId, set: values });
  await tx
    .insert(accountClasses)
    .values({ accountId: o.accountId, valueClass: o.valueClass, runId: null, overrideReason: o.reason, overrideUntil: o.expiresOn, updatedAt: ctx.now.toISOString() })
    .onConflictDoUpdate({ target: accountClasses.accountId, set: { valueClass: o.valueClass, overrideReason: o.reason, overrideUntil: o.expiresOn, updatedAt: ctx.now.toISOString() } });
  const fields = ['valueClass', 'reason', 'expiresOn'] as const;
  await recordChanges(tx, ctx, {
    entity: 'account', entityId: o.accountId, fields: fields.map((f) => `classOverride.${f}`),
    before: before ? Object.fromEntries(fields.map((f) => [`classOverride.${f}`, before[f]])) : null,
    after: Object.fromEntries(fields.map((f) => [`classOverride.${f}`, o[f]])),
  });
  return { ok: true, value: { accountId: o.accountId, valueClass: o.valueClass, reason: o.reason, expiresOn: o.expiresOn } };
}

/** Removes an account's manual class (the next run decides again); audited. */
export async function clearClassOverride(tx: Db, ctx: WriteContext, accountId: string): Promise<Result<{ ok: true }>> {
  const [before] = await tx.delete(classOverrides).where(eq(classOverrides.accountId, accountId)).returning();
  if (!before) return { ok: false, code: 'NOT_FOUND' };
  await tx.update(accountClasses).set({ overrideReason: null, overrideUntil: null, updatedAt: ctx.now.toISOString() }).where(eq(accountClasses.accountId, accountId));
  await recordChanges(tx, ctx, {
    entity: 'account', entityId: accountId, fields: ['classOverride.valueClass', 'classOverride.reason', 'classOverride.expiresOn'],
    before: { 'classOverride.valueClass': before.valueClass, 'classOverride.reason': before.reason, 'classOverride.expiresOn': before.expiresOn }, after: null,
  });
  return { ok: true, value: { ok: true } };
}

/** The stored runs, newest first. */
export async function listClassRuns(db: Db, limit = 24) {
  return db.select().from(classRuns).orderBy(desc(classRuns.createdAt)).limit(limit);
}

