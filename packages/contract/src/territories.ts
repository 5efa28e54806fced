import { z } from 'zod';
import { pageQuery } from './common';

/** Territory list query: search by name, filter by owner, sorted by name. Only visible territories are listed. */
export const territoryListQuery = pageQuery.extend({
  q: z.string().trim().max(100).optional(),
  ownerId: z.uuid().optional(),
  pageSize: z.coerce.number().int().min(1).max(200).default(200),
  sort: z.enum(['name']).default('name'),
});
export type TerritoryListQuery = z.infer<typeof territoryListQuery>;

/** Body of `POST /api/territories`: a new territory, owned by a rep of the caller's team (HQ may leave it unowned). */
export const territoryCreate = z.strictObject({
  name: z.string().trim().min(1).max(60),
  ownerId: z.uuid().nullable().default(null),
});
export type TerritoryCreate = z.input<typeof territoryCreate>;

/** Body of `PATCH /api/territories/:id`: rename and/or assign another rep (their accounts change rep). */
export const territoryPatch = z
  .strictObject({ name: z.string().trim().min(1).max(60).optional(), ownerId: z.uuid().nullable().optional() })
  .refine((b) => b.name !== undefined || b.ownerId !== undefined, { message: 'name or ownerId is required' });
export type TerritoryPatch = z.infer<typeof territoryPatch>;
