import { and, eq, sql } from 'drizzle-orm';
import type { AccountArchivePatch, CompetitorCreate, ContactProfilePatch, OrderOutcomeCreate, SectionVerify, UnitProfilePatch } from '@qudao/contract';
import { accountVisible } from '../../access/visibility';
import { recordChanges } from '../../audit/record';
import { accounts, territories, territoryUnits, units } from '../../db/schema';
import { visits } from '../../db/schema-visits';
import { accountCompetitors, accountProfiles, archiveSectionMeta, contactProfiles, orderOutcomes, unitProfiles } from '../../db/schema-archive';
import type { Result } from '../../http/errors';
import type { WriteScope } from '../../http/write';
import { lockVisibleAccount } from '../accounts/repo';
import { lockVisibleContact } from '../contacts/repo';
import { profileOf } from './repo';

/** Fields of account_profiles written by each section's form. */
export const sectionFields = {
  basic: ['businessScope', 'exportOriented'],
  competitors: ['competitorRelations', 'orderFlow'],
  trading: ['salesActivity', 'problems', 'potential', 'financialStatus', 'creditRating', 'creditLimitFen'],
  deeper: ['businessSpecialty', 'industryPosition', 'distributionCapacity', 'capitalStrength', 'commercialCredit', 'willingnessToCooperate', 'machineToolTurnoverFen'],
} as const;

/** Personal profile fields of a contact (R5.1) and its key flag and consent note. */
export const contactProfileFields = ['isKey', 'personality', 'interests', 'hobbies', 'family', 'education', 'age', 'abilities', 'background', 'consentNote'] as const;
const unitProfileFields = ['culture', 'customs', 'developmentPotential', 'exportMarketPolicy'] as const;

type MetaSection = (typeof archiveSectionMeta.$inferInsert)['section'];

// Every write of a section stamps its source, day and writer (R5 "dynamic", "true").
async function touchSection(w: WriteScope, accountId: string, section: MetaSection, source: 'visit' | 'import' | 'manual', today: string) {
  await w.tx
    .insert(archiveSectionMeta)
    .values({ accountId, section, source, updatedOn: today, updatedBy: w.ctx.userId })
    .onConflictDoUpdate({ target: [archiveSectionMeta.accountId, archiveSectionMeta.section], set: { source, updatedOn: today, updatedBy: w.ctx.userId } });
}

const pick = (o: Record<string, unknown>, fields: readonly string[]) => Object.fromEntries(fields.map((f) => [f, o[f] ?? null]));

/** Writes the fields of one section of a visible account's archive, audited with the given source. */
export async function updateAccountArchive(w: WriteScope, accountId: string, patch: AccountArchivePatch, today: string): Promise<Result<{ ok: true }>> {
  const account = await lockVisibleAccount(w.tx, w.scope, accountId);
  if (!account) return { ok: false, code: 'NOT_FOUND' };
  const fields: readonly string[] = sectionFields[patch.section];
  const given = Object.keys(patch).filter((k) => k !== 'section' && k !== 'source');
  const foreign = given.filter((k) => !fields.includes(k));
  if (foreign.length > 0) return { ok: false, code: 'REQUEST.INVALID', params: { summary: `not in section ${patch.section}: ${foreign.join(', ')}` } };
  const before = await profileOf(w.tx, accountId);
  const changes = Object.fromEntries(given.map((k) => [k, (patch as Record<string, unknown>)[k] ?? null]));
  if (patch.section === 'basic' && changes.exportOriented === null) changes.exportOriented = false;
  const after = { ...before, ...changes, updatedAt: w.ctx.now.toISOString() };
  await w.tx.insert(accountProfiles).values(after).onConflictDoUpdate({ target: accountProfiles.accountId, set: { ...changes, updatedAt: after.updatedAt } });
  const ctx = { ...w.ctx, source: patch.source };
  const prefixed = (o: Record<string, unknown>) => Object.fromEntries(fields.map((f) => [`${patch.section}.${f}`, o[f] ?? null]));
  await recordChanges(w.tx, ctx, { entity: 'account', entityId: accountId, fields: fields.map((f) => `${patch.section}.${f}`), before: prefixed(before), after: prefixed(after) });
  await touchSection(w, accountId, patch.section, patch.source, today);
  return { ok: true, value: { ok: true } };
}

