/**
 * Districting (territory design) model. Everything is index-based: unit i is `units[i]`,
 * district d is an integer in [0, k). Coordinates are planar metres (use
 * `projectLngLatToLocalM` to obtain them from WGS84 longitude/latitude).
 */

/** One basic unit (postcode area, county, census tract…) to be assigned to exactly one district. */
export interface DistrictingUnit {
  /** Workload per measure (e.g. hours, population, accounts); same length and order for every unit; finite, ≥ 0. */
  measures: number[];
  /** Centroid easting in metres on a local plane. */
  xM: number;
  /** Centroid northing in metres on a local plane. */
  yM: number;
  /** Area in square metres (> 0). When every unit has one, compactness is area-weighted. */
  areaM2?: number;
  /** Boundary length of the unit in metres (> 0); with `areaM2` and edge `borderM` it enables Polsby–Popper. */
  perimeterM?: number;
}

/** Undirected adjacency between two units (order irrelevant, duplicates merged). */
export interface AdjacencyEdge {
  /** First unit index. */
  a: number;
  /** Second unit index (≠ a). */
  b: number;
  /** Length of the shared border in metres (≥ 0), if known. */
  borderM?: number;
}

/** A unit that must end in a given district. */
export interface LockedUnit {
  /** Unit index. */
  unit: number;
  /** District index in [0, k). */
  district: number;
}

/** Re-alignment: start from an existing design and change at most `maxMoved` units. */
export interface DistrictingStart {
  /** Current district of every unit (length = units.length, values in [0, k)). */
  assignment: number[];
  /** Maximum number of units whose district may differ from `assignment` in the result (integer ≥ 0). */
  maxMoved: number;
}

/** A districting problem: partition the units into k contiguous, balanced, compact districts. */
export interface DistrictingProblem {
  /** The units; at least one. */
  units: DistrictingUnit[];
  /** Optional names of the measures (for messages), same length as each unit's `measures`. */
  measureNames?: string[];
  /** Adjacency graph; contiguity is judged on it. */
  adjacency: AdjacencyEdge[];
  /** Number of districts (integer, 1 ≤ k ≤ units.length). */
  k: number;
  /** Allowed relative deviation from the mean per measure (fraction, e.g. 0.05 = ±5 %). Default 0.05 each. */
  tolerances?: number[];
  /** Units that must end in a given district. */
  locked?: LockedUnit[];
  /** Home unit per district (index d → unit index, or null for "free"); such a unit is locked to d. */
  seeds?: (number | null)[];
  /** Existing design to re-align, with a limit on units moved. */
  start?: DistrictingStart;
}

/** Progress report emitted during a solve. */
export interface DistrictingProgress {
  /** Iterated-local-search iterations done so far. */
  iteration: number;
  /** Seconds since the solve started. */
  elapsedS: number;
  /** Largest |deviation| from the mean over districts and measures of the best design, in percent. */
  bestMaxDeviationPct: number;
  /** Total balance excess beyond tolerance of the best design (sum of fractions of the mean; 0 = balanced). */
  bestViolation: number;
}

