import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from './config';
import { DataDirInUseError } from './db/data-dir-lock';
import { openConfiguredDatabase, startServer, type RunningServer } from './main';

describe('startServer', () => {
  const dir = mkdtempSync(join(tmpdir(), 'qudao-main-'));
  const webDir = join(dir, 'web');
  const config = loadConfig({ QUDAO_DATA_DIR: join(dir, 'data'), PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent' });
  const lines: string[] = [];
  let server: RunningServer;

  beforeAll(async () => {
    mkdirSync(join(webDir, 'assets'), { recursive: true });
    writeFileSync(join(webDir, 'index.html'), '<!doctype html><title>渠道</title>');
    writeFileSync(join(webDir, 'assets', 'app-abc123.js'), 'console.log(1)');
    server = await startServer(config, { webDistDir: webDir, handleSignals: false, log: (l) => lines.push(l) });
  });
  afterAll(async () => {
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('loads the demo into the empty database and prints the URL and the demo logins', () => {
    expect(lines.some((l) => l.includes(server.url))).toBe(true);
    expect(lines.some((l) => /rep01\s+\S+ \(rep\)/.test(l))).toBe(true);
    expect(lines.some((l) => l.includes('password: qudao'))).toBe(true);
  });

  it('answers the health check over HTTP', async () => {
    const res = await fetch(`${server.url}/api/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok', engine: 'pglite' });
  });

  it('serves the web app with an SPA fallback, but keeps the JSON 404 under /api', async () => {
    const page = await fetch(`${server.url}/accounts/some-id`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('渠道');
    const asset = await fetch(`${server.url}/assets/app-abc123.js`);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    const api = await fetch(`${server.url}/api/no-such-thing`);
    expect(api.status).toBe(404);
    expect(((await api.json()) as { error: { code: string } }).error.code).toBe('NOT_FOUND');
  });

  it('refuses a second process on the same embedded database while it runs', async () => {
    // Same process id here, so simulate another holder by writing a live foreign pid (the parent's).
    writeFileSync(join(config.QUDAO_DATA_DIR, 'pglite.lock'), String(process.ppid));
    await expect(openConfiguredDatabase(config)).rejects.toBeInstanceOf(DataDirInUseError);
    writeFileSync(join(config.QUDAO_DATA_DIR, 'pglite.lock'), String(process.pid));
  });
});