/** Writes the personal profile of a contact of a visible account (R5.1), audited on the contact. */
export async function updateContactProfile(w: WriteScope, contactId: string, patch: ContactProfilePatch, today: string): Promise<Result<{ ok: true }>> {
  const contact = await lockVisibleContact(w.tx, w.scope, contactId);
  if (!contact) return { ok: false, code: 'NOT_FOUND' };
  const [existing] = await w.tx.select().from(contactProfiles).where(eq(contactProfiles.contactId, contactId));
  const changes = Object.fromEntries(contactProfileFields.filter((f) => patch[f] !== undefined).map((f) => [f, patch[f]]));
  const at = w.ctx.now.toISOString();
  await w.tx
    .insert(contactProfiles)
    .values({ contactId, ...changes, source: patch.source, updatedAt: at })
    .onConflictDoUpdate({ target: contactProfiles.contactId, set: { ...changes, source: patch.source, updatedAt: at } });
  const before = existing ? pick(existing, contactProfileFields) : null;
  const after = { ...(before ?? pick({ isKey: false }, contactProfileFields)), ...changes };
  const prefixed = (o: Record<string, unknown> | null) => (o ? Object.fromEntries(contactProfileFields.map((f) => [`profile.${f}`, o[f] ?? null])) : {});
  await recordChanges(w.tx, { ...w.ctx, source: patch.source }, { entity: 'contact', entityId: contactId, fields: contactProfileFields.map((f) => `profile.${f}`), before: prefixed(before), after: prefixed(after) });
  await touchSection(w, contact.accountId, 'contacts', patch.source, today);
  return { ok: true, value: { ok: true } };
}

// A rep writes the regional characteristics of units in their territories; a manager those of their reps; HQ any.
async function unitWritable(w: WriteScope, unitId: string): Promise<boolean> {
  const [u] = await w.tx.select({ id: units.id }).from(units).where(eq(units.id, unitId));
  if (!u) return false;
  if (w.scope.repIds === 'all') return true;
  if (w.scope.repIds.length === 0) return false;
  const [owned] = await w.tx
    .select({ id: territoryUnits.unitId })
    .from(territoryUnits)
    .innerJoin(territories, eq(territories.id, territoryUnits.territoryId))
    .where(and(eq(territoryUnits.unitId, unitId), sql`${territories.ownerId} in (${sql.join(w.scope.repIds.map((id) => sql`${id}::uuid`), sql`, `)})`));
  return Boolean(owned);
}

/** Writes the regional characteristics of a unit (R5.2), recorded once and shown on every account in it. */
export async function updateUnitProfile(w: WriteScope, unitId: string, patch: UnitProfilePatch, today: string): Promise<Result<{ ok: true }>> {
  if (!(await unitWritable(w, unitId))) return { ok: false, code: 'NOT_FOUND' };
  const [existing] = await w.tx.select().from(unitProfiles).where(eq(unitProfiles.unitId, unitId)).for('update');
  const changes = Object.fromEntries(unitProfileFields.filter((f) => patch[f] !== undefined).map((f) => [f, patch[f]]));
  const stamp = { source: patch.source, updatedOn: today, updatedBy: w.ctx.userId };
  await w.tx.insert(unitProfiles).values({ unitId, ...changes, ...stamp }).onConflictDoUpdate({ target: unitProfiles.unitId, set: { ...changes, ...stamp } });
  const before = existing ? pick(existing, unitProfileFields) : null;
  await recordChanges(w.tx, { ...w.ctx, source: patch.source }, { entity: 'unit', entityId: unitId, fields: unitProfileFields, before, after: { ...(before ?? {}), ...changes } });
  return { ok: true, value: { ok: true } };
}

