import { eq, inArray, sql } from 'drizzle-orm';
import { defaultValueClassConfig, defaultWorkloadConfig, type ValueClass, type ValueClassConfig, type WorkloadConfig } from '@qudao/domain';
import type { AccountKind } from '@qudao/domain';
import type { Scope } from '../../access/scope';
import type { Db } from '../../db/connect';
import { accounts, settings, units } from '../../db/schema';
import { accountClasses } from '../../db/schema-shared';
import { listTerritories } from '../territories/repo';

/** Settings key of the workload model (HQ). */
export const workloadConfigKey = 'territory_workload_config';
/** Same key as modules/classes: HQ's visit intervals and provisional classes. */
const classConfigKey = 'value_class_config';
/** Effective visits are counted over this many days back (R1.5). */
export const effectivePeriodDays = 90;

/** An account as the design sees it. */
export interface DesignAccount {
  id: string;
  name: string;
  unitId: string;
  kind: AccountKind;
  valueClass: ValueClass | null;
  effectiveVisits: number;
  lng: number | null;
  lat: number | null;
  /** Sales of the last 12 months, fen (the "sales potential" measure). */
  salesFen: number;
}

/** The territories, units and accounts a scope designs over. */
export interface ScopeData {
  territories: { id: string; name: string; ownerId: string | null; ownerName: string | null }[];
  units: { id: string; name: string; territoryId: string; centroidLng: number; centroidLat: number }[];
  accounts: DesignAccount[];
}

/** HQ's workload model merged over the defaults. */
export async function loadWorkloadConfig(db: Db): Promise<WorkloadConfig> {
  const [row] = await db.select().from(settings).where(eq(settings.key, workloadConfigKey));
  const stored = (row?.value ?? {}) as Partial<WorkloadConfig>;
  return { ...defaultWorkloadConfig, ...stored, visitHours: { ...defaultWorkloadConfig.visitHours, ...stored.visitHours } };
}

/** Visit intervals and provisional classes as HQ set them for classification (defaults otherwise). */
export async function loadClassRules(db: Db): Promise<ValueClassConfig> {
  const [row] = await db.select().from(settings).where(eq(settings.key, classConfigKey));
  const stored = (row?.value ?? {}) as Partial<ValueClassConfig>;
  const d = defaultValueClassConfig;
  return {
    ...d,
    provisionalClass: { ...d.provisionalClass, ...stored.provisionalClass },
    visitIntervalDays: {
      distributor: { ...d.visitIntervalDays.distributor, ...stored.visitIntervalDays?.distributor },
      sub_dealer: { ...d.visitIntervalDays.sub_dealer, ...stored.visitIntervalDays?.sub_dealer },
      end_user: { ...d.visitIntervalDays.end_user, ...stored.visitIntervalDays?.end_user },
    },
  };
}

/**
 * The design scope: HQ every territory, a manager their reps' territories (a rep none: reps do not
 * design). Accounts are those located in the scope's units and not closed.
 */
export async function loadScopeData(db: Db, scope: Scope, today: string): Promise<ScopeData> {
  const page = await listTerritories(db, scope, { page: 1, pageSize: 200, order: 'asc', sort: 'name' });
  const territories = page.items.map(({ id, name, ownerId, ownerName }) => ({ id, name, ownerId, ownerName }));
  const unitRows = page.items.flatMap((t) => t.unitIds.map((unitId) => ({ unitId, territoryId: t.id })));
  const ids = unitRows.map((u) => u.unitId);
  if (ids.length === 0) return { territories, units: [], accounts: [] };
  const info = new Map((await db.select({ id: units.id, name: units.name, centroidLng: units.centroidLng, centroidLat: units.centroidLat }).from(units).where(inArray(units.id, ids))).map((u) => [u.id, u]));
  const since = sql`(${today}::date - ${effectivePeriodDays}::int)`;
  const rows = await db
    .select({
      id: accounts.id, name: accounts.name, unitId: accounts.unitId, kind: accounts.kind, valueClass: accountClasses.valueClass, lng: accounts.lng, lat: accounts.lat,
      effectiveVisits: sql<number>`(select count(*)::int from visits v where v.account_id = ${accounts.id} and v.status = 'done' and v.effective and v.planned_on > ${since})`,
      salesFen: sql<number>`(select coalesce(sum(s.amount_fen), 0)::float8 from sales_lines s where s.account_id = ${accounts.id} and s.date > (${today}::date - 365))`,
    })
    .from(accounts)
    .leftJoin(accountClasses, eq(accountClasses.accountId, accounts.id))
    .where(sql`${inArray(accounts.unitId, ids)} and ${accounts.status} <> 'closed'`);
  return {
    territories,
    units: unitRows.map((u) => {
      const i = info.get(u.unitId)!;
      return { id: u.unitId, name: i.name, territoryId: u.territoryId, centroidLng: i.centroidLng, centroidLat: i.centroidLat };
    }),
    accounts: rows.map((r) => ({ ...r, valueClass: r.valueClass ?? null, effectiveVisits: Number(r.effectiveVisits), salesFen: Number(r.salesFen) })),
  };
}
