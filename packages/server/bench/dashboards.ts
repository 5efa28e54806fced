// `npm run bench:dashboards`: latency of every dashboard through the real app (app.inject, signed in as HQ,
// a manager and a rep) on the demo company scaled ×10 on PostgreSQL (--pg URL, TEST_DATABASE_URL or the
// local default). Prints p50/p95 per dashboard; `--json FILE` writes [{dashboard, p50Ms, p95Ms}].
// `--keep` keeps the scaled database (<db>_bench_dashboards) after the run and reuses it on the next run
// with --keep (migrated first, so new migrations and their backfills apply), saving the ×10 load.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { dashboardKinds } from '@qudao/contract';
import { buildApp } from '../src/app';
import { loadConfig } from '../src/config';
import { loadDemo } from '../src/demo/load';
import { rowsOf } from '../src/modules/classes/repo';
import { openSiblingPostgres, percentile } from './shared';

const { values: args } = parseArgs({
  options: { pg: { type: 'string' }, json: { type: 'string' }, scale: { type: 'string', default: '10' }, requests: { type: 'string', default: '30' }, keep: { type: 'boolean', default: false } },
});
const scale = Number(args.scale);
const requests = Number(args.requests);
const pgUrl = args.pg ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres:postgres@localhost:5432/postgres';
const password = 'bench-pass';

const keep = args.keep ?? false;
const sibling = await openSiblingPostgres(pgUrl, 'bench_dashboards', { keep });
const { database } = sibling;
const holds = `qudao demo seed 1 scale ${scale}`;
const results: { dashboard: string; p50Ms: number; p95Ms: number }[] = [];
try {
  await database.migrate();
  if (sibling.fresh || (await sibling.comment()) !== holds) {
    const started = Date.now();
    await loadDemo(database.db, { seed: 1, password, scale, reset: true });
    console.log(`demo ×${scale} loaded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    if (keep) await sibling.setComment(holds);
  } else {
    console.log(`reusing ${sibling.name} (${holds})`);
  }
  await database.db.execute(sql`analyze`);
  const app = await buildApp({ config: loadConfig({ QUDAO_LOGIN_MAX_ATTEMPTS: '1000' }), database });
  try {
    const login = async (username: string) => {
      const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
      const cookie = res.cookies[0];
      if (res.statusCode !== 200 || !cookie) throw new Error(`login ${username}: ${res.statusCode} ${res.body}`);
      return `${cookie.name}=${cookie.value}`;
    };
    const [manager] = rowsOf<{ username: string }>(await database.db.execute(sql`select username from users where role = 'manager' order by username limit 1`));
    const sessions = { hq: await login('hq'), manager: await login(manager!.username), rep: await login('rep01') };
    const dashboards: [string, string, string][] = dashboardKinds.flatMap((kind): [string, string, string][] => [
      [`${kind}, HQ`, sessions.hq, `/api/dashboards/${kind}`],
      [`${kind}, manager`, sessions.manager, `/api/dashboards/${kind}`],
      [`${kind}, rep`, sessions.rep, `/api/dashboards/${kind}`],
    ]);
    dashboards.push(['sales drill-down, HQ', sessions.hq, '/api/dashboards/sales/accounts?category=2026-10&series=salesFen'], ['sales XLSX, HQ', sessions.hq, '/api/dashboards/sales/xlsx']);
    for (const [dashboard, cookie, url] of dashboards) {
      const timings: number[] = [];
      for (let i = 0; i < 5 + requests; i++) {
        const t0 = performance.now();
        const res = await app.inject({ method: 'GET', url, headers: { cookie } });
        const ms = performance.now() - t0;
        if (res.statusCode !== 200) throw new Error(`${dashboard}: ${res.statusCode} ${res.body}`);
        if (i >= 5) timings.push(ms);
      }
      timings.sort((a, b) => a - b);
      results.push({ dashboard, p50Ms: percentile(timings, 50), p95Ms: percentile(timings, 95) });
      console.log(`${dashboard}: p50 ${percentile(timings, 50)} ms, p95 ${percentile(timings, 95)} ms`);
    }
  } finally {
    await app.close();
  }
} finally {
  await database.close();
  if (!keep) await sibling.drop();
}
console.log(`\nDashboards on PostgreSQL, demo ×${scale}, ${requests} requests each after 5 warm-up (target: p95 ≤ 500 ms)`);
for (const r of results) console.log(`${r.dashboard.padEnd(30)} p50 ${String(r.p50Ms).padStart(7)} ms   p95 ${String(r.p95Ms).padStart(7)} ms`);
if (args.json) {
  writeFileSync(args.json, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`wrote ${args.json}`);
}
