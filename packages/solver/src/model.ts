/**
 * Routing problem model: index-based, plain data, no I/O. Times are seconds and distances metres in
 * production (integers); benchmark readers may pass exact doubles so that published objectives are
 * reproduced. All matrices are row-major `locationCount × locationCount`, asymmetric allowed.
 */

/** A closed interval `[startS, endS]` of allowed service-start times, in seconds. */
export interface TimeWindow {
  startS: number;
  endS: number;
}

/** Weekday index: 0 = Monday … 6 = Sunday. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** Visit frequency for periodic problems, given either as explicit day patterns or as a gap rule. */
export type VisitFrequency =
  | {
      /** Allowed visit-day patterns: each is a sorted list of horizon day indices (may be empty = never visited). */
      patterns: number[][];
    }
  | {
      /** Number of visits in the horizon. */
      visits: number;
      /** Minimum number of days between two consecutive visits (≥ 1). */
      minGapDays: number;
      /** Maximum number of days between two consecutive visits. */
      maxGapDays: number;
    };

/** A customer (stop) to be served. */
export interface Customer {
  /** Location index into the matrices. */
  location: number;
  /** Time spent on site per visit, seconds. */
  serviceS: number;
  /** Load used per visit (same unit as vehicle capacity); 0 when absent. */
  demand?: number;
  /**
   * Allowed service-start windows (several allowed, any order, non-overlapping not required);
   * absent = always open. For periodic problems these apply on every day unless `weekdayTimeWindows` is set.
   */
  timeWindows?: TimeWindow[];
  /** Periodic problems: windows per weekday (index 0 = Monday); an empty list = closed that weekday. */
  weekdayTimeWindows?: TimeWindow[][];
  /** Periodic problems: how often and on which days the customer is visited. Required when `periodic` is set. */
  frequency?: VisitFrequency;
  /**
   * Periodic problems: weight of leaving this customer unserved (default 1). Served weight is maximised
   * before cost, so a customer of weight 1000 is never dropped to serve cheaper customers of weight 1.
   */
  priority?: number;
  /** Periodic problems: preferred weekday; each visit on another weekday adds `periodic.offWeekdayPenalty`. */
  preferredWeekday?: Weekday;
}

/** A vehicle / sales rep. In periodic problems every vehicle is available on every working day. */
export interface Vehicle {
  /** Location index where each day's route starts. */
  startLocation: number;
  /** Location index where each day's route ends. */
  endLocation: number;
  /** The route leaves the start no earlier than `startS` and reaches the end no later than `endS`. */
  shift: TimeWindow;
  /** Maximum working time per route (end − departure, includes travel, service and waiting), seconds. */
  maxWorkS?: number;
  /** Maximum total demand per route; absent = unlimited. */
  capacity?: number;
}

/** Periodic (multi-day) extension. */
export interface PeriodicSpec {
  /** Number of days in the planning horizon (day indices 0 … horizonDays−1). */
  horizonDays: number;
  /** Working-day calendar, one flag per horizon day; no routes on non-working days. */
  workingDays: boolean[];
  /** Weekday of day 0. */
  firstWeekday: Weekday;
  /** Objective penalty per visit that is not on the customer's preferred weekday (objective units). */
  offWeekdayPenalty?: number;
  /**
   * Per horizon day, where every vehicle starts and ends its route that day instead of its own start and
   * end (null or absent = the vehicle's). Models overnight trips: leave home, sleep at a hotel, come back.
   */
  dayDepots?: (DayDepot | null)[];
}

/** Start and end location of the routes of one periodic day. */
export interface DayDepot {
  startLocation: number;
  endLocation: number;
}

/** Objective weights: cost of a leg = distanceWeight × distanceM + durationWeight × durationS. */
export interface ObjectiveWeights {
  distanceWeight: number;
  durationWeight: number;
}

/** A complete routing problem. */
export interface RoutingProblem {
  /** Number of locations; matrices hold locationCount² entries. */
  locationCount: number;
  /** Travel time from i to j at index i × locationCount + j, seconds. */
  durationS: ArrayLike<number>;
  /** Travel distance from i to j at index i × locationCount + j, metres. */
  distanceM: ArrayLike<number>;
  customers: Customer[];
  vehicles: Vehicle[];
  /** Present for periodic (multi-day) problems. */
  periodic?: PeriodicSpec;
  /** Defaults to pure distance: `{ distanceWeight: 1, durationWeight: 0 }`. */
  objective?: ObjectiveWeights;
}

/** One route as customer indices in visit order (no depots). `day` is 0 for single-day problems. */
export interface RouteInput {
  day: number;
  vehicle: number;
  customers: number[];
}

/** A timed stop of a planned route. */
export interface PlannedStop {
  customer: number;
  /** Arrival at the location, seconds. */
  arrivalS: number;
  /** Service start (≥ arrival; the difference is waiting), seconds. */
  startS: number;
  /** Service end = departure, seconds. */
  departureS: number;
}

/** A planned route with its schedule and cost parts. */
export interface PlannedRoute extends RouteInput {
  /** Departure from the start location, seconds. */
  departureS: number;
  /** Arrival at the end location, seconds. */
  arrivalS: number;
  stops: PlannedStop[];
  distanceM: number;
  travelS: number;
  waitingS: number;
  load: number;
}

/** Why a customer is not served. */
export type UnassignedReason =
  | 'NO_FEASIBLE_POSITION'
  | 'NO_FEASIBLE_PATTERN'
  | 'NOT_ATTEMPTED';

/** Total cost parts of a solution. */
export interface SolutionCost {
  /** Sum of travel times, seconds. */
  travelS: number;
  /** Sum of travel distances, metres. */
  distanceM: number;
  /** Sum of waiting before service, seconds. */
  waitingS: number;
  /** Value minimised by the solver (weighted legs + preference penalties), excluding unassigned. */
  objective: number;
}

/** Solver output. Infeasibility is reported here, never thrown. */
export interface Solution {
  routes: PlannedRoute[];
  unassigned: { customer: number; reason: UnassignedReason }[];
  cost: SolutionCost;
  /** True when every customer is served and the independent checker finds no violation. */
  feasible: boolean;
  /** Periodic problems: chosen visit days per customer. */
  visitDays?: number[][];
}

/** Progress event streamed during a solve. */
export interface SolveProgress {
  elapsedMs: number;
  iteration: number;
  bestObjective: number;
  unassigned: number;
}

/** Options common to every solver. */
export interface SolveOptions {
  /** Seed of the deterministic PRNG: same seed and problem → same result (given the same iteration count). */
  seed?: number;
  /** Wall-clock budget in milliseconds. */
  timeLimitMs?: number;
  /** Optional hard cap on metaheuristic iterations (makes runs reproducible independent of speed). */
  maxIterations?: number;
  onProgress?: (p: SolveProgress) => void;
  /** Cancellation: an AbortSignal or anything with an `aborted` flag (the worker uses shared memory). */
  signal?: { readonly aborted: boolean };
}
