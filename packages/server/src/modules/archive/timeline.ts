import { sql } from 'drizzle-orm';
import type { AuditEntry } from '@qudao/contract';
import type { Scope } from '../../access/scope';
import type { Db } from '../../db/connect';
import { toIso } from '../../db/time';
import { findVisibleAccountRow } from '../accounts/repo';

function rowsOf<T>(res: unknown): T[] {
  return (Array.isArray(res) ? res : (res as { rows: unknown[] }).rows) as T[];
}

interface TimelineRow {
  id: string | number;
  at: string | Date;
  user_id: string | null;
  user_name: string | null;
  entity: string;
  entity_id: string;
  field: string;
  old_json: string | null;
  new_json: string | null;
  source: AuditEntry['source'];
}

/**
 * Every recorded change of an account's archive, newest first: the account and its sections, its
 * contacts and their profiles (also deleted contacts, known from their history), the regional
 * characteristics of its unit. A converted lead's history is copied onto the account (`lead.*`). Undefined when the account is not visible.
 */
export async function accountTimeline(db: Db, scope: Scope, accountId: string, page: number, pageSize: number): Promise<{ items: AuditEntry[]; total: number } | undefined> {
  const account = await findVisibleAccountRow(db, scope, accountId);
  if (!account) return undefined;
  const where = sql`(
    (a.entity = 'account' and a.entity_id = ${accountId})
    or (a.entity = 'contact' and a.entity_id in (
      select c.id::text from contacts c where c.account_id = ${accountId}::uuid
      union select h.entity_id from audit_log h where h.entity = 'contact' and h.field = 'accountId' and coalesce(h.new_value, h.old_value) #>> '{}' = ${accountId}))
    or (a.entity = 'unit' and a.entity_id = ${account.unitId}))`;
  const rows = await db.execute(sql`
    select a.id, a.at, a.user_id, u.display_name as user_name, a.entity, a.entity_id, a.field, a.old_value::text as old_json, a.new_value::text as new_json, a.source
    from audit_log a left join users u on u.id = a.user_id
    where ${where} order by a.at desc, a.id desc limit ${pageSize} offset ${(page - 1) * pageSize}`);
  const count = await db.execute(sql`select count(*)::int as n from audit_log a where ${where}`);
  const list = rowsOf<TimelineRow>(rows);
  const countRows = rowsOf<{ n: number | string }>(count);
  return {
    items: list.map((r) => ({
      id: Number(r.id),
      at: toIso(r.at),
      userId: r.user_id,
      userName: r.user_name,
      entity: r.entity,
      entityId: r.entity_id,
      field: r.field,
      oldValue: r.old_json === null ? null : (JSON.parse(r.old_json) as unknown),
      newValue: r.new_json === null ? null : (JSON.parse(r.new_json) as unknown),
      source: r.source,
    })),
    total: Number(countRows[0]?.n ?? 0),
  };
}
