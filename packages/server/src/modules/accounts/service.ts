import { eq } from 'drizzle-orm';
import type { Account, AccountCreate, AccountPatch } from '@qudao/contract';
import { recordChanges } from '../../audit/record';
import type { Db } from '../../db/connect';
import { accounts } from '../../db/schema';
import type { Result } from '../../http/errors';
import type { WriteScope } from '../../http/write';
import type { Scope } from '../../access/scope';
import { countDownline, findVisibleAccountRow, getAccount, isAccountVisible, lockVisibleAccount, unitExists, type AccountRow } from './repo';

/** Fields of an account whose changes the audit log records. */
export const accountAuditFields = ['externalCode', 'name', 'kind', 'distributorId', 'unitId', 'lng', 'lat', 'address', 'phone', 'status'] as const;

function auditView(row: AccountRow): Record<string, unknown> {
  return Object.fromEntries(accountAuditFields.map((f) => [f, row[f]]));
}

/**
 * A sub-dealer or end user may buy through a distributor the caller can see; a distributor buys
 * through nobody, and nothing buys through itself.
 */
async function checkDistributor(tx: Db, scope: Scope, kind: AccountRow['kind'], distributorId: string | null, selfId?: string): Promise<boolean> {
  if (distributorId === null) return true;
  if (kind === 'distributor' || distributorId === selfId) return false;
  const d = await findVisibleAccountRow(tx, scope, distributorId);
  return d?.kind === 'distributor';
}

/**
 * Creates an account in the caller's scope. Fails with ACCOUNT.UNIT_INVALID, ACCOUNT.DISTRIBUTOR_INVALID,
 * ACCOUNT.OUT_OF_SCOPE (the new account would not be visible to its creator) or CONFLICT.DUPLICATE.
 */
export async function createAccount({ tx, scope, ctx }: WriteScope, input: AccountCreate): Promise<Result<Account>> {
  if (!(await unitExists(tx, input.unitId))) return { ok: false, code: 'ACCOUNT.UNIT_INVALID' };
  const distributorId = input.distributorId ?? null;
  if (!(await checkDistributor(tx, scope, input.kind, distributorId))) return { ok: false, code: 'ACCOUNT.DISTRIBUTOR_INVALID' };
  const at = ctx.now.toISOString();
  const [row] = await tx
    .insert(accounts)
    .values({
      externalCode: input.externalCode ?? null,
      name: input.name,
      kind: input.kind,
      distributorId,
      unitId: input.unitId,
      lng: input.lng ?? null,
      lat: input.lat ?? null,
      address: input.address ?? null,
      phone: input.phone ?? null,
      status: input.status,
      version: 0,
      createdAt: at,
      updatedAt: at,
    })
    .returning();
  if (!row) throw new Error('insert returned no row');
  // The same rule as for reading: nobody creates what they could not then see.
  if (!(await isAccountVisible(tx, scope, row.id))) return { ok: false, code: 'ACCOUNT.OUT_OF_SCOPE' };
  await recordChanges(tx, ctx, { entity: 'account', entityId: row.id, fields: accountAuditFields, before: null, after: auditView(row) });
  const created = await getAccount(tx, scope, row.id);
  if (!created) throw new Error('created account not readable');
  return { ok: true, value: created };
}

/**
 * Changes a visible account. `version`, when given, must match (CONFLICT.STALE_VERSION otherwise);
 * the account must stay visible to the caller (ACCOUNT.OUT_OF_SCOPE).
 */
export async function updateAccount({ tx, scope, ctx }: WriteScope, id: string, patch: AccountPatch): Promise<Result<Account>> {
  const before = await lockVisibleAccount(tx, scope, id);
  if (!before) return { ok: false, code: 'NOT_FOUND' };
  if (patch.version !== undefined && patch.version !== before.version) return { ok: false, code: 'CONFLICT.STALE_VERSION' };
  const next = {
    externalCode: patch.externalCode !== undefined ? patch.externalCode : before.externalCode,
    name: patch.name ?? before.name,
    kind: patch.kind ?? before.kind,
    distributorId: patch.distributorId !== undefined ? patch.distributorId : before.distributorId,
    unitId: patch.unitId ?? before.unitId,
    lng: patch.lng !== undefined ? patch.lng : before.lng,
    lat: patch.lat !== undefined ? patch.lat : before.lat,
    address: patch.address !== undefined ? patch.address : before.address,
    phone: patch.phone !== undefined ? patch.phone : before.phone,
    status: patch.status ?? before.status,
  };
  if (next.unitId !== before.unitId && !(await unitExists(tx, next.unitId))) return { ok: false, code: 'ACCOUNT.UNIT_INVALID' };
  if (next.distributorId !== before.distributorId || next.kind !== before.kind) {
    if (!(await checkDistributor(tx, scope, next.kind, next.distributorId, id))) return { ok: false, code: 'ACCOUNT.DISTRIBUTOR_INVALID' };
  }
  // A distributor with a downline cannot stop being one: its sub-dealers would buy through a non-distributor.
  if (before.kind === 'distributor' && next.kind !== 'distributor' && (await countDownline(tx, id)) > 0) {
    return { ok: false, code: 'ACCOUNT.DISTRIBUTOR_INVALID' };
  }
  const changed = accountAuditFieldsChanged(before, next);
  if (!changed) {
    const same = await getAccount(tx, scope, id);
    return same ? { ok: true, value: same } : { ok: false, code: 'NOT_FOUND' };
  }
  const [after] = await tx
    .update(accounts)
    .set({ ...next, version: before.version + 1, updatedAt: ctx.now.toISOString() })
    .where(eq(accounts.id, id))
    .returning();
  if (!after) return { ok: false, code: 'NOT_FOUND' };
  if (!(await isAccountVisible(tx, scope, id))) return { ok: false, code: 'ACCOUNT.OUT_OF_SCOPE' };
  await recordChanges(tx, ctx, { entity: 'account', entityId: id, fields: accountAuditFields, before: auditView(before), after: auditView(after) });
  const updated = await getAccount(tx, scope, id);
  if (!updated) throw new Error('updated account not readable');
  return { ok: true, value: updated };
}

function accountAuditFieldsChanged(before: AccountRow, next: Record<(typeof accountAuditFields)[number], unknown>): boolean {
  return accountAuditFields.some((f) => before[f] !== next[f]);
}
