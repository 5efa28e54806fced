import { inArray } from 'drizzle-orm';
import { haversineDistanceM, isPromiseOverdue } from '@qudao/domain';
import type { TodayView } from '@qudao/contract';
import type { Scope } from '../../access/scope';
import type { Db } from '../../db/connect';
import { accounts } from '../../db/schema';
import { listPromises, toDomainPromise, toPromiseView } from './promises';
import { listVisits } from './repo';
import { listTickets } from './tickets';

interface Stop { id: string; lng: number | null; lat: number | null }

/**
 * Orders a day's stops by nearest neighbour from the first (stops without a position go last, in
 * their given order). A plan from the route optimiser, when there is one, would replace this.
 */
export function routeOrder(stops: readonly Stop[]): string[] {
  const placed = stops.filter((s) => s.lng !== null && s.lat !== null);
  const rest = stops.filter((s) => s.lng === null || s.lat === null).map((s) => s.id);
  const order: Stop[] = [];
  const left = [...placed];
  let here = left.shift();
  while (here) {
    order.push(here);
    const from = here;
    let best = -1;
    let bestM = Infinity;
    left.forEach((s, i) => {
      const m = haversineDistanceM({ lng: from.lng!, lat: from.lat! }, { lng: s.lng!, lat: s.lat! });
      if (m < bestM) [best, bestM] = [i, m];
    });
    here = best >= 0 ? left.splice(best, 1)[0] : undefined;
  }
  return [...order.map((s) => s.id), ...rest];
}

/** Today for the scope: its visits of the day in route order, open promises due within a week (or overdue), open tickets. */
export async function buildToday(db: Db, scope: Scope, today: string): Promise<TodayView> {
  const { items } = await listVisits(db, scope, { from: today, to: today, page: 1, pageSize: 200 });
  const ids = [...new Set(items.map((v) => v.accountId))];
  const positions = ids.length ? await db.select({ id: accounts.id, lng: accounts.lng, lat: accounts.lat }).from(accounts).where(inArray(accounts.id, ids)) : [];
  const pos = new Map(positions.map((p) => [p.id, p]));
  const order = routeOrder(items.map((v) => ({ id: v.id, lng: pos.get(v.accountId)?.lng ?? null, lat: pos.get(v.accountId)?.lat ?? null })));
  const weekAhead = new Date(Date.parse(`${today}T00:00:00Z`) + 7 * 86_400_000).toISOString().slice(0, 10);
  const promises = (await listPromises(db, scope, 'open')).filter((p) => p.dueOn <= weekAhead);
  const tickets = [...(await listTickets(db, scope, { status: 'open' })), ...(await listTickets(db, scope, { status: 'in_progress' }))];
  return {
    date: today,
    visits: order.map((id, i) => {
      const v = items.find((x) => x.id === id)!;
      return { visit: v, order: i + 1, lng: pos.get(v.accountId)?.lng ?? null, lat: pos.get(v.accountId)?.lat ?? null };
    }),
    promisesDue: promises.sort((a, b) => Number(isPromiseOverdue(toDomainPromise(b), today)) - Number(isPromiseOverdue(toDomainPromise(a), today)) || (a.dueOn < b.dueOn ? -1 : 1)).map((p) => toPromiseView(p, today)),
    openTickets: tickets,
  };
}
