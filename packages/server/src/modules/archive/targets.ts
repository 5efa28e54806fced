import { and, asc, eq } from 'drizzle-orm';
import type { SalesTargetPut } from '@qudao/contract';
import type { Scope } from '../../access/scope';
import { recordChanges } from '../../audit/record';
import type { Db } from '../../db/connect';
import { salesTargets } from '../../db/schema-shared';
import type { Result } from '../../http/errors';
import type { WriteScope } from '../../http/write';
import { findVisibleAccountRow, lockVisibleAccount } from '../accounts/repo';

type TargetItem = { month: string; amountFen: number };

async function targetsOf(db: Db, accountId: string): Promise<TargetItem[]> {
  const rows = await db.select({ month: salesTargets.month, amountFen: salesTargets.amountFen }).from(salesTargets).where(eq(salesTargets.accountId, accountId)).orderBy(asc(salesTargets.month));
  return rows.map((r) => ({ month: r.month, amountFen: Number(r.amountFen) }));
}

/** Monthly sales targets of a visible account, oldest first; undefined when not visible. */
export async function listTargets(db: Db, scope: Scope, accountId: string): Promise<TargetItem[] | undefined> {
  if (!(await findVisibleAccountRow(db, scope, accountId))) return undefined;
  return targetsOf(db, accountId);
}

/** Sets (or with null removes) the targets of the given months of a visible account, audited per month. */
export async function putTargets(w: WriteScope, accountId: string, body: SalesTargetPut): Promise<Result<{ items: TargetItem[] }>> {
  if (!(await lockVisibleAccount(w.tx, w.scope, accountId))) return { ok: false, code: 'NOT_FOUND' };
  const before = new Map((await targetsOf(w.tx, accountId)).map((t) => [t.month, t.amountFen]));
  const at = w.ctx.now.toISOString();
  for (const item of body.items) {
    if (item.amountFen === null) await w.tx.delete(salesTargets).where(and(eq(salesTargets.accountId, accountId), eq(salesTargets.month, item.month)));
    else
      await w.tx
        .insert(salesTargets)
        .values({ accountId, month: item.month, amountFen: item.amountFen, updatedAt: at })
        .onConflictDoUpdate({ target: [salesTargets.accountId, salesTargets.month], set: { amountFen: item.amountFen, updatedAt: at } });
    const field = `target.${item.month}`;
    await recordChanges(w.tx, w.ctx, { entity: 'account', entityId: accountId, fields: [field], before: { [field]: before.get(item.month) ?? null }, after: { [field]: item.amountFen } });
  }
  return { ok: true, value: { items: await targetsOf(w.tx, accountId) } };
}
