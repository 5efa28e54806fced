import type { Db } from '../src/db/connect';
import { meetingAgendaItems, meetingInvitees, meetings } from '../src/db/schema-channel';

/**
 * A held meeting for the visibility walk (issue 8): distributors A1 and B1 invited, each with a confirmed
 * recognition, so meeting lists and an account's recognitions must hide B1's from rep A1 and manager A.
 */
export async function buildChannelWorld(db: Db, hqId: string, a: { distA1: string; distB1: string }) {
  const [m] = await db.insert(meetings).values({ title: '经销商年会', scope: 'national', heldOn: '2026-10-20', status: 'held', place: '沈阳', createdBy: hqId }).returning();
  await db.insert(meetingInvitees).values([{ meetingId: m!.id, accountId: a.distA1, attended: true }, { meetingId: m!.id, accountId: a.distB1, attended: true }]);
  const recognition = (accountId: string, title: string) => ({ meetingId: m!.id, kind: 'recognition' as const, accountId, title, board: 'sales_growth', confirmedAt: '2026-10-19T08:00:00Z', confirmedBy: hqId });
  const items = await db.insert(meetingAgendaItems).values([recognition(a.distA1, '增长之星A1'), recognition(a.distB1, '增长之星B1')]).returning({ id: meetingAgendaItems.id });
  return { meetingId: m!.id, recognitionIds: items.map((i) => i.id) };
}
