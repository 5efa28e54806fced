import { randomUUID } from 'node:crypto';
import { inArray, sql } from 'drizzle-orm';
import type { WriteContext } from '../../audit/record';
import { recordChanges } from '../../audit/record';
import type { Db } from '../../db/connect';
import { accounts, contacts } from '../../db/schema';
import { insertUnnest, type BulkColumn } from '../../demo/bulk';
import { accountAuditFields } from '../accounts/service';
import { contactAuditFields } from '../contacts/service';
import { rowsOf } from '../classes/repo';
import type { Lookups, ParsedAccount, ParsedContact, ParsedSale, ParsedTarget } from './validate';

/** How many rows an import adds, changes and leaves as they were. */
export interface StoreCounts {
  created: number;
  updated: number;
  unchanged: number;
  /** Installations: the 窜货 alerts the stored rows raised or point at (R4). */
  alerts?: number;
}

const pick = (o: Record<string, unknown>, keys: readonly string[]) => Object.fromEntries(keys.map((k) => [k, o[k] ?? null]));
const same = (a: Record<string, unknown>, b: Record<string, unknown>, keys: readonly string[]) => keys.every((k) => JSON.stringify(a[k] ?? null) === JSON.stringify(b[k] ?? null));

/** Upserts accounts by external code; audited per field like a manual change (source import). */
export async function storeAccounts(tx: Db, rows: ParsedAccount[], lookups: Lookups, ctx: WriteContext, write: boolean): Promise<StoreCounts> {
  const existing = rows.length === 0 ? [] : await tx.select().from(accounts).where(inArray(accounts.externalCode, rows.map((r) => r.externalCode)));
  const byCode = new Map(existing.map((a) => [a.externalCode!, a]));
  // New distributors get their id now, so accounts in the same file can point at them.
  const ids = new Map<string, string>([...lookups.accounts].map(([code, a]) => [code, a.id]));
  for (const r of rows) if (!ids.has(r.externalCode)) ids.set(r.externalCode, randomUUID());
  const counts: StoreCounts = { created: 0, updated: 0, unchanged: 0 };
  const at = ctx.now.toISOString();
  // Distributors first: the others reference them.
  for (const r of [...rows].sort((a, b) => Number(a.kind !== 'distributor') - Number(b.kind !== 'distributor'))) {
    const next = {
      externalCode: r.externalCode, name: r.name, kind: r.kind, distributorId: r.distributorCode ? ids.get(r.distributorCode)! : null, unitId: r.unitId,
      lng: r.lng, lat: r.lat, address: r.address, phone: r.phone, status: r.status,
    };
    const before = byCode.get(r.externalCode);
    if (before && same(before, next, accountAuditFields)) {
      counts.unchanged += 1;
      continue;
    }
    if (before) counts.updated += 1;
    else counts.created += 1;
    if (!write) continue;
    if (before) {
      await tx.update(accounts).set({ ...next, version: before.version + 1, updatedAt: at }).where(sql`${accounts.id} = ${before.id}`);
      await recordChanges(tx, ctx, { entity: 'account', entityId: before.id, fields: accountAuditFields, before: pick(before, accountAuditFields), after: next });
    } else {
      const id = ids.get(r.externalCode)!;
      await tx.insert(accounts).values({ id, ...next, createdAt: at, updatedAt: at });
      await recordChanges(tx, ctx, { entity: 'account', entityId: id, fields: accountAuditFields, before: null, after: next });
    }
  }
  return counts;
}

/** Upserts contacts by (account, name); audited. A primary contact takes the flag from the others. */
export async function storeContacts(tx: Db, rows: ParsedContact[], ctx: WriteContext, write: boolean): Promise<StoreCounts> {
  const accountIds = [...new Set(rows.map((r) => r.accountId))];
  const existing = accountIds.length === 0 ? [] : await tx.select().from(contacts).where(inArray(contacts.accountId, accountIds));
  const byKey = new Map<string, (typeof existing)[number]>();
  for (const c of existing) if (!byKey.has(`${c.accountId}|${c.name}`)) byKey.set(`${c.accountId}|${c.name}`, c);
  const counts: StoreCounts = { created: 0, updated: 0, unchanged: 0 };
  const at = ctx.now.toISOString();
  for (const r of rows) {
    const next = { accountId: r.accountId, name: r.name, title: r.title, phone: r.phone, email: r.email, isPrimary: r.isPrimary, notes: r.notes };
    const before = byKey.get(`${r.accountId}|${r.name}`);
    if (before && same(before, next, contactAuditFields)) {
      counts.unchanged += 1;
      continue;
    }
    if (before) counts.updated += 1;
    else counts.created += 1;
    if (!write) continue;
    let id = before?.id;
    if (before) await tx.update(contacts).set({ ...next, version: before.version + 1, updatedAt: at }).where(sql`${contacts.id} = ${before.id}`);
    else [{ id }] = (await tx.insert(contacts).values({ ...next, createdAt: at, updatedAt: at }).returning({ id: contacts.id })) as [{ id: string }];
    await recordChanges(tx, ctx, { entity: 'contact', entityId: id!, fields: contactAuditFields, before: before ? pick(before, contactAuditFields) : null, after: next });
    if (r.isPrimary) await tx.execute(sql`update contacts set is_primary = false, version = version + 1, updated_at = ${at}::timestamptz where account_id = ${r.accountId}::uuid and id <> ${id!}::uuid and is_primary`);
  }
  return counts;
}

