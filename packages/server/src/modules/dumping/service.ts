import { eq } from 'drizzle-orm';
import type { DumpingCase, DumpingDecision } from '@qudao/contract';
import { auditLog } from '../../db/schema';
import { dumpingCases } from '../../db/schema-channel';
import type { Result } from '../../http/errors';
import type { WriteScope } from '../../http/write';
import { listDumpingCases } from './repo';

/**
 * Moves a visible case along investigate → confirmed | dismissed → actioned (an action only on a confirmed
 * case); every step is kept in audit_log under the entity 'dumping_case'.
 */
export async function decideDumpingCase(w: WriteScope, id: string, input: DumpingDecision): Promise<Result<DumpingCase>> {
  const [seen] = await listDumpingCases(w.tx, w.scope, id);
  if (!seen) return { ok: false, code: 'NOT_FOUND' };
  const [row] = await w.tx.select().from(dumpingCases).where(eq(dumpingCases.id, id)).for('update');
  if (!row) return { ok: false, code: 'NOT_FOUND' };
  const next = input.step === 'action' ? 'actioned' : input.step;
  const allowed = input.step === 'action' ? row.status === 'confirmed' : row.status === 'investigating';
  if (!allowed) return { ok: false, code: 'DUMPING.STEP_INVALID', params: { status: row.status } };
  const at = w.ctx.now.toISOString();
  const change = input.step === 'action' ? { action: input.note } : { decisionNote: input.note };
  await w.tx.update(dumpingCases).set({ status: next, ...change, updatedAt: at }).where(eq(dumpingCases.id, id));
  await w.tx.insert(auditLog).values([
    { at, userId: w.ctx.userId, entity: 'dumping_case', entityId: id, field: 'status', oldValue: row.status, newValue: next, source: w.ctx.source },
    { at, userId: w.ctx.userId, entity: 'dumping_case', entityId: id, field: input.step === 'action' ? 'action' : 'decisionNote', oldValue: null, newValue: input.note, source: w.ctx.source },
  ]);
  const [after] = await listDumpingCases(w.tx, w.scope, id);
  return { ok: true, value: after! };
}
