import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../app';
import { registerHealth } from './health/routes';
import { registerUnits } from './units/routes';
import { registerTerritories } from './territories/routes';
import { registerGeo } from './geo/routes';

/**
 * The list of feature modules, in registration order. Each module adds its own routes
 * (src/modules/<feature>/{routes,service,repo}.ts); add new modules here.
 */
export async function registerModules(app: FastifyInstance, deps: AppDeps) {
  await registerHealth(app, deps);
  await registerUnits(app, deps);
  await registerTerritories(app, deps);
  await registerGeo(app, deps);
}
