import { inArray, sql } from 'drizzle-orm';
import type { ApplyDesignResult, HandoverRow } from '@qudao/contract';
import type { Db } from '../../db/connect';
import { accounts, auditLog, territoryUnits } from '../../db/schema';
import type { Result } from '../../http/errors';
import type { WriteScope } from '../../http/write';
import type { ScopeData } from './scope-data';

/** What to hand over for each account that changes rep: last visit, open promises and tickets, last sale, primary contact. */
export async function loadHandover(db: Db, changes: readonly { accountId: string; accountName: string; fromRep: string | null; toRep: string | null }[]): Promise<HandoverRow[]> {
  if (changes.length === 0) return [];
  const ids = changes.map((c) => c.accountId);
  const rows = await db
    .select({
      id: accounts.id,
      lastVisitOn: sql<string | null>`(select max(v.planned_on)::text from visits v where v.account_id = ${accounts.id} and v.status = 'done')`,
      openPromises: sql<number>`(select count(*)::int from promises p where p.account_id = ${accounts.id} and p.status = 'open')`,
      openTickets: sql<number>`(select count(*)::int from service_tickets s where s.account_id = ${accounts.id} and s.status in ('open','in_progress'))`,
      lastSaleOn: sql<string | null>`(select max(l.date)::text from sales_lines l where l.account_id = ${accounts.id})`,
      primaryContact: sql<string | null>`(select c.name from contacts c where c.account_id = ${accounts.id} order by c.is_primary desc, c.name limit 1)`,
    })
    .from(accounts)
    .where(inArray(accounts.id, ids));
  const byId = new Map(rows.map((r) => [r.id, r]));
  return changes.map((c) => {
    const r = byId.get(c.accountId);
    return {
      ...c,
      lastVisitOn: r?.lastVisitOn ?? null,
      openPromises: Number(r?.openPromises ?? 0),
      openTickets: Number(r?.openTickets ?? 0),
      lastSaleOn: r?.lastSaleOn ?? null,
      primaryContact: r?.primaryContact ?? null,
    };
  });
}

/**
 * Applies a design (R1): moves the given units to the given territories in one transaction, so their
 * accounts change rep; writes an audit row per changed territory (its units) and per account whose rep
 * changes, and answers the handover list. Units and territories must lie in the caller's design scope.
 */
export async function applyDesign(w: WriteScope, data: ScopeData, assignment: readonly { unitId: string; territoryId: string }[]): Promise<Result<ApplyDesignResult>> {
  const bad = (reason: string) => ({ ok: false as const, code: 'TERRITORY.ASSIGNMENT_INVALID' as const, params: { reason } });
  const unitTerritory = new Map(data.units.map((u) => [u.id, u.territoryId]));
  const territory = new Map(data.territories.map((t) => [t.id, t]));
  const seen = new Set<string>();
  for (const a of assignment) {
    if (!unitTerritory.has(a.unitId)) return bad(`unit ${a.unitId} is not in your territories`);
    if (!territory.has(a.territoryId)) return bad(`territory ${a.territoryId} is not one of yours`);
    if (seen.has(a.unitId)) return bad(`unit ${a.unitId} appears twice`);
    seen.add(a.unitId);
  }
  const moves = assignment.filter((a) => unitTerritory.get(a.unitId) !== a.territoryId);
  const after = new Map(unitTerritory);
  for (const m of moves) after.set(m.unitId, m.territoryId);
  const unitsOf = (map: ReadonlyMap<string, string>, t: string) => [...map].filter(([, x]) => x === t).map(([u]) => u).sort();
  const at = w.ctx.now.toISOString();
  const audit: (typeof auditLog.$inferInsert)[] = [];
  for (const t of new Set(moves.flatMap((m) => [m.territoryId, unitTerritory.get(m.unitId)!]))) {
    audit.push({ at, userId: w.ctx.userId, entity: 'territory', entityId: t, field: 'unitIds', oldValue: unitsOf(unitTerritory, t), newValue: unitsOf(after, t), source: w.ctx.source });
  }
  const movedUnits = new Set(moves.map((m) => m.unitId));
  const ownerName = (t: string) => territory.get(t)!.ownerName ?? null;
  const ownerId = (t: string) => territory.get(t)!.ownerId ?? null;
  const changes = data.accounts
    .filter((a) => movedUnits.has(a.unitId) && ownerId(unitTerritory.get(a.unitId)!) !== ownerId(after.get(a.unitId)!))
    .map((a) => ({ accountId: a.id, accountName: a.name, unitId: a.unitId, fromRep: ownerName(unitTerritory.get(a.unitId)!), toRep: ownerName(after.get(a.unitId)!) }));
  for (const c of changes) {
    audit.push({ at, userId: w.ctx.userId, entity: 'account', entityId: c.accountId, field: 'repName', oldValue: c.fromRep, newValue: c.toRep, source: w.ctx.source });
  }
  for (const m of moves) {
    await w.tx.update(territoryUnits).set({ territoryId: m.territoryId }).where(sql`${territoryUnits.unitId} = ${m.unitId}`);
  }
  for (let i = 0; i < audit.length; i += 500) await w.tx.insert(auditLog).values(audit.slice(i, i + 500));
  return { ok: true, value: { unitsMoved: moves.length, handover: await loadHandover(w.tx, changes) } };
}
