import { z } from 'zod';
import { locales } from './errors';

/** Roles: HQ sees all, a manager their reps' territories, a rep their own territories. */
export const roles = ['hq', 'manager', 'rep'] as const;
/** A user role. */
export type Role = (typeof roles)[number];

/** Login body: user name and password (never logged, never returned). */
export const loginBody = z.strictObject({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(256),
});

/** The signed-in user as the client sees it. */
export const me = z.object({
  id: z.uuid(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(roles),
  managerId: z.uuid().nullable(),
  locale: z.enum(locales).nullable(),
});
export type Me = z.infer<typeof me>;

/** Change of the user's own settings (language); `null` means "follow the browser". */
export const mePatch = z.strictObject({ locale: z.enum(locales).nullable() });

/**
 * Optional `Idempotency-Key` header of writes that may be retried (a phone on a bad network): a replay
 * with the same key by the same user answers the stored response instead of writing twice.
 */
export const idempotencyHeaders = z.object({
  'idempotency-key': z.string().trim().min(1).max(200).optional(),
});
