import { sql, type SQL } from 'drizzle-orm';
import { archiveScoresSql, archiveSectionKeys, refreshArchiveScores } from './archive-sql';
import { drillRows, rows, seriesOf, type DashboardDef } from './kinds';

// Archive completeness and staleness (R5.5, R5.7) of the open accounts of the filters on `asOf`.

const categories = ['overall', ...archiveSectionKeys] as const;

const scoreCol = (c: string) => sql.raw(`s.${c}_score`);
const staleCond = (c: string): SQL => (c === 'overall' ? sql.raw(`(${archiveSectionKeys.map((k) => `s.${k}_stale`).join(' or ')})`) : sql.raw(`s.${c}_stale`));

/**
 * Per section (and overall): the mean completeness in percent (one decimal), accounts with the section
 * stale (overall: any section stale) and accounts complete (score 100).
 */
export const archiveDashboard: DashboardDef = {
  series: ['avgCompletenessPct', 'staleAccounts', 'completeAccounts'],
  async compute(ctx) {
    await refreshArchiveScores(ctx.db);
    const cols = categories.map((c) => sql`round(avg(${scoreCol(c)}), 1) as ${sql.raw(`${c}_avg`)}, count(*) filter (where ${staleCond(c)}) as ${sql.raw(`${c}_stale_n`)},
      count(*) filter (where ${scoreCol(c)} = 100) as ${sql.raw(`${c}_complete_n`)}`);
    const [r] = await rows<Record<string, string | null>>(ctx, sql`with s as (${archiveScoresSql(ctx)}) select ${sql.join(cols, sql`, `)} from s`);
    const num = (v: string | null | undefined) => (v === null || v === undefined ? null : Number(v));
    return {
      categories: categories.map((key) => ({ key })),
      series: seriesOf(categories, this.series, (c, key) =>
        num(r?.[key === 'avgCompletenessPct' ? `${c}_avg` : key === 'staleAccounts' ? `${c}_stale_n` : `${c}_complete_n`]),
      ),
    };
  },
  async drill(ctx, c, series) {
    if (!(categories as readonly string[]).includes(c)) return [];
    await refreshArchiveScores(ctx.db);
    const cond = series === 'staleAccounts' ? staleCond(c) : series === 'completeAccounts' ? sql`${scoreCol(c)} = 100` : sql`true`;
    // Least complete first: those are the archives to work on.
    return drillRows(await rows(ctx, sql`with s as (${archiveScoresSql(ctx)}) select s.account_id, ${scoreCol(c)} as value from s where ${cond}`), true);
  },
};
