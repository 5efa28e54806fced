import { eq, sql } from 'drizzle-orm';
import { defaultValueClassConfig, getTrailingYearWindow, validateValueClassConfig, type ValueClassConfig } from '@qudao/domain';
import type { Db } from '../../db/connect';
import { settings } from '../../db/schema';

/** Settings key of HQ's classification parameters (metric, cut-offs, visit intervals per kind). */
export const classConfigKey = 'value_class_config';

/** HQ's parameters merged over the R2.2.4 defaults (a stored value that no longer validates is ignored). */
export async function loadClassConfig(db: Db): Promise<ValueClassConfig> {
  const [row] = await db.select().from(settings).where(eq(settings.key, classConfigKey));
  if (!row) return defaultValueClassConfig;
  const stored = row.value as Partial<ValueClassConfig>;
  const merged: ValueClassConfig = {
    ...defaultValueClassConfig,
    ...stored,
    provisionalClass: { ...defaultValueClassConfig.provisionalClass, ...stored.provisionalClass },
    visitIntervalDays: {
      distributor: { ...defaultValueClassConfig.visitIntervalDays.distributor, ...stored.visitIntervalDays?.distributor },
      sub_dealer: { ...defaultValueClassConfig.visitIntervalDays.sub_dealer, ...stored.visitIntervalDays?.sub_dealer },
      end_user: { ...defaultValueClassConfig.visitIntervalDays.end_user, ...stored.visitIntervalDays?.end_user },
    },
  };
  return validateValueClassConfig(merged).ok ? merged : defaultValueClassConfig;
}

/** Stores HQ's parameters (already validated). */
export async function saveClassConfig(db: Db, config: ValueClassConfig) {
  await db.insert(settings).values({ key: classConfigKey, value: config }).onConflictDoUpdate({ target: settings.key, set: { value: config } });
}

/** One account with its trailing-12-month sales and profit and its first trading day. */
export interface AccountValueRow {
  accountId: string;
  kind: 'distributor' | 'sub_dealer' | 'end_user';
  salesFen: number;
  profitFen: number;
  firstSale: string | null;
}

/**
 * Every account not closed, with trailing-12-month sales and gross profit up to `asOf` and the date
 * of its first sale (trading since). One grouped query; sums as float8 so both drivers answer numbers.
 */
export async function accountValues(db: Db, asOf: string): Promise<AccountValueRow[]> {
  const { fromDate, toDate } = getTrailingYearWindow(asOf);
  const res = await db.execute(sql`
    select a.id as "accountId", a.kind as kind,
      coalesce(s.sales, 0)::float8 as "salesFen", coalesce(s.profit, 0)::float8 as "profitFen", to_char(s.first_sale, 'YYYY-MM-DD') as "firstSale"
    from accounts a
    left join (
      select account_id,
        sum(amount_fen) filter (where date >= ${fromDate}::date and date <= ${toDate}::date) as sales,
        sum(gross_profit_fen) filter (where date >= ${fromDate}::date and date <= ${toDate}::date) as profit,
        min(date) as first_sale
      from sales_lines where date <= ${toDate}::date group by account_id
    ) s on s.account_id = a.id
    where a.status <> 'closed'`);
  const rows = (Array.isArray(res) ? res : (res as { rows: unknown[] }).rows) as AccountValueRow[];
  return rows.map((r) => ({ ...r, salesFen: Math.round(Number(r.salesFen)), profitFen: Math.round(Number(r.profitFen)) }));
}

/** Rows of a raw `db.execute` on either driver. */
export function rowsOf<T>(res: unknown): T[] {
  return (Array.isArray(res) ? res : (res as { rows: unknown[] }).rows) as T[];
}
