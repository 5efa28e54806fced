import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { exportQuery, importParams, importQuery, importReport } from '@qudao/contract';
import type { AppDeps } from '../../app';
import { clockOf } from '../../auth/hook';
import { AppError } from '../../http/errors';
import { withErrors } from '../../http/responses';
import { scopeOf } from '../../http/write';
import { importLimits } from './parse';
import { exportSpreadsheet, importSpreadsheet, importTemplate } from './service';

const mime = { xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', csv: 'text/csv; charset=utf-8' };
// The file is the raw request body (no multipart): one file per request, streamed into a Buffer.
const fileTypes = ['application/octet-stream', 'text/csv', mime.xlsx, 'application/vnd.ms-excel'];
// Bodies up to 3× the file limit are read so the refusal names the limit (IMPORT.TOO_LARGE); larger ones
// are cut off by Fastify (REQUEST.TOO_LARGE) before they fill memory.
const bodyLimit = importLimits.maxBytes * 3;

/** Import (XLSX/CSV: template, dry run, atomic commit) and export (scoped) of accounts, contacts, sales lines and targets. */
export async function registerImports(app: FastifyInstance, deps: AppDeps) {
  const now = clockOf(deps);
  // Encapsulated so the raw-file body parser applies to these routes only.
  await app.register(async (child) => {
    child.addContentTypeParser(fileTypes, { parseAs: 'buffer', bodyLimit }, (_req, body, done) => done(null, body));
    const r = child.withTypeProvider<ZodTypeProvider>();
    const tags = ['imports'];

    r.get(
      '/api/imports/:entity/template',
      { config: { permission: 'imports:write' }, schema: { tags, params: importParams, querystring: exportQuery } },
      async (req, reply) => {
        const file = await importTemplate(req.params.entity, req.query.format);
        return reply
          .header('content-type', mime[req.query.format])
          .header('content-disposition', `attachment; filename="qudao-${req.params.entity}-template.${req.query.format}"`)
          .send(file);
      },
    );

    r.post(
      '/api/imports/:entity',
      {
        config: { permission: 'imports:write' },
        bodyLimit,
        schema: { tags, params: importParams, querystring: importQuery, response: withErrors({ 200: importReport }) },
      },
      async (req) => {
        if (!Buffer.isBuffer(req.body)) throw new AppError('IMPORT.NOT_SPREADSHEET');
        const scope = scopeOf(req);
        const result = await importSpreadsheet(deps.database.db, {
          entity: req.params.entity, buffer: req.body, fileName: req.query.fileName ?? 'upload', dryRun: req.query.dryRun === 'true', locale: req.locale,
          ctx: { userId: scope.userId, now: now(), source: 'import' },
        });
        if (!result.ok) throw new AppError(result.code, result.params ?? {}, result.details);
        return result.value;
      },
    );

    r.get(
      '/api/exports/:entity',
      { config: { permission: 'accounts:read' }, schema: { tags, params: importParams, querystring: exportQuery } },
      async (req, reply) => {
        const file = await exportSpreadsheet(deps.database.db, scopeOf(req), req.params.entity, req.query.format);
        return reply
          .header('content-type', mime[req.query.format])
          .header('content-disposition', `attachment; filename="qudao-${req.params.entity}.${req.query.format}"`)
          .send(file);
      },
    );
  });
}
