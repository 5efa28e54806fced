import { Worker } from 'node:worker_threads';
import type { DistrictingOutcome } from '../districting/solve';
import type { MultiStartOptions } from '../districting/multi-start';
import type { DistrictingProblem, DistrictingProgress } from '../districting/types';
import type { RoutingProblem, Solution, SolveOptions, SolveProgress } from '../model';

/** A solve running on a worker thread. */
export interface WorkerSolve<R = Solution> {
  /** Resolves with the solution (best so far when cancelled); rejects on invalid problems. */
  result: Promise<R>;
  /** Asks the worker to stop; the best solution found so far is still returned. */
  cancel(): void;
}

/** Options of a districting solve on a worker (everything but the callbacks and the clock). */
export type WorkerDistrictingOptions = Omit<MultiStartOptions, 'onProgress' | 'signal' | 'clockMs'>;

/** What the worker entry receives: a routing solve or a (multi-start) districting solve. */
export type WorkerTask =
  | { kind: 'routing'; problem: RoutingProblem; options: Omit<SolveOptions, 'onProgress' | 'signal'> }
  | { kind: 'districting'; problem: DistrictingProblem; options: WorkerDistrictingOptions };

/**
 * Runs `task` on a new worker thread (keeps the caller's event loop free) and streams progress events.
 * Cancellation sets a shared-memory flag (the synchronous solve polls it) and also posts a `cancel`
 * message. `signal` cancels the same way. Typed matrices are copied to the worker (structured clone).
 */
export function runInWorker<R, P>(task: WorkerTask, onProgress?: (p: P) => void, signal?: AbortSignal): WorkerSolve<R> {
  const cancelFlag = new SharedArrayBuffer(4);
  const flag = new Int32Array(cancelFlag);
  const here = import.meta.url;
  const isTs = here.endsWith('.ts');
  // From TypeScript sources the worker must register tsx itself before loading the entry.
  const worker = new Worker(new URL(isTs ? './ts-bootstrap.mjs' : './solve-worker.js', here), {
    workerData: { ...task, cancelFlag },
  });
  const cancel = () => {
    Atomics.store(flag, 0, 1);
    worker.postMessage({ type: 'cancel' });
  };
  signal?.addEventListener('abort', cancel, { once: true });
  const result = new Promise<R>((resolve, reject) => {
    worker.on('message', (m: { type: string; progress?: P; solution?: R; message?: string }) => {
      if (m.type === 'progress' && m.progress) onProgress?.(m.progress);
      else if (m.type === 'done') resolve(m.solution!);
      else if (m.type === 'error') reject(new Error(m.message));
    });
    worker.on('error', reject);
    worker.on('exit', (code) => {
      signal?.removeEventListener('abort', cancel);
      if (code !== 0) reject(new Error(`solver worker exited with code ${code}`));
    });
  });
  return { result, cancel };
}

/** `solve` (vehicle routing) on a worker thread; see `runInWorker`. */
export function solveInWorker(
  problem: RoutingProblem,
  options: Omit<SolveOptions, 'onProgress' | 'signal'> = {},
  onProgress?: (p: SolveProgress) => void,
  signal?: AbortSignal,
): WorkerSolve {
  return runInWorker<Solution, SolveProgress>({ kind: 'routing', problem, options }, onProgress, signal);
}

/**
 * `solveDistrictingMultiStart` (territory design) on a worker thread; see `runInWorker`. Cancelling
 * answers the best design found so far (`stoppedBy = 'aborted'`); an invalid problem resolves with
 * `ok: false` like the synchronous call. The time limit is wall-clock on the worker.
 */
export function solveDistrictingInWorker(
  problem: DistrictingProblem,
  options: WorkerDistrictingOptions = {},
  onProgress?: (p: DistrictingProgress) => void,
  signal?: AbortSignal,
): WorkerSolve<DistrictingOutcome> {
  return runInWorker<DistrictingOutcome, DistrictingProgress>({ kind: 'districting', problem, options }, onProgress, signal);
}
