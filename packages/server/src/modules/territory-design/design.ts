import { checkDistricting, measureCompactness, projectLngLatToLocalM, validateDistrictingProblem, type DistrictingProblem, type DistrictingResult } from '@qudao/solver';
import { sumTerritoryWorkload, type WorkloadConfig } from '@qudao/domain';
import type { DesignResult, UnitAdjacencyPair, UnitWorkloadRow } from '@qudao/contract';
import type { designRequest } from '@qudao/contract';
import type { z } from 'zod';
import type { Result } from '../../http/errors';
import type { ScopeData } from './scope-data';
import type { UnitShape } from './unit-shapes';

type Request = z.output<typeof designRequest>;

/** The districting problem of a scope: one unit per row, measures as requested, current territory per unit. */
export function buildProblem(data: ScopeData, rows: readonly UnitWorkloadRow[], shapes: ReadonlyMap<string, UnitShape>, adjacency: readonly UnitAdjacencyPair[], req: Request): DistrictingProblem {
  const index = new Map(rows.map((r, i) => [r.unitId, i]));
  const salesByUnit = new Map<string, number>();
  for (const a of data.accounts) salesByUnit.set(a.unitId, (salesByUnit.get(a.unitId) ?? 0) + a.salesFen / 1e6);
  const centres = projectLngLatToLocalM(data.units.map((u) => [u.centroidLng, u.centroidLat] as const));
  const withShapes = rows.every((r) => (shapes.get(r.unitId)?.areaKm2 ?? 0) > 0);
  return {
    units: rows.map((r, i) => ({
      measures: req.measures.map((m) => (m === 'hours' ? r.hours : m === 'accounts' ? r.accounts : (salesByUnit.get(r.unitId) ?? 0))),
      xM: centres[i]!.xM,
      yM: centres[i]!.yM,
      ...(withShapes ? { areaM2: shapes.get(r.unitId)!.areaKm2 * 1e6, perimeterM: shapes.get(r.unitId)!.perimeterM } : {}),
    })),
    measureNames: [...req.measures],
    adjacency: adjacency
      .filter((p) => index.has(p.unitA) && index.has(p.unitB))
      .map((p) => ({ a: index.get(p.unitA)!, b: index.get(p.unitB)!, ...(p.borderKm !== null ? { borderM: p.borderKm * 1000 } : {}) })),
    k: req.k,
    tolerances: req.measures.map(() => req.tolerancePct / 100),
  };
}

/** Districts → territories: identity when locks or a start fix the indices, else greedy by shared workload. */
function mapDistricts(current: readonly number[], assignment: readonly number[], weights: readonly number[], k: number, identity: boolean): number[] {
  if (identity) return Array.from({ length: k }, (_, d) => d);
  const overlap = new Map<string, number>();
  assignment.forEach((d, i) => overlap.set(`${d},${current[i]}`, (overlap.get(`${d},${current[i]}`) ?? 0) + weights[i]! + 1e-6));
  const pairs = [...overlap].map(([key, w]) => ({ d: Number(key.split(',')[0]), t: Number(key.split(',')[1]), w })).sort((a, b) => b.w - a.w);
  const toTerritory = new Array<number>(k).fill(-1);
  const taken = new Set<number>();
  for (const p of pairs) if (toTerritory[p.d] === -1 && !taken.has(p.t)) { toTerritory[p.d] = p.t; taken.add(p.t); }
  let free = 0;
  for (let d = 0; d < k; d++) if (toTerritory[d] === -1) { while (taken.has(free)) free++; toTerritory[d] = free; taken.add(free); }
  return toTerritory;
}

function summarise(data: ScopeData, rows: readonly UnitWorkloadRow[], problem: DistrictingProblem, assignment: readonly number[], config: WorkloadConfig) {
  // Judged over all the scope's territories (k = T): a design with k < T leaves some empty.
  const plain: DistrictingProblem = { units: problem.units, adjacency: problem.adjacency, k: data.territories.length };
  const check = checkDistricting(plain, [...assignment]);
  const pp = measureCompactness(plain, assignment).perDistrict.filter((_, d) => check.districts[d]!.unitCount > 0);
  const groups = Array.from({ length: data.territories.length }, () => [] as UnitWorkloadRow[]);
  assignment.forEach((t, i) => groups[t]!.push(rows[i]!));
  const used = groups.filter((g) => g.length > 0).map((g) => sumTerritoryWorkload(g, config));
  const hours = used.map((t) => t.hours);
  const mean = hours.reduce((s, h) => s + h, 0) / Math.max(1, hours.length);
  return {
    spreadPct: mean > 0 ? ((Math.max(...hours) - Math.min(...hours)) / mean) * 100 : 0,
    maxDeviationPct: mean > 0 ? Math.max(...hours.map((h) => Math.abs(h - mean) / mean)) * 100 : 0,
    travelHours: used.reduce((s, t) => s + t.travelHours, 0),
    contiguous: check.districts.every((d) => d.parts <= 1),
    compactness: pp.reduce((a, b) => a + b, 0) / Math.max(1, pp.length),
  };
}

