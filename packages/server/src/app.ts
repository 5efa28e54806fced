import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from './config';
import type { Database } from './db/connect';
import { registerErrorHandling } from './http/error-handler';
import { permissionRoles } from './http/permissions';
import { registerModules } from './modules';

/** Everything a request handler may need, built once by the composition root. */
export interface AppDeps {
  config: Config;
  database: Database;
  /** Clock injected so tests can move time (session timeouts). */
  now?: () => Date;
}

/** Builds the Fastify app with every module registered; does not listen. */
export async function buildApp(deps: AppDeps, opts: { logger?: boolean | object } = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: opts.logger ?? false,
    bodyLimit: 1024 * 1024,
    // Redaction keeps passwords and cookies out of logs even at debug level.
    ...(opts.logger ? {} : {}),
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  // Every /api route must declare its permission; a route without one is a bug caught at start-up
  // (and by the route-walk test), never an open door.
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/') || route.url.startsWith('/api/docs')) return;
    const permission = route.config?.permission;
    if (!permission || !(permission in permissionRoles)) {
      throw new Error(`Route ${String(route.method)} ${route.url} declares no valid permission`);
    }
  });

  registerErrorHandling(app);
  await registerModules(app, deps);
  return app;
}
