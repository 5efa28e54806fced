import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../src/app';
import { loadConfig, type Config } from '../src/config';
import type { Database } from '../src/db/connect';
import { testPassword } from './builders';
import { openTestDatabase } from './db';

/** A test app on a fresh database with a movable clock. */
export interface TestApp {
  app: FastifyInstance;
  database: Database;
  /** Moves the injected clock forward. */
  advance(ms: number): void;
  /** Signs in and returns the Cookie header value of the session. */
  login(username: string, password?: string): Promise<string>;
  close(): Promise<void>;
}

/** The session cookie of a login response, as a Cookie header value. */
export function sessionCookieOf(res: LightMyRequestResponse): string {
  const header = res.headers['set-cookie'];
  const cookies = Array.isArray(header) ? header : header ? [header] : [];
  const found = cookies.find((c) => c.startsWith('qudao_session='));
  if (!found) throw new Error(`no session cookie (status ${res.statusCode}: ${res.body})`);
  return found.split(';')[0]!;
}

/** Opens a fresh database, lets `seed` fill it, and builds the app over it. */
export async function openTestApp(opts: { env?: Record<string, string>; seed?: (db: Database['db']) => Promise<void>; start?: Date } = {}): Promise<TestApp> {
  const database = await openTestDatabase();
  if (opts.seed) await opts.seed(database.db);
  let nowMs = (opts.start ?? new Date('2026-11-20T02:00:00Z')).getTime();
  const config: Config = loadConfig(opts.env ?? {});
  const app = await buildApp({ config, database, now: () => new Date(nowMs) });
  await app.ready();
  return {
    app,
    database,
    advance: (ms) => {
      nowMs += ms;
    },
    login: async (username, password = testPassword) => {
      const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
      return sessionCookieOf(res);
    },
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}
