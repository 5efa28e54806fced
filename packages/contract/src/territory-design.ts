import { z } from 'zod';

/** A pair of neighbouring units (R1.1); `source` says whether computed from boundaries or added by HQ. */
export const unitAdjacencyPair = z.object({
  unitA: z.string(),
  unitB: z.string(),
  borderKm: z.number().nullable(),
  source: z.enum(['computed', 'manual']),
});
export type UnitAdjacencyPair = z.infer<typeof unitAdjacencyPair>;

/** Adjacency list query: the pairs touching one unit, or all pairs. */
export const unitAdjacencyQuery = z.object({ unitId: z.string().min(1).max(64).optional() });

/** Body of adding or removing a neighbour pair (HQ). */
export const unitAdjacencyChange = z.strictObject({ unitA: z.string().min(1).max(64), unitB: z.string().min(1).max(64) });

/** Body of a GeoJSON unit import (HQ): a FeatureCollection whose features carry `id`, `name` and optionally `parentId`. */
export const unitImportBody = z.strictObject({
  level: z.enum(['county', 'custom']),
  /** Default parent of every feature without its own `parentId`. */
  parentId: z.string().min(1).max(64).optional(),
  geojson: z.unknown(),
});
/** What an import did. */
export const unitImportResult = z.object({ imported: z.number().int(), adjacencyPairs: z.number().int() });

const byClass = z.object({ A: z.number(), B: z.number(), C: z.number() });

/** Workload of one unit per month (R1.2–R1.5). */
export const unitWorkloadRow = z.object({
  unitId: z.string(),
  name: z.string(),
  territoryId: z.uuid().nullable(),
  accounts: z.number().int(),
  byClass,
  visitsPerMonth: z.number(),
  visitHours: z.number(),
  travelHours: z.number(),
  hours: z.number(),
  effectiveVisits: z.number(),
  areaKm2: z.number(),
});
export type UnitWorkloadRow = z.infer<typeof unitWorkloadRow>;

// Hours on site per visit: at least 6 minutes, at most a working day.
const visitHours = z.number().min(0.1).max(12);
const hoursByClass = z.strictObject({ A: visitHours, B: visitHours, C: visitHours });

/** The workload model's parameters (see @qudao/domain WorkloadConfig); HQ edits them, managers read them. */
export const workloadConfig = z.strictObject({
  visitHours: z.strictObject({ distributor: hoursByClass, sub_dealer: hoursByClass, end_user: hoursByClass }),
  visitsPerDay: z.number().positive().max(20),
  tourK: z.number().positive().max(5),
  roadFactor: z.number().min(1).max(3),
  speedKmh: z.number().min(5).max(150),
  maxCommuteHoursPerDay: z.number().min(0).max(12),
  daysPerMonth: z.number().min(1).max(31),
  hoursPerDay: z.number().min(1).max(24),
  utilisation: z.number().gt(0).max(1),
});
export type WorkloadConfigBody = z.infer<typeof workloadConfig>;

/** A territory of the design scope with its owner and monthly workload. */
export const territoryWorkloadRow = z.object({
  territoryId: z.uuid(),
  name: z.string(),
  ownerId: z.uuid().nullable(),
  ownerName: z.string().nullable(),
  accounts: z.number().int(),
  visitsPerMonth: z.number(),
  visitHours: z.number(),
  travelHours: z.number(),
  hours: z.number(),
  effectiveVisits: z.number(),
  areaKm2: z.number(),
  utilisationPct: z.number(),
});
export type TerritoryWorkloadRow = z.infer<typeof territoryWorkloadRow>;

/** `GET /api/territory-design/workload`: units, territories, capacity and the model, for the caller's scope. */
export const workloadReport = z.object({
  units: z.array(unitWorkloadRow),
  territories: z.array(territoryWorkloadRow),
  capacityHours: z.number(),
  config: workloadConfig,
  /** Days back counted for effective visits (R1.5). */
  effectivePeriodDays: z.number().int(),
  adjacency: z.array(z.tuple([z.string(), z.string()])),
});
export type WorkloadReport = z.infer<typeof workloadReport>;

