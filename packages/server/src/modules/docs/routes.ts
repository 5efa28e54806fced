import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app';

/**
 * Collects the OpenAPI description from the routes' zod schemas. Must run before any route is added
 * (it listens to onRoute).
 */
export async function registerOpenApiCollector(app: FastifyInstance) {
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: { title: 'Qudao API', description: 'Qudao (渠道): channel maintenance for industrial manufacturers', version: '0.1.0' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'qudao_session' } } },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
  });
}

/** `GET /api/openapi.json` (the OpenAPI 3 document) and the docs page at `/api/docs`. */
export async function registerDocs(app: FastifyInstance, _deps: AppDeps) {
  app.get('/api/openapi.json', { config: { permission: 'public' }, schema: { hide: true } }, async () => app.swagger());
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
}
