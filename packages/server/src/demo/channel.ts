import { sql } from 'drizzle-orm';
import type { Db } from '../db/connect';
import { auditLog, products } from '../db/schema';
import { meetingActions, meetingAgendaItems, meetingInvitees, meetings, minimumPrices, policies, policyDeliveries } from '../db/schema-channel';
import { distributorsByTierAndRegion, meetingLeaderboard } from '../modules/meetings/repo';
import { rowsOf } from '../modules/classes/repo';
import { scanViolations } from '../modules/price-discipline/repo';
import { openDumpingCases } from '../modules/dumping/repo';

// Demo channel management (issue 8): three policies (two discussed and released, one drafted), two past
// distributor meetings with attendance, minutes, a training and a confirmed recognition, deliveries of
// the released policies to part of the distributors, minimum prices per model (one regional, A tier)
// and the violations the demo's price observations give against them.

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Loads the demo's channel data after the visits (the violations read their price observations). */
export async function loadDemoChannel(db: Db, referenceDate: string): Promise<void> {
  const [hq] = rowsOf<{ id: string }>(await db.execute(sql`select id from users where role = 'hq' order by username limit 1`));
  if (!hq) return;
  // The province with the most A- and B-tier distributors hosts the regional meeting.
  const [province] = rowsOf<{ id: string }>(await db.execute(sql`
    select p.id from units p join units c on c.parent_id = p.id join accounts a on a.unit_id = c.id and a.kind = 'distributor'
    where p.level = 'province' group by p.id order by count(*) desc, p.id limit 1`));
  const at = (date: string) => `${date}T02:00:00Z`;
  const [manager] = rowsOf<{ id: string }>(await db.execute(sql`select id from users where role = 'manager' order by username limit 1`));
  const national = addDays(referenceDate, -120);
  const regional = addDays(referenceDate, -30);

  const [p1, p2, p3] = await db
    .insert(policies)
    .values([
      { title: '2026 年度经销商返利政策', summary: '按季度目标达成率阶梯返利；达成 100% 以上返 3%，110% 以上返 4%。', status: 'released', releasedAt: at(addDays(national, 7)), releasedBy: hq.id, createdBy: hq.id, createdAt: at(addDays(national, -20)) },
      { title: '区域保护与窜货处罚办法', summary: '以序列号追溯机床去向；确认窜货的，扣减当季返利并赔偿被窜区域经销商。', status: 'released', releasedAt: at(addDays(regional, 5)), releasedBy: hq.id, createdBy: hq.id, createdAt: at(addDays(regional, -25)) },
      { title: '以旧换新补贴（草案）', summary: '终端用户以旧机床换购本公司数控车床，按旧机残值另补 5%。', status: 'drafted', createdBy: hq.id, createdAt: at(addDays(referenceDate, -5)) },
    ])
    .returning({ id: policies.id, title: policies.title });
  if (!p1 || !p2 || !p3) throw new Error('demo policies not inserted');

  const plan = [
    { title: '全国 A 级经销商年会', scope: 'national' as const, region: null, heldOn: national, tiers: ['A'], policy: p1, minutes: '通报年度返利政策并征求意见；经销商普遍要求季度结算，总部同意。', place: '北京 国家会议中心', action: '制定季度返利结算细则并发各经销商' },
    { title: '区域经销商座谈会', scope: 'regional' as const, region: province?.id ?? null, heldOn: regional, tiers: ['A', 'B'], policy: p2, minutes: '讨论区域保护办法；两家经销商反映跨区低价，会后由区域经理调查。', place: '省会 经销商培训中心', action: '调查两家经销商反映的跨区低价并书面回复' },
  ];
  for (const m of plan) {
    const [row] = await db
      .insert(meetings)
      .values({ title: m.title, scope: m.region ? m.scope : 'national', regionUnitId: m.region, heldOn: m.heldOn, status: 'held', minutes: m.minutes, place: m.place, createdBy: hq.id, createdAt: at(addDays(m.heldOn, -21)) })
      .returning({ id: meetings.id });
    if (!row) continue;
    const invited = await distributorsByTierAndRegion(db, m.tiers, m.region);
    // Roughly one in five invitees did not come.
    if (invited.length > 0) await db.insert(meetingInvitees).values(invited.map((accountId, i) => ({ meetingId: row.id, accountId, attended: i % 5 !== 3 })));
    await db.insert(meetingAgendaItems).values([
      { meetingId: row.id, kind: 'policy', policyId: m.policy.id, title: m.policy.title, createdAt: at(addDays(m.heldOn, -14)) },
      { meetingId: row.id, kind: 'training', title: '数控车床新品操作与售后培训', createdAt: at(addDays(m.heldOn, -14)) },
    ]);
    // Follow-up actions (R2.3): the older meeting's is done, the recent one's still open.
    if (manager) {
      const done = m.heldOn === national;
      await db.insert(meetingActions).values({ meetingId: row.id, title: m.action, ownerId: manager.id, dueOn: addDays(m.heldOn, 45), doneAt: done ? at(addDays(m.heldOn, 30)) : null,
        doneBy: done ? manager.id : null, doneNote: done ? '细则已下发各经销商并逐家电话确认' : null, createdBy: hq.id, createdAt: at(m.heldOn) });
    }
    const [best] = await meetingLeaderboard(db, row.id, m.heldOn, 'sales_growth');
    if (best) {
      const title = `销售增长之星（增长 ${best.value}%）`;
      await db.insert(meetingAgendaItems).values({ meetingId: row.id, kind: 'recognition', accountId: best.accountId, board: 'sales_growth', title, confirmedAt: at(addDays(m.heldOn, -2)), confirmedBy: hq.id, createdAt: at(addDays(m.heldOn, -7)) });
      await db.insert(auditLog).values({ at: at(addDays(m.heldOn, -2)), userId: hq.id, entity: 'account', entityId: best.accountId, field: 'recognition', newValue: { title, board: 'sales_growth', meetingId: row.id, meeting: m.title, heldOn: m.heldOn }, source: 'demo' });
    }
  }

  // The first policy reached about three in four distributors, the second about one in three.
  const dists = rowsOf<{ id: string }>(await db.execute(sql`select id from accounts where kind = 'distributor' and status <> 'closed' order by external_code, id`));
  const deliveries = dists.flatMap((d, i) => [
    ...(i % 4 !== 0 ? [{ policyId: p1.id, accountId: d.id, deliveredOn: addDays(national, 10 + (i % 60)), acknowledgedBy: '总经理', deliveredBy: hq.id }] : []),
    ...(i % 3 === 0 ? [{ policyId: p2.id, accountId: d.id, deliveredOn: addDays(regional, 6 + (i % 20)), acknowledgedBy: '销售经理', deliveredBy: hq.id }] : []),
  ]);
  for (let i = 0; i < deliveries.length; i += 1000) await db.insert(policyDeliveries).values(deliveries.slice(i, i + 1000));

  // Minimum prices: 80% of list everywhere for the year; A-tier distributors of the regional province 82%.
  const models = await db.select({ model: products.model, listPriceFen: products.listPriceFen }).from(products);
  const yearStart = `${referenceDate.slice(0, 4)}-01-01`;
  const from = addDays(referenceDate, -365) < yearStart ? addDays(referenceDate, -365) : yearStart;
  await db.insert(minimumPrices).values([
    ...models.map((p) => ({ model: p.model, priceFen: Math.round(p.listPriceFen * 0.8), validFrom: from, createdBy: hq.id })),
    ...(province ? models.map((p) => ({ model: p.model, tier: 'A' as const, regionUnitId: province.id, priceFen: Math.round(p.listPriceFen * 0.82), validFrom: from, createdBy: hq.id })) : []),
  ]);
  await scanViolations(db);
  // The demo's 窜货 alert (from the visits) becomes an open case.
  await openDumpingCases(db);
}
