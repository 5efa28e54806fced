import { sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '../db/connect';
import { accounts, contacts, productLines, products, salesLines, settings, territories, territoryUnits, users } from '../db/schema';
import { seedUnits } from '../units/seed';
import { todayIn } from './dates';
import { generateDemo, type DemoData } from './generate';
import { hashDemoPassword } from './password';

/** Options of loading the demo company. */
export interface LoadDemoOptions {
  seed?: number;
  /** Replace every user, account, product and sale already in the database. */
  reset?: boolean;
  /** Password of every demo user. */
  password: string;
  /** `YYYY-MM-DD`; defaults to today in `timeZone`. Sales end with the month before. */
  referenceDate?: string;
  timeZone?: string;
  /** Multiplies accounts and sales (the API benchmark loads 10). */
  scale?: number;
}

/** What was loaded, for the CLI and the start-up banner. */
export interface LoadDemoResult {
  seed: number;
  referenceDate: string;
  users: { username: string; displayName: string; role: string }[];
  counts: { accounts: number; contacts: number; products: number; salesLines: number; territories: number };
  durationMs: number;
}

/** The database already holds data and `reset` was not asked for. */
export class DemoRefusedError extends Error {}

// Tables the demo owns. CASCADE also empties tables added later that point at them (visits, plans…).
const resetTables = ['sales_lines', 'contacts', 'accounts', 'territory_units', 'territories', 'products', 'product_lines', 'audit_log', 'idempotency_keys', 'sessions', 'users'];

async function insertChunked(db: Db, table: PgTable, rows: readonly object[], rowsPerChunk: number) {
  for (let i = 0; i < rows.length; i += rowsPerChunk) {
    await db.insert(table).values(rows.slice(i, i + rowsPerChunk) as never);
  }
}

/**
 * Loads the demo company for a seed in one transaction (all or nothing). Seeds the units first.
 * Refuses when users exist unless `reset`, which empties the demo's tables (not units or settings).
 */
export async function loadDemo(db: Db, opts: LoadDemoOptions): Promise<LoadDemoResult> {
  const started = Date.now();
  const seed = opts.seed ?? 1;
  const referenceDate = opts.referenceDate ?? todayIn(opts.timeZone ?? 'Asia/Shanghai');
  await seedUnits(db);
  if (!opts.reset) {
    const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(users);
    if ((row?.n ?? 0) > 0) throw new DemoRefusedError('The database already has users; use --reset to replace all data with the demo company');
  }
  const data = generateDemo({ seed, referenceDate, scale: opts.scale ?? 1 });
  const passwordHash = await hashDemoPassword(opts.password);
  await db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    if (opts.reset) await t.execute(sql.raw(`truncate table ${resetTables.join(', ')} cascade`));
    await insertDemo(t, data, passwordHash);
  });
  return {
    seed, referenceDate,
    users: data.users.map(({ username, displayName, role }) => ({ username, displayName, role })),
    counts: {
      accounts: data.accounts.length, contacts: data.contacts.length, products: data.products.length,
      salesLines: data.salesLines.length, territories: data.territories.length,
    },
    durationMs: Date.now() - started,
  };
}

async function insertDemo(db: Db, data: DemoData, passwordHash: string) {
  const userIds = new Map<string, string>();
  // Managers before reps: a rep's row points at its manager.
  for (const u of [...data.users].sort((a, b) => Number(a.managerUsername !== null) - Number(b.managerUsername !== null))) {
    const managerId = u.managerUsername ? userIds.get(u.managerUsername) ?? null : null;
    const [row] = await db
      .insert(users)
      .values({ username: u.username, displayName: u.displayName, passwordHash, role: u.role, managerId })
      .returning({ id: users.id });
    userIds.set(u.username, row!.id);
  }
  await db.insert(territories).values(data.territories.map((t) => ({ id: t.id, name: t.name, ownerId: userIds.get(t.ownerUsername) ?? null })));
  await db.insert(territoryUnits).values(data.territories.flatMap((t) => t.unitIds.map((unitId) => ({ territoryId: t.id, unitId }))));
  await db.insert(productLines).values(data.productLines);
  await db.insert(products).values(data.products);
  await insertChunked(db, accounts, data.accounts, 2000);
  await insertChunked(db, contacts, data.contacts.map((c) => ({ ...c, email: null, notes: null })), 3000);
  await insertChunked(db, salesLines, data.salesLines, 3000);
  const value = { seed: data.seed, referenceDate: data.referenceDate, loadedAt: new Date().toISOString() };
  await db.insert(settings).values({ key: 'demo', value }).onConflictDoUpdate({ target: settings.key, set: { value } });
}
