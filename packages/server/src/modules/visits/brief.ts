import { and, eq, gt, lte } from 'drizzle-orm';
import { addDays, buildBriefChecklist, computeBriefSalesFigures, recommendOrderLines, selectPromisesForBrief, type BriefQuestionId } from '@qudao/domain';
import type { Locale, VisitBriefView } from '@qudao/contract';
import type { Scope } from '../../access/scope';
import type { Db } from '../../db/connect';
import { accounts, products, salesLines } from '../../db/schema';
import { salesTargets } from '../../db/schema-shared';
import { pendingPoliciesFor } from '../policies/repo';
import { installedBase, listVisitItems } from './items';
import { listVisitPhotos } from './photos';
import { accountPromises, toPromiseView } from './promises';
import { visitRulesFor } from './settings';
import { findVisit, lastDoneVisitOn, type StoredBrief, type VisitRow } from './repo';

/** Whether a visit's brief has every question answered or skipped (R3.1). */
export function briefReady(row: Pick<VisitRow, 'fixedTime' | 'fixedRoute' | 'brief'>): boolean {
  const answered = ((row.brief as StoredBrief).answered ?? []) as BriefQuestionId[];
  return buildBriefChecklist({ fixedTime: row.fixedTime, fixedRoute: row.fixedRoute, answered }).ready;
}

/**
 * The brief of a visible visit (R3.1): the eight questions, the sales figures of the account as of
 * the visit day (sales lines and the shared monthly targets), the promises the domain selects (open,
 * and those due since the last done visit), its installed base, and the visit's items and photos.
 */
export async function buildBrief(db: Db, scope: Scope, id: string, today: string, locale: Locale): Promise<VisitBriefView | undefined> {
  const visit = await findVisit(db, scope, id);
  if (!visit) return undefined;
  const [acc] = await db.select().from(accounts).where(eq(accounts.id, visit.accountId));
  if (!acc) return undefined;
  const referenceDate = visit.plannedOn < today ? visit.plannedOn : today;
  const sales = await db
    .select({ date: salesLines.date, amountFen: salesLines.amountFen })
    .from(salesLines)
    .where(and(eq(salesLines.accountId, acc.id), lte(salesLines.date, referenceDate)));
  const targets = await db.select({ month: salesTargets.month, amountFen: salesTargets.amountFen }).from(salesTargets).where(eq(salesTargets.accountId, acc.id));
  const lastVisitOn = await lastDoneVisitOn(db, acc.id, visit.plannedOn, visit.id);
  const promiseRows = await accountPromises(db, acc.id);
  const byId = new Map(promiseRows.map((r) => [r.id, r]));
  const selected = selectPromisesForBrief(promiseRows.map((r) => ({ ...r, closedOn: r.closedOn, evidence: r.evidence, closeReason: r.closeReason })), acc.id, lastVisitOn, today);
  const ticked = new Set(visit.brief.toolsChecked);
  const tools = (await visitRulesFor(db, acc.kind)).checklist;
  const figures = computeBriefSalesFigures(
    sales.map((s) => ({ date: s.date, amountFen: Number(s.amountFen) })),
    targets.map((t) => ({ month: t.month, amountFen: Number(t.amountFen) })),
    referenceDate,
  );
  const history = await db
    .select({ date: salesLines.date, model: products.model, quantity: salesLines.quantity, amountFen: salesLines.amountFen })
    .from(salesLines)
    .innerJoin(products, eq(products.id, salesLines.productId))
    .where(and(eq(salesLines.accountId, acc.id), lte(salesLines.date, referenceDate), gt(salesLines.date, addDays(referenceDate, -730))));
  // Behind target: achievement below the share of the month already gone.
  const behindTarget = figures.achievementPercent !== null && figures.achievementPercent < figures.monthElapsedPercent;
  const recommendations = recommendOrderLines(history.map((h) => ({ ...h, amountFen: Number(h.amountFen) })), referenceDate, { behindTarget });
  const checklist = buildBriefChecklist({ fixedTime: visit.fixedTime, fixedRoute: visit.fixedRoute, answered: visit.brief.answered });
  return {
    visit,
    questions: checklist.questions.map((q) => ({ id: q.id, label: q.label[locale], state: q.state, skipReason: q.skipReason })),
    ready: checklist.ready,
    sales: figures,
    promises: selected.map((b) => toPromiseView(byId.get(b.promise.id)!, today)),
    lastVisitOn,
    account: { id: acc.id, name: acc.name, address: acc.address, phone: acc.phone, lng: acc.lng, lat: acc.lat },
    machines: await installedBase(db, acc.id),
    items: await listVisitItems(db, visit.id),
    photos: await listVisitPhotos(db, visit.id),
    pendingPolicies: acc.kind === 'distributor' ? await pendingPoliciesFor(db, acc.id) : [],
    orderRecommendations: recommendations,
    salesTools: tools.map((t) => ({ id: t.id, name: locale === 'en' ? t.nameEn : t.name, checked: ticked.has(t.id) })),
  };
}
