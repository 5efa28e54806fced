import type { SolveOptions, SolveProgress } from '../model';

/**
 * Budget of one solve: time limit, optional iteration cap, abort signal and throttled progress.
 * The only place where the search reads the clock.
 */
export class Budget {
  readonly start = performance.now();
  readonly deadline: number;
  private lastReport = 0;

  constructor(private readonly opts: SolveOptions, defaultMs: number) {
    // Keep 3 % of the budget (at least 60 ms, at most a tenth) for the final local search and the
    // checker, so the whole solve fits the limit.
    const limit = opts.timeLimitMs ?? defaultMs;
    this.deadline = this.start + limit - Math.max(0.03 * limit, Math.min(60, 0.1 * limit));
  }

  /** Fraction of the budget used, in [0, 1] (by iterations when capped, else by time). */
  fraction(iteration: number): number {
    if (this.opts.maxIterations !== undefined) return Math.min(1, iteration / this.opts.maxIterations);
    return Math.min(1, (performance.now() - this.start) / (this.deadline - this.start));
  }

  /** True when the search must stop: iteration cap, time limit or abort. */
  done(iteration: number): boolean {
    if (this.opts.maxIterations !== undefined && iteration >= this.opts.maxIterations) return true;
    if (this.opts.signal?.aborted) return true;
    return performance.now() >= this.deadline;
  }

  /** Reports progress at most every 200 ms. */
  report(p: Omit<SolveProgress, 'elapsedMs'>): void {
    if (!this.opts.onProgress) return;
    const now = performance.now();
    if (now - this.lastReport < 200) return;
    this.lastReport = now;
    this.opts.onProgress({ ...p, elapsedMs: now - this.start });
  }

  elapsedMs(): number {
    return performance.now() - this.start;
  }
}
