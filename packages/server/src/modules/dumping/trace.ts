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

/** Where a serial was sold (its latest sale) and where it was found, and whether that crosses territories. */
export interface SerialTrace {
  salesLineId: string;
  soldOn: string;
  salesRef: string | null;
  model: string;
  soldToId: string;
  soldToName: string;
  /** The rep owning the unit of the distributor the machine was sold through (null when nobody owns it). */
  channelRep: string | null;
  foundName: string;
  foundUnit: string;
  foundRep: string | null;
  /** True when the place is outside that distributor's territory: see traceSerial. */
  crossed: boolean;
}

/**
 * THE serial-tracing rule of R3.4/R4, used by downline visits and imported registrations alike: a serial is
 * traced to the latest sale carrying it and so to distributor D it was sold through (the buyer itself when
 * the buyer is a distributor). A machine found at an account is crossed (窜货) when that account does not buy
 * through D, lies in another unit than D, and in another rep's territory. Null when no sale carries the serial.
 */
export async function traceSerial(db: Db, serial: string, foundAtAccountId: string): Promise<SerialTrace | null> {
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
      join accounts e on e.id = ${foundAtAccountId}::uuid
     where ${serial} = any(sl.serial_numbers)
     order by sl.date desc limit 1`));
  if (!r) return null;
  return {
    salesLineId: r.sales_line_id!, soldOn: String(r.sold_on).slice(0, 10), salesRef: r.external_ref ?? null, model: r.model!, soldToId: r.sold_to_id!, soldToName: r.sold_to_name!,
    channelRep: r.channel_rep ?? null, foundName: r.found_name!, foundUnit: r.found_unit!, foundRep: r.found_rep ?? null,
    crossed: r.found_channel !== r.channel_id && r.found_unit !== r.channel_unit && r.found_rep !== r.channel_rep,
  };
}

/**
 * R4: a serial found at an account by an imported registration is traced by traceSerial; when crossed, a
 * 窜货 alert is raised with the chain of evidence — the same rule as a serial confirmed at a downline visit.
 * An alert already raised for the same serial at the same account is reused, so a re-imported registration
 * never raises a second one. Returns the alert id, or null when not crossed.
 * The caller opens the dumping cases (openDumpingCases) once for all its rows.
 */
export async function raiseForFoundSerial(db: Db, f: FoundSerial): Promise<string | null> {
  const r = await traceSerial(db, f.serial, f.accountId);
  if (!r?.crossed) return null;
  const [existing] = rowsOf<{ id: string }>(await db.execute(sql`select id from cross_territory_alerts where serial = ${f.serial} and found_at_account_id = ${f.accountId}::uuid order by created_at limit 1`));
  if (existing) return existing.id;
  const concerned = [r.channelRep, r.foundRep].filter((x): x is string => typeof x === 'string');
  const [alert] = await db
    .insert(crossTerritoryAlerts)
    .values({
      serial: f.serial,
      salesLineId: r.salesLineId,
      soldToAccountId: r.soldToId,
      foundAtAccountId: f.accountId,
      foundInUnitId: r.foundUnit,
      visitId: null,
      concernedRepIds: [...new Set(concerned)],
      evidence: {
        serial: f.serial, model: r.model, soldOn: r.soldOn, salesRef: r.salesRef, soldTo: r.soldToName, foundAt: r.foundName, place: f.place,
        foundBy: f.foundBy, foundOn: f.foundOn, registrationRef: f.registrationRef, reportedBy: f.reportedBy,
      },
      createdAt: f.at,
    })
    .returning({ id: crossTerritoryAlerts.id });
  return alert?.id ?? null;
}
