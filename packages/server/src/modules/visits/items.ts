import { and, asc, eq } from 'drizzle-orm';
import { ticketStatusAfterComplaintOutcome } from '@qudao/domain';
import type { VisitItem, visitItemCreate } from '@qudao/contract';
import type { z } from 'zod';
import type { Db } from '../../db/connect';
import { accounts, products, salesLines } from '../../db/schema';
import { shareEstimates } from '../../db/schema-shared';
import { crossTerritoryAlerts, priceObservations, serviceTickets, visitItems, visitPhotos } from '../../db/schema-visits';
import { scanViolations } from '../price-discipline/repo';
import { openDumpingCases } from '../dumping/repo';
import { traceSerial } from '../dumping/trace';
import { deliverAtVisit } from '../policies/service';
import { toIso } from '../../db/time';
import type { Result } from '../../http/errors';
import type { WriteScope } from '../../http/write';
import { lockVisibleVisit, type VisitRow } from './repo';

type ItemInput = z.output<typeof visitItemCreate>;

interface Caused {
  ticketId?: string;
  alertId?: string;
  unknownSerial?: boolean;
}

function toItem(r: typeof visitItems.$inferSelect): VisitItem {
  const data = r.data as Record<string, unknown>;
  return {
    id: r.id, visitId: r.visitId, kind: r.kind, data,
    ticketId: typeof data.ticketId === 'string' ? data.ticketId : null,
    alertId: typeof data.alertId === 'string' ? data.alertId : null,
    createdAt: toIso(r.createdAt),
  };
}

/** The items of a visit (already known visible). */
export async function listVisitItems(db: Db, visitId: string): Promise<VisitItem[]> {
  const rows = await db.select().from(visitItems).where(eq(visitItems.visitId, visitId)).orderBy(asc(visitItems.createdAt), asc(visitItems.id));
  return rows.map(toItem);
}

/** The account's installed base: every serial on its sales lines, with model and day sold. */
export async function installedBase(db: Db, accountId: string): Promise<{ serial: string; model: string; soldOn: string }[]> {
  const rows = await db
    .select({ serials: salesLines.serialNumbers, model: products.model, soldOn: salesLines.date })
    .from(salesLines)
    .innerJoin(products, eq(products.id, salesLines.productId))
    .where(eq(salesLines.accountId, accountId))
    .orderBy(asc(salesLines.date));
  return rows.flatMap((r) => r.serials.map((serial) => ({ serial, model: r.model, soldOn: r.soldOn })));
}

/**
 * R3.4: a serial confirmed at an account is traced by the one rule of the dumping module (traceSerial); when
 * the place is outside the territory of the distributor it was sold through, a cross-territory (窜货) alert
 * is raised with the evidence; the reps of both territories (and so their managers and HQ) see it.
 */
async function checkCrossTerritory(w: WriteScope, visit: VisitRow, serial: string, place: string): Promise<Caused> {
  const r = await traceSerial(w.tx, serial, visit.accountId);
  if (!r) return { unknownSerial: true };
  if (!r.crossed) return {};
  const concerned = [r.channelRep, r.foundRep, visit.repId].filter((x): x is string => typeof x === 'string');
  const [alert] = await w.tx
    .insert(crossTerritoryAlerts)
    .values({
      serial,
      salesLineId: r.salesLineId,
      soldToAccountId: r.soldToId,
      foundAtAccountId: visit.accountId,
      foundInUnitId: r.foundUnit,
      visitId: visit.id,
      concernedRepIds: [...new Set(concerned)],
      evidence: {
        serial, model: r.model, soldOn: r.soldOn, salesRef: r.salesRef, soldTo: r.soldToName,
        foundAt: r.foundName, place, visitId: visit.id, visitOn: visit.plannedOn, reportedBy: w.scope.userId,
      },
      createdAt: w.ctx.now.toISOString(),
    })
    .returning({ id: crossTerritoryAlerts.id });
  // The alert opens a dumping case for the managers of both territories (R4).
  if (alert) await openDumpingCases(w.tx);
  return { alertId: alert?.id };
}

async function openTicket(w: WriteScope, visit: VisitRow, kind: 'machine' | 'reconciliation', serial: string | null, problem: string): Promise<string> {
  const at = w.ctx.now.toISOString();
  const [t] = await w.tx
    .insert(serviceTickets)
    .values({ accountId: visit.accountId, visitId: visit.id, repId: visit.repId, kind, serial, problem, status: 'open', ownerId: visit.repId, createdAt: at, updatedAt: at })
    .returning({ id: serviceTickets.id });
  if (!t) throw new Error('insert returned no row');
  return t.id;
}

