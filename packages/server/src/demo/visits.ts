import { sql } from 'drizzle-orm';
import { judgeEffectiveVisit, type ObjectiveOutcome, type VisitStep } from '@qudao/domain';
import type { Db } from '../db/connect';
import { insertUnnest } from './bulk';
import { createRandom, type Random } from './random';
import { createHash } from 'node:crypto';
import { diskPhotoStore, type PhotoStore } from '../modules/visits/photo-store';
import { loadDemoJointVisits } from './joint-visits';
import { statementPng } from './statement-png';
import { demoVisitText as txt } from './visit-texts';

// Six months of visit history for the demo company (issue 5 item 11): routine visits with briefs,
// check-ins (a few out of range), items, reconciliations, downline visits, promises kept, broken and
// overdue, tickets open and closed, and one cross-territory (窜货) case; plus today's planned visits.
// Everything is generated in memory and written with bulk inserts.

interface Target { accountId: string; kind: string; lng: number | null; lat: number | null; unitId: string; distributorId: string | null; repId: string }
interface Machine { accountId: string; serial: string; model: string; salesLineId: string }

const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
/** A local business time (Asia/Shanghai, UTC+8) on `day` as an ISO instant. */
const at = (day: string, hour: number, minute: number) => new Date(Date.parse(`${day}T00:00:00Z`) + ((hour - 8) * 60 + minute) * 60_000).toISOString();
const rowsOf = <T>(r: unknown) => ((r as { rows?: T[] }).rows ?? (r as T[]));

/** Moves a point by `metres` east (good enough at these latitudes for a demo). */
const east = (lng: number, lat: number, metres: number) => lng + metres / (111_320 * Math.cos((lat * Math.PI) / 180));

async function readTargets(db: Db): Promise<Target[]> {
  return rowsOf<Target>(await db.execute(sql`
    select a.id as "accountId", a.kind, a.lng, a.lat, a.unit_id as "unitId", a.distributor_id as "distributorId", t.owner_id as "repId"
      from accounts a join territory_units tu on tu.unit_id = a.unit_id join territories t on t.id = tu.territory_id
     where t.owner_id is not null and a.status = 'active'
     order by t.owner_id, (a.kind = 'distributor') desc, a.id`));
}

async function readMachines(db: Db): Promise<Machine[]> {
  return rowsOf<Machine>(await db.execute(sql`
    select distinct on (s.account_id) s.account_id as "accountId", s.serial_numbers[1] as serial, p.model, s.id as "salesLineId"
      from sales_lines s join products p on p.id = s.product_id
     where cardinality(s.serial_numbers) > 0 order by s.account_id, s.date desc`));
}

/** What one generated visit needs from the rest of the generator. */
interface Made { id: string; accountId: string; repId: string; day: string; done: boolean }

/**
 * Writes the demo visit history ending the day before `referenceDate`, and today's plan. Returns the
 * number of visits written.
 */
export async function loadDemoVisits(db: Db, referenceDate: string, seed: number, photoTarget?: string | PhotoStore): Promise<number> {
  const rnd = createRandom(seed * 7919 + 5);
  const all = await readTargets(db);
  const machines = new Map((await readMachines(db)).map((m) => [m.accountId, m]));
  const byRep = new Map<string, Target[]>();
  for (const t of all) byRep.set(t.repId, [...(byRep.get(t.repId) ?? []), t]);

  const visits: Record<string, unknown>[] = [];
  const items: Record<string, unknown>[] = [];
  const promises: Record<string, unknown>[] = [];
  const tickets: Record<string, unknown>[] = [];
  const prices: Record<string, unknown>[] = [];
  const shares: Record<string, unknown>[] = [];
  const photos: Record<string, unknown>[] = [];
  const made: Made[] = [];
  const start = addDays(referenceDate, -182);

  for (const [repId, targets] of byRep) {
    // Each rep keeps up with their distributors and a handful of end users and sub-dealers.
    const chosen = [...targets.filter((t) => t.kind === 'distributor').slice(0, 14), ...targets.filter((t) => t.kind !== 'distributor' && t.lng !== null).slice(0, 8)];
    for (const t of chosen) {
      const interval = t.kind === 'distributor' ? rnd.int(14, 24) : rnd.int(30, 50);
      for (let day = addDays(start, rnd.int(0, interval)); day < referenceDate; day = addDays(day, interval + rnd.int(-3, 3))) {
        visitOf(rnd, t, repId, day, machines.get(t.accountId) ?? null, { visits, items, promises, tickets, prices, shares, photos, made }, referenceDate);
      }
    }
    // Today's plan: four visits in the morning and afternoon.
    for (const t of chosen.slice(0, 4)) {
      visitOf(rnd, t, repId, referenceDate, null, { visits, items, promises, tickets, prices, shares, photos, made }, referenceDate);
    }
  }
  await write(db, { visits, items, promises, tickets, prices, shares });
  await writePhotos(db, photos, photoTarget);
  await crossTerritoryCase(db, rnd, referenceDate);
  await loadDemoJointVisits(db, seed);
  return visits.length;
}

