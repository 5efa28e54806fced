import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  accountRecognitions, agendaCreate, agendaItemParams, attendanceSet, idempotencyHeaders, idParam, inviteePreview, inviteePreviewQuery, leaderboardQuery, leaderboardRow, meeting,
  meetingActionCreate, meetingActionParams, meetingActionPatch, meetingCreate, meetingPatch, paged, recognitionProposal,
} from '@qudao/contract';
import type { AppDeps } from '../../app';
import { AppError } from '../../http/errors';
import { withErrors } from '../../http/responses';
import { runWrite, scopeOf } from '../../http/write';
import { findVisibleAccountRow } from '../accounts/repo';
import { inviteeCandidates, listMeetings, meetingLeaderboard, recognitionsOf } from './repo';
import { addAction, addAgendaItem, confirmRecognition, createMeeting, patchMeeting, proposeRecognition, setActionDone, setAttendance } from './service';

/** Distributor meetings (R2.3): schedule, invitees by tier and region, agenda, attendance, minutes, recognitions. */
export async function registerMeetings(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['meetings'];
  const db = deps.database.db;
  const write = { config: { permission: 'channel:manage' as const } };

  r.get('/api/meetings', { config: { permission: 'channel:read' }, schema: { tags, response: withErrors({ 200: paged(meeting) }) } }, async (req) => {
    const items = await listMeetings(db, scopeOf(req));
    return { items, total: items.length };
  });

  r.get('/api/meetings/invitee-preview', { ...write, schema: { tags, querystring: inviteePreviewQuery, response: withErrors({ 200: inviteePreview }) } }, async (req) => ({
    items: await inviteeCandidates(db, req.query.tiers.split(','), req.query.regionUnitId ?? null, req.query.policyId),
  }));

  r.get('/api/accounts/:id/recognitions', { config: { permission: 'channel:read' }, schema: { tags, params: idParam, response: withErrors({ 200: accountRecognitions }) } }, async (req) => {
    const acc = await findVisibleAccountRow(db, scopeOf(req), req.params.id);
    if (!acc) throw new AppError('NOT_FOUND');
    return { items: await recognitionsOf(db, acc.id) };
  });

  r.get('/api/meetings/:id', { config: { permission: 'channel:read' }, schema: { tags, params: idParam, response: withErrors({ 200: meeting }) } }, async (req) => {
    const [m] = await listMeetings(db, scopeOf(req), req.params.id);
    if (!m) throw new AppError('NOT_FOUND');
    return m;
  });

  r.get('/api/meetings/:id/leaderboard', { config: { permission: 'channel:propose' }, schema: { tags, params: idParam, querystring: leaderboardQuery, response: withErrors({ 200: z.object({ items: z.array(leaderboardRow) }) }) } }, async (req) => {
    const [m] = await listMeetings(db, scopeOf(req), req.params.id);
    if (!m) throw new AppError('NOT_FOUND');
    return { items: await meetingLeaderboard(db, m.id, m.heldOn, req.query.board, scopeOf(req)) };
  });

  r.post('/api/meetings', { ...write, schema: { tags, headers: idempotencyHeaders, body: meetingCreate, response: withErrors({ 201: meeting }) } }, async (req, reply) =>
    runWrite(deps, req, reply, 201, (w) => createMeeting(w, req.body)),
  );
  r.patch('/api/meetings/:id', { ...write, schema: { tags, headers: idempotencyHeaders, params: idParam, body: meetingPatch, response: withErrors({ 200: meeting }) } }, async (req, reply) =>
    runWrite(deps, req, reply, 200, (w) => patchMeeting(w, req.params.id, req.body)),
  );
  r.post('/api/meetings/:id/agenda', { ...write, schema: { tags, headers: idempotencyHeaders, params: idParam, body: agendaCreate, response: withErrors({ 200: meeting }) } }, async (req, reply) =>
    runWrite(deps, req, reply, 200, (w) => addAgendaItem(w, req.params.id, req.body)),
  );
  r.put('/api/meetings/:id/attendance', { ...write, schema: { tags, headers: idempotencyHeaders, params: idParam, body: attendanceSet, response: withErrors({ 200: meeting }) } }, async (req, reply) =>
    runWrite(deps, req, reply, 200, (w) => setAttendance(w, req.params.id, req.body)),
  );
  r.post('/api/meetings/:id/agenda/:itemId/confirm', { ...write, schema: { tags, headers: idempotencyHeaders, params: agendaItemParams, response: withErrors({ 200: meeting }) } }, async (req, reply) =>
    runWrite(deps, req, reply, 200, (w) => confirmRecognition(w, req.params.id, req.params.itemId)),
  );
  r.post('/api/meetings/:id/proposals', { config: { permission: 'channel:propose' }, schema: { tags, headers: idempotencyHeaders, params: idParam, body: recognitionProposal, response: withErrors({ 200: meeting }) } }, async (req, reply) =>
    runWrite(deps, req, reply, 200, (w) => proposeRecognition(w, req.params.id, req.body)),
  );
  r.post('/api/meetings/:id/actions', { ...write, schema: { tags, headers: idempotencyHeaders, params: idParam, body: meetingActionCreate, response: withErrors({ 200: meeting }) } }, async (req, reply) =>
    runWrite(deps, req, reply, 200, (w) => addAction(w, req.params.id, req.body)),
  );
  // Any reader may try; the service lets the action's owner, the owner's manager and HQ change it.
  r.patch('/api/meetings/:id/actions/:actionId', { config: { permission: 'channel:read' }, schema: { tags, headers: idempotencyHeaders, params: meetingActionParams, body: meetingActionPatch, response: withErrors({ 200: meeting }) } }, async (req, reply) =>
    runWrite(deps, req, reply, 200, (w) => setActionDone(w, req.params.id, req.params.actionId, req.body)),
  );
}
