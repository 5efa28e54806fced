import type { FastifyInstance } from 'fastify';
import { sql } from 'drizzle-orm';
import type { AppDeps } from '../../app';

/** `GET /api/health`: 200 with the database engine when the database answers. */
export async function registerHealth(app: FastifyInstance, deps: AppDeps) {
  app.get('/api/health', { config: { permission: 'public' } }, async () => {
    await deps.database.db.execute(sql`select 1`);
    return { status: 'ok', engine: deps.database.engine, time: new Date().toISOString() };
  });
}