/** Solver options. */
export interface DistrictingOptions {
  /** Random seed (integer). Same seed and same stop (not the time limit) → same result. Default 1. */
  seed?: number;
  /** Wall-clock limit in seconds. Default 10. */
  timeLimitS?: number;
  /** Maximum iterated-local-search iterations (deterministic stop). Default 2,000. */
  maxIterations?: number;
  /** Stop after this many iterations without improving the best design. Default 300. */
  maxNoImprove?: number;
  /** Weight of shared-border cut length against moment of inertia in the compactness objective. Default 1 when borders are given, else 0. */
  borderWeight?: number;
  /** Weight of the mean 1/Polsby–Popper of the districts in the compactness objective. Default 1 when areas, perimeters and borders are given, else 0. */
  polsbyWeight?: number;
  /** Share of perturbations that dissolve and regrow two neighbouring districts (the rest shift a border). Default 0.1. */
  regrowRate?: number;
  /** Share of perturbations, while the best design is unbalanced, that merge 2–4 neighbouring districts and cut them again along a random spanning tree into balanced pieces (`recombine`). Default 0.3. */
  recombineRate?: number;
  /** Record-to-record acceptance: a design up to this fraction less compact than the best may become the base. Default 0.005. */
  acceptWorse?: number;
  /** Clock in milliseconds for the time limit and `elapsedS` (default `performance.now`, wall time); a CPU-time clock makes the limit independent of machine load. */
  clockMs?: () => number;
  /** Called at most every ~100 ms with the state of the search. */
  onProgress?: (progress: DistrictingProgress) => void;
  /** Aborting returns the best design found so far (stoppedBy = 'aborted'). */
  signal?: AbortSignal;
}

/** Why a design is not feasible. */
export type DistrictingReasonCode =
  | 'DISTRICTING.OUT_OF_TOLERANCE'
  | 'DISTRICTING.NOT_CONTIGUOUS'
  | 'DISTRICTING.EMPTY_DISTRICT'
  | 'DISTRICTING.LOCK_VIOLATED'
  | 'DISTRICTING.TOO_MANY_MOVED';

/** One reason for infeasibility. */
export interface DistrictingReason {
  /** Namespaced code. */
  code: DistrictingReasonCode;
  /** English explanation with figures. */
  message: string;
  /** District concerned, when there is one. */
  district?: number;
  /** Measure index concerned, when there is one. */
  measure?: number;
}

/** Which compactness measure was reported. */
export type CompactnessMeasure = 'polsby-popper' | 'moment-of-inertia';

/** Summary of one district. */
export interface DistrictSummary {
  /** Number of units in the district. */
  unitCount: number;
  /** Sum of each measure over the district's units. */
  totals: number[];
  /** (total − mean) / mean × 100 per measure, in percent (0 when the mean is 0). */
  deviationPct: number[];
  /** True when the district's units induce a connected subgraph (and it is non-empty). */
  contiguous: boolean;
  /** Compactness in (0, 1], 1 = disc; see `DistrictingCompactness.measure`. */
  compactness: number;
}

/** Compactness of a design. */
export interface DistrictingCompactness {
  /**
   * 'polsby-popper' = 4πA/P² of each district's union (A = sum of unit areas, P = sum of unit perimeters
   * minus twice the internal shared borders), used when all areas, perimeters and border lengths are given.
   * 'moment-of-inertia' = A²/(2π·I), I = Σ area·(squared distance of unit centroid to district centroid);
   * without areas every unit counts as (bounding-box area / n). Both equal 1 for a disc.
   */
  measure: CompactnessMeasure;
  /** Mean over districts. */
  mean: number;
  /** Worst district. */
  min: number;
}

/** How a solve ended. */
export type DistrictingStop = 'converged' | 'iterations' | 'time' | 'aborted';

/** Result of a solve. Always a complete partition: every unit in exactly one district in [0, k). */
export interface DistrictingResult {
  /** District of each unit. */
  assignment: number[];
  /** Per-district summaries, index = district. */
  districts: DistrictSummary[];
  /** Largest |deviationPct| over all districts and measures. */
  maxDeviationPct: number;
  /** Compactness summary. */
  compactness: DistrictingCompactness;
  /** Units whose district differs from `problem.start.assignment` (0 without a start). */
  unitsMoved: number;
  /** All districts non-empty, contiguous, within tolerance, locks kept and moves within the limit. */
  feasible: boolean;
  /** Why not feasible (empty when feasible). */
  reasons: DistrictingReason[];
  /** Iterated-local-search iterations done. */
  iterations: number;
  /** Wall-clock seconds used. */
  elapsedS: number;
  /** What ended the search. */
  stoppedBy: DistrictingStop;
}
