#!/usr/bin/env node
// The one gate (DESIGN.md): typecheck, lint (with dependency rules), unit + API + DB tests on PGlite,
// the DB suite again on PostgreSQL when TEST_DATABASE_URL is set, then the browser tests.
import { spawnSync } from 'node:child_process';
import { readFileSync, mkdirSync, existsSync } from 'node:fs';

const results = [];
let failedSteps = 0;
let passed = 0;
let failed = 0;

function run(label, cmd, args, env = {}) {
  console.log(`\n=== ${label} ===`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const ok = r.status === 0;
  results.push(`${ok ? 'ok  ' : 'FAIL'} ${label}`);
  if (!ok) failedSteps++;
  return ok;
}

function countVitest(file) {
  if (!existsSync(file)) return;
  const j = JSON.parse(readFileSync(file, 'utf8'));
  passed += j.numPassedTests ?? 0;
  failed += j.numFailedTests ?? 0;
}

mkdirSync('.tmp', { recursive: true });
const packages = ['domain', 'solver', 'contract', 'server', 'web', 'cli'];
run('typecheck', 'sh', ['-c', packages.map((p) => `npx tsc -p packages/${p}/tsconfig.json`).join(' && ')]);
run('lint + dependency direction', 'npx', ['eslint', '.']);

const { TEST_DATABASE_URL, ...baseEnv } = process.env;
run('unit, API and database tests — database engine: PGlite (embedded)', 'npx',
  ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=.tmp/vitest-pglite.json'],
  { ...baseEnv, QUDAO_TEST_ENGINE: 'pglite', DATABASE_URL: '' });
countVitest('.tmp/vitest-pglite.json');

if (TEST_DATABASE_URL) {
  run('database and API tests — database engine: PostgreSQL server', 'npx',
    ['vitest', 'run', '--project', 'server', '--reporter=default', '--reporter=json', '--outputFile.json=.tmp/vitest-postgres.json'],
    { QUDAO_TEST_ENGINE: 'postgres', TEST_DATABASE_URL, DATABASE_URL: '' });
  countVitest('.tmp/vitest-postgres.json');
} else {
  results.push('skip database tests on PostgreSQL (set TEST_DATABASE_URL=postgres://… to run them; .ci/run does)');
}

if (process.env.QUDAO_SKIP_E2E) {
  results.push('skip browser tests (QUDAO_SKIP_E2E is set)');
} else {
  run('build web app', 'npm', ['run', 'build', '-w', '@qudao/web']);
  run('browser tests (Chromium, Playwright)', 'npx', ['playwright', 'test']);
}

console.log('\n=== summary ===');
for (const line of results) console.log(line);
console.log(`vitest: ${passed} passed, ${failed} failed`);
process.exit(failedSteps === 0 ? 0 : 1);