/** Sales-force sizing (R1). */
export const sizingReport = z.object({
  totalHours: z.number(),
  capacityHours: z.number(),
  repsNeeded: z.number().int(),
  currentReps: z.number().int(),
  curve: z.array(z.object({ reps: z.number().int(), highestUtilisationPct: z.number(), meanUtilisationPct: z.number(), travelHours: z.number() })),
});
export type SizingReport = z.infer<typeof sizingReport>;
export const sizingQuery = z.object({ tolerancePct: z.coerce.number().min(1).max(50).default(5) });

/** Balance measures a design may use. */
export const designMeasures = ['hours', 'accounts', 'potential'] as const;

/** Body of `POST /api/territory-design/jobs` (a design request). */
export const designRequest = z.strictObject({
  k: z.number().int().min(1).max(200),
  measures: z.array(z.enum(designMeasures)).min(1).max(3).default(['hours']),
  tolerancePct: z.number().min(1).max(50).default(5),
  /** Units kept in their current territory. */
  lockedUnitIds: z.array(z.string().min(1).max(64)).max(2000).default([]),
  /** Re-align: move at most this many units from the current design (absent: design from scratch). */
  maxMoved: z.number().int().min(0).max(5000).optional(),
  timeLimitS: z.number().min(0.5).max(30).default(8),
  seed: z.number().int().min(0).max(1_000_000).default(1),
});
export type DesignRequest = z.input<typeof designRequest>;

/** Balance and travel of one design. */
export const designSummary = z.object({
  /** (max − min) ÷ mean of territory hours, percent. */
  spreadPct: z.number(),
  maxDeviationPct: z.number(),
  travelHours: z.number(),
  contiguous: z.boolean(),
  compactness: z.number(),
});

/** An account whose rep a design would change. */
export const repChange = z.object({
  accountId: z.uuid(),
  accountName: z.string(),
  unitId: z.string(),
  fromRep: z.string().nullable(),
  toRep: z.string().nullable(),
});

/** One unit's place in a design. */
export const designAssignment = z.object({ unitId: z.string(), territoryId: z.uuid() });

/** Result of a design run: the assignment, before/after and who changes rep. */
export const designResult = z.object({
  assignment: z.array(designAssignment),
  feasible: z.boolean(),
  reasons: z.array(z.string()),
  unitsMoved: z.number().int(),
  seconds: z.number(),
  before: designSummary,
  after: designSummary,
  changes: z.array(repChange),
});
export type DesignResult = z.infer<typeof designResult>;

/** Body of `POST /api/territory-design/apply`: the units whose territory changes (others stay). */
export const applyDesignBody = z.strictObject({ assignment: z.array(z.strictObject({ unitId: z.string().min(1).max(64), territoryId: z.uuid() })).min(1).max(5000) });

/** What to hand over for an account that changes rep. */
export const handoverRow = z.object({
  accountId: z.uuid(),
  accountName: z.string(),
  fromRep: z.string().nullable(),
  toRep: z.string().nullable(),
  lastVisitOn: z.string().nullable(),
  openPromises: z.number().int(),
  openTickets: z.number().int(),
  lastSaleOn: z.string().nullable(),
  primaryContact: z.string().nullable(),
});
export type HandoverRow = z.infer<typeof handoverRow>;
export const applyDesignResult = z.object({ unitsMoved: z.number().int(), handover: z.array(handoverRow) });
export type ApplyDesignResult = z.infer<typeof applyDesignResult>;

/** `POST /api/territory-design/jobs` answer: the design runs on the solver's worker pool. */
export const designJobStarted = z.object({ jobId: z.uuid() });

/** Search progress of a design job: seconds so far, iterations of the current start, largest deviation of the best design. */
export const designProgress = z.object({ elapsedS: z.number(), iteration: z.number().int(), bestMaxDeviationPct: z.number() });
export type DesignProgress = z.infer<typeof designProgress>;

/** States of a design job; `cancelled` still carries the best design found before the stop. */
export const designJobStates = ['queued', 'running', 'done', 'cancelled', 'failed'] as const;

/** One server-sent event of `GET /api/territory-design/jobs/:id/events` (event name = state, `progress` while running). */
export const designJobEvent = z.object({
  state: z.enum(designJobStates),
  progress: designProgress.nullable(),
  result: designResult.nullable(),
  error: z.string().nullable(),
});
export type DesignJobEvent = z.infer<typeof designJobEvent>;
