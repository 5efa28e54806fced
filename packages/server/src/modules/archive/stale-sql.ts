import { sql, type SQL } from 'drizzle-orm';
import type { ArchiveSectionKey } from '@qudao/contract';
import { defaultFreshnessRules } from '@qudao/domain';
import { accounts } from '../../db/schema';

/** Settings key of the freshness rules per value class (days). */
export const freshnessSettingKey = 'archive.freshnessRules';

/** Today's business date `YYYY-MM-DD` in the company time zone. */
export function businessDate(now: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

// The day each section of the account in `accounts` was last updated, as SQL (same rules as assess.ts).
function lastUpdatedSql(section: ArchiveSectionKey): SQL {
  const meta = (s: string) => sql`(select m.updated_on from archive_section_meta m where m.account_id = ${accounts.id} and m.section = ${s})`;
  switch (section) {
    case 'basic':
      return sql`greatest(${meta('basic')}, (${accounts.updatedAt})::date)`;
    case 'contacts':
      return sql`greatest(${meta('contacts')}, (select max(greatest(c.updated_at, cp.updated_at))::date from contacts c left join contact_profiles cp on cp.contact_id = c.id where c.account_id = ${accounts.id}))`;
    case 'region':
      return sql`(select up.updated_on from unit_profiles up where up.unit_id = ${accounts.unitId})`;
    default:
      return meta(section);
  }
}

/**
 * Condition true when the given archive section of the account in `accounts` is stale on `today`:
 * never updated, or older than the freshness limit of the account's value class (settings row, else
 * the domain defaults; accounts without a class count as their kind's provisional class).
 */
export function archiveStaleSql(section: ArchiveSectionKey, today: string): SQL {
  const cls = sql`coalesce((select ac.value_class from account_classes ac where ac.account_id = ${accounts.id}), case when ${accounts.kind} = 'distributor' then 'B' else 'C' end)`;
  const d = defaultFreshnessRules;
  const maxAge = sql`coalesce((select (s.value ->> ${cls})::int from settings s where s.key = ${freshnessSettingKey}), case ${cls} when 'A' then ${d.A}::int when 'B' then ${d.B}::int else ${d.C}::int end)`;
  const last = lastUpdatedSql(section);
  return sql`(${last} is null or ${last} < ${today}::date - ${maxAge})`;
}