const saleColumns: BulkColumn<ParsedSale & { id: string }>[] = [
  { name: 'id', type: 'uuid', value: (l) => l.id },
  { name: 'external_ref', type: 'text', value: (l) => l.externalRef },
  { name: 'date', type: 'date', value: (l) => l.date },
  { name: 'account_id', type: 'uuid', value: (l) => l.accountId },
  { name: 'product_id', type: 'uuid', value: (l) => l.productId },
  { name: 'quantity', type: 'int4', value: (l) => l.quantity },
  { name: 'amount_fen', type: 'int8', value: (l) => l.amountFen },
  { name: 'gross_profit_fen', type: 'int8', value: (l) => l.grossProfitFen },
  { name: 'serial_numbers', type: 'text', value: (l) => l.serialNumbers.join(','), expression: (c) => `case when ${c} = '' then '{}'::text[] else string_to_array(${c}, ',') end` },
];

/**
 * Upserts sales lines by external reference in bulk (insert … select from unnest; changed lines are
 * replaced by delete + insert under the same id). Sales lines are booked facts, not archive data: no audit rows.
 */
export async function storeSales(tx: Db, rows: ParsedSale[], ctx: WriteContext, write: boolean): Promise<StoreCounts> {
  type Old = { id: string; externalRef: string; date: string; accountId: string; productId: string; quantity: number; amountFen: number; grossProfitFen: number; serials: string };
  const old = new Map<string, Old>();
  for (let i = 0; i < rows.length; i += 20_000) {
    const refs = rows.slice(i, i + 20_000).map((r) => r.externalRef);
    const found = rowsOf<Old>(
      await tx.execute(sql`select id, external_ref as "externalRef", to_char(date, 'YYYY-MM-DD') as date, account_id as "accountId", product_id as "productId", quantity,
        amount_fen::float8 as "amountFen", gross_profit_fen::float8 as "grossProfitFen", array_to_string(serial_numbers, ',') as serials
        from sales_lines where external_ref = any(${sql.param(refs)}::text[])`),
    );
    for (const o of found) old.set(o.externalRef, o);
  }
  const inserts: (ParsedSale & { id: string })[] = [];
  const replaced: string[] = [];
  let unchanged = 0;
  for (const r of rows) {
    const o = old.get(r.externalRef);
    if (!o) inserts.push({ ...r, id: randomUUID() });
    else if (o.date === r.date && o.accountId === r.accountId && o.productId === r.productId && o.quantity === r.quantity && Number(o.amountFen) === r.amountFen && Number(o.grossProfitFen) === r.grossProfitFen && o.serials === r.serialNumbers.join(',')) unchanged += 1;
    else {
      replaced.push(o.id);
      inserts.push({ ...r, id: o.id });
    }
  }
  if (write && inserts.length > 0) {
    if (replaced.length > 0) await tx.execute(sql`delete from sales_lines where id = any(${sql.param(replaced)}::uuid[])`);
    await insertUnnest(tx, 'sales_lines', [...saleColumns, { name: 'created_at', type: 'text', value: () => ctx.now.toISOString(), expression: (c) => `${c}::timestamptz` }], inserts);
  }
  return { created: inserts.length - replaced.length, updated: replaced.length, unchanged };
}

/** Upserts monthly targets by (account, month). */
export async function storeTargets(tx: Db, rows: ParsedTarget[], ctx: WriteContext, write: boolean): Promise<StoreCounts> {
  const accountIds = [...new Set(rows.map((r) => r.accountId))];
  const existing = accountIds.length === 0 ? [] : rowsOf<{ accountId: string; month: string; amountFen: number }>(
    await tx.execute(sql`select account_id as "accountId", month, amount_fen::float8 as "amountFen" from sales_targets where account_id = any(${sql.param(accountIds)}::uuid[])`),
  );
  const old = new Map(existing.map((e) => [`${e.accountId}|${e.month}`, Number(e.amountFen)]));
  const changed = rows.filter((r) => old.get(`${r.accountId}|${r.month}`) !== r.amountFen);
  const created = changed.filter((r) => !old.has(`${r.accountId}|${r.month}`)).length;
  if (write && changed.length > 0) {
    await tx.execute(sql`insert into sales_targets (account_id, month, amount_fen, updated_at)
      select a, m, f, ${ctx.now.toISOString()}::timestamptz from unnest(${sql.param(changed.map((r) => r.accountId))}::uuid[], ${sql.param(changed.map((r) => r.month))}::text[], ${sql.param(changed.map((r) => r.amountFen))}::int8[]) as u(a, m, f)
      on conflict (account_id, month) do update set amount_fen = excluded.amount_fen, updated_at = excluded.updated_at`);
  }
  return { created, updated: changed.length - created, unchanged: rows.length - changed.length };
}