interface Sink {
  visits: Record<string, unknown>[];
  items: Record<string, unknown>[];
  promises: Record<string, unknown>[];
  tickets: Record<string, unknown>[];
  prices: Record<string, unknown>[];
  shares: Record<string, unknown>[];
  photos: Record<string, unknown>[];
  made: Made[];
}

function visitOf(rnd: Random, t: Target, repId: string, day: string, machine: Machine | null, out: Sink, today: string) {
  const id = rnd.uuid();
  const isToday = day === today;
  const fate = isToday ? 'planned' : rnd.chance(0.05) ? 'missed' : rnd.chance(0.04) ? 'cancelled' : 'done';
  const objective = txt.objective(rnd, t.kind, machine?.serial ?? null, day);
  const row: Record<string, unknown> = {
    id, accountId: t.accountId, repId, kind: t.kind === 'distributor' ? 'routine' : 'downline', status: fate, plannedOn: day,
    objectives: [{ ...objective, outcome: null }], brief: { answered: isToday ? [] : ['objective', 'appointment', 'sales_data', 'sales_tools', 'route', 'promises', 'appearance', 'anything_else'] },
    statusReason: fate === 'missed' ? txt.missed(rnd) : fate === 'cancelled' ? txt.cancelled(rnd) : null,
    checkInAt: null, checkInLng: null, checkInLat: null, checkInAccuracyM: null, checkInStatus: null, checkInDistanceM: null, checkOutAt: null, durationS: null,
    report: null, effective: null, effectiveGaps: null,
  };
  out.visits.push(row);
  out.made.push({ id, accountId: t.accountId, repId, day, done: fate === 'done' });
  if (fate !== 'done') return;

  const startMin = rnd.int(9 * 60, 16 * 60);
  const durationS = rnd.int(20, 95) * 60;
  const roll = rnd.next();
  const distanceM = t.lng === null ? null : roll < 0.04 ? rnd.int(600, 4000) : rnd.int(5, 180);
  const status = t.lng === null || roll > 0.97 ? 'unverifiable' : distanceM !== null && distanceM > 300 ? 'out_of_range' : 'verified';
  Object.assign(row, {
    checkInAt: at(day, Math.floor(startMin / 60), startMin % 60),
    checkInLng: t.lng === null || t.lat === null ? null : east(t.lng, t.lat, distanceM ?? 0),
    checkInLat: t.lat, checkInAccuracyM: rnd.int(5, 40), checkInStatus: status, checkInDistanceM: status === 'unverifiable' ? null : distanceM,
    checkOutAt: new Date(Date.parse(at(day, Math.floor(startMin / 60), startMin % 60)) + durationS * 1000).toISOString(), durationS,
  });
  const steps: VisitStep[] = ['preparation', 'sales_report'];
  const kinds = txt.itemKinds(rnd, t.kind);
  for (const kind of kinds) {
    const itemId = rnd.uuid();
    const data = txt.item(rnd, kind, machine, day);
    if (data.kind === 'machine_problem' && machine) {
      const ticketId = rnd.uuid();
      const old = day < addDays(today, -30);
      const state = old ? (rnd.chance(0.7) ? 'reported' : 'resolved') : rnd.chance(0.3) ? 'in_progress' : 'open';
      out.tickets.push({ id: ticketId, accountId: t.accountId, visitId: id, repId, kind: 'machine', serial: machine.serial, problem: String(data.problem), status: state, ownerId: repId, resolution: state === 'open' ? null : txt.resolution(rnd), createdAt: row.checkInAt });
      data.ticketId = ticketId;
    }
    if (data.kind === 'price_observation') out.prices.push({ accountId: t.accountId, visitId: id, observedOn: day, competitorBrand: data.competitorBrand, model: data.model, priceFen: data.priceFen, context: data.context, source: data.source, createdBy: repId });
    if (data.kind === 'share_estimate') out.shares.push({ accountId: t.accountId, date: day, ourSharePct: data.ourSharePct, competitorShares: data.competitors, visitId: id, createdBy: repId });
    out.items.push({ id: itemId, visitId: id, kind: data.kind, data, createdAt: row.checkInAt });
  }
  if (t.kind === 'distributor' && rnd.chance(0.3)) {
    // A reconciliation with the photo of the signed statement; now and then the balances differ: a ticket.
    const photoId = rnd.uuid();
    const variant = rnd.int(0, statementVariants.length - 1);
    out.photos.push({ id: photoId, visitId: id, variant, createdBy: repId, createdAt: row.checkInAt });
    const ourBalanceFen = rnd.int(10, 400) * 100_000;
    const theirBalanceFen = rnd.chance(0.15) ? ourBalanceFen - rnd.int(1, 50) * 10_000 : ourBalanceFen;
    const periodFrom = `${addDays(day, -30).slice(0, 7)}-01`;
    const periodTo = addDays(`${day.slice(0, 7)}-01`, -1);
    const data: Record<string, unknown> = { kind: 'reconciliation', periodFrom, periodTo, ourBalanceFen, theirBalanceFen, photoId, note: null, differenceFen: ourBalanceFen - theirBalanceFen };
    if (ourBalanceFen !== theirBalanceFen) {
      const ticketId = rnd.uuid();
      const closed = day < addDays(today, -30);
      out.tickets.push({ id: ticketId, accountId: t.accountId, visitId: id, repId, kind: 'reconciliation', serial: null, problem: `对账差异 ${periodFrom}–${periodTo}: ${((ourBalanceFen - theirBalanceFen) / 100).toFixed(2)} 元`, status: closed ? 'resolved' : 'open', ownerId: repId, resolution: closed ? '补开发票后双方一致' : null, createdAt: row.checkInAt });
      data.ticketId = ticketId;
    }
    out.items.push({ id: rnd.uuid(), visitId: id, kind: 'reconciliation', data, createdAt: row.checkInAt });
    kinds.push('policy'); // a reconciliation counts as communication for the effective-visit rule
  }
  if (kinds.some((k) => k !== 'training' && k !== 'distributor_evaluation' && k !== 'machine_confirmed')) steps.push('communication');
  if (kinds.includes('training')) steps.push('training');
  if (kinds.includes('distributor_evaluation') || kinds.includes('machine_confirmed')) steps.push('downline_visit');
  const outcome: ObjectiveOutcome = rnd.weighted(['met', 'partly_met', 'not_met'] as const, (o) => (o === 'met' ? 5 : o === 'partly_met' ? 3 : 2));
  (row.objectives as { outcome: string | null }[])[0]!.outcome = outcome;
  const verdict = judgeEffectiveVisit({ checkInStatus: status, objectives: [{ type: objective.type, outcome }], stepsDone: steps });
  Object.assign(row, { report: { summary: txt.summary(rnd, outcome), nextSteps: txt.nextSteps(rnd), managerComment: rnd.chance(0.2) ? txt.comment(rnd) : null }, effective: verdict.effective, effectiveGaps: verdict.gaps });
  if (rnd.chance(0.35)) {
    const dueOn = addDays(day, rnd.int(5, 30));
    const due = dueOn < today;
    const end = !due ? 'open' : rnd.weighted(['kept', 'broken', 'open', 'withdrawn'] as const, (s) => (s === 'kept' ? 14 : s === 'broken' ? 3 : s === 'open' ? 2 : 1));
    const closedOn = end === 'open' ? null : addDays(dueOn, end === 'kept' ? rnd.int(-3, 2) : rnd.int(0, 5)) < today ? addDays(dueOn, end === 'kept' ? rnd.int(-3, 2) : 1) : null;
    const p = txt.promise(rnd);
    out.promises.push({ id: rnd.uuid(), accountId: t.accountId, visitId: id, what: p.what, toWhom: p.toWhom, ownerId: repId, madeOn: day, dueOn, status: closedOn ? end : 'open', closedOn, evidence: closedOn && end === 'kept' ? txt.evidence(rnd) : null, closeReason: closedOn && end !== 'kept' ? txt.brokenReason(rnd) : null });
  }
}