/**
 * Records one structured item of an in-progress visit (R3.2–R3.4) and what it implies: a machine
 * problem (serial from the installed base) opens a ticket; a price observation goes to
 * price_observations; a share estimate to the shared share series (source visit); a reconciliation
 * needs this visit's statement photo and a difference opens a ticket; a confirmed machine may raise
 * a 窜货 alert. A client-made id that exists answers the stored item.
 */
export async function addVisitItem(w: WriteScope, visitId: string, input: ItemInput, today: string): Promise<Result<VisitItem>> {
  const visit = await lockVisibleVisit(w.tx, w.scope, visitId);
  if (!visit) return { ok: false, code: 'NOT_FOUND' };
  if (input.id) {
    const [existing] = await w.tx.select().from(visitItems).where(and(eq(visitItems.id, input.id), eq(visitItems.visitId, visitId)));
    if (existing) return { ok: true, value: toItem(existing) };
  }
  if (visit.status !== 'in_progress') return { ok: false, code: 'VISIT.STATUS_INVALID', params: { status: visit.status } };
  const { id, ...data } = input;
  let caused: Caused = {};
  switch (data.kind) {
    case 'machine_problem': {
      const base = await installedBase(w.tx, visit.accountId);
      if (!base.some((m) => m.serial === data.serial)) return { ok: false, code: 'VISIT.SERIAL_UNKNOWN', params: { serial: data.serial } };
      caused = { ticketId: await openTicket(w, visit, 'machine', data.serial, data.problem) };
      break;
    }
    case 'complaint_outcome': {
      const [t] = await w.tx.select().from(serviceTickets).where(and(eq(serviceTickets.id, data.ticketId), eq(serviceTickets.accountId, visit.accountId))).for('update');
      if (!t) return { ok: false, code: 'NOT_FOUND' };
      const status = ticketStatusAfterComplaintOutcome(t.status, data.outcome);
      await w.tx.update(serviceTickets).set({ status, reportedVisitId: visit.id, updatedAt: w.ctx.now.toISOString() }).where(eq(serviceTickets.id, t.id));
      break;
    }
    case 'price_observation': {
      const [obs] = await w.tx.insert(priceObservations).values({
        accountId: visit.accountId, visitId: visit.id, observedOn: today, competitorBrand: data.competitorBrand ?? null, model: data.model,
        priceFen: data.priceFen, context: data.context ?? null, source: data.source, createdBy: w.scope.userId, createdAt: w.ctx.now.toISOString(),
      }).returning({ id: priceObservations.id });
      // Price discipline (R4): our model seen below its minimum price becomes a violation at once.
      if (obs) await scanViolations(w.tx, [obs.id]);
      break;
    }
    case 'share_estimate':
      await w.tx.insert(shareEstimates).values({
        accountId: visit.accountId, date: today, ourSharePct: data.ourSharePct, competitorShares: data.competitors, source: 'visit', visitId: visit.id, createdBy: w.scope.userId,
        createdAt: w.ctx.now.toISOString(),
      });
      break;
    case 'reconciliation': {
      const [p] = await w.tx.select({ id: visitPhotos.id }).from(visitPhotos).where(and(eq(visitPhotos.id, data.photoId), eq(visitPhotos.visitId, visit.id), eq(visitPhotos.kind, 'statement')));
      if (!p) return { ok: false, code: 'VISIT.STATEMENT_PHOTO_REQUIRED' };
      const differenceFen = data.ourBalanceFen - data.theirBalanceFen;
      if (differenceFen !== 0) caused = { ticketId: await openTicket(w, visit, 'reconciliation', null, `对账差异 ${data.periodFrom}–${data.periodTo}: ${(differenceFen / 100).toFixed(2)} 元`) };
      Object.assign(data, { differenceFen });
      break;
    }
    case 'order': {
      // R3.4: an order taken at a downline account is booked as its distributor's.
      const [acc] = await w.tx.select({ distributorId: accounts.distributorId, kind: accounts.kind }).from(accounts).where(eq(accounts.id, visit.accountId));
      if (acc && acc.kind !== 'distributor' && acc.distributorId) Object.assign(data, { bookedForAccountId: acc.distributorId });
      break;
    }
    case 'machine_confirmed':
      caused = await checkCrossTerritory(w, visit, data.serial, data.place);
      break;
    case 'policy': {
      if (!data.policyId) break;
      const delivered = await deliverAtVisit(w, data.policyId, visit, data.acknowledgedBy, today);
      if (!delivered.ok) return delivered;
      break;
    }
    default:
      break;
  }
  const [row] = await w.tx
    .insert(visitItems)
    .values({ ...(id ? { id } : {}), visitId, kind: data.kind, data: { ...data, ...caused }, createdAt: w.ctx.now.toISOString() })
    .returning();
  if (!row) throw new Error('insert returned no row');
  return { ok: true, value: toItem(row) };
}