/** Marks a section of a visible account verified by the caller now, with a visit or an attachment as evidence. */
export async function verifySection(w: WriteScope, accountId: string, body: SectionVerify): Promise<Result<{ ok: true }>> {
  const account = await lockVisibleAccount(w.tx, w.scope, accountId);
  if (!account) return { ok: false, code: 'NOT_FOUND' };
  // A visit given as evidence must be a visit to this account.
  if (body.evidenceVisitId) {
    const [visit] = await w.tx.select({ id: visits.id }).from(visits).where(and(eq(visits.id, body.evidenceVisitId), eq(visits.accountId, accountId)));
    if (!visit) return { ok: false, code: 'REQUEST.INVALID', params: { summary: 'evidenceVisitId: no visit to this account' } };
  }
  const proof = { verifiedBy: w.ctx.userId, verifiedAt: w.ctx.now.toISOString(), evidenceVisitId: body.evidenceVisitId ?? null, evidenceRef: body.evidenceRef ?? null };
  if (body.section === 'region') {
    await w.tx.insert(unitProfiles).values({ unitId: account.unitId, ...proof }).onConflictDoUpdate({ target: unitProfiles.unitId, set: proof });
  } else {
    await w.tx.insert(archiveSectionMeta).values({ accountId, section: body.section, ...proof }).onConflictDoUpdate({ target: [archiveSectionMeta.accountId, archiveSectionMeta.section], set: proof });
  }
  const evidence = { visitId: proof.evidenceVisitId, ref: proof.evidenceRef };
  await recordChanges(w.tx, w.ctx, { entity: 'account', entityId: accountId, fields: [`verified.${body.section}`], before: null, after: { [`verified.${body.section}`]: evidence } });
  return { ok: true, value: { ok: true } };
}

/** Adds a competitor brand the customer deals with (R5.3). */
export async function addCompetitor(w: WriteScope, accountId: string, body: CompetitorCreate, today: string): Promise<Result<{ id: string }>> {
  if (!(await lockVisibleAccount(w.tx, w.scope, accountId))) return { ok: false, code: 'NOT_FOUND' };
  const [row] = await w.tx.insert(accountCompetitors).values({ accountId, brand: body.brand, models: body.models ?? null, priceNote: body.priceNote ?? null, relation: body.relation ?? null, createdAt: w.ctx.now.toISOString() }).returning();
  if (!row) throw new Error('insert returned no row');
  await recordChanges(w.tx, w.ctx, { entity: 'account', entityId: accountId, fields: ['competitor'], before: null, after: { competitor: { brand: row.brand, models: row.models, priceNote: row.priceNote } } });
  await touchSection(w, accountId, 'competitors', 'manual', today);
  return { ok: true, value: { id: row.id } };
}

/** Records where an order went: won, or lost to which competitor, with model, price and reason (R5.3). */
export async function addOrderOutcome(w: WriteScope, accountId: string, body: OrderOutcomeCreate, today: string): Promise<Result<{ id: string }>> {
  if (!(await lockVisibleAccount(w.tx, w.scope, accountId))) return { ok: false, code: 'NOT_FOUND' };
  const values = { date: body.date, outcome: body.outcome, competitorBrand: body.competitorBrand ?? null, model: body.model ?? null, priceFen: body.priceFen ?? null, reason: body.reason ?? null };
  const [row] = await w.tx.insert(orderOutcomes).values({ accountId, ...values, createdAt: w.ctx.now.toISOString() }).returning();
  if (!row) throw new Error('insert returned no row');
  await recordChanges(w.tx, w.ctx, { entity: 'account', entityId: accountId, fields: ['orderOutcome'], before: null, after: { orderOutcome: values } });
  await touchSection(w, accountId, 'competitors', 'manual', today);
  return { ok: true, value: { id: row.id } };
}

/** Removes a competitor entry or an order outcome of a visible account; the audit keeps what it was. */
export async function deleteCompetitorEntry(w: WriteScope, kind: 'competitor' | 'orderOutcome', id: string, today: string): Promise<Result<{ ok: true }>> {
  const table = kind === 'competitor' ? accountCompetitors : orderOutcomes;
  const [row] = await w.tx
    .select({ accountId: table.accountId, entry: sql<string>`row_to_json(${table})::text` })
    .from(table)
    .innerJoin(accounts, eq(accounts.id, table.accountId))
    .where(and(eq(table.id, id), accountVisible(w.scope, { unitId: accounts.unitId, distributorId: accounts.distributorId })));
  if (!row) return { ok: false, code: 'NOT_FOUND' };
  await w.tx.delete(table).where(eq(table.id, id));
  const entry = JSON.parse(row.entry) as Record<string, unknown>;
  delete entry.account_id;
  await recordChanges(w.tx, w.ctx, { entity: 'account', entityId: row.accountId, fields: [kind], before: { [kind]: entry }, after: null });
  await touchSection(w, row.accountId, 'competitors', 'manual', today);
  return { ok: true, value: { ok: true } };
}