async function write(db: Db, s: Omit<Sink, 'made' | 'photos'>) {
  const j = (v: unknown) => JSON.stringify(v);
  await insertUnnest<Record<string, unknown>>(db, 'visits', [
    ...(['id', 'account_id', 'rep_id'] as const).map((name, i) => ({ name, type: 'uuid' as const, value: (r: Record<string, unknown>) => r[['id', 'accountId', 'repId'][i]!] })),
    { name: 'kind', type: 'text', value: (r) => r.kind }, { name: 'status', type: 'text', value: (r) => r.status }, { name: 'planned_on', type: 'date', value: (r) => r.plannedOn },
    { name: 'objectives', type: 'text', value: (r) => j(r.objectives), expression: (c) => `${c}::jsonb` },
    { name: 'brief', type: 'text', value: (r) => j(r.brief), expression: (c) => `${c}::jsonb` },
    { name: 'status_reason', type: 'text', value: (r) => r.statusReason },
    { name: 'check_in_at', type: 'text', value: (r) => r.checkInAt, expression: (c) => `${c}::timestamptz` },
    { name: 'check_in_lng', type: 'float8', value: (r) => r.checkInLng }, { name: 'check_in_lat', type: 'float8', value: (r) => r.checkInLat },
    { name: 'check_in_accuracy_m', type: 'float8', value: (r) => r.checkInAccuracyM }, { name: 'check_in_status', type: 'text', value: (r) => r.checkInStatus },
    { name: 'check_in_distance_m', type: 'int4', value: (r) => r.checkInDistanceM },
    { name: 'check_out_at', type: 'text', value: (r) => r.checkOutAt, expression: (c) => `${c}::timestamptz` }, { name: 'duration_s', type: 'int4', value: (r) => r.durationS },
    { name: 'report', type: 'text', value: (r) => (r.report ? j(r.report) : null), expression: (c) => `${c}::jsonb` },
    { name: 'effective', type: 'bool', value: (r) => r.effective },
    { name: 'effective_gaps', type: 'text', value: (r) => (r.effectiveGaps ? j(r.effectiveGaps) : null), expression: (c) => `${c}::jsonb` },
  ], s.visits);
  await insertUnnest<Record<string, unknown>>(db, 'visit_items', [
    { name: 'id', type: 'uuid', value: (r) => r.id }, { name: 'visit_id', type: 'uuid', value: (r) => r.visitId }, { name: 'kind', type: 'text', value: (r) => r.kind },
    { name: 'data', type: 'text', value: (r) => j(r.data), expression: (c) => `${c}::jsonb` }, { name: 'created_at', type: 'text', value: (r) => r.createdAt, expression: (c) => `${c}::timestamptz` },
  ], s.items);
  await insertUnnest<Record<string, unknown>>(db, 'service_tickets', [
    { name: 'id', type: 'uuid', value: (r) => r.id }, { name: 'account_id', type: 'uuid', value: (r) => r.accountId }, { name: 'visit_id', type: 'uuid', value: (r) => r.visitId },
    { name: 'rep_id', type: 'uuid', value: (r) => r.repId }, { name: 'kind', type: 'text', value: (r) => r.kind }, { name: 'serial', type: 'text', value: (r) => r.serial },
    { name: 'problem', type: 'text', value: (r) => r.problem }, { name: 'status', type: 'text', value: (r) => r.status }, { name: 'owner_id', type: 'uuid', value: (r) => r.ownerId },
    { name: 'resolution', type: 'text', value: (r) => r.resolution }, { name: 'created_at', type: 'text', value: (r) => r.createdAt, expression: (c) => `${c}::timestamptz` },
  ], s.tickets);
  await insertUnnest<Record<string, unknown>>(db, 'promises', [
    { name: 'id', type: 'uuid', value: (r) => r.id }, { name: 'account_id', type: 'uuid', value: (r) => r.accountId }, { name: 'visit_id', type: 'uuid', value: (r) => r.visitId },
    { name: 'what', type: 'text', value: (r) => r.what }, { name: 'to_whom', type: 'text', value: (r) => r.toWhom }, { name: 'owner_id', type: 'uuid', value: (r) => r.ownerId },
    { name: 'made_on', type: 'date', value: (r) => r.madeOn }, { name: 'due_on', type: 'date', value: (r) => r.dueOn }, { name: 'status', type: 'text', value: (r) => r.status },
    { name: 'closed_on', type: 'date', value: (r) => r.closedOn }, { name: 'evidence', type: 'text', value: (r) => r.evidence }, { name: 'close_reason', type: 'text', value: (r) => r.closeReason },
  ], s.promises);
  await insertUnnest<Record<string, unknown>>(db, 'price_observations', [
    { name: 'account_id', type: 'uuid', value: (r) => r.accountId }, { name: 'visit_id', type: 'uuid', value: (r) => r.visitId }, { name: 'observed_on', type: 'date', value: (r) => r.observedOn },
    { name: 'competitor_brand', type: 'text', value: (r) => r.competitorBrand }, { name: 'model', type: 'text', value: (r) => r.model }, { name: 'price_fen', type: 'int8', value: (r) => r.priceFen },
    { name: 'context', type: 'text', value: (r) => r.context }, { name: 'source', type: 'text', value: (r) => r.source }, { name: 'created_by', type: 'uuid', value: (r) => r.createdBy },
  ], s.prices);
  await insertUnnest<Record<string, unknown>>(db, 'share_estimates', [
    { name: 'account_id', type: 'uuid', value: (r) => r.accountId }, { name: 'date', type: 'date', value: (r) => r.date }, { name: 'our_share_pct', type: 'float8', value: (r) => r.ourSharePct },
    { name: 'competitor_shares', type: 'text', value: (r) => j(r.competitorShares), expression: (c) => `${c}::jsonb` }, { name: 'source', type: 'text', value: () => 'visit' },
    { name: 'visit_id', type: 'uuid', value: (r) => r.visitId }, { name: 'created_by', type: 'uuid', value: (r) => r.createdBy },
  ], s.shares);
}