/** A validated design request turned into a districting problem, with what is needed to read its result. */
export interface PreparedDesign {
  problem: DistrictingProblem;
  /** Current territory index per unit row. */
  current: number[];
  /** Locks or re-alignment: district d is territory d. */
  fixed: boolean;
}

/** Checks the request against the scope and builds the problem (locks, re-alignment start); no solving. */
export function prepareDesign(data: ScopeData, rows: readonly UnitWorkloadRow[], shapes: ReadonlyMap<string, UnitShape>, adjacency: readonly UnitAdjacencyPair[], req: Request): Result<PreparedDesign> {
  const bad = (reason: string) => ({ ok: false as const, code: 'TERRITORY.DESIGN_INVALID' as const, params: { reason } });
  const T = data.territories.length;
  if (rows.length === 0) return bad('no units in your territories');
  if (req.k > T) return bad(`k = ${req.k} but there are ${T} territories; create the territories of the new reps first`);
  if (req.k > rows.length) return bad(`k = ${req.k} but there are only ${rows.length} units`);
  const fixed = req.lockedUnitIds.length > 0 || req.maxMoved !== undefined;
  if (fixed && req.k !== T) return bad(`locked units and re-alignment keep the current territories: k must be ${T}`);
  const tIndex = new Map(data.territories.map((t, i) => [t.id, i]));
  const current = rows.map((r) => tIndex.get(r.territoryId!)!);
  const problem = buildProblem(data, rows, shapes, adjacency, req);
  const unitIndex = new Map(rows.map((r, i) => [r.unitId, i]));
  const unknown = req.lockedUnitIds.find((id) => !unitIndex.has(id));
  if (unknown) return bad(`unit ${unknown} is not in your territories`);
  problem.locked = req.lockedUnitIds.map((id) => ({ unit: unitIndex.get(id)!, district: current[unitIndex.get(id)!]! }));
  if (req.maxMoved !== undefined) problem.start = { assignment: current, maxMoved: req.maxMoved };
  const invalid = validateDistrictingProblem(problem);
  if (!invalid.ok) return bad(`${invalid.error.field}: ${invalid.error.message}`);
  return { ok: true, value: { problem, current, fixed } };
}

/**
 * Reads a solved design (R1): maps districts to the existing territories (so reps keep as many accounts
 * as possible), and compares before and after.
 */
export function finishDesign(data: ScopeData, rows: readonly UnitWorkloadRow[], prepared: PreparedDesign, r: DistrictingResult, config: WorkloadConfig): DesignResult {
  const { problem, current, fixed } = prepared;
  const toTerritory = mapDistricts(current, r.assignment, rows.map((x) => x.hours), problem.k, fixed);
  const after = r.assignment.map((d) => toTerritory[d]!);
  const ownerOf = (t: number) => data.territories[t]!.ownerName ?? null;
  const moved = new Map(rows.map((row, i) => [row.unitId, i]).filter(([, i]) => after[i as number] !== current[i as number]) as [string, number][]);
  const changes = data.accounts
    .filter((a) => moved.has(a.unitId) && ownerOf(current[moved.get(a.unitId)!]!) !== ownerOf(after[moved.get(a.unitId)!]!))
    .map((a) => ({ accountId: a.id, accountName: a.name, unitId: a.unitId, fromRep: ownerOf(current[moved.get(a.unitId)!]!), toRep: ownerOf(after[moved.get(a.unitId)!]!) }));
  return {
    assignment: rows.map((row, i) => ({ unitId: row.unitId, territoryId: data.territories[after[i]!]!.id })),
    feasible: r.feasible,
    reasons: r.reasons.map((x) => x.message),
    unitsMoved: moved.size,
    seconds: r.elapsedS,
    before: summarise(data, rows, problem, current, config),
    after: summarise(data, rows, problem, after, config),
    changes,
  };
}
