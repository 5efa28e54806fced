import { checkDistricting, solveDistricting } from '../../src/districting';
import type { TerritoryInstance } from './load-geojson';

/**
 * Re-alignment scenario: design k territories, let the population of territory 0 grow by 30 %, then
 * re-align from the old design with at most 5, 15 or 40 units moved. Prints deviation before and after,
 * units moved and feasibility (independent checker); seconds by `clockMs`.
 */
export function runRealignScenario(inst: TerritoryInstance, k: number, seed: number, timeLimitS: number, clockMs: () => number): void {
  const base = { units: inst.units, adjacency: inst.adjacency, k };
  const designed = solveDistricting(base, { seed, timeLimitS, clockMs });
  if (!designed.ok) throw new Error(designed.error.message);
  const old = designed.result.assignment;
  const units = inst.units.map((u, i) => (old[i] === 0 ? { ...u, measures: u.measures.map((v) => Math.round(v * 1.3)) } : u));
  const before = checkDistricting({ ...base, units }, old).maxDeviationPct;
  for (const maxMoved of [5, 15, 40]) {
    const problem = { ...base, units, start: { assignment: old, maxMoved } };
    const outcome = solveDistricting(problem, { seed, timeLimitS, clockMs });
    if (!outcome.ok) throw new Error(outcome.error.message);
    const check = checkDistricting(problem, outcome.result.assignment);
    console.log(
      `${inst.name.padEnd(10)} k=${k} growth +30 % in territory 0: maxDev ${before.toFixed(2)} % → ${check.maxDeviationPct.toFixed(2)} %, ` +
        `moved ${check.unitsMoved}/${maxMoved}, feasible ${check.feasible}, ${outcome.result.elapsedS.toFixed(2)} s`,
    );
  }
}
