import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app';
import { loadConfig } from '../src/config';
import { accounts, auditLog, idempotencyKeys } from '../src/db/schema';
import { openTestApp, sessionCookieOf, type TestApp } from './app';
import { testPassword } from './builders';
import { buildWorld } from './world';

describe('idempotent writes and secret-free logs', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp({
      seed: async (db) => {
        await buildWorld(db);
      },
    });
  });
  afterAll(async () => t.close());

  it('writes once when the same Idempotency-Key arrives twice at the same time', async () => {
    const cookie = await t.login('repa1');
    const before = (await t.database.db.select().from(accounts)).length;
    const send = () =>
      t.app.inject({ method: 'POST', url: '/api/accounts', headers: { cookie, 'idempotency-key': 'race-1' }, payload: { name: '并发客户', kind: 'distributor', unitId: 'UA1' } });
    const [a, b] = await Promise.all([send(), send()]);
    expect([a.statusCode, b.statusCode]).toEqual([201, 201]);
    expect(a.json().id).toBe(b.json().id);
    expect((await t.database.db.select().from(accounts)).length).toBe(before + 1);
  });

  it('treats the same key from another user as another request', async () => {
    const a = await t.login('repa1');
    const b = await t.login('hq');
    const payload = { name: '另一个', kind: 'distributor', unitId: 'UA1' };
    const first = await t.app.inject({ method: 'POST', url: '/api/accounts', headers: { cookie: a, 'idempotency-key': 'shared' }, payload });
    const second = await t.app.inject({ method: 'POST', url: '/api/accounts', headers: { cookie: b, 'idempotency-key': 'shared' }, payload });
    expect(second.json().id).not.toBe(first.json().id);
  });

  it('does not store a failed write under its key: a corrected retry goes through', async () => {
    const cookie = await t.login('repa1');
    const bad = await t.app.inject({ method: 'POST', url: '/api/accounts', headers: { cookie, 'idempotency-key': 'fix-me' }, payload: { name: '越界', kind: 'distributor', unitId: 'UB1' } });
    expect(bad.statusCode).toBe(422);
    const audits = (await t.database.db.select().from(auditLog)).length;
    const good = await t.app.inject({ method: 'POST', url: '/api/accounts', headers: { cookie, 'idempotency-key': 'fix-me' }, payload: { name: '改正', kind: 'distributor', unitId: 'UA1' } });
    expect(good.statusCode).toBe(201);
    expect((await t.database.db.select().from(auditLog)).length).toBeGreaterThan(audits);
  });

  it('forgets stored responses after a day (swept at login)', async () => {
    const cookie = await t.login('repa1');
    const payload = { name: '隔天重试', kind: 'distributor', unitId: 'UA1' };
    const first = await t.app.inject({ method: 'POST', url: '/api/accounts', headers: { cookie, 'idempotency-key': 'old' }, payload });
    t.advance(25 * 3_600_000);
    const again = await t.login('repa1');
    expect((await t.database.db.select().from(idempotencyKeys)).filter((k) => k.key.endsWith(' old'))).toEqual([]);
    const retry = await t.app.inject({ method: 'POST', url: '/api/accounts', headers: { cookie: again, 'idempotency-key': 'old' }, payload });
    expect(retry.json().id).not.toBe(first.json().id);
  });

  it('never writes a password or a session token to the log, even at trace level', async () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk, _enc, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const app = await buildApp({ config: loadConfig({}), database: t.database }, { logger: { level: 'trace', stream } });
    const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'hq', password: testPassword } });
    const cookie = sessionCookieOf(login);
    await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'hq', password: 'wrong-password-xyz' } });
    await app.inject({ method: 'POST', url: '/api/users', headers: { cookie }, payload: { username: 'logged', displayName: 'L', password: 'another-secret-1', role: 'hq' } });
    await app.inject({ method: 'GET', url: '/api/me', headers: { cookie } });
    await app.close();
    const log = lines.join('');
    expect(log.length).toBeGreaterThan(0);
    for (const secret of [testPassword, 'wrong-password-xyz', 'another-secret-1', cookie.split('=')[1]!]) expect(log).not.toContain(secret);
  });
});
