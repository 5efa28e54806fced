import { inArray } from 'drizzle-orm';
import type { Db } from '../src/db/connect';
import { crossTerritoryAlerts, serviceTickets, visitItems, visitPhotos, visitPromises, visits } from '../src/db/schema-visits';

/** The smallest valid PNG (1×1). */
export const tinyPng = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');

/** The visit records of one rep at one account (visit, photo, item, ticket, promise). */
export interface VisitRecords {
  visitId: string;
  photoId: string;
  itemId: string;
  ticketId: string;
  promiseId: string;
  /** Texts that must never appear in a response to someone who may not see them. */
  texts: string[];
}

async function recordsOf(db: Db, repId: string, accountId: string, tag: string): Promise<VisitRecords> {
  const [v] = await db
    .insert(visits)
    .values({ accountId, repId, kind: 'routine', status: 'in_progress', plannedOn: '2026-11-20', objectives: [{ type: 'new_order', details: { products: 'CK6150 车床', quantity: 1 }, outcome: null }], checkInAt: '2026-11-20T02:00:00Z', checkInStatus: 'verified', checkInDistanceM: 20 })
    .returning();
  const [p] = await db.insert(visitPhotos).values({ visitId: v!.id, kind: 'storefront', mime: 'image/png', sizeBytes: 70, sha256: 'x', storageKey: `${v!.id}/none.png` }).returning();
  const [i] = await db.insert(visitItems).values({ visitId: v!.id, kind: 'policy', data: { kind: 'policy', policy: `政策${tag}`, acknowledgedBy: '王' } }).returning();
  const [t] = await db.insert(serviceTickets).values({ accountId, visitId: v!.id, repId, kind: 'machine', serial: `SN-${tag}`, problem: `故障${tag}`, ownerId: repId }).returning();
  const [pr] = await db.insert(visitPromises).values({ accountId, visitId: v!.id, what: `承诺${tag}`, toWhom: '王', ownerId: repId, madeOn: '2026-11-20', dueOn: '2026-11-25' }).returning();
  return { visitId: v!.id, photoId: p!.id, itemId: i!.id, ticketId: t!.id, promiseId: pr!.id, texts: [`政策${tag}`, `故障${tag}`, `承诺${tag}`] };
}

/**
 * Visit records for the visibility walk (issue 5): rep A1's own at its distributor; rep A2's at its
 * distributor (hidden from A1); rep B1's at the end user A1 also sees (the account is shared, the
 * visit is not) and at B1's distributor; and a 窜货 alert concerning only rep B1.
 */
export async function buildVisitsWorld(db: Db, u: { repA1: string; repA2: string; repB1: string }, a: { distA1: string; distA2: string; endA1Remote: string; distB1: string }, salesLineId: string) {
  const ownA1 = await recordsOf(db, u.repA1, a.distA1, 'VA1');
  const ofA2 = await recordsOf(db, u.repA2, a.distA2, 'VZZOUTA2');
  const ofB1Shared = await recordsOf(db, u.repB1, a.endA1Remote, 'VZZOUTB1S');
  const ofB1 = await recordsOf(db, u.repB1, a.distB1, 'VZZOUTB1');
  const [alert] = await db
    .insert(crossTerritoryAlerts)
    .values({ serial: 'SN-ZZOUT-ALERT', salesLineId, soldToAccountId: a.distB1, foundAtAccountId: a.distB1, concernedRepIds: [u.repB1], evidence: { foundAt: 'ZZOUT' } })
    .returning();
  return { ownA1, ofA2, ofB1Shared, ofB1, alertId: alert!.id };
}

/** Every id and text of the records in `list`. */
export function visitSecrets(list: VisitRecords[]): { ids: string[]; texts: string[] } {
  return { ids: list.flatMap((r) => [r.visitId, r.photoId, r.itemId, r.ticketId, r.promiseId]), texts: list.flatMap((r) => r.texts) };
}

/** The rows behind `list`, to prove a walk changed none of them. */
export async function visitRows(db: Db, list: VisitRecords[]) {
  const ids = (k: keyof VisitRecords) => list.map((r) => r[k] as string);
  return {
    visits: await db.select().from(visits).where(inArray(visits.id, ids('visitId'))).orderBy(visits.id),
    photos: await db.select().from(visitPhotos).where(inArray(visitPhotos.visitId, ids('visitId'))).orderBy(visitPhotos.id),
    items: await db.select().from(visitItems).where(inArray(visitItems.visitId, ids('visitId'))).orderBy(visitItems.id),
    tickets: await db.select().from(serviceTickets).where(inArray(serviceTickets.id, ids('ticketId'))).orderBy(serviceTickets.id),
    promises: await db.select().from(visitPromises).where(inArray(visitPromises.visitId, ids('visitId'))).orderBy(visitPromises.id),
  };
}
