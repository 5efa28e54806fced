// The demo company as a territory-design instance: its 12 territories' prefectures, adjacency from the
// boundaries, and each unit's monthly workload hours from the demo accounts (issue 7 benchmark).
import { computeUnitWorkload, defaultWorkloadConfig, type WorkloadConfig } from '@qudao/domain';
import { projectLngLatToLocalM, type DistrictingProblem } from '@qudao/solver';
import { generateDemo, type DemoAccount } from '../src/demo/generate';
import { listChinaUnits } from '../src/units/china-units';
import { computePairs } from '../src/modules/territory-design/adjacency';
import { seededShapes } from '../src/modules/territory-design/unit-shapes';

/** The demo instance: problem (measure: workload hours) plus the data behind it. */
export interface DemoTerritoryInstance {
  problem: DistrictingProblem;
  unitIds: string[];
  accountsByUnit: Map<string, DemoAccount[]>;
  /** Current territory index per unit. */
  current: number[];
}

/**
 * Builds the instance for `seed`. Accounts without a class run yet count by the provisional rule (the
 * demo's classes come from a run at load time, which needs the database).
 */
export function buildDemoTerritoryInstance(k: number, seed = 1, config: WorkloadConfig = defaultWorkloadConfig): DemoTerritoryInstance {
  const demo = generateDemo({ seed, referenceDate: '2026-11-20' });
  const unitIds = demo.territories.flatMap((t) => t.unitIds);
  const current = demo.territories.flatMap((t, i) => t.unitIds.map(() => i));
  const shapes = new Map([...seededShapes()].filter(([id]) => unitIds.includes(id)));
  const index = new Map(unitIds.map((id, i) => [id, i]));
  const accountsByUnit = new Map<string, DemoAccount[]>(unitIds.map((id) => [id, []]));
  for (const a of demo.accounts) if (a.status !== 'closed') accountsByUnit.get(a.unitId)?.push(a);
  const byId = new Map(listChinaUnits().map((u) => [u.id, u]));
  const centres = projectLngLatToLocalM(unitIds.map((id) => [byId.get(id)!.centroidLng, byId.get(id)!.centroidLat] as const));
  const problem: DistrictingProblem = {
    units: unitIds.map((id, i) => {
      const shape = shapes.get(id)!;
      const w = computeUnitWorkload(accountsByUnit.get(id)!.map((a) => ({ kind: a.kind, valueClass: null, effectiveVisits: 0, lng: a.lng, lat: a.lat })), shape.areaKm2, config);
      return { measures: [w.hours], xM: centres[i]!.xM, yM: centres[i]!.yM, areaM2: shape.areaKm2 * 1e6, perimeterM: shape.perimeterM };
    }),
    measureNames: ['workload hours'],
    adjacency: computePairs(shapes).map((p) => ({ a: index.get(p.a)!, b: index.get(p.b)!, ...(p.borderM !== null ? { borderM: p.borderM } : {}) })),
    k,
    tolerances: [0.05],
  };
  return { problem, unitIds, accountsByUnit, current };
}
