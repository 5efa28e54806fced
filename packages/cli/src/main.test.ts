import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const bin = join(dirname(fileURLToPath(import.meta.url)), '../bin/qudao.mjs');
const dataDir = mkdtempSync(join(tmpdir(), 'qudao-cli-'));

function qudao(args: string[], env: Record<string, string> = {}) {
  const { DATABASE_URL: _ignored, ...base } = process.env;
  const r = spawnSync(process.execPath, [bin, ...args], { env: { ...base, QUDAO_DATA_DIR: dataDir, ...env }, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('the qudao command', () => {
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('lists its commands in --help', () => {
    const r = qudao(['--help']);
    expect(r.code).toBe(0);
    for (const c of ['serve', 'migrate', 'demo', 'users', 'photos']) expect(r.out).toContain(c);
    expect(qudao(['photos', '--help']).out).toContain('sweep');
    expect(qudao(['demo', '--help']).out).toContain('--reset');
  });

  it('says what is wrong with the configuration and exits 1, without a stack trace', () => {
    const r = qudao(['migrate'], { PORT: 'abc' });
    expect(r.code).toBe(1);
    expect(r.err).toContain('Invalid configuration');
    expect(r.err).toContain('PORT');
    expect(r.err).not.toMatch(/\n\s+at /);
  });

  it('migrates, then refuses bad flags with readable messages', () => {
    const migrated = qudao(['migrate']);
    expect(migrated.code).toBe(0);
    expect(migrated.out).toContain('up to date');
    const badSeed = qudao(['demo', '--seed', 'many']);
    expect(badSeed.code).toBe(1);
    expect(badSeed.err).toContain('--seed');
    const badRole = qudao(['users', 'add', '--username', 'boss', '--name', '老板', '--role', 'king', '--password', 'secret-pass']);
    expect(badRole.code).toBe(1);
    expect(badRole.err).toContain('role');
    expect(badRole.err).not.toMatch(/\n\s+at /);
  });
});