const statementVariants = [0, 1, 2, 3, 4].map((v) => {
  const bytes = statementPng(v);
  return { bytes, sha256: createHash('sha256').update(bytes).digest('hex') };
});

// Photo rows always; the files only when the loader knows the data directory (the server does).
async function writePhotos(db: Db, photos: Record<string, unknown>[], target: string | PhotoStore | undefined) {
  const key = (r: Record<string, unknown>) => `${String(r.visitId)}/${String(r.id)}.png`;
  const v = (r: Record<string, unknown>) => statementVariants[r.variant as number]!;
  await insertUnnest<Record<string, unknown>>(db, 'visit_photos', [
    { name: 'id', type: 'uuid', value: (r) => r.id }, { name: 'visit_id', type: 'uuid', value: (r) => r.visitId }, { name: 'kind', type: 'text', value: () => 'statement' },
    { name: 'mime', type: 'text', value: () => 'image/png' }, { name: 'size_bytes', type: 'int4', value: (r) => v(r).bytes.length }, { name: 'sha256', type: 'text', value: (r) => v(r).sha256 },
    { name: 'storage_key', type: 'text', value: key }, { name: 'created_by', type: 'uuid', value: (r) => r.createdBy },
    { name: 'created_at', type: 'text', value: (r) => r.createdAt, expression: (c) => `${c}::timestamptz` },
  ], photos);
  if (!target) return;
  const store = typeof target === 'string' ? diskPhotoStore(target) : target;
  for (const r of photos) await store.put(key(r), v(r).bytes);
}

