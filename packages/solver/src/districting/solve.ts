import { growDistricts } from './construct';
import { fillEmptyDistricts, repairContiguity } from './repair';
import { createRng } from './rng';
import { recombine } from './recombine';
import { regrowPair } from './regrow';
import { descend, isLexBetter, perturb } from './search';
import { descendSwaps } from './swap';
import { DistrictState, prepareDistrictingData, type DistrictingData } from './state';
import { summarizeDesign } from './summary';
import type { DistrictingOptions, DistrictingProblem, DistrictingResult, DistrictingStop } from './types';
import { validateDistrictingProblem, type DistrictingInputError } from './validate';

/** Outcome of `solveDistricting`: a result, or the validation error naming the offending field. */
export type DistrictingOutcome =
  | { ok: true; result: DistrictingResult }
  | { ok: false; error: DistrictingInputError };

/**
 * Partitions the units into k districts: multi-start seeded region growing (or the given start design,
 * with locks applied and contiguity repaired within the moved limit), then iterated local search —
 * boundary moves, exchanges while unbalanced, border shifts and ruin-and-recreate of district pairs as
 * perturbations, record-to-record acceptance — that never breaks contiguity, locks or the moved limit.
 * Designs are ranked by balance excess beyond tolerance first, then by the compactness objective
 * (area-weighted moment of inertia + cut border length + mean 1/Polsby–Popper, see `DistrictingOptions`).
 *
 * Guarantees: every unit in exactly one district; locked/seed units in their district; units moved ≤
 * `start.maxMoved`; no district empty or split unless the start/locks force it; same problem, options
 * and seed → same result whenever the stop is not the time limit (see `stoppedBy`). Balance within
 * tolerance is sought, not guaranteed: `feasible` and `reasons` say whether it was reached.
 */
export function solveDistricting(problem: DistrictingProblem, options: DistrictingOptions = {}): DistrictingOutcome {
  const valid = validateDistrictingProblem(problem);
  if (!valid.ok) return valid;
  const now = options.clockMs ?? ((): number => globalThis.performance.now());
  const t0 = now();
  const timeLimitS = options.timeLimitS ?? 10;
  const maxIterations = options.maxIterations ?? 2000;
  const maxNoImprove = options.maxNoImprove ?? 300;
  const rng = createRng(options.seed ?? 1);
  const data = prepareDistrictingData(problem, { borderWeight: options.borderWeight, polsbyWeight: options.polsbyWeight });
  let stoppedBy: DistrictingStop | null = null;
  const shouldStop = (): boolean => {
    if (stoppedBy) return true;
    if (options.signal?.aborted) stoppedBy = 'aborted';
    else if ((now() - t0) / 1000 >= timeLimitS) stoppedBy = 'time';
    return stoppedBy !== null;
  };

  let lastReport = -Infinity;
  const report = (iteration: number, bestViolation: number, best: Int32Array): void => {
    if (!options.onProgress || now() - lastReport < 100) return;
    lastReport = now();
    options.onProgress({ iteration, elapsedS: (lastReport - t0) / 1000, bestViolation, bestMaxDeviationPct: maxDeviationPct(data, best) });
  };

  let state: DistrictState;
  if (data.start) {
    const initial = Int32Array.from(data.start);
    for (let i = 0; i < data.n; i++) if (data.lockTo[i]! >= 0) initial[i] = data.lockTo[i]!;
    state = new DistrictState(data, repairContiguity(data, fillEmptyDistricts(data, initial)));
    polish(state, rng, shouldStop);
  } else {
    // Several constructions, each polished by a descent: region growing is sensitive to its seeds.
    const starts = Math.max(1, Math.min(8, Math.round(2000 / data.n) + 2));
    state = new DistrictState(data, repairContiguity(data, growDistricts(data, rng)));
    polish(state, rng, shouldStop);
    let bestV = state.violation();
    let bestC = state.compactness();
    let best = Int32Array.from(state.assign);
    for (let s = 1; s < starts && !shouldStop(); s++) {
      state.load(repairContiguity(data, growDistricts(data, rng)));
      polish(state, rng, shouldStop);
      const v = state.violation();
      const c = state.compactness();
      if (isLexBetter(v, c, bestV, bestC)) {
        bestV = v;
        bestC = c;
        best = Int32Array.from(state.assign);
      }
      report(0, bestV, best);
    }
    state.load(best);
  }

  let bestV = state.violation();
  let bestC = state.compactness();
  let best = Int32Array.from(state.assign);
  let current = best;
  report(0, bestV, best);
  const threshold = options.acceptWorse ?? 0.005;
  const regrowRate = options.regrowRate ?? 0.1;
  const recombineRate = options.recombineRate ?? 0.3;
  let iteration = 0;
  let noImprove = 0;
  const strengthMax = Math.max(2, Math.round(data.n / data.k / 4));
  while (!shouldStop()) {
    if (iteration >= maxIterations) stoppedBy = 'iterations';
    else if (noImprove >= maxNoImprove) stoppedBy = 'converged';
    if (stoppedBy) break;
    iteration++;
    // While unbalanced, recombinations of 2–4 districts reach designs that need several to change at once.
    const recombined = bestV > 0 && rng() < recombineRate && recombine(state, rng, 2 + Math.floor(rng() * 3));
    if (!recombined && (rng() >= regrowRate || !regrowPair(state, rng))) perturb(state, rng, 1 + Math.floor(rng() * strengthMax));
    // Exchanges are costly; once balanced, a perturbation that breaks balance is simply rejected.
    polish(state, rng, shouldStop, bestV > 0);
    const v = state.violation();
    const c = state.compactness();
    if (isLexBetter(v, c, bestV, bestC)) {
      bestV = v;
      bestC = c;
      best = Int32Array.from(state.assign);
      current = Int32Array.from(state.assign);
      noImprove = 0;
    } else {
      noImprove++;
      // Record-to-record travel: keep a slightly worse design as the new base, to leave local optima.
      if (v <= bestV + 1e-9 && c <= bestC * (1 + threshold)) current = Int32Array.from(state.assign);
      else state.load(current);
    }
    report(iteration, bestV, best);
  }
  const assignment = Array.from(best);
  const summary = summarizeDesign(problem, assignment, data.graph);
  return {
    ok: true,
    result: { assignment, ...summary, iterations: iteration, elapsedS: (now() - t0) / 1000, stoppedBy: stoppedBy ?? 'converged' },
  };
}

function maxDeviationPct(data: DistrictingData, assignment: Int32Array): number {
  const { k, mCount, values, mean } = data;
  const totals = new Float64Array(k * mCount);
  for (let i = 0; i < assignment.length; i++)
    for (let m = 0; m < mCount; m++) totals[assignment[i]! * mCount + m]! += values[i * mCount + m]!;
  let worst = 0;
  for (let d = 0; d < k; d++)
    for (let m = 0; m < mCount; m++)
      if (mean[m]! > 0) worst = Math.max(worst, Math.abs(totals[d * mCount + m]! / mean[m]! - 1) * 100);
  return worst;
}

/** Single-move descent, then exchange descent while the design is unbalanced, until neither helps. */
function polish(state: DistrictState, rng: () => number, shouldStop: () => boolean, withSwaps = true): void {
  descend(state, rng, shouldStop);
  for (let round = 0; withSwaps && round < 20 && state.violation() > 0 && !shouldStop(); round++) {
    if (!descendSwaps(state, rng, shouldStop)) break;
    descend(state, rng, shouldStop);
  }
}
