import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  crossTerritoryAlert, downlineRecord as downlineRecordView, localDate, todayView, weeklyReport, idempotencyHeaders, idParam, briefQuestionParam, briefToolParam, visitBriefAnswer, visitBriefTool, jointVisitScore, paged, photo, photoUpload, promise, overduePromises, promiseCreate, promiseKeepingRate, promiseListQuery, promiseMark, ticket, ticketListQuery, ticketPatch,
  visit, visitBriefPatch, visitBriefView, visitCancel, visitCheckIn, visitComplete, visitCreate, visitItem, visitItemCreate, visitListQuery, visitReportComment,
} from '@qudao/contract';
import type { AppDeps } from '../../app';
import { clockOf } from '../../auth/hook';
import { AppError } from '../../http/errors';
import { withErrors } from '../../http/responses';
import { runWrite, scopeOf } from '../../http/write';
import { buildBrief } from './brief';
import { addVisitItem } from './items';
import { photoStoreOf } from './photo-store';
import { addPhoto, readPhoto, withPhotoCleanup } from './photos';
import { createPromise, keepingRates, listPromises, markPromise, overduePromisesOf, toPromiseView } from './promises';
import { findVisit, listVisits } from './repo';
import { businessDate, cancelVisit, checkIn, commentReport, completeVisit, createVisit, setBriefAnswer, setBriefTool, updateBrief } from './service';
import { listCrossTerritoryAlerts, listTickets, updateTicket } from './tickets';
import { buildToday } from './today';
import { weeklyReports } from './weekly';
import { downlineRecord } from './downline-record';
import { scoreJointVisit } from './joint-visit';
import { registerVisitSettings } from './settings-routes';

