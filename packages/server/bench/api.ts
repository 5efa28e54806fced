// `npm run bench:api`: latency of the accounts list and search through the real app (app.inject, a
// signed-in session) on the demo company scaled ×10, on PGlite and — with --pg URL or TEST_DATABASE_URL —
// on PostgreSQL. Prints a table; `--json FILE` writes [{engine, query, p50Ms, p95Ms, accounts, salesLines}].
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { buildApp } from '../src/app';
import { loadConfig } from '../src/config';
import { openDatabase, type Database } from '../src/db/connect';
import { loadDemo } from '../src/demo/load';
import { openSiblingPostgres, percentile } from './shared';

const { values: args } = parseArgs({
  options: {
    pg: { type: 'string' },
    json: { type: 'string' },
    scale: { type: 'string', default: '10' },
    requests: { type: 'string', default: '100' },
    'no-pglite': { type: 'boolean', default: false },
  },
});
const scale = Number(args.scale);
const requests = Number(args.requests);
const pgUrl = args.pg ?? process.env.TEST_DATABASE_URL;
const password = 'bench-pass';
// A fragment of many company names (机械设备…, 重型机械, 矿山机械…): a realistic, unselective search.
const searchFragment = '机械';

/** One measured query on one engine. */
interface Row {
  engine: string;
  query: string;
  p50Ms: number;
  p95Ms: number;
  accounts: number;
  salesLines: number;
}

async function countOf(database: Database, table: string): Promise<number> {
  const res = (await database.db.execute(sql.raw(`select count(*)::int as n from ${table}`))) as unknown as { rows: { n: number }[] };
  return Number(res.rows[0]?.n ?? 0);
}

async function benchEngine(engine: 'pglite' | 'postgres'): Promise<Row[]> {
  let database: Database;
  let cleanup: () => Promise<void>;
  if (engine === 'pglite') {
    const dir = mkdtempSync(join(tmpdir(), 'qudao-bench-'));
    database = await openDatabase({ dataDir: dir });
    cleanup = async () => rmSync(dir, { recursive: true, force: true });
  } else {
    const opened = await openSiblingPostgres(pgUrl!, 'bench');
    database = opened.database;
    cleanup = opened.drop;
  }
  const rows: Row[] = [];
  try {
    await database.migrate();
    const started = Date.now();
    const loaded = await loadDemo(database.db, { seed: 1, password, scale, reset: true });
    console.log(`[${engine}] demo ×${scale} loaded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    // Fresh planner statistics, as autovacuum would have them after a bulk load.
    await database.db.execute(sql`analyze`);
    const accounts = await countOf(database, 'accounts');
    const salesLines = await countOf(database, 'sales_lines');
    if (accounts !== loaded.counts.accounts || salesLines !== loaded.counts.salesLines) throw new Error('row counts differ from the generator');

    const app = await buildApp({ config: loadConfig({ QUDAO_LOGIN_MAX_ATTEMPTS: '1000' }), database });
    try {
      const login = async (username: string) => {
        const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
        if (res.statusCode !== 200) throw new Error(`login ${username}: ${res.statusCode} ${res.body}`);
        const cookie = res.cookies[0];
        if (!cookie) throw new Error(`login ${username}: no session cookie`);
        return `${cookie.name}=${cookie.value}`;
      };
      const sessions = { hq: await login('hq'), rep01: await login('rep01') };
      const list = '/api/accounts?page=1&pageSize=50&sort=name';
      const search = `/api/accounts?q=${encodeURIComponent(searchFragment)}&page=1&pageSize=50&sort=name`;
      const queries: [string, string, string][] = [
        ['accounts list, HQ', sessions.hq, list],
        ['accounts list, rep', sessions.rep01, list],
        [`search "${searchFragment}", HQ`, sessions.hq, search],
        [`search "${searchFragment}", rep`, sessions.rep01, search],
      ];
      for (const [query, cookie, url] of queries) {
        const timings: number[] = [];
        let total = 0;
        for (let i = 0; i < 10 + requests; i++) {
          const t0 = performance.now();
          const res = await app.inject({ method: 'GET', url, headers: { cookie } });
          const ms = performance.now() - t0;
          if (res.statusCode !== 200) throw new Error(`${query}: ${res.statusCode} ${res.body}`);
          if (i >= 10) timings.push(ms);
          total = (res.json() as { total: number }).total;
        }
        timings.sort((a, b) => a - b);
        rows.push({ engine, query, p50Ms: percentile(timings, 50), p95Ms: percentile(timings, 95), accounts, salesLines });
        console.log(`[${engine}] ${query}: ${total} matching, p50 ${percentile(timings, 50)} ms, p95 ${percentile(timings, 95)} ms`);
      }
    } finally {
      await app.close();
    }
  } finally {
    await database.close();
    await cleanup();
  }
  return rows;
}

const engines: ('pglite' | 'postgres')[] = [...(args['no-pglite'] ? [] : ['pglite' as const]), ...(pgUrl ? ['postgres' as const] : [])];
if (engines.length === 0) throw new Error('nothing to measure: --no-pglite without --pg URL or TEST_DATABASE_URL');
if (!pgUrl) console.log('PostgreSQL skipped: pass --pg postgres://… or set TEST_DATABASE_URL');
const results: Row[] = [];
for (const engine of engines) results.push(...(await benchEngine(engine)));

console.log(`\nAPI latency, ${requests} requests each after 10 warm-up, page 1 of 50 sorted by name (target: p95 ≤ 100 ms on PostgreSQL)`);
console.log('engine    query                        p50 ms   p95 ms   accounts  sales lines');
for (const r of results) {
  console.log(`${r.engine.padEnd(9)} ${r.query.padEnd(28)} ${String(r.p50Ms).padStart(6)}   ${String(r.p95Ms).padStart(6)}   ${String(r.accounts).padStart(8)}  ${String(r.salesLines).padStart(11)}`);
}
if (args.json) {
  writeFileSync(args.json, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`wrote ${args.json}`);
}
