import { solveDistricting, type DistrictingOutcome } from './solve';
import type { DistrictingOptions, DistrictingProblem } from './types';

/** Options of `solveDistrictingMultiStart`: the solver's, plus a cap on restarts. */
export interface MultiStartOptions extends DistrictingOptions {
  /** Most restarts (successive seeds from `seed`). Default 20. */
  maxStarts?: number;
}

/**
 * Runs the districting engine from successive seeds until a feasible design is found or the time budget
 * is spent (at least once), keeping the best design: feasible first, then the smallest largest deviation,
 * then the most compact. The engine converges in about a second on a few hundred units, and on coarse maps
 * its result depends on the start, so restarts buy balance that a longer single search does not.
 * Progress reports add up the seconds of earlier starts; aborting stops the current start and starts no
 * other. `elapsedS` of the result is the total over starts.
 */
export function solveDistrictingMultiStart(problem: DistrictingProblem, options: MultiStartOptions = {}): DistrictingOutcome {
  const clock = options.clockMs ?? (() => performance.now());
  const budgetMs = (options.timeLimitS ?? 10) * 1000;
  const started = clock();
  const firstSeed = options.seed ?? 1;
  let best: DistrictingOutcome | undefined;
  let elapsedS = 0;
  for (let i = 0; i < (options.maxStarts ?? 20); i++) {
    const left = budgetMs - (clock() - started);
    if (best && (left < 250 || options.signal?.aborted)) break;
    const before = elapsedS;
    const onProgress = options.onProgress;
    const outcome = solveDistricting(problem, {
      ...options,
      seed: firstSeed + i,
      timeLimitS: Math.max(0.25, left / 1000),
      ...(onProgress ? { onProgress: (p) => onProgress({ ...p, elapsedS: before + p.elapsedS }) } : {}),
    });
    if (!outcome.ok) return outcome;
    elapsedS += outcome.result.elapsedS;
    if (!best || !best.ok || better(outcome.result, best.result)) best = outcome;
    // A balanced, contiguous design answers the question; more starts would only polish compactness.
    if (best.ok && best.result.feasible) break;
  }
  if (best?.ok) best.result.elapsedS = elapsedS;
  return best!;
}

function better(a: { feasible: boolean; maxDeviationPct: number; compactness: { mean: number } }, b: typeof a): boolean {
  if (a.feasible !== b.feasible) return a.feasible;
  if (Math.abs(a.maxDeviationPct - b.maxDeviationPct) > 1e-9) return a.maxDeviationPct < b.maxDeviationPct;
  return a.compactness.mean > b.compactness.mean;
}
