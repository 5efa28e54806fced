import { z } from 'zod';
import { roles } from './auth';
import { locales } from './errors';
import { pageQuery, text, timestamp } from './common';

/** A user as HQ sees it in the user admin. */
export const user = z.object({
  id: z.uuid(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(roles),
  managerId: z.uuid().nullable(),
  locale: z.enum(locales).nullable(),
  active: z.boolean(),
  createdAt: timestamp,
});
export type User = z.infer<typeof user>;

/** New user; a rep may name their manager (a user with role `manager`). */
export const userCreate = z.strictObject({
  username: z.string().trim().min(2).max(64).regex(/^[a-zA-Z0-9_.-]+$/, 'letters, digits, _ . -'),
  displayName: text(100),
  password: z.string().min(6).max(256),
  role: z.enum(roles),
  managerId: z.uuid().nullable().optional(),
});
export type UserCreate = z.infer<typeof userCreate>;

/** Change of a user; a new password replaces the old one. */
export const userPatch = z.strictObject({
  displayName: text(100).optional(),
  password: z.string().min(6).max(256).optional(),
  role: z.enum(roles).optional(),
  managerId: z.uuid().nullable().optional(),
  active: z.boolean().optional(),
});
export type UserPatch = z.infer<typeof userPatch>;

/** User list query. */
export const userListQuery = pageQuery.extend({
  q: z.string().trim().max(100).optional(),
  role: z.enum(roles).optional(),
  sort: z.enum(['username', 'displayName', 'role', 'createdAt']).default('username'),
});
