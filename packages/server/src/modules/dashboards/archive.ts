import { sql, type SQL } from 'drizzle-orm';
import type { AccountArchive } from '@qudao/contract';
import { archiveSectionIds } from '@qudao/domain';
import { accounts, contacts, units } from '../../db/schema';
import { accountClasses } from '../../db/schema-shared';
import { accountCompetitors, accountProfiles, archiveSectionMeta, contactProfiles, orderOutcomes, unitProfiles } from '../../db/schema-archive';
import { assessArchive, emptyProfile, type ArchiveParts } from '../archive/assess';
import { freshnessRulesOf } from '../archive/repo';
import type { DashboardContext } from './filters';
import { drillRows, round1, seriesOf, type DashboardDef } from './kinds';

// Archive completeness and staleness (R5.5, R5.7) of the open accounts of the filters, judged exactly as
// the account page judges one archive (archive/assess.ts over the domain's rules), loaded in bulk: one
// query per table instead of one set of queries per account.

function groupBy<T>(list: T[], key: (t: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const x of list) m.set(key(x), [...(m.get(key(x)) ?? []), x]);
  return m;
}

async function assessAll(ctx: DashboardContext): Promise<AccountArchive[]> {
  const { db } = ctx;
  const ids: SQL = sql`(select f.id from (${ctx.accounts}) f where f.status <> 'closed')`;
  const accs = await db.select().from(accounts).where(sql`${accounts.id} in ${ids}`);
  if (accs.length === 0) return [];
  const profiles = new Map((await db.select().from(accountProfiles).where(sql`${accountProfiles.accountId} in ${ids}`)).map((p) => [p.accountId, p]));
  const contactRows = groupBy(
    await db.select({ c: contacts, p: contactProfiles }).from(contacts).leftJoin(contactProfiles, sql`${contactProfiles.contactId} = ${contacts.id}`).where(sql`${contacts.accountId} in ${ids}`),
    (r) => r.c.accountId,
  );
  const competitors = groupBy(await db.select().from(accountCompetitors).where(sql`${accountCompetitors.accountId} in ${ids}`), (r) => r.accountId);
  const outcomes = groupBy(await db.select().from(orderOutcomes).where(sql`${orderOutcomes.accountId} in ${ids}`), (r) => r.accountId);
  const meta = groupBy(await db.select().from(archiveSectionMeta).where(sql`${archiveSectionMeta.accountId} in ${ids}`), (r) => r.accountId);
  const classes = new Map((await db.select().from(accountClasses).where(sql`${accountClasses.accountId} in ${ids}`)).map((c) => [c.accountId, c.valueClass]));
  const unitRows = await db.select({ id: units.id, name: units.name, p: unitProfiles }).from(units).leftJoin(unitProfiles, sql`${unitProfiles.unitId} = ${units.id}`)
    .where(sql`${units.id} in (select f.unit_id from (${ctx.accounts}) f)`);
  const unitOf = new Map(unitRows.map((u) => [u.id, u]));
  const rules = await freshnessRulesOf(db);
  return accs.map((account) => {
    const unit = unitOf.get(account.unitId);
    const parts: ArchiveParts = {
      account,
      unitName: unit?.name ?? account.unitId,
      unitProfile: unit?.p ?? null,
      regionUpdatedByName: null,
      regionVerifiedByName: null,
      profile: profiles.get(account.id) ?? emptyProfile(account.id),
      contacts: contactRows.get(account.id) ?? [],
      competitors: competitors.get(account.id) ?? [],
      outcomes: outcomes.get(account.id) ?? [],
      meta: (meta.get(account.id) ?? []).map((m) => ({ m, updatedByName: null, verifiedByName: null })),
      valueClass: classes.get(account.id) ?? null,
    };
    return assessArchive(parts, ctx.asOf, rules);
  });
}

const categories = ['overall', ...archiveSectionIds] as const;

const scoreOf = (a: AccountArchive, c: string) => (c === 'overall' ? a.overallPercent : (a.sections.find((s) => s.section === c)?.scorePercent ?? 0));
const staleIn = (a: AccountArchive, c: string) => (c === 'overall' ? a.staleSections > 0 : (a.sections.find((s) => s.section === c)?.stale ?? false));

/**
 * Per section (and overall) on `asOf`: the mean completeness in percent (one decimal), accounts with the
 * section stale (overall: any section stale) and fully complete accounts (score 100).
 */
export const archiveDashboard: DashboardDef = {
  series: ['avgCompletenessPct', 'staleAccounts', 'completeAccounts'],
  async compute(ctx) {
    const all = await assessAll(ctx);
    return {
      categories: categories.map((key) => ({ key })),
      series: seriesOf(categories, this.series, (c, key) => {
        if (key === 'staleAccounts') return all.filter((a) => staleIn(a, c)).length;
        if (key === 'completeAccounts') return all.filter((a) => scoreOf(a, c) === 100).length;
        return all.length === 0 ? null : round1(all.reduce((s, a) => s + scoreOf(a, c), 0) / all.length);
      }),
    };
  },
  async drill(ctx, c, series) {
    if (!(categories as readonly string[]).includes(c)) return [];
    const all = await assessAll(ctx);
    const picked = series === 'staleAccounts' ? all.filter((a) => staleIn(a, c)) : series === 'completeAccounts' ? all.filter((a) => scoreOf(a, c) === 100) : all;
    // Least complete first: those are the archives to work on.
    return drillRows(picked.map((a) => ({ account_id: a.accountId, value: scoreOf(a, c) })), true);
  },
};
