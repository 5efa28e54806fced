// Import benchmark (issue 4 item 7): a 50,000-row sales CSV imported into the demo company on PGlite
// (in-process, the default engine) — dry run, commit, and the same file again. Target: commit ≤ 60 s.
// Run: npm run bench:import [-- --rows 50000 --format csv|xlsx]
import { parseArgs } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { openDatabase } from '../src/db/connect';
import { loadDemo } from '../src/demo/load';
import { writeSheet } from '../src/modules/imports/parse';
import { columnsOf } from '../src/modules/imports/columns';
import { importSpreadsheet } from '../src/modules/imports/service';

const { values } = parseArgs({ options: { rows: { type: 'string', default: '50000' }, format: { type: 'string', default: 'csv' } } });
const rowCount = Number(values.rows);
const format = values.format === 'xlsx' ? 'xlsx' : 'csv';

const database = await openDatabase({ pglite: await PGlite.create() });
await database.migrate();
await loadDemo(database.db, { seed: 1, password: 'bench-password', referenceDate: '2026-11-15' });
const res = (await database.db.execute(sql`select external_code as code from accounts order by external_code`)) as unknown as { rows: { code: string }[] };
const prods = (await database.db.execute(sql`select model from products order by model`)) as unknown as { rows: { model: string }[] };
const codes = res.rows.map((r) => r.code);
const models = prods.rows.map((p) => p.model);
const rows: (string | number)[][] = [];
for (let i = 0; i < rowCount; i++) {
  const day = String((i % 28) + 1).padStart(2, '0');
  rows.push([`BENCH-${i}`, `2026-${String((i % 10) + 1).padStart(2, '0')}-${day}`, codes[i % codes.length]!, models[i % models.length]!, 1 + (i % 3), `${100000 + (i % 997) * 100}.00`, `${20000 + (i % 89) * 10}.50`, `BSN-${i}`]);
}
const file = await writeSheet(format, 'sales', columnsOf.sales.map((c) => c.key), rows);
const ctx = () => ({ userId: null, now: new Date(), source: 'import' as const });

async function timed(label: string, dryRun: boolean) {
  const t0 = performance.now();
  const r = await importSpreadsheet(database.db, { entity: 'sales', buffer: file, fileName: `bench.${format}`, dryRun, locale: 'en', ctx: ctx() });
  const s = (performance.now() - t0) / 1000;
  if (!r.ok) throw new Error(`${label}: ${r.code}`);
  const v = r.value;
  console.log(`${label.padEnd(16)} ${s.toFixed(1).padStart(6)} s   rows ${v.rowCount}, errors ${v.errors.length}, created ${v.created}, updated ${v.updated}, unchanged ${v.unchanged}`);
  return s;
}

console.log(`Sales import of ${rowCount.toLocaleString('en-US')} rows (${format}, ${(file.length / 1024 / 1024).toFixed(1)} MB) on PGlite, demo company loaded:`);
await timed('dry run', true);
const commit = await timed('commit', false);
await timed('same file again', false);
console.log(`Commit: ${commit.toFixed(1)} s (target ≤ 60 s) — ${commit <= 60 ? 'OK' : 'TOO SLOW'}`);
await database.close();
