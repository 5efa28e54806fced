import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { registerAuth } from './auth/hook';
import type { Config } from './config';
import type { Database } from './db/connect';
import { pickLocale } from '@qudao/contract';
import { registerErrorHandling, sendError } from './http/error-handler';
import { permissionRoles, type Permission } from './http/permissions';
import { registerModules } from './modules';
import { registerOpenApiCollector } from './modules/docs/routes';

/** Everything a request handler may need, built once by the composition root. */
export interface AppDeps {
  config: Config;
  database: Database;
  /** Clock injected so tests can move time (session timeouts). */
  now?: () => Date;
}

// Secrets never reach a log line, whatever the level: cookies, credentials and any password field.
const redactPaths = [
  'req.headers.cookie',
  'req.headers.authorization',
  'res.headers["set-cookie"]',
  'password',
  '*.password',
  'body.password',
  'req.body.password',
  'passwordHash',
  '*.passwordHash',
];

function loggerOptions(logger: boolean | object | undefined): boolean | object {
  if (!logger) return false;
  const base = typeof logger === 'object' ? (logger as { redact?: string[] | { paths: string[] } }) : {};
  const given = Array.isArray(base.redact) ? base.redact : (base.redact?.paths ?? []);
  return { ...base, redact: { paths: [...new Set([...given, ...redactPaths])], censor: '[redacted]' } };
}

/** A registered route: method, URL pattern and declared permission (undefined outside /api). */
export interface RouteInfo {
  method: string;
  url: string;
  permission: Permission | undefined;
  /** The zod schemas the route validates with, if any. */
  schema: { body?: unknown; params?: unknown; querystring?: unknown } | undefined;
}

const routeLists = new WeakMap<FastifyInstance, RouteInfo[]>();

/** Every route registered on the app so far (HEAD routes excluded), for route-walk tests and tooling. */
export function registeredRoutes(app: FastifyInstance): readonly RouteInfo[] {
  return routeLists.get(app) ?? [];
}

/** Builds the Fastify app with every module registered; does not listen. */
export async function buildApp(deps: AppDeps, opts: { logger?: boolean | object } = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: loggerOptions(opts.logger),
    bodyLimit: 1024 * 1024,
    // Over-long path parameters and undecodable URLs are refused by the router before any hook runs;
    // they still get the one error shape.
    frameworkErrors: (err, req, reply) => {
      req.locale = pickLocale(req.headers['accept-language']);
      return sendError(req, reply, 'REQUEST.INVALID', { summary: err.code ?? 'url' });
    },
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  // Every /api route must declare its permission; a route without one is a bug caught at start-up
  // (and by the route-walk test), never an open door.
  const routes: RouteInfo[] = [];
  routeLists.set(app, routes);
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD') routes.push({ method, url: route.url, permission: route.config?.permission, schema: route.schema as RouteInfo['schema'] });
    }
    if (!route.url.startsWith('/api/') || route.url.startsWith('/api/docs')) return;
    const permission = route.config?.permission;
    if (!permission || !(permission in permissionRoles)) {
      throw new Error(`Route ${String(route.method)} ${route.url} declares no valid permission`);
    }
  });

  registerErrorHandling(app);
  await registerAuth(app, deps);
  await registerOpenApiCollector(app);
  await registerModules(app, deps);
  return app;
}
