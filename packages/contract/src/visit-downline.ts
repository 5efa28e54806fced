import { z } from 'zod';
import { localDate, timestamp } from './common';

// A distributor's record from its downline (issue 5 item 6, R3.4): service evaluations given at
// downline visits (kept in the distributor's archive) and orders taken there, booked as its own.

const score = z.number().nullable();

/** The downline record of a distributor. */
export const downlineRecord = z.object({
  summary: z.object({
    count: z.number().int(),
    averages: z.object({ responsiveness: score, technicalSkill: score, spareParts: score, attitude: score }),
    overall: score,
  }),
  evaluations: z.array(z.object({
    itemId: z.uuid(), visitId: z.uuid(), visitedOn: localDate, repName: z.string(),
    /** The downline account's name, or null when the caller may not see that account. */
    downlineName: z.string().nullable(),
    scores: z.object({ responsiveness: z.number(), technicalSkill: z.number(), spareParts: z.number(), attitude: z.number() }),
    comment: z.string().nullable(),
  })),
  orders: z.array(z.object({
    itemId: z.uuid(), visitId: z.uuid(), visitedOn: localDate, downlineName: z.string().nullable(), model: z.string(), quantity: z.number().int(), amountFen: z.number().nullable(), createdAt: timestamp,
  })),
});
export type DownlineRecord = z.infer<typeof downlineRecord>;
