import type { Db } from '../src/db/connect';
import { accountCompetitors, contactProfiles, leads, orderOutcomes } from '../src/db/schema-archive';

/**
 * Archive records for the visibility world (issue 4): per account a contact profile, a competitor and an
 * order outcome, and per rep a lead in their unit; out-of-scope ones carry the marker in their text.
 */
export async function buildArchiveWorld(
  db: Db,
  accounts: { id: string; name: string }[],
  contacts: Record<string, { id: string }>,
  reps: { id: string; unitId: string; name: string }[],
  marker: string,
) {
  const competitors: Record<string, { id: string; brand: string }> = {};
  const outcomes: Record<string, { id: string }> = {};
  for (const a of accounts) {
    const mark = a.name.includes(marker) ? marker : '';
    await db.insert(contactProfiles).values({ contactId: contacts[a.id]!.id, hobbies: `爱好${mark}${a.name.slice(-2)}`, isKey: true });
    const [c] = await db.insert(accountCompetitors).values({ accountId: a.id, brand: `品牌${mark}${a.name.slice(-2)}`, models: 'CK6150' }).returning();
    competitors[a.id] = c!;
    const [o] = await db.insert(orderOutcomes).values({ accountId: a.id, date: '2026-10-01', outcome: 'lost', competitorBrand: `品牌${mark}${a.name.slice(-2)}` }).returning();
    outcomes[a.id] = o!;
  }
  const leadsByRep: Record<string, { id: string; name: string }> = {};
  for (const r of reps) {
    const [l] = await db.insert(leads).values({ name: r.name, kind: 'end_user', unitId: r.unitId, source: 'visit', ownerId: r.id }).returning();
    leadsByRep[r.id] = l!;
  }
  return { competitors, outcomes, leads: leadsByRep };
}
