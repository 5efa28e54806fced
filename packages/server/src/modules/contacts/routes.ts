import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { contact, contactCreate, contactPatch, idempotencyHeaders, idParam, ok, paged } from '@qudao/contract';
import { withErrors } from '../../http/responses';
import type { AppDeps } from '../../app';
import { AppError } from '../../http/errors';
import { runWrite, scopeOf } from '../../http/write';
import { listContacts } from './repo';
import { createContact, deleteContact, updateContact } from './service';

/** Contacts of accounts: list and add under the account, change and delete by id (all scoped). */
export async function registerContacts(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['contacts'];

  r.get(
    '/api/accounts/:id/contacts',
    { config: { permission: 'accounts:read' }, schema: { tags, params: idParam, response: withErrors({ 200: paged(contact) }) } },
    async (req) => {
      const items = await listContacts(deps.database.db, scopeOf(req), req.params.id);
      if (!items) throw new AppError('NOT_FOUND');
      return { items, total: items.length };
    },
  );

  r.post(
    '/api/accounts/:id/contacts',
    { config: { permission: 'accounts:write' }, schema: { tags, headers: idempotencyHeaders, params: idParam, body: contactCreate, response: withErrors({ 201: contact }) } },
    async (req, reply) => runWrite(deps, req, reply, 201, (w) => createContact(w, req.params.id, req.body)),
  );

  r.patch(
    '/api/contacts/:id',
    { config: { permission: 'accounts:write' }, schema: { tags, headers: idempotencyHeaders, params: idParam, body: contactPatch, response: withErrors({ 200: contact }) } },
    async (req, reply) => runWrite(deps, req, reply, 200, (w) => updateContact(w, req.params.id, req.body)),
  );

  r.delete(
    '/api/contacts/:id',
    { config: { permission: 'accounts:write' }, schema: { tags, headers: idempotencyHeaders, params: idParam, response: withErrors({ 200: ok }) } },
    async (req, reply) => runWrite(deps, req, reply, 200, (w) => deleteContact(w, req.params.id)),
  );
}
