import { z } from 'zod';
import { localDate } from './common';

// Overdue-promise notices (issue 5 item 7, R3.5): open promises past their due day alert the rep who
// owns them and the rep's manager.

/** One overdue promise with what a notice needs to name. */
export const overduePromise = z.object({
  id: z.uuid(),
  accountId: z.uuid(),
  accountName: z.string(),
  ownerId: z.uuid(),
  ownerName: z.string(),
  what: z.string(),
  toWhom: z.string(),
  dueOn: localDate,
  daysOverdue: z.number().int().min(1),
  visitId: z.uuid().nullable(),
});
export type OverduePromise = z.infer<typeof overduePromise>;

/** The caller's overdue promises (a manager's include their reps'), most overdue first. */
export const overduePromises = z.object({ date: localDate, items: z.array(overduePromise), total: z.number().int() });
export type OverduePromises = z.infer<typeof overduePromises>;
