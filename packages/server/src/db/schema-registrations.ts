import { sql } from 'drizzle-orm';
import { check, date, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { accounts, users } from './schema';
import { crossTerritoryAlerts } from './schema-visits';

// Installation and warranty registrations imported from the service department's records (issue 8 item 3,
// R4): where a serial was installed or registered for warranty. Like a serial confirmed at a downline visit,
// a registration at an account outside the territory of the distributor the machine was sold to raises a
// 窜货 alert and opens a dumping case.

/** One installation or warranty registration of a machine (by serial) at an account, upserted by its reference. */
export const machineRegistrations = pgTable(
  'machine_registrations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The registration's number in the source system: imports upsert by it, so a retry never duplicates. */
    ref: text('ref').notNull(),
    kind: text('kind', { enum: ['installation', 'warranty'] }).notNull(),
    registeredOn: date('registered_on', { mode: 'string' }).notNull(),
    serial: text('serial').notNull(),
    accountId: uuid('account_id').notNull().references(() => accounts.id),
    place: text('place'),
    /** The 窜货 alert this registration raised, if any. */
    alertId: uuid('alert_id').references(() => crossTerritoryAlerts.id, { onDelete: 'set null' }),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('machine_registrations_ref_uq').on(t.ref),
    index('machine_registrations_serial_idx').on(t.serial),
    index('machine_registrations_account_idx').on(t.accountId),
    check('machine_registrations_kind_ck', sql`${t.kind} in ('installation','warranty')`),
  ],
);
