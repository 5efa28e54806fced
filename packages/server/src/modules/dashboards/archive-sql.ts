import { sql, type SQL } from 'drizzle-orm';
import { archiveSections, defaultFreshnessRules, type ArchiveSectionId } from '@qudao/domain';
import { freshnessSettingKey } from '../archive/stale-sql';
import type { Db } from '../../db/connect';
import type { DashboardContext } from './filters';

// The archive's completeness (R5.5) of many accounts at once, in SQL. The weights, the fields that apply
// per kind and the export-only rule come from the domain's section table (archiveSections); only the
// place each field is stored is said here, the same mapping archive/assess.ts feeds the domain with. The
// dashboards test checks the result against the account pages, which judge through the domain.
// Loading every archive into the domain took ~0.3 ms per account, ten times too slow for HQ at ×10.

// Text is filled when something other than white space is left (the domain trims like JavaScript); octet
// lengths, not text comparisons, so no collation is consulted per row.
const filledText = (col: string) => `(octet_length(btrim(${col}, E' \\t\\n\\r\u3000')) > 0)`;
const filled = (col: string) => sql.raw(filledText(col));
const present = (col: string) => sql.raw(`(${col} is not null)`);

// Where each field of the non-contact sections is stored (a = accounts, p = account_profiles, up =
// unit_profiles, cm = competitor summary of the account, oo = whether it has order outcomes).
const fieldSql: Record<string, SQL> = {
  'basic.name': filled('a.name'),
  'basic.address': filled('a.address'),
  'basic.phone': filled('a.phone'),
  'basic.location': sql.raw('(a.lng is not null and a.lat is not null)'),
  'basic.businessScope': filled('p.business_scope'),
  'region.culture': filled('up.culture'),
  'region.customs': filled('up.customs'),
  'region.developmentPotential': filled('up.development_potential'),
  'region.exportMarketPolicy': filled('up.export_market_policy'),
  'competitors.competitors': sql.raw('(cm.brands > 0)'),
  // The profile's own text wins when present; else the relations noted per competitor.
  'competitors.competitorRelations': sql.raw(`(case when p.competitor_relations is not null then ${filledText('p.competitor_relations')} else coalesce(cm.relations, false) end)`),
  'competitors.competitorPrices': sql.raw('coalesce(cm.priced, false)'),
  'competitors.orderFlow': sql.raw(`(case when p.order_flow is not null then ${filledText('p.order_flow')} else oo.has end)`),
  'trading.salesActivity': filled('p.sales_activity'),
  'trading.problems': filled('p.problems'),
  'trading.potential': filled('p.potential'),
  'trading.financialStatus': filled('p.financial_status'),
  'trading.creditRating': filled('p.credit_rating'),
  'trading.creditLimitFen': present('p.credit_limit_fen'),
  'deeper.businessSpecialty': filled('p.business_specialty'),
  'deeper.industryPosition': filled('p.industry_position'),
  'deeper.distributionCapacity': filled('p.distribution_capacity'),
  'deeper.capitalStrength': filled('p.capital_strength'),
  'deeper.commercialCredit': filled('p.commercial_credit'),
  'deeper.willingnessToCooperate': filled('p.willingness_to_cooperate'),
};

// A contact's fields (c = contacts, cp = contact_profiles).
const contactFieldSql: Record<string, SQL> = {
  name: filled('c.name'),
  role: filled('c.title'),
  phone: filled('c.phone'),
  personality: filled('cp.personality'),
  interests: filled('cp.interests'),
  hobbies: filled('cp.hobbies'),
  family: filled('cp.family'),
  education: filled('cp.education'),
  age: present('cp.age'),
  abilities: filled('cp.abilities'),
  background: filled('cp.background'),
};

const sectionOf = (id: ArchiveSectionId) => archiveSections.find((s) => s.id === id)!;

