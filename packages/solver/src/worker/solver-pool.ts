import type { DistrictingOutcome } from '../districting/solve';
import type { DistrictingProblem, DistrictingProgress } from '../districting/types';
import type { RoutingProblem, Solution, SolveOptions, SolveProgress } from '../model';
import { runInWorker, type WorkerDistrictingOptions, type WorkerSolve, type WorkerTask } from './run-in-worker';

interface Pending {
  task: WorkerTask;
  onProgress?: (p: never) => void;
  cancelled: boolean;
  started?: WorkerSolve<unknown>;
  resolve: (s: unknown) => void;
  reject: (e: unknown) => void;
}

/**
 * Runs solves (routing or districting) on at most `size` worker threads at once (one fresh worker per
 * solve, so a crashed or cancelled solve cannot leak state); further solves wait in FIFO order. A solve
 * cancelled while still queued rejects with "cancelled before start".
 */
export class SolverPool {
  private running = 0;
  private readonly queue: Pending[] = [];

  constructor(readonly size: number) {
    if (!Number.isInteger(size) || size < 1) throw new Error('SolverPool size must be a positive integer');
  }

  /** Queues a routing solve; the returned handle behaves like `solveInWorker`'s. */
  submit(problem: RoutingProblem, options: Omit<SolveOptions, 'onProgress' | 'signal'> = {}, onProgress?: (p: SolveProgress) => void): WorkerSolve {
    return this.enqueue<Solution, SolveProgress>({ kind: 'routing', problem, options }, onProgress);
  }

  /** Queues a territory-design solve; the returned handle behaves like `solveDistrictingInWorker`'s. */
  submitDistricting(problem: DistrictingProblem, options: WorkerDistrictingOptions = {}, onProgress?: (p: DistrictingProgress) => void): WorkerSolve<DistrictingOutcome> {
    return this.enqueue<DistrictingOutcome, DistrictingProgress>({ kind: 'districting', problem, options }, onProgress);
  }

  /** Number of solves waiting for a free worker. */
  get waiting(): number {
    return this.queue.length;
  }

  private enqueue<R, P>(task: WorkerTask, onProgress?: (p: P) => void): WorkerSolve<R> {
    let job!: Pending;
    const result = new Promise<R>((resolve, reject) => {
      job = { task, cancelled: false, resolve: resolve as (s: unknown) => void, reject, ...(onProgress ? { onProgress: onProgress as (p: never) => void } : {}) };
    });
    this.queue.push(job);
    this.pump();
    return {
      result,
      cancel: () => {
        job.cancelled = true;
        job.started?.cancel();
        const at = this.queue.indexOf(job);
        if (at >= 0) {
          this.queue.splice(at, 1);
          job.reject(new Error('cancelled before start'));
        }
      },
    };
  }

  private pump(): void {
    while (this.running < this.size && this.queue.length > 0) {
      const job = this.queue.shift()!;
      this.running++;
      job.started = runInWorker<unknown, never>(job.task, job.onProgress);
      job.started.result.then(job.resolve, job.reject).finally(() => {
        this.running--;
        this.pump();
      });
    }
  }
}
