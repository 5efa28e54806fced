import type { AuditEntity } from '@qudao/contract';
import type { Db } from '../db/connect';
import { auditLog } from '../db/schema';

/** Who changed something, when, and through which channel; passed to every write. */
export interface WriteContext {
  userId: string | null;
  now: Date;
  source: 'manual' | 'import' | 'visit' | 'system' | 'demo';
}

/** Marker stored instead of a secret's value (passwords): the history says it changed, never what to. */
export const redactedValue = '[redacted]';

/**
 * Writes one audit row per field whose value differs between `before` and `after` (null before means
 * created, null after means deleted), in the caller's transaction. Returns the number of rows written.
 */
export async function recordChanges(
  tx: Db,
  ctx: WriteContext,
  change: {
    entity: AuditEntity;
    entityId: string;
    fields: readonly string[];
    before: Record<string, unknown> | null;
    after: Record<string, unknown> | null;
    secretFields?: readonly string[];
  },
): Promise<number> {
  const rows = [];
  for (const field of change.fields) {
    const oldValue = change.before ? (change.before[field] ?? null) : null;
    const newValue = change.after ? (change.after[field] ?? null) : null;
    if (sameValue(oldValue, newValue)) continue;
    const secret = change.secretFields?.includes(field) ?? false;
    rows.push({
      at: ctx.now.toISOString(),
      userId: ctx.userId,
      entity: change.entity,
      entityId: change.entityId,
      field,
      oldValue: secret ? (oldValue === null ? null : redactedValue) : oldValue,
      newValue: secret ? (newValue === null ? null : redactedValue) : newValue,
      source: ctx.source,
    });
  }
  if (rows.length > 0) await tx.insert(auditLog).values(rows);
  return rows.length;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  return JSON.stringify(a) === JSON.stringify(b);
}
