import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { formatErrorMessage, pickLocale, type ErrorBody, type ErrorCode, type Locale } from '@qudao/contract';
import { mapDatabaseError } from './db-errors';
import { AppError, errorStatus } from './errors';

declare module 'fastify' {
  interface FastifyRequest {
    /** Language of the caller: the user's setting once signed in, else Accept-Language. */
    locale: Locale;
  }
}

/** Sends the one error shape with the message in the caller's language. */
export function sendError(req: FastifyRequest, reply: FastifyReply, code: ErrorCode, params: Record<string, string | number> = {}, details?: unknown) {
  const body: ErrorBody = { error: { code, message: formatErrorMessage(req.locale ?? 'zh-CN', code, params) } };
  if (details !== undefined) body.error.details = details;
  return reply.status(errorStatus[code]).send(body);
}

/** Installs the locale decoration, the error handler and the 404 handler. */
export function registerErrorHandling(app: FastifyInstance) {
  app.decorateRequest('locale', 'zh-CN');
  app.addHook('onRequest', async (req) => {
    req.locale = pickLocale(req.headers['accept-language']);
  });

  app.setErrorHandler((err, req, reply) => {
    if (err instanceof AppError) return sendError(req, reply, err.code, err.params, err.details);
    if (hasZodFastifySchemaValidationErrors(err)) {
      const details = err.validation.map((v) => ({
        path: `${err.validationContext ?? 'body'}${v.instancePath.replace(/\//g, '.')}`,
        message: v.message ?? '',
      }));
      const summary = details.map((d) => `${d.path}: ${d.message}`).join('; ').slice(0, 300);
      return sendError(req, reply, 'REQUEST.INVALID', { summary }, details);
    }
    const e = err as { statusCode?: number; code?: string; message?: string };
    if (e.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return sendError(req, reply, 'REQUEST.TOO_LARGE');
    if (typeof e.statusCode === 'number' && e.statusCode >= 400 && e.statusCode < 500) {
      // Malformed JSON, wrong content type and the like: the client's fault, said plainly.
      return sendError(req, reply, 'REQUEST.INVALID', { summary: e.message ?? '' });
    }
    // Constraint violations and bad literals that slipped past validation are still the client's input.
    const mapped = mapDatabaseError(err);
    if (mapped) return sendError(req, reply, mapped.code, mapped.params, mapped.details);
    req.log.error({ err }, 'unhandled error');
    return sendError(req, reply, 'INTERNAL');
  });

  app.setNotFoundHandler((req, reply) => sendError(req, reply, 'NOT_FOUND'));
}
