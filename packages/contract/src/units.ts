import { z } from 'zod';
import { pageQuery } from './common';

/** Levels of controllable units (R1.1). */
export const unitLevels = ['province', 'prefecture', 'county', 'custom'] as const;

/** A controllable unit: an administrative area with a centroid and a reference to its boundary. */
export const unit = z.object({
  id: z.string(),
  name: z.string(),
  level: z.enum(unitLevels),
  parentId: z.string().nullable(),
  centroidLng: z.number(),
  centroidLat: z.number(),
  boundaryRef: z.string().nullable(),
});
export type Unit = z.infer<typeof unit>;

/** Unit list query: by level, parent or name. */
export const unitListQuery = pageQuery.extend({
  q: z.string().trim().max(100).optional(),
  level: z.enum(unitLevels).optional(),
  parentId: z.string().max(64).optional(),
  pageSize: z.coerce.number().int().min(1).max(1000).default(1000),
  sort: z.enum(['id', 'name']).default('id'),
});

/** A territory: a set of units owned by one rep (R2.2.1 fixed area). */
export const territory = z.object({
  id: z.uuid(),
  name: z.string(),
  ownerId: z.uuid().nullable(),
  ownerName: z.string().nullable(),
  unitIds: z.array(z.string()),
});
export type Territory = z.infer<typeof territory>;
