import { sql, type SQL } from 'drizzle-orm';
import { accounts } from '../../db/schema';

/**
 * Account-list filters by current value class and current distributor tier (issue 4 item 9), as
 * conditions on the `accounts` row; the list's own scope condition still applies.
 */
export function classTierConditions(q: { valueClass?: 'A' | 'B' | 'C'; tier?: 'A' | 'B' | 'C' | 'needs_review' }): SQL[] {
  const conds: SQL[] = [];
  if (q.valueClass) conds.push(sql`exists (select 1 from account_classes ac where ac.account_id = ${accounts.id} and ac.value_class = ${q.valueClass})`);
  if (q.tier) {
    conds.push(sql`(select ta.tier from tier_assessments ta where ta.account_id = ${accounts.id} order by ta.effective_on desc, ta.created_at desc limit 1) = ${q.tier}`);
  }
  return conds;
}
