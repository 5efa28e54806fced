import { asc, desc, eq, sql } from 'drizzle-orm';
import type { AccountArchive } from '@qudao/contract';
import { defaultFreshnessRules, validateFreshnessRules, type FreshnessRules } from '@qudao/domain';
import type { Scope } from '../../access/scope';
import type { Db } from '../../db/connect';
import { contacts, settings, units, users } from '../../db/schema';
import { accountClasses } from '../../db/schema-shared';
import { accountCompetitors, accountProfiles, archiveSectionMeta, contactProfiles, orderOutcomes, unitProfiles } from '../../db/schema-archive';
import { findVisibleAccountRow, type AccountRow } from '../accounts/repo';
import { assessArchive, emptyProfile, type ArchiveParts, type ProfileRow } from './assess';
import { freshnessSettingKey } from './stale-sql';

export { freshnessSettingKey };


/** The stored profile of an account, or the empty one. */
export async function profileOf(db: Db, accountId: string): Promise<ProfileRow> {
  const [row] = await db.select().from(accountProfiles).where(eq(accountProfiles.accountId, accountId));
  return row ?? emptyProfile(accountId);
}

/** The company's freshness rules (settings row, else the domain defaults). */
export async function freshnessRulesOf(db: Db): Promise<FreshnessRules> {
  const [row] = await db.select({ value: settings.value }).from(settings).where(eq(settings.key, freshnessSettingKey));
  const v = row?.value as FreshnessRules | undefined;
  if (v && validateFreshnessRules(v).ok) return v;
  return defaultFreshnessRules;
}

async function loadParts(db: Db, account: AccountRow): Promise<ArchiveParts> {
  const [unit] = await db.select({ name: units.name, p: unitProfiles }).from(units).leftJoin(unitProfiles, eq(unitProfiles.unitId, units.id)).where(eq(units.id, account.unitId));
  const contactRows = await db
    .select({ c: contacts, p: contactProfiles })
    .from(contacts)
    .leftJoin(contactProfiles, eq(contactProfiles.contactId, contacts.id))
    .where(eq(contacts.accountId, account.id))
    .orderBy(desc(contacts.isPrimary), asc(contacts.name), asc(contacts.id));
  const verifier = sql<string | null>`(select u.display_name from users u where u.id = ${archiveSectionMeta.verifiedBy})`;
  const meta = await db
    .select({ m: archiveSectionMeta, updatedByName: users.displayName, verifiedByName: verifier })
    .from(archiveSectionMeta)
    .leftJoin(users, eq(users.id, archiveSectionMeta.updatedBy))
    .where(eq(archiveSectionMeta.accountId, account.id));
  const regionNames = unit?.p
    ? await db
        .select({ u: sql<string | null>`(select display_name from users where id = ${unit.p.updatedBy}::uuid)`, v: sql<string | null>`(select display_name from users where id = ${unit.p.verifiedBy}::uuid)` })
        .from(units)
        .where(eq(units.id, account.unitId))
    : [];
  const [cls] = await db.select({ valueClass: accountClasses.valueClass }).from(accountClasses).where(eq(accountClasses.accountId, account.id));
  return {
    account,
    unitName: unit?.name ?? account.unitId,
    unitProfile: unit?.p ?? null,
    regionUpdatedByName: regionNames[0]?.u ?? null,
    regionVerifiedByName: regionNames[0]?.v ?? null,
    profile: await profileOf(db, account.id),
    contacts: contactRows,
    competitors: await db.select().from(accountCompetitors).where(eq(accountCompetitors.accountId, account.id)).orderBy(asc(accountCompetitors.createdAt), asc(accountCompetitors.id)),
    outcomes: await db.select().from(orderOutcomes).where(eq(orderOutcomes.accountId, account.id)).orderBy(desc(orderOutcomes.date), asc(orderOutcomes.id)),
    meta,
    valueClass: cls?.valueClass ?? null,
  };
}

/** The whole archive of a visible account with completeness and freshness on `today`; undefined when not visible. */
export async function getArchive(db: Db, scope: Scope, accountId: string, today: string): Promise<AccountArchive | undefined> {
  const account = await findVisibleAccountRow(db, scope, accountId);
  if (!account) return undefined;
  return assessArchive(await loadParts(db, account), today, await freshnessRulesOf(db));
}