/**
 * The one 窜货 case: a machine sold to a distributor in one territory is confirmed at an end user in
 * another rep's territory that buys through another distributor, at a downline visit two weeks ago.
 */
async function crossTerritoryCase(db: Db, rnd: Random, referenceDate: string) {
  const [c] = rowsOf<Record<string, string>>(await db.execute(sql`
    with sold as (
      select s.id, s.serial_numbers[1] as serial, s.date, s.product_id, s.account_id from sales_lines s
        join accounts d on d.id = s.account_id and d.kind = 'distributor'
       where cardinality(s.serial_numbers) > 0 order by s.date desc, s.id limit 50)
    select s.id as sales_line_id, s.serial, s.date::text as sold_on, p.model, d.id as sold_to, d.name as sold_to_name,
           e.id as found_at, e.name as found_name, e.unit_id as e_unit, td.owner_id as d_rep, e.owner_id as e_rep
      from sold s join products p on p.id = s.product_id join accounts d on d.id = s.account_id
      join territory_units tud on tud.unit_id = d.unit_id join territories td on td.id = tud.territory_id
      cross join lateral (
        select x.id, x.name, x.unit_id, te.owner_id from accounts x
          join territory_units tue on tue.unit_id = x.unit_id join territories te on te.id = tue.territory_id
         where x.kind = 'end_user' and x.distributor_id is not null and x.distributor_id <> d.id and te.owner_id is not null and te.owner_id <> td.owner_id
         order by x.id limit 1) e
     where td.owner_id is not null
     limit 1`));
  if (!c) return;
  const day = addDays(referenceDate, -14);
  const visitId = rnd.uuid();
  const place = '二号车间';
  await db.execute(sql`insert into visits (id, account_id, rep_id, kind, status, planned_on, objectives, brief, check_in_at, check_in_status, check_in_distance_m, check_out_at, duration_s, report, effective)
    values (${visitId}::uuid, ${c.found_at}::uuid, ${c.e_rep}::uuid, 'downline', 'done', ${day}::date,
      ${JSON.stringify([{ type: 'downline_visit', details: { downlineName: c.found_name }, outcome: 'met' }])}::jsonb, '{"answered":[]}'::jsonb,
      ${at(day, 10, 30)}::timestamptz, 'verified', 42, ${at(day, 11, 20)}::timestamptz, 3000,
      ${JSON.stringify({ summary: `在${c.found_name}确认设备序列号 ${c.serial}，该机由${c.sold_to_name}售出，疑似窜货。`, nextSteps: '报区域经理核查', managerComment: null })}::jsonb, false)`);
  const alertId = rnd.uuid();
  await db.execute(sql`insert into cross_territory_alerts (id, serial, sales_line_id, sold_to_account_id, found_at_account_id, found_in_unit_id, visit_id, concerned_rep_ids, evidence)
    values (${alertId}::uuid, ${c.serial}, ${c.sales_line_id}::uuid, ${c.sold_to}::uuid, ${c.found_at}::uuid, ${c.e_unit}, ${visitId}::uuid, array[${c.d_rep}::uuid, ${c.e_rep}::uuid],
      ${JSON.stringify({ serial: c.serial, model: c.model, soldOn: c.sold_on, soldTo: c.sold_to_name, foundAt: c.found_name, place, visitId, visitOn: day, reportedBy: c.e_rep })}::jsonb)`);
  await db.execute(sql`insert into visit_items (visit_id, kind, data) values (${visitId}::uuid, 'machine_confirmed', ${JSON.stringify({ kind: 'machine_confirmed', serial: c.serial, place, alertId })}::jsonb)`);
}
