import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../app';
import { registerHealth } from './health/routes';

/**
 * The list of feature modules, in registration order. Each module adds its own routes
 * (src/modules/<feature>/{routes,service,repo}.ts); add new modules here.
 */
export async function registerModules(app: FastifyInstance, deps: AppDeps) {
  await registerHealth(app, deps);
}
