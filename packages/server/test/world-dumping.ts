import type { Db } from '../src/db/connect';
import { dumpingCases, minimumPrices, priceViolations } from '../src/db/schema-channel';
import { priceObservations } from '../src/db/schema-visits';

/**
 * Price discipline and dumping records for the visibility walk (issue 8 item 3): a minimum price of 2020
 * (out of the way of the price tests, which set this year's), a violation observed by rep B1 at B1's end
 * user (hidden from rep A1 and manager A), and the dumping case of the world's 窜货 alert, which concerns
 * only rep B1 (so only manager B and HQ see it).
 */
export async function buildDumpingWorld(db: Db, o: { hqId: string; repB1: string; mgrB: string; endB1: string; distB1: string; model: string; alertId: string }) {
  const [mp] = await db.insert(minimumPrices).values({ model: o.model, priceFen: 200_000, validFrom: '2020-01-01', validTo: '2020-12-31', createdBy: o.hqId }).returning();
  const [obs] = await db.insert(priceObservations).values({ accountId: o.endB1, observedOn: '2020-10-10', model: o.model, priceFen: 150_000, context: '报价ZZOUT低价', source: 'quote', createdBy: o.repB1 }).returning();
  const [v] = await db.insert(priceViolations).values({ observationId: obs!.id, minimumPriceId: mp!.id, accountId: o.endB1, distributorId: o.distB1, shortfallFen: 50_000 }).returning();
  const [c] = await db.insert(dumpingCases).values({ alertId: o.alertId, managerIds: [o.mgrB] }).returning();
  return { minimumPriceId: mp!.id, observationId: obs!.id, violationId: v!.id, caseId: c!.id, texts: ['报价ZZOUT低价'] };
}
