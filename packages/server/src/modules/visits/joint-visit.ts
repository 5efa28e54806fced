import { eq } from 'drizzle-orm';
import { summariseJointVisitScores, type JointVisitScores } from '@qudao/domain';
import type { Visit, jointVisitScore } from '@qudao/contract';
import type { z } from 'zod';
import { users } from '../../db/schema';
import { visits } from '../../db/schema-visits';
import type { Result } from '../../http/errors';
import type { WriteScope } from '../../http/write';
import { lockVisibleVisit, viewOf, type StoredReport } from './repo';

/**
 * The manager scores the rep's steps at a done joint visit (issue 5 item 1): 1–5 per step that took
 * place, a comment, and the domain's summary (mean, the step to coach). Scoring again replaces the score.
 */
export async function scoreJointVisit(w: WriteScope, id: string, input: z.output<typeof jointVisitScore>): Promise<Result<Visit>> {
  const before = await lockVisibleVisit(w.tx, w.scope, id);
  if (!before) return { ok: false, code: 'NOT_FOUND' };
  if (before.kind !== 'joint') return { ok: false, code: 'VISIT.NOT_JOINT' };
  const report = before.report as StoredReport | null;
  if (before.status !== 'done' || !report) return { ok: false, code: 'VISIT.STATUS_INVALID', params: { status: before.status } };
  const scores = Object.fromEntries(Object.entries(input.scores).filter(([, v]) => v !== undefined)) as JointVisitScores;
  const summary = summariseJointVisitScores(scores);
  const [me] = await w.tx.select({ name: users.displayName }).from(users).where(eq(users.id, w.scope.userId));
  const jointScore = { ...summary, comment: input.comment, managerId: w.scope.userId, managerName: me?.name ?? '', scoredAt: w.ctx.now.toISOString() };
  const [after] = await w.tx
    .update(visits)
    .set({ report: { ...report, jointScore }, version: before.version + 1, updatedAt: w.ctx.now.toISOString() })
    .where(eq(visits.id, before.id))
    .returning();
  if (!after) throw new Error('visit vanished inside its transaction');
  return { ok: true, value: await viewOf(w.tx, after) };
}
