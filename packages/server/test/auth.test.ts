import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessions } from '../src/db/schema';
import { buildUser, testPassword } from './builders';
import { openTestApp, sessionCookieOf, type TestApp } from './app';

describe('auth: login, sessions, logout, rate limiting', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp({
      env: { QUDAO_SESSION_IDLE_MINUTES: '30', QUDAO_SESSION_MAX_HOURS: '8', QUDAO_LOGIN_MAX_ATTEMPTS: '3', QUDAO_LOGIN_WINDOW_SECONDS: '60' },
      seed: async (db) => {
        await buildUser(db, { username: 'alice', role: 'rep', displayName: 'Alice' });
        await buildUser(db, { username: 'bob', role: 'hq' });
        await buildUser(db, { username: 'carol', role: 'rep' });
        await buildUser(db, { username: 'dave', role: 'rep', active: false });
        await buildUser(db, { username: 'erin', role: 'rep', locale: 'en' });
        await buildUser(db, { username: 'frank', role: 'rep' });
      },
    });
  });
  afterAll(async () => t.close());

  const me = (cookie?: string, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'GET', url: '/api/me', headers: cookie ? { cookie, ...headers } : headers });

  it('signs in with the right password and sets an httpOnly SameSite=Lax session cookie', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'alice', password: testPassword } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ username: 'alice', role: 'rep', displayName: 'Alice' });
    const setCookie = String(res.headers['set-cookie']);
    expect(setCookie).toMatch(/qudao_session=/);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    expect(setCookie).not.toMatch(/Secure/i);
    const again = await me(sessionCookieOf(res));
    expect(again.statusCode).toBe(200);
    expect(again.json().username).toBe('alice');
  });

  it('accepts the user name in any case', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'ALICE', password: testPassword } });
    expect(res.statusCode).toBe(200);
  });

  it('stores only the sha256 of the session token', async () => {
    const cookie = await t.login('alice');
    const token = cookie.split('=')[1]!;
    const rows = await t.database.db.select().from(sessions);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.tokenHash !== token && /^[0-9a-f]{64}$/.test(r.tokenHash))).toBe(true);
  });

  it('refuses a wrong password and an unknown user with the same coded answer, in zh-CN and en', async () => {
    const wrong = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'bob', password: 'nope' } });
    const unknown = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'nobody', password: 'nope' } });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json()).toEqual({ error: { code: 'AUTH.INVALID_CREDENTIALS', message: '用户名或密码错误' } });
    expect(unknown.json()).toEqual(wrong.json());
    const en = await t.app.inject({ method: 'POST', url: '/api/auth/login', headers: { 'accept-language': 'en-US,en;q=0.9' }, payload: { username: 'bob', password: 'nope' } });
    expect(en.json().error.message).toBe('Wrong user name or password');
  });

  it('answers 401 AUTH.UNAUTHENTICATED without a session and for a forged token', async () => {
    expect((await me()).json().error.code).toBe('AUTH.UNAUTHENTICATED');
    const forged = await me('qudao_session=forged-token');
    expect(forged.statusCode).toBe(401);
    expect(forged.json().error.code).toBe('AUTH.UNAUTHENTICATED');
  });

  it('refuses a deactivated user even with the right password', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'dave', password: testPassword } });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('AUTH.USER_INACTIVE');
  });

  it('rate-limits failed logins per user name and IP, then lets the user in after the window', async () => {
    for (let i = 0; i < 3; i++) {
      const r = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'carol', password: 'bad' } });
      expect(r.statusCode).toBe(401);
    }
    const limited = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'carol', password: testPassword } });
    expect(limited.statusCode).toBe(429);
    expect(limited.json().error.code).toBe('AUTH.RATE_LIMITED');
    expect(limited.json().error.message).toMatch(/请 \d+ 秒后再试/);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    // Another user from the same address is not affected.
    expect((await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'bob', password: testPassword } })).statusCode).toBe(200);
    t.advance(61_000);
    const after = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'carol', password: testPassword } });
    expect(after.statusCode).toBe(200);
  });

  it('expires a session after the idle timeout but not while it is used', async () => {
    const cookie = await t.login('alice');
    for (let i = 0; i < 4; i++) {
      t.advance(20 * 60_000);
      expect((await me(cookie)).statusCode).toBe(200);
    }
    t.advance(31 * 60_000);
    const expired = await me(cookie);
    expect(expired.statusCode).toBe(401);
    expect(expired.json().error.code).toBe('AUTH.SESSION_EXPIRED');
    expect((await me(cookie)).json().error.code).toBe('AUTH.UNAUTHENTICATED');
  });

  it('expires a session at the absolute timeout even when it is used all along', async () => {
    const cookie = await t.login('alice');
    for (let i = 0; i < 16; i++) {
      t.advance(29 * 60_000);
      expect((await me(cookie)).statusCode).toBe(200);
    }
    t.advance(29 * 60_000);
    const expired = await me(cookie);
    expect(expired.json().error.code).toBe('AUTH.SESSION_EXPIRED');
  });

  it('logs out: the session stops working and the cookie is cleared', async () => {
    const cookie = await t.login('alice');
    const out = await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie } });
    expect(out.statusCode).toBe(200);
    expect(String(out.headers['set-cookie'])).toMatch(/qudao_session=;/);
    expect((await me(cookie)).statusCode).toBe(401);
  });

  it('speaks the user language setting over Accept-Language, and PATCH /api/me changes it', async () => {
    const cookie = await t.login('erin');
    const forbidden = await t.app.inject({ method: 'GET', url: '/api/users', headers: { cookie, 'accept-language': 'zh-CN' } });
    expect(forbidden.statusCode).toBe(403);
    expect(forbidden.json().error.message).toBe('You are not allowed to do this');
    const patched = await t.app.inject({ method: 'PATCH', url: '/api/me', headers: { cookie }, payload: { locale: 'zh-CN' } });
    expect(patched.json().locale).toBe('zh-CN');
    const zh = await t.app.inject({ method: 'GET', url: '/api/users', headers: { cookie, 'accept-language': 'en' } });
    expect(zh.json().error.message).toBe('您没有执行此操作的权限');
  });

  it('never returns the password or its hash, and HQ sees users without hashes', async () => {
    const cookie = await t.login('bob');
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: { cookie },
      payload: { username: 'newbie', displayName: 'Newbie', password: 'very-secret-1', role: 'hq' },
    });
    expect(created.statusCode).toBe(201);
    const list = await t.app.inject({ method: 'GET', url: '/api/users?pageSize=200', headers: { cookie } });
    const history = await t.app.inject({ method: 'GET', url: `/api/audit/user/${created.json().id}`, headers: { cookie } });
    const login = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'newbie', password: 'very-secret-1' } });
    for (const res of [created, list, history, login]) {
      expect(res.body).not.toContain('very-secret-1');
      expect(res.body).not.toMatch(/\$argon2/);
      expect(res.body).not.toMatch(/passwordHash|password_hash/);
    }
    expect(history.json().items.find((e: { field: string }) => e.field === 'password').newValue).toBe('[redacted]');
  });

  it('signs the user out everywhere when HQ deactivates them', async () => {
    const cookie = await t.login('frank');
    const hq = await t.login('bob');
    const frank = (await me(cookie)).json();
    const res = await t.app.inject({ method: 'PATCH', url: `/api/users/${frank.id}`, headers: { cookie: hq }, payload: { active: false } });
    expect(res.statusCode).toBe(200);
    expect((await me(cookie)).statusCode).toBe(401);
  });
});

describe('auth behind HTTPS', () => {
  it('marks the session cookie Secure when QUDAO_SECURE_COOKIES is true', async () => {
    const t = await openTestApp({ env: { QUDAO_SECURE_COOKIES: 'true' }, seed: async (db) => void (await buildUser(db, { username: 'sec' })) });
    try {
      const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'sec', password: testPassword } });
      expect(String(res.headers['set-cookie'])).toMatch(/; Secure/);
    } finally {
      await t.close();
    }
  });
});
