import { sql, type SQL } from 'drizzle-orm';
import { archiveSections, type ArchiveSectionId } from '@qudao/domain';
import { archiveStaleSql } from '../archive/stale-sql';
import type { DashboardContext } from './filters';

// The archive's completeness (R5.5) of many accounts at once, in SQL. The weights, the fields that apply
// per kind and the export-only rule come from the domain's section table (archiveSections); only the
// place each field is stored is said here, the same mapping archive/assess.ts feeds the domain with. The
// dashboards test checks the result against the account pages, which judge through the domain.
// Loading every archive into the domain took ~0.3 ms per account, ten times too slow for HQ at ×10.

const filled = (col: string) => sql.raw(`(coalesce(btrim(${col}), '') <> '')`);
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
  'competitors.competitorRelations': sql.raw(`(case when p.competitor_relations is not null then btrim(p.competitor_relations) <> '' else coalesce(cm.relations, false) end)`),
  'competitors.competitorPrices': sql.raw('coalesce(cm.priced, false)'),
  'competitors.orderFlow': sql.raw(`(case when p.order_flow is not null then btrim(p.order_flow) <> '' else oo.has end)`),
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

// Weighted share of the applicable fields filled, as a numeric in [0, 1].
function fractionSql(id: ArchiveSectionId): SQL {
  if (id === 'contacts') return sql`coalesce(cs.fraction, 0)`;
  const fields = sectionOf(id).fields;
  const applies = (f: (typeof fields)[number]) => {
    const kinds = f.kinds ? sql`a.kind in (${sql.join(f.kinds.map((k) => sql`${k}`), sql`, `)})` : sql`true`;
    return f.exportOnly ? sql`(${kinds} and coalesce(p.export_oriented, false))` : kinds;
  };
  const total = sql.join(fields.map((f) => sql`(case when ${applies(f)} then ${f.weight}::numeric else 0 end)`), sql` + `);
  const got = sql.join(fields.map((f) => sql`(case when ${applies(f)} and ${fieldSql[`${id}.${f.id}`]!} then ${f.weight}::numeric else 0 end)`), sql` + `);
  return sql`(${got}) / nullif(${total}, 0)`;
}

const contactFraction = (() => {
  const fields = sectionOf('contacts').fields;
  const total = fields.reduce((s, f) => s + f.weight, 0);
  return sql`(${sql.join(fields.map((f) => sql`(case when ${contactFieldSql[f.id]!} then ${f.weight}::numeric else 0 end)`), sql` + `)}) / ${total}::numeric`;
})();

/** The archive sections in the domain's order. */
export const archiveSectionKeys = archiveSections.map((s) => s.id);

/**
 * A select of every open account of the filters with, per section, `<section>_score` (whole percent, the
 * domain's rounding) and `<section>_stale` (archive/stale-sql's rule on `asOf`), and `overall_score`.
 */
export function archiveScoresSql(ctx: DashboardContext): SQL {
  const weightSum = archiveSections.reduce((s, d) => s + d.weight, 0);
  const weighted = sql.join(archiveSections.map((d) => sql`${d.weight}::numeric * coalesce(${fractionSql(d.id)}, 1)`), sql` + `);
  const perSection = sql.join(
    archiveSections.map((d) => sql`round(coalesce(${fractionSql(d.id)}, 1) * 100) as ${sql.raw(`${d.id}_score`)}, ${archiveStaleSql(d.id, ctx.asOf)} as ${sql.raw(`${d.id}_stale`)}`),
    sql`, `,
  );
  return sql`
    with acc as (${ctx.accounts}), o as (select id from acc where acc.status <> 'closed'),
    cs as (
      select x.account_id, coalesce(avg(x.f) filter (where x.is_key), avg(x.f)) as fraction
      from (select c.account_id, coalesce(cp.is_key, false) as is_key, ${contactFraction} as f from contacts c left join contact_profiles cp on cp.contact_id = c.id
        where c.account_id in (select id from o)) x group by 1),
    cm as (
      select ac.account_id, count(*) as brands, bool_or(coalesce(ac.relation, '') <> '') as relations,
        bool_or(coalesce(ac.models, '') <> '' or coalesce(ac.price_note, '') <> '') as priced
      from account_competitors ac where ac.account_id in (select id from o) group by 1)
    select accounts.id as account_id, ${perSection}, round((${weighted}) / ${weightSum}::numeric * 100) as overall_score
    from accounts join o on o.id = accounts.id
    cross join lateral (select accounts.kind, accounts.name, accounts.address, accounts.phone, accounts.lng, accounts.lat) a
    left join account_profiles p on p.account_id = accounts.id
    left join unit_profiles up on up.unit_id = accounts.unit_id
    left join cs on cs.account_id = accounts.id
    left join cm on cm.account_id = accounts.id
    cross join lateral (select exists (select 1 from order_outcomes oc where oc.account_id = accounts.id) as has) oo`;
}
