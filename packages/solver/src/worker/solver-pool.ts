import type { RoutingProblem, Solution, SolveOptions, SolveProgress } from '../model';
import { solveInWorker, type WorkerSolve } from './run-in-worker';

interface Pending {
  problem: RoutingProblem;
  options: Omit<SolveOptions, 'onProgress' | 'signal'>;
  onProgress?: (p: SolveProgress) => void;
  cancelled: boolean;
  started?: WorkerSolve;
  resolve: (s: Solution) => void;
  reject: (e: unknown) => void;
}

/**
 * Runs solves on at most `size` worker threads at once (one fresh worker per solve, so a crashed or
 * cancelled solve cannot leak state); further solves wait in FIFO order. A solve cancelled while still
 * queued rejects with "cancelled before start".
 */
export class SolverPool {
  private running = 0;
  private readonly queue: Pending[] = [];

  constructor(readonly size: number) {
    if (!Number.isInteger(size) || size < 1) throw new Error('SolverPool size must be a positive integer');
  }

  /** Queues a solve; the returned handle behaves like `solveInWorker`'s. */
  submit(problem: RoutingProblem, options: Omit<SolveOptions, 'onProgress' | 'signal'> = {}, onProgress?: (p: SolveProgress) => void): WorkerSolve {
    let job!: Pending;
    const result = new Promise<Solution>((resolve, reject) => {
      job = { problem, options, cancelled: false, resolve, reject, ...(onProgress ? { onProgress } : {}) };
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

  /** Number of solves waiting for a free worker. */
  get waiting(): number {
    return this.queue.length;
  }

  private pump(): void {
    while (this.running < this.size && this.queue.length > 0) {
      const job = this.queue.shift()!;
      this.running++;
      job.started = solveInWorker(job.problem, job.options, job.onProgress);
      job.started.result.then(job.resolve, job.reject).finally(() => {
        this.running--;
        this.pump();
      });
    }
  }
}