/** Visits (issue 5): plan, brief, check-in, items, photos, promises, complete, report; tickets and 窜货 alerts. */
export async function registerVisits(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['visits'];
  const today = () => businessDate(clockOf(deps)(), deps.config.QUDAO_TIMEZONE);
  const settings = { timeZone: deps.config.QUDAO_TIMEZONE, geofenceRadiusM: deps.config.QUDAO_GEOFENCE_RADIUS_M };
  const store = photoStoreOf(deps.config);
  const maxPhoto = deps.config.QUDAO_PHOTO_MAX_BYTES;
  const read = { config: { permission: 'visits:read' as const } };
  const write = { config: { permission: 'visits:write' as const } };
  const withPromise = z.object({ id: z.uuid(), promiseId: z.uuid() });
  const rateQuery = z.object({ from: localDate.optional(), to: localDate.optional() });

  r.get('/api/visits', { ...read, schema: { tags, querystring: visitListQuery, response: withErrors({ 200: paged(visit) }) } }, async (req) =>
    listVisits(deps.database.db, scopeOf(req), req.query),
  );
  r.post('/api/visits', { ...write, schema: { tags, headers: idempotencyHeaders, body: visitCreate, response: withErrors({ 201: visit }) } }, async (req, reply) =>
    runWrite(deps, req, reply, 201, (w) => createVisit(w, req.body)),
  );
  r.get('/api/visits/:id', { ...read, schema: { tags, params: idParam, response: withErrors({ 200: visit }) } }, async (req) => {
    const v = await findVisit(deps.database.db, scopeOf(req), req.params.id);
    if (!v) throw new AppError('NOT_FOUND');
    return v;
  });
  r.get('/api/visits/:id/brief', { ...read, schema: { tags, params: idParam, response: withErrors({ 200: visitBriefView }) } }, async (req) => {
    const b = await buildBrief(deps.database.db, scopeOf(req), req.params.id, today(), req.locale);
    if (!b) throw new AppError('NOT_FOUND');
    return b;
  });
  r.put('/api/visits/:id/brief', { ...write, schema: { tags, headers: idempotencyHeaders, params: idParam, body: visitBriefPatch, response: withErrors({ 200: visit }) } }, async (req, reply) =>
    runWrite(deps, req, reply, 200, (w) => updateBrief(w, req.params.id, req.body)),
  );
  // One answer or one tool at a time, merged on the server (decision 008): what the phone sends.
  r.put('/api/visits/:id/brief/answers/:question', { ...write, schema: { tags, headers: idempotencyHeaders, params: briefQuestionParam, body: visitBriefAnswer, response: withErrors({ 200: visit }) } }, async (req, reply) =>
    runWrite(deps, req, reply, 200, (w) => setBriefAnswer(w, req.params.id, req.params.question, req.body.answered)),
  );
  r.put('/api/visits/:id/brief/tools/:toolId', { ...write, schema: { tags, headers: idempotencyHeaders, params: briefToolParam, body: visitBriefTool, response: withErrors({ 200: visit }) } }, async (req, reply) =>
    runWrite(deps, req, reply, 200, (w) => setBriefTool(w, req.params.id, req.params.toolId, req.body.checked)),
  );
  r.post('/api/visits/:id/check-in', { ...write, schema: { tags, headers: idempotencyHeaders, params: idParam, body: visitCheckIn, response: withErrors({ 200: visit }) } }, async (req, reply) =>
    runWrite(deps, req, reply, 200, (w) => checkIn(w, req.params.id, req.body, settings)),
  );
  r.post('/api/visits/:id/cancel', { ...write, schema: { tags, headers: idempotencyHeaders, params: idParam, body: visitCancel, response: withErrors({ 200: visit }) } }, async (req, reply) =>
    runWrite(deps, req, reply, 200, (w) => cancelVisit(w, req.params.id, req.body.status, req.body.reason)),
  );
  r.post('/api/visits/:id/complete', { ...write, schema: { tags, headers: idempotencyHeaders, params: idParam, body: visitComplete, response: withErrors({ 200: visit }) } }, async (req, reply) =>
    runWrite(deps, req, reply, 200, (w) => completeVisit(w, req.params.id, req.body)),
  );
  r.post(
    '/api/visits/:id/report-comment',
    { config: { permission: 'visits:review' }, schema: { tags, headers: idempotencyHeaders, params: idParam, body: visitReportComment, response: withErrors({ 200: visit }) } },
    async (req, reply) => runWrite(deps, req, reply, 200, (w) => commentReport(w, req.params.id, req.body.comment)),
  );
  r.post(
    '/api/visits/:id/joint-score',
    { config: { permission: 'visits:review' }, schema: { tags, headers: idempotencyHeaders, params: idParam, body: jointVisitScore, response: withErrors({ 200: visit }) } },
    async (req, reply) => runWrite(deps, req, reply, 200, (w) => scoreJointVisit(w, req.params.id, req.body)),
  );
  r.post(
    '/api/visits/:id/photos',
    // Base64 grows the bytes by 4/3; the limit leaves room so that an oversized photo gets PHOTO.TOO_LARGE.
    { ...write, bodyLimit: Math.ceil((maxPhoto * 4) / 3) + 1024 * 1024, schema: { tags, headers: idempotencyHeaders, params: idParam, body: photoUpload, response: withErrors({ 201: photo }) } },
    async (req, reply) =>
      withPhotoCleanup(deps.database.db, store, (tracked) => runWrite(deps, req, reply, 201, (w) => addPhoto(w, tracked, req.params.id, req.body, maxPhoto))),
  );
  r.get('/api/photos/:id', { ...read, schema: { tags, params: idParam } }, async (req, reply) => {
    const p = await readPhoto(deps.database.db, scopeOf(req), store, req.params.id);
    if (!p) throw new AppError('NOT_FOUND');
    return reply.type(p.mime).header('cache-control', 'private, max-age=86400').send(p.bytes);
  });
  r.post('/api/visits/:id/items', { ...write, schema: { tags, headers: idempotencyHeaders, params: idParam, body: visitItemCreate, response: withErrors({ 201: visitItem }) } }, async (req, reply) =>
    runWrite(deps, req, reply, 201, (w) => addVisitItem(w, req.params.id, req.body, today())),
  );
  r.post('/api/visits/:id/promises', { ...write, schema: { tags, headers: idempotencyHeaders, params: idParam, body: promiseCreate, response: withErrors({ 201: promise }) } }, async (req, reply) =>
    runWrite(deps, req, reply, 201, (w) => createPromise(w, req.params.id, req.body, today())),
  );
  r.post(
    '/api/visits/:id/promises/:promiseId/mark',
    { ...write, schema: { tags, headers: idempotencyHeaders, params: withPromise, body: promiseMark, response: withErrors({ 200: promise }) } },
    async (req, reply) => runWrite(deps, req, reply, 200, (w) => markPromise(w, req.params.id, req.params.promiseId, req.body, today())),
  );
  r.get('/api/promises', { ...read, schema: { tags, querystring: promiseListQuery, response: withErrors({ 200: paged(promise) }) } }, async (req) => {
    const day = today();
    const items = (await listPromises(deps.database.db, scopeOf(req), req.query.status)).map((p) => toPromiseView(p, day));
    return { items, total: items.length };
  });
  r.get('/api/accounts/:id/downline-record', { ...read, schema: { tags, params: idParam, response: withErrors({ 200: downlineRecordView }) } }, async (req) => {
    const rec = await downlineRecord(deps.database.db, scopeOf(req), req.params.id);
    if (!rec) throw new AppError('NOT_FOUND');
    return rec;
  });
  r.get('/api/promises/overdue', { ...read, schema: { tags, response: withErrors({ 200: overduePromises }) } }, async (req) => {
    const date = today();
    const items = await overduePromisesOf(deps.database.db, scopeOf(req), date);
    return { date, items, total: items.length };
  });
  r.get('/api/promises/rates', { ...read, schema: { tags, querystring: rateQuery, response: withErrors({ 200: paged(promiseKeepingRate) }) } }, async (req) => {
    const day = today();
    const items = await keepingRates(deps.database.db, scopeOf(req), req.query.from ?? `${day.slice(0, 4)}-01-01`, req.query.to ?? day, day);
    return { items, total: items.length };
  });
  r.get('/api/reports/weekly', { ...read, schema: { tags, querystring: z.object({ day: localDate.optional() }), response: withErrors({ 200: paged(weeklyReport) }) } }, async (req) => {
    const items = await weeklyReports(deps.database.db, scopeOf(req), req.query.day ?? today());
    return { items, total: items.length };
  });
  r.get('/api/today', { ...read, schema: { tags, response: withErrors({ 200: todayView }) } }, async (req) => buildToday(deps.database.db, scopeOf(req), today()));
  r.get('/api/tickets', { ...read, schema: { tags, querystring: ticketListQuery, response: withErrors({ 200: paged(ticket) }) } }, async (req) => {
    const items = await listTickets(deps.database.db, scopeOf(req), req.query);
    return { items, total: items.length };
  });
  r.patch('/api/tickets/:id', { ...write, schema: { tags, headers: idempotencyHeaders, params: idParam, body: ticketPatch, response: withErrors({ 200: ticket }) } }, async (req, reply) =>
    runWrite(deps, req, reply, 200, (w) => updateTicket(w, req.params.id, req.body)),
  );
  r.get('/api/alerts/cross-territory', { ...read, schema: { tags, response: withErrors({ 200: paged(crossTerritoryAlert) }) } }, async (req) => {
    const items = await listCrossTerritoryAlerts(deps.database.db, scopeOf(req));
    return { items, total: items.length };
  });
  await registerVisitSettings(app, deps);
}
