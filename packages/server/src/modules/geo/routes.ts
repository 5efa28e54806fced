import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { geoFeatureCollection, geoLevelParams } from '@qudao/contract';
import type { AppDeps } from '../../app';
import { getCachedLayer } from './layers';

const tags = ['geo'];

/**
 * `GET /api/geo/:level`: the offline map base layer (provinces or prefecture cities). Public: the
 * boundaries are open data and say nothing about the company, and the login page may show the map.
 */
export async function registerGeo(app: FastifyInstance, _deps: AppDeps) {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/geo/:level',
    {
      config: { permission: 'public' },
      schema: { tags, params: geoLevelParams, response: { 200: geoFeatureCollection } },
    },
    async (req, typedReply) => {
      // The body is pre-serialised, so the reply is used untyped (the schema documents the shape).
      const reply = typedReply as unknown as FastifyReply;
      const layer = getCachedLayer(req.params.level);
      reply.header('cache-control', 'public, max-age=604800').header('etag', layer.etag).header('vary', 'accept-encoding');
      if (req.headers['if-none-match'] === layer.etag) return reply.code(304).send();
      reply.type('application/json; charset=utf-8');
      // Sent pre-serialised (a string skips the serializer); gzip when the client takes it.
      if (/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) return reply.header('content-encoding', 'gzip').send(layer.gzip);
      return reply.send(layer.json);
    },
  );
}