// Weighted share of the applicable fields filled, as a numeric in [0, 1] (null when none applies).
function fractionSql(id: Exclude<ArchiveSectionId, 'contacts'>): SQL {
  const fields = sectionOf(id).fields;
  const applies = (f: (typeof fields)[number]) => {
    const kinds = f.kinds ? sql`a.kind in (${sql.join(f.kinds.map((k) => sql`${k}`), sql`, `)})` : sql`true`;
    return f.exportOnly ? sql`(${kinds} and coalesce(p.export_oriented, false))` : kinds;
  };
  // Fields that always apply add a constant to the total; only conditional ones need a test per row.
  const fixed = fields.filter((f) => !f.kinds && !f.exportOnly).reduce((n, f) => n + f.weight, 0);
  const total = sql.join([sql.raw(String(fixed)), ...fields.filter((f) => f.kinds || f.exportOnly).map((f) => sql`(case when ${applies(f)} then ${sql.raw(String(f.weight))} else 0 end)`)], sql` + `);
  const got = sql.join(fields.map((f) => sql`(case when ${f.kinds || f.exportOnly ? sql`${applies(f)} and ` : sql``}${fieldSql[`${id}.${f.id}`]!} then ${sql.raw(String(f.weight))} else 0 end)`), sql` + `);
  return sql`(${got})::numeric / nullif(${total}, 0)`;
}

const contactFraction = (() => {
  const fields = sectionOf('contacts').fields;
  const total = fields.reduce((s, f) => s + f.weight, 0);
  return { got: sql`(${sql.join(fields.map((f) => sql`(case when ${contactFieldSql[f.id]!} then ${sql.raw(String(f.weight))} else 0 end)`), sql` + `)})`, total };
})();

/** The archive sections in the domain's order. */
export const archiveSectionKeys = archiveSections.map((s) => s.id);

// The day each section was last changed, per account (as archive/stale-sql.ts and archive/assess.ts).
const lastUpdated: Record<ArchiveSectionId, SQL> = {
  basic: sql.raw('greatest(mt.basic, (accounts.updated_at)::date)'),
  contacts: sql.raw('greatest(mt.contacts, cs.updated_on)'),
  region: sql.raw('up.updated_on'),
  competitors: sql.raw('mt.competitors'),
  trading: sql.raw('mt.trading'),
  deeper: sql.raw('mt.deeper'),
};

// Columns of archive_scores per section, in the domain's order (checked when this module loads, so a new
// section fails loudly until the table has its columns).
const storedSections = ['basic', 'contacts', 'region', 'competitors', 'trading', 'deeper'] as const;
if (archiveSections.map((d) => d.id).join() !== storedSections.join()) throw new Error('archive_scores lacks columns for the archive sections');

/**
 * The stored part of the archive dashboard for the accounts of `ids` (a select of account ids): per section
 * `<section>_score` (whole percent, the domain's rounding) and `<section>_on` (the day it last changed), and
 * `overall_score` — in the columns of archive_scores.
 */
