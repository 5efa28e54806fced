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
