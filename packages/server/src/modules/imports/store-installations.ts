import { eq, inArray } from 'drizzle-orm';
import type { WriteContext } from '../../audit/record';
import type { Db } from '../../db/connect';
import { machineRegistrations } from '../../db/schema-registrations';
import { openDumpingCases } from '../dumping/repo';
import { raiseForFoundSerial } from '../dumping/trace';
import type { StoreCounts } from './store';
import type { ParsedInstallation } from './validate';

/**
 * Upserts installation and warranty registrations by their reference. A new or changed registration is
 * traced like a serial confirmed at a downline visit: found outside the territory of the distributor it
 * was sold to, it raises a 窜货 alert and a dumping case for the managers of both territories (R4).
 * Importing the same file again changes nothing and raises nothing (unchanged rows are not traced, and an
 * alert for the same serial at the same account is reused). Counts the alerts the rows point at in `alerts`.
 */
export async function storeInstallations(tx: Db, rows: ParsedInstallation[], ctx: WriteContext, write: boolean): Promise<StoreCounts> {
  const old = new Map<string, typeof machineRegistrations.$inferSelect>();
  for (let i = 0; i < rows.length; i += 5000) {
    const refs = rows.slice(i, i + 5000).map((r) => r.ref);
    for (const o of await tx.select().from(machineRegistrations).where(inArray(machineRegistrations.ref, refs))) old.set(o.ref, o);
  }
  const counts: StoreCounts = { created: 0, updated: 0, unchanged: 0, alerts: 0 };
  const at = ctx.now.toISOString();
  for (const r of rows) {
    const o = old.get(r.ref);
    const next = { kind: r.kind, registeredOn: r.date, serial: r.serial, accountId: r.accountId, place: r.place };
    if (o && o.kind === next.kind && o.registeredOn === next.registeredOn && o.serial === next.serial && o.accountId === next.accountId && o.place === next.place) {
      counts.unchanged += 1;
      continue;
    }
    if (o) counts.updated += 1;
    else counts.created += 1;
    if (!write) continue;
    const alertId = await raiseForFoundSerial(tx, { serial: r.serial, accountId: r.accountId, foundBy: r.kind, foundOn: r.date, place: r.place, registrationRef: r.ref, reportedBy: ctx.userId, at });
    if (alertId) counts.alerts = (counts.alerts ?? 0) + 1;
    if (o) await tx.update(machineRegistrations).set({ ...next, alertId, updatedAt: at }).where(eq(machineRegistrations.id, o.id));
    else await tx.insert(machineRegistrations).values({ ref: r.ref, ...next, alertId, createdBy: ctx.userId, createdAt: at, updatedAt: at });
  }
  if (write && (counts.alerts ?? 0) > 0) await openDumpingCases(tx);
  return counts;
}