function archiveFactsSql(ids: SQL): SQL {
  const weightSum = archiveSections.reduce((s, d) => s + d.weight, 0);
  const weighted = sql.join(archiveSections.map((d) => sql`${sql.raw(String(d.weight))} * coalesce(g.${sql.raw(d.id)}, 1)`), sql` + `);
  const fractions = sql.join(archiveSections.map((d) => sql`${d.id === 'contacts' ? sql`coalesce(cs.fraction, 0)` : fractionSql(d.id)} as ${sql.raw(d.id)}`), sql`, `);
  const perSection = sql.join(
    archiveSections.map((d) => sql`round(coalesce(g.${sql.raw(d.id)}, 1) * 100) as ${sql.raw(`${d.id}_score`)}, ${lastUpdated[d.id]} as ${sql.raw(`${d.id}_on`)}`),
    sql`, `,
  );
  const metaCols = sql.join((['basic', 'contacts', 'competitors', 'trading', 'deeper'] as const).map((x) => sql`max(m.updated_on) filter (where m.section = ${x}) as ${sql.raw(x)}`), sql`, `);
  return sql`
    with o as (${ids}),
    cs as (
      select x.account_id, coalesce(avg(x.got) filter (where x.is_key), avg(x.got)) / ${sql.raw(String(contactFraction.total))} as fraction, max(x.changed)::date as updated_on
      from (select c.account_id, coalesce(cp.is_key, false) as is_key, ${contactFraction.got} as got, greatest(c.updated_at, cp.updated_at) as changed from contacts c
        left join contact_profiles cp on cp.contact_id = c.id where c.account_id in (select id from o)) x group by 1),
    cm as (
      select ac.account_id, count(*) as brands, bool_or(octet_length(ac.relation) > 0) as relations,
        coalesce(bool_or(octet_length(ac.models) > 0 or octet_length(ac.price_note) > 0), false) as priced
      from account_competitors ac where ac.account_id in (select id from o) group by 1),
    mt as (select m.account_id, ${metaCols} from archive_section_meta m where m.account_id in (select id from o) group by 1),
    oo as (select distinct oc.account_id from order_outcomes oc where oc.account_id in (select id from o))
    select accounts.id as account_id, ${perSection}, round((${weighted}) / ${weightSum}::numeric * 100) as overall_score
    from accounts
    cross join lateral (select accounts.kind, accounts.name, accounts.address, accounts.phone, accounts.lng, accounts.lat) a
    left join account_profiles p on p.account_id = accounts.id
    left join unit_profiles up on up.unit_id = accounts.unit_id
    left join cs on cs.account_id = accounts.id
    left join cm on cm.account_id = accounts.id
    left join mt on mt.account_id = accounts.id
    cross join lateral (select exists (select 1 from oo where oo.account_id = accounts.id) as has) oo
    cross join lateral (select ${fractions}) g
    where accounts.id in (select id from o)`;
}

/**
 * Brings archive_scores up to date: scores the accounts marked in archive_score_dirty and removes exactly
 * those marks (a mark committed meanwhile stays for the next refresh). Run before every read of the scores
 * and after bulk loads; a no-op when nothing changed.
 */
export async function refreshArchiveScores(db: Db): Promise<void> {
  const cols = ['account_id', 'overall_score', ...storedSections.flatMap((x) => [`${x}_score`, `${x}_on`])];
  const set = sql.raw(cols.slice(1).map((c) => `${c} = excluded.${c}`).join(', '));
  await db.execute(sql`
    with marked as (delete from archive_score_dirty returning account_id)
    insert into archive_scores (${sql.raw(cols.join(', '))})
    select ${sql.raw(cols.map((c) => `f.${c}`).join(', '))} from (${archiveFactsSql(sql`select distinct account_id as id from marked`)}) f
    on conflict (account_id) do update set ${set}`);
}

/**
 * A select of every open account of the filters with, per section, `<section>_score` and `<section>_stale`
 * (on `asOf`, from the stored day it last changed and the account's class), and `overall_score`; read from
 * archive_scores, which the caller has refreshed.
 */
export function archiveScoresSql(ctx: DashboardContext): SQL {
  const d = defaultFreshnessRules;
  const rule = (c: 'A' | 'B' | 'C') => sql`coalesce((select (s.value ->> ${c})::int from settings s where s.key = ${freshnessSettingKey}), ${d[c]}::int)`;
  const perSection = sql.join(
    storedSections.map((x) => sql.raw(`sc.${x}_score, (sc.${x}_on is null or sc.${x}_on < `).append(sql`${ctx.asOf}::date - fr.max_age) as ${sql.raw(`${x}_stale`)}`)),
    sql`, `,
  );
  return sql`
    with acc as (${ctx.accounts}), rules as (select ${rule('A')} as a, ${rule('B')} as b, ${rule('C')} as c)
    select sc.account_id, ${perSection}, sc.overall_score
    from acc join archive_scores sc on sc.account_id = acc.id
    left join account_classes acl on acl.account_id = acc.id
    cross join rules
    cross join lateral (select case coalesce(acl.value_class, case when acc.kind = 'distributor' then 'B' else 'C' end)
      when 'A' then rules.a when 'B' then rules.b else rules.c end as max_age) fr
    where acc.status <> 'closed'`;
}
