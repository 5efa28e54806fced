import { sql } from 'drizzle-orm';
import { summariseJointVisitScores, visitSteps, type JointVisitScores } from '@qudao/domain';
import type { Db } from '../db/connect';
import { createRandom } from './random';

const rowsOf = <T>(r: unknown) => ((r as { rows?: T[] }).rows ?? (r as T[]));
const comments = ['准备充分，销售数据熟悉', '沟通到位，但没有带检测报告', '对账清楚，下次先电话预约', '培训内容扎实，客户反响好', '报告写得简略，下一步不具体'];

/**
 * Demo joint visits (issue 5 item 1) and downline orders (R3.4): about one done distributor visit in
 * six of every rep becomes a joint visit scored by the rep's manager, and orders taken at downline
 * visits are marked as booked for the distributor, as the API does for new ones.
 */
export async function loadDemoJointVisits(db: Db, seed: number): Promise<void> {
  const rnd = createRandom(seed * 104_729 + 11);
  const rows = rowsOf<{ id: string; manager_id: string; manager_name: string; check_out_at: string }>(await db.execute(sql`
    select id, manager_id, manager_name, check_out_at from (
      select v.id, m.id as manager_id, m.display_name as manager_name, v.check_out_at::text as check_out_at,
             row_number() over (partition by v.rep_id order by v.planned_on, v.id) as n
        from visits v join accounts a on a.id = v.account_id join users r on r.id = v.rep_id join users m on m.id = r.manager_id
       where v.status = 'done' and v.kind = 'routine' and a.kind = 'distributor' and v.report is not null) x
     where n % 6 = 3`));
  for (const r of rows) {
    const scores: JointVisitScores = {};
    for (const step of visitSteps) if (step === 'preparation' || step === 'communication' || step === 'sales_report' || rnd.int(0, 3) === 0) scores[step] = rnd.int(2, 5);
    const jointScore = { ...summariseJointVisitScores(scores), comment: comments[rnd.int(0, comments.length - 1)]!, managerId: r.manager_id, managerName: r.manager_name, scoredAt: r.check_out_at };
    await db.execute(sql`update visits set kind = 'joint', report = report || jsonb_build_object('jointScore', ${JSON.stringify(jointScore)}::jsonb) where id = ${r.id}::uuid`);
  }
  await db.execute(sql`
    update visit_items i set data = i.data || jsonb_build_object('bookedForAccountId', a.distributor_id)
      from visits v join accounts a on a.id = v.account_id
     where i.visit_id = v.id and i.kind = 'order' and a.kind <> 'distributor' and a.distributor_id is not null`);
}
