import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/connect';
import { openTestDatabase } from '../../test/db';
import { getArchive } from '../modules/archive/repo';
import { findLeadDuplicates } from '../modules/leads/repo';
import { loadDemo } from './load';

describe('demo archive (issue 4)', () => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase();
    await loadDemo(database.db, { seed: 1, password: 'secret1', referenceDate: '2026-11-20' });
  });
  afterAll(async () => database.close());

  const rows = async <T>(q: string) => ((await database.db.execute(sql.raw(q))) as unknown as { rows: T[] }).rows;
  const hq = { userId: '00000000-0000-4000-8000-000000000001', role: 'hq' as const, repIds: 'all' as const };

  it('fills the archive realistically but not completely: completeness varies and some sections are stale', async () => {
    const ids = await rows<{ id: string }>('select id from accounts order by id limit 60');
    const archives = await Promise.all(ids.map((a) => getArchive(database.db, hq, a.id, '2026-11-20')));
    const overall = archives.map((a) => a!.overallPercent);
    expect(Math.min(...overall)).toBeLessThan(50);
    expect(Math.max(...overall)).toBeGreaterThan(75);
    expect(archives.filter((a) => a!.staleSections > 0).length).toBeGreaterThan(5);
    expect(archives.filter((a) => a!.staleSections < 6).length).toBeGreaterThan(5);
  });

  it('has leads of rep01, one a near duplicate of an account, and targets for the last and next months', async () => {
    const leads = await rows<{ name: string; phone: string | null; address: string | null; id: string }>("select l.id, l.name, l.phone, l.address from leads l join users u on u.id = l.owner_id where u.username = 'rep01' order by l.created_at, l.name");
    expect(leads.length).toBeGreaterThanOrEqual(3);
    const withDup = await Promise.all(leads.map((l) => findLeadDuplicates(database.db, hq, l, l.id)));
    // One lead is the new site of an existing account (same phone and address, similar name); the others are new.
    expect(withDup.filter((d) => d.duplicates.some((x) => x.kind === 'account' && x.score >= 0.9)).length).toBe(1);
    const months = await rows<{ month: string }>('select distinct month from sales_targets order by month');
    expect(months.map((m) => m.month)).toEqual(expect.arrayContaining(['2026-10', '2026-11', '2026-12']));
  });
});
