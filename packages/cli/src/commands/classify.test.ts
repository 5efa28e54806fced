import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

// The classify, tiers and import commands as scripts see them: JSON on stdout, exit codes, readable refusals.
const bin = join(dirname(fileURLToPath(import.meta.url)), '../../bin/qudao.mjs');
const dataDir = mkdtempSync(join(tmpdir(), 'qudao-cli-classes-'));

function qudao(args: string[]) {
  const { DATABASE_URL: _ignored, ...base } = process.env;
  const r = spawnSync(process.execPath, [bin, ...args], { env: { ...base, QUDAO_DATA_DIR: dataDir }, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('qudao classify, tiers, import', () => {
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('refuses bad flags and unreadable files before touching the database', () => {
    expect(qudao(['classify', '--by', 'margin']).err).toContain('--by must be sales or profit');
    const missing = qudao(['import', 'sales', join(dataDir, 'nope.csv')]);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('Cannot read');
    expect(qudao(['import', 'orders', join(dataDir, 'nope.csv')]).err).toContain('entity must be one of');
  });

  it('prints JSON for a dry-run classification and tier run, and every bad import row', () => {
    const c = qudao(['classify', '--dry-run', '--json']);
    expect(c.code, c.err).toBe(0);
    const run = JSON.parse(c.out) as { dryRun: boolean; classes: { kind: string; class: string; visitIntervalDays: number | null }[] };
    expect(run.dryRun).toBe(true);
    expect(run.classes.filter((x) => x.kind === 'all').map((x) => x.class)).toEqual(['A', 'B', 'C']);
    const tiers = JSON.parse(qudao(['tiers', '--dry-run', '--json']).out) as { counts: Record<string, number>; needsReview: unknown[] };
    expect(tiers.counts).toEqual({ A: 0, B: 0, C: 0, needs_review: 0 });
    const file = join(dataDir, 'targets.csv');
    writeFileSync(file, 'account_code,month,amount_yuan\nNO-SUCH,2026-13,abc\n');
    const imp = qudao(['import', 'targets', file, '--dry-run', '--json', '--lang', 'en']);
    expect(imp.code).toBe(1);
    const report = JSON.parse(imp.out) as { errors: { row: number; column: string; reason: string }[] };
    expect(report.errors).toEqual([
      { row: 2, column: 'Customer code', reason: 'unknown customer code' },
      { row: 2, column: 'Month', reason: 'month must be YYYY-MM' },
      { row: 2, column: 'Target (yuan)', reason: 'amount must be a number with at most two decimals' },
    ]);
  });
});
