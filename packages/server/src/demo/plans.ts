import { and, eq, inArray } from 'drizzle-orm';
import { solve } from '@qudao/solver';
import type { Db } from '../db/connect';
import { users } from '../db/schema';
import type { SolveRunner } from '../modules/planning/planner';
import { addDays, approvePlan, startPlanJob, type PlanJob } from '../modules/planning/service';
import { greatCircleProvider } from '../modules/planning/travel';

// Demo visit plans (issue 6): one rep per manager gets an approved cyclic plan, made by the real planner
// through the same job the plan page starts, with a short time limit so the demo load stays fast. The
// other reps have none, so a manager also sees the empty state and generates one.

/** Reps that get an approved plan in the demo (one per manager). */
export const demoPlanReps = ['rep01', 'rep05', 'rep09'] as const;

// In-process: the demo load runs before the server's worker pool exists.
const direct: SolveRunner = (problem, options) => ({ result: Promise.resolve().then(() => solve(problem, options)), cancel: () => undefined });

function finished(job: PlanJob): Promise<PlanJob> {
  return new Promise((resolve) => {
    const check = () => {
      if (job.state === 'running') return;
      job.listeners.delete(check);
      resolve(job);
    };
    job.listeners.add(check);
    check();
  });
}

/**
 * Plans and approves the demo reps' visit plans starting the Monday of `referenceDate`'s week; approval
 * rolls out their planned visits for the next two weeks. Returns the number of plans approved.
 */
export async function loadDemoPlans(db: Db, referenceDate: string, timeLimitMs = 400): Promise<number> {
  const reps = await db.select({ id: users.id, managerId: users.managerId }).from(users).where(and(eq(users.role, 'rep'), inArray(users.username, [...demoPlanReps])));
  const travel = greatCircleProvider({ roadFactor: 1.3, speedKmh: 45 });
  const monday = addDays(referenceDate, -((new Date(`${referenceDate}T00:00:00Z`).getUTCDay() + 6) % 7));
  let approved = 0;
  for (const rep of reps) {
    const by = rep.managerId ?? rep.id;
    const job = await finished(startPlanJob(db, travel, direct, monday, by, {
      repId: rep.id, horizonWeeks: 8, workDays: [0, 1, 2, 3, 4], workStartMin: 510, workEndMin: 1050, maxMovedPct: 10, timeLimitMs,
      visitMinutes: { distributor: 90, sub_dealer: 60, end_user: 45 },
    }));
    if (job.state !== 'done' || !job.planId) throw new Error(`demo plan of ${rep.id}: ${job.state} ${job.error ?? ''}`);
    if ((await approvePlan(db, job.planId, by, referenceDate)) !== 'not_draft') approved++;
  }
  return approved;
}
