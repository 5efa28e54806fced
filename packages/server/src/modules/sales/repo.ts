import { and, asc, desc, eq, gte, lte, sql, type SQL } from 'drizzle-orm';
import type { MonthlySales, SalesLine } from '@qudao/contract';
import type { Scope } from '../../access/scope';
import type { Db } from '../../db/connect';
import { products, salesLines } from '../../db/schema';
import { findVisibleAccountRow } from '../accounts/repo';

/** A page of an account's sales lines, or undefined when the account is missing or out of scope. */
export async function listSalesLines(
  db: Db,
  scope: Scope,
  accountId: string,
  q: { from?: string; to?: string; sort: 'date' | 'amountFen'; order: 'asc' | 'desc'; page: number; pageSize: number },
): Promise<{ items: SalesLine[]; total: number } | undefined> {
  if (!(await findVisibleAccountRow(db, scope, accountId))) return undefined;
  const conds: SQL[] = [eq(salesLines.accountId, accountId)];
  if (q.from) conds.push(gte(salesLines.date, q.from));
  if (q.to) conds.push(lte(salesLines.date, q.to));
  const where = and(...conds);
  const dir = q.order === 'desc' ? desc : asc;
  const column = q.sort === 'amountFen' ? salesLines.amountFen : salesLines.date;
  const rows = await db
    .select({ s: salesLines, model: products.model })
    .from(salesLines)
    .innerJoin(products, eq(products.id, salesLines.productId))
    .where(where)
    .orderBy(dir(column), asc(salesLines.id))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  const [count] = await db.select({ n: sql<number>`count(*)::int` }).from(salesLines).where(where);
  return {
    items: rows.map(({ s, model }) => ({
      id: s.id,
      date: s.date,
      accountId: s.accountId,
      productId: s.productId,
      model,
      quantity: s.quantity,
      amountFen: Number(s.amountFen),
      grossProfitFen: Number(s.grossProfitFen),
      serialNumbers: s.serialNumbers,
    })),
    total: count?.n ?? 0,
  };
}

/** The `YYYY-MM` months ending with the month of `now` in `timeZone`, oldest first. */
export function lastMonths(now: Date, timeZone: string, count: number): string[] {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit' }).formatToParts(now);
  const year = Number(parts.find((p) => p.type === 'year')?.value);
  const month = Number(parts.find((p) => p.type === 'month')?.value);
  const out: string[] = [];
  for (let i = count - 1; i >= 0; i--) {
    const total = year * 12 + (month - 1) - i;
    out.push(`${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`);
  }
  return out;
}

/** An account's sales summed per month over `months`, or undefined when it is not visible. */
export async function monthlySales(db: Db, scope: Scope, accountId: string, months: string[]): Promise<MonthlySales | undefined> {
  if (!(await findVisibleAccountRow(db, scope, accountId))) return undefined;
  const first = `${months[0]}-01`;
  const rows = await db
    .select({
      month: sql<string>`to_char(${salesLines.date}, 'YYYY-MM')`,
      // float8 keeps the sums numbers on both drivers (int8 sums arrive as strings); exact below 2^53 fen.
      amountFen: sql<number>`sum(${salesLines.amountFen})::float8`,
      grossProfitFen: sql<number>`sum(${salesLines.grossProfitFen})::float8`,
      quantity: sql<number>`sum(${salesLines.quantity})::float8`,
    })
    .from(salesLines)
    .where(and(eq(salesLines.accountId, accountId), gte(salesLines.date, first)))
    .groupBy(sql`1`);
  const byMonth = new Map(rows.map((r) => [r.month, r]));
  return {
    months: months.map((month) => {
      const r = byMonth.get(month);
      return { month, amountFen: Number(r?.amountFen ?? 0), grossProfitFen: Number(r?.grossProfitFen ?? 0), quantity: Number(r?.quantity ?? 0) };
    }),
  };
}
