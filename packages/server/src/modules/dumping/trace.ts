import { sql } from 'drizzle-orm';
import type { Db } from '../../db/connect';
import { crossTerritoryAlerts } from '../../db/schema-visits';
import { rowsOf } from '../classes/repo';

/** A serial found at an account by a registration (installation or warranty) imported from service records. */
export interface FoundSerial {
  serial: string;
  accountId: string;
  foundBy: 'installation' | 'warranty';
  foundOn: string;
  place: string | null;
  registrationRef: string;
  reportedBy: string | null;
  at: string;
}

const ownerOfUnit = (unitCol: string) => sql.raw(`(select t.owner_id from territory_units tu join territories t on t.id = tu.territory_id where tu.unit_id = ${unitCol})`);

/**
 * R4: traces a found serial to the latest sale carrying it. When the machine was sold into one rep's
 * territory (through distributor D) and stands at an account that does not buy through D, in another unit
 * and another rep's territory, a 窜货 alert is raised with the chain of evidence — the same rule as a serial
 * confirmed at a downline visit. An alert already raised for the same serial at the same account is reused,
 * so a re-imported registration never raises a second one. Returns the alert id, or null when not crossed.
 * The caller opens the dumping cases (openDumpingCases) once for all its rows.
 */
export async function raiseForFoundSerial(db: Db, f: FoundSerial): Promise<string | null> {
  const [r] = rowsOf<Record<string, string | null>>(await db.execute(sql`
    select sl.id as sales_line_id, sl.date::text as sold_on, sl.external_ref, p.model,
           s.id as sold_to_id, s.name as sold_to_name, coalesce(s.distributor_id, s.id) as channel_id,
           ch.unit_id as channel_unit, ${ownerOfUnit('ch.unit_id')} as channel_rep,
           e.name as found_name, e.unit_id as found_unit, coalesce(e.distributor_id, e.id) as found_channel,
           ${ownerOfUnit('e.unit_id')} as found_rep
      from sales_lines sl
      join products p on p.id = sl.product_id
      join accounts s on s.id = sl.account_id
      join accounts ch on ch.id = coalesce(s.distributor_id, s.id)
      join accounts e on e.id = ${f.accountId}::uuid
     where ${f.serial} = any(sl.serial_numbers)
     order by sl.date desc limit 1`));
  if (!r) return null;
  const crossed = r.found_channel !== r.channel_id && r.found_unit !== r.channel_unit && r.found_rep !== r.channel_rep;
  if (!crossed) return null;
  const [existing] = rowsOf<{ id: string }>(await db.execute(sql`select id from cross_territory_alerts where serial = ${f.serial} and found_at_account_id = ${f.accountId}::uuid order by created_at limit 1`));
  if (existing) return existing.id;
  const concerned = [r.channel_rep, r.found_rep].filter((x): x is string => typeof x === 'string');
  const [alert] = await db
    .insert(crossTerritoryAlerts)
    .values({
      serial: f.serial,
      salesLineId: r.sales_line_id!,
      soldToAccountId: r.sold_to_id!,
      foundAtAccountId: f.accountId,
      foundInUnitId: r.found_unit,
      visitId: null,
      concernedRepIds: [...new Set(concerned)],
      evidence: {
        serial: f.serial, model: r.model, soldOn: r.sold_on, salesRef: r.external_ref ?? null, soldTo: r.sold_to_name, foundAt: r.found_name, place: f.place,
        foundBy: f.foundBy, foundOn: f.foundOn, registrationRef: f.registrationRef, reportedBy: f.reportedBy,
      },
      createdAt: f.at,
    })
    .returning({ id: crossTerritoryAlerts.id });
  return alert?.id ?? null;
}
