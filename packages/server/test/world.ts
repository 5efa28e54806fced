import type { Db } from '../src/db/connect';
import { buildArchiveWorld } from './world-archive';
import { buildChannelWorld } from './world-channel';
import { buildDumpingWorld } from './world-dumping';
import { buildVisitsWorld } from './world-visits';
import { buildAccount, buildContact, buildProduct, buildProductLine, buildSalesLine, buildTerritory, buildUnit, buildUser } from './builders';

/** Marker in the name of every record outside the scope of rep A1 and manager A. */
export const outsideMarker = 'ZZOUT';

/**
 * A small company for visibility tests. Manager A leads reps A1 and A2; manager B leads rep B1.
 * Rep A1 owns unit UA1; A2 owns UA2; B1 owns UB1; unit UX belongs to no territory.
 * Rep A1 sees: the distributor in UA1, its end user located in UB1 (buys through A1's distributor),
 * and a sub-dealer in UA1. Everything else is named with {@link outsideMarker} for A1 — and the
 * records of B1 and UX are outside manager A's scope too.
 */
export async function buildWorld(db: Db) {
  const hq = await buildUser(db, { username: 'hq', role: 'hq', displayName: '总部' });
  const mgrA = await buildUser(db, { username: 'mgra', role: 'manager', displayName: '经理甲' });
  const mgrB = await buildUser(db, { username: 'mgrb', role: 'manager', displayName: '经理乙' });
  const repA1 = await buildUser(db, { username: 'repa1', role: 'rep', managerId: mgrA.id, displayName: '业务员甲一' });
  const repA2 = await buildUser(db, { username: 'repa2', role: 'rep', managerId: mgrA.id, displayName: '业务员甲二' });
  const repB1 = await buildUser(db, { username: 'repb1', role: 'rep', managerId: mgrB.id, displayName: '业务员乙一' });

  const province = await buildUnit(db, { id: 'P21', name: '辽宁省', level: 'province' });
  const ua1 = await buildUnit(db, { id: 'UA1', name: '沈阳市', parentId: province.id });
  const ua2 = await buildUnit(db, { id: 'UA2', name: '大连市', parentId: province.id });
  const ub1 = await buildUnit(db, { id: 'UB1', name: '长春市' });
  const ux = await buildUnit(db, { id: 'UX', name: '哈尔滨市' });
  await buildTerritory(db, { ownerId: repA1.id, unitIds: [ua1.id], name: '沈阳区' });
  await buildTerritory(db, { ownerId: repA2.id, unitIds: [ua2.id], name: '大连区' });
  await buildTerritory(db, { ownerId: repB1.id, unitIds: [ub1.id], name: '长春区' });

  const distA1 = await buildAccount(db, { unitId: ua1.id, name: '沈阳机床经销A1', kind: 'distributor' });
  const subA1 = await buildAccount(db, { unitId: ua1.id, name: '沈阳二级A1', kind: 'sub_dealer', distributorId: distA1.id });
  const endA1Remote = await buildAccount(db, { unitId: ub1.id, name: '长春终端经A1', kind: 'end_user', distributorId: distA1.id });
  const distA2 = await buildAccount(db, { unitId: ua2.id, name: `大连经销${outsideMarker}A2`, kind: 'distributor' });
  const endA2 = await buildAccount(db, { unitId: ua2.id, name: `大连终端${outsideMarker}A2`, kind: 'end_user', distributorId: distA2.id });
  const distB1 = await buildAccount(db, { unitId: ub1.id, name: `长春经销${outsideMarker}B1`, kind: 'distributor' });
  const endB1 = await buildAccount(db, { unitId: ub1.id, name: `长春终端${outsideMarker}B1`, kind: 'end_user', distributorId: distB1.id });
  const orphan = await buildAccount(db, { unitId: ux.id, name: `哈尔滨${outsideMarker}无主`, kind: 'distributor', lng: null, lat: null });

  const line = await buildProductLine(db, { id: 'lathe', name: '车床', nameEn: 'Lathes' });
  const product = await buildProduct(db, { lineId: line.id, model: 'CK6150', name: '数控车床' });

  const accountsAll = { distA1, subA1, endA1Remote, distA2, endA2, distB1, endB1, orphan };
  const contactsByAccount: Record<string, Awaited<ReturnType<typeof buildContact>>> = {};
  const salesByAccount: Record<string, Awaited<ReturnType<typeof buildSalesLine>>> = {};
  for (const a of Object.values(accountsAll)) {
    const mark = a.name.includes(outsideMarker) ? outsideMarker : '';
    contactsByAccount[a.id] = await buildContact(db, { accountId: a.id, name: `联系人${mark}${a.name.slice(-2)}` });
    salesByAccount[a.id] = await buildSalesLine(db, { accountId: a.id, productId: product.id });
  }
  const archive = await buildArchiveWorld(db, Object.values(accountsAll), contactsByAccount, [
    { id: repA1.id, unitId: ua1.id, name: '沈阳线索A1' },
    { id: repA2.id, unitId: ua2.id, name: `大连线索${outsideMarker}A2` },
    { id: repB1.id, unitId: ub1.id, name: `长春线索${outsideMarker}B1` },
  ], outsideMarker);
  const visitRecords = await buildVisitsWorld(db, { repA1: repA1.id, repA2: repA2.id, repB1: repB1.id }, { distA1: distA1.id, distA2: distA2.id, endA1Remote: endA1Remote.id, distB1: distB1.id }, salesByAccount[distB1.id]!.id);
  const channel = await buildChannelWorld(db, hq.id, { distA1: distA1.id, distB1: distB1.id });
  const dumping = await buildDumpingWorld(db, { hqId: hq.id, repB1: repB1.id, mgrB: mgrB.id, endB1: endB1.id, distB1: distB1.id, model: product.model, alertId: visitRecords.alertId });
  return { dumping, users: { hq, mgrA, mgrB, repA1, repA2, repB1 }, units: { province, ua1, ua2, ub1, ux }, accounts: accountsAll, contacts: contactsByAccount, sales: salesByAccount, line, product, archive, visits: visitRecords, channel };
}

/** A built world. */
export type World = Awaited<ReturnType<typeof buildWorld>>;
