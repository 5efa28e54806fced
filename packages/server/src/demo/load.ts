import { sql } from 'drizzle-orm';
import type { Db } from '../db/connect';
import { productLines, products, settings, territories, territoryUnits, users } from '../db/schema';
import { insertUnnest } from './bulk';
import { seedUnits } from '../units/seed';
import { ensureSeededAdjacency } from '../modules/territory-design/adjacency'; // territory design
import { todayIn } from './dates';
import { generateDemo, type DemoAccount, type DemoContact, type DemoData } from './generate';
import type { DemoSalesLine } from './sales';
import { createUser } from '../modules/users/service';
import { classifyDemo } from './classes';
import type { PhotoStore } from '../modules/visits/photo-store';
import { loadDemoVisits } from './visits';
import { allSalesTools } from '../modules/visits/settings';
import { fillDemoArchive } from './archive';
import { loadDemoChannel } from './channel';
import { loadDemoDumping } from './dumping';
import { loadDemoPlans } from './plans';
import { refreshArchiveScores } from '../modules/dashboards/archive-sql';

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
  /** Where the demo's visit photos are written (the server's QUDAO_DATA_DIR); without it only their rows. */
  dataDir?: string;
  /** Where the demo's visit photos go instead (the configured store, e.g. S3); wins over `dataDir`. */
  photoStore?: PhotoStore;
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


/**
 * Loads the demo company for a seed in one transaction (all or nothing). Seeds the units first.
 * Refuses when users exist unless `reset`, which empties the demo's tables (not units or settings).
 */
export async function loadDemo(db: Db, opts: LoadDemoOptions): Promise<LoadDemoResult> {
  const started = Date.now();
  const seed = opts.seed ?? 1;
  const referenceDate = opts.referenceDate ?? todayIn(opts.timeZone ?? 'Asia/Shanghai');
  await seedUnits(db);
  await ensureSeededAdjacency(db); // territory design: prefecture neighbours computed once
  if (!opts.reset) {
    const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(users);
    if ((row?.n ?? 0) > 0) throw new DemoRefusedError('The database already has users; use --reset to replace all data with the demo company');
  }
  const data = generateDemo({ seed, referenceDate, scale: opts.scale ?? 1 });
  await db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    if (opts.reset) {
      await t.execute(sql.raw(`truncate table ${resetTables.join(', ')} cascade`));
      // The cascade from users also empties HQ's visit settings (their rows name who changed them):
      // the demo company starts from the defaults — no rule rows (the default rule in force) and the
      // default sales-tools checklist seeded again here, not left empty until someone reads it.
      await t.execute(sql.raw('truncate table visit_rules, sales_tools'));
      await allSalesTools(t);
    }
    await insertDemo(t, data, opts.password);
  });
  await fillDemoArchive(db, referenceDate, seed);
  // After the archive: tiers read the distributors' turnover and credit from it.
  await classifyDemo(db, referenceDate);
  await loadDemoVisits(db, referenceDate, seed, opts.photoStore ?? opts.dataDir);
  await loadDemoChannel(db, referenceDate);
  await loadDemoDumping(db, referenceDate);
  // Visit planning: approved plans of one rep per manager (skipped for the scaled benchmark company).
  if ((opts.scale ?? 1) === 1) await loadDemoPlans(db, referenceDate);
  // Score every archive the load wrote now rather than in the first dashboard request.
  await refreshArchiveScores(db);
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

async function insertDemo(db: Db, data: DemoData, password: string) {
  const userIds = new Map<string, string>();
  const ctx = { userId: null, now: new Date(), source: 'demo' as const };
  // Through the users service, so demo users are hashed and audited like any other; managers first,
  // because a rep's row points at its manager.
  for (const u of [...data.users].sort((a, b) => Number(a.managerUsername !== null) - Number(b.managerUsername !== null))) {
    const managerId = u.managerUsername ? userIds.get(u.managerUsername) ?? null : null;
    const created = await createUser(db, { username: u.username, displayName: u.displayName, password, role: u.role, managerId }, ctx);
    if (!created.ok) throw new Error(`demo user ${u.username}: ${created.code}`);
    userIds.set(u.username, created.value.id);
  }
  await db.insert(territories).values(data.territories.map((t) => ({ id: t.id, name: t.name, ownerId: userIds.get(t.ownerUsername) ?? null })));
  await db.insert(territoryUnits).values(data.territories.flatMap((t) => t.unitIds.map((unitId) => ({ territoryId: t.id, unitId }))));
  await db.insert(productLines).values(data.productLines);
  await db.insert(products).values(data.products);
  await insertUnnest<DemoAccount>(db, 'accounts', [
    { name: 'id', type: 'uuid', value: (a) => a.id },
    { name: 'external_code', type: 'text', value: (a) => a.externalCode },
    { name: 'name', type: 'text', value: (a) => a.name },
    { name: 'kind', type: 'text', value: (a) => a.kind },
    { name: 'distributor_id', type: 'uuid', value: (a) => a.distributorId },
    { name: 'unit_id', type: 'text', value: (a) => a.unitId },
    { name: 'lng', type: 'float8', value: (a) => a.lng },
    { name: 'lat', type: 'float8', value: (a) => a.lat },
    { name: 'address', type: 'text', value: (a) => a.address },
    { name: 'phone', type: 'text', value: (a) => a.phone },
    { name: 'status', type: 'text', value: (a) => a.status },
  ], data.accounts);
  await insertUnnest<DemoContact>(db, 'contacts', [
    { name: 'id', type: 'uuid', value: (c) => c.id },
    { name: 'account_id', type: 'uuid', value: (c) => c.accountId },
    { name: 'name', type: 'text', value: (c) => c.name },
    { name: 'title', type: 'text', value: (c) => c.title },
    { name: 'phone', type: 'text', value: (c) => c.phone },
    { name: 'email', type: 'text', value: (c) => c.email },
    { name: 'is_primary', type: 'bool', value: (c) => c.isPrimary },
    { name: 'notes', type: 'text', value: (c) => c.notes },
  ], data.contacts);
  await insertUnnest<DemoSalesLine>(db, 'sales_lines', [
    { name: 'id', type: 'uuid', value: (l) => l.id },
    { name: 'external_ref', type: 'text', value: (l) => l.externalRef },
    { name: 'date', type: 'date', value: (l) => l.date },
    { name: 'account_id', type: 'uuid', value: (l) => l.accountId },
    { name: 'product_id', type: 'uuid', value: (l) => l.productId },
    { name: 'quantity', type: 'int4', value: (l) => l.quantity },
    { name: 'amount_fen', type: 'int8', value: (l) => l.amountFen },
    { name: 'gross_profit_fen', type: 'int8', value: (l) => l.grossProfitFen },
    // Serial numbers never contain commas; an array of arrays would not unnest row by row.
    { name: 'serial_numbers', type: 'text', value: (l) => l.serialNumbers.join(','), expression: (c) => `case when ${c} = '' then '{}'::text[] else string_to_array(${c}, ',') end` },
  ], data.salesLines);
  const value = { seed: data.seed, referenceDate: data.referenceDate, loadedAt: new Date().toISOString() };
  await db.insert(settings).values({ key: 'demo', value }).onConflictDoUpdate({ target: settings.key, set: { value } });
}
