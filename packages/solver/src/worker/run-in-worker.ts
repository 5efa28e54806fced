import { Worker } from 'node:worker_threads';
import type { RoutingProblem, Solution, SolveOptions, SolveProgress } from '../model';

/** A solve running on a worker thread. */
export interface WorkerSolve {
  /** Resolves with the solution (best so far when cancelled); rejects on invalid problems. */
  result: Promise<Solution>;
  /** Asks the worker to stop; the best solution found so far is still returned. */
  cancel(): void;
}

/**
 * Runs `solve` on a new worker thread (keeps the caller's event loop free) and streams progress events.
 * Cancellation sets a shared-memory flag (the synchronous solve polls it) and also posts a `cancel`
 * message. `signal` cancels the same way. Typed matrices are copied to the worker (structured clone).
 */
export function solveInWorker(
  problem: RoutingProblem,
  options: Omit<SolveOptions, 'onProgress' | 'signal'> = {},
  onProgress?: (p: SolveProgress) => void,
  signal?: AbortSignal,
): WorkerSolve {
  const cancelFlag = new SharedArrayBuffer(4);
  const flag = new Int32Array(cancelFlag);
  const here = import.meta.url;
  const isTs = here.endsWith('.ts');
  // From TypeScript sources the worker must register tsx itself before loading the entry.
  const worker = new Worker(new URL(isTs ? './ts-bootstrap.mjs' : './solve-worker.js', here), {
    workerData: { problem, options, cancelFlag },
  });
  const cancel = () => {
    Atomics.store(flag, 0, 1);
    worker.postMessage({ type: 'cancel' });
  };
  signal?.addEventListener('abort', cancel, { once: true });
  const result = new Promise<Solution>((resolve, reject) => {
    worker.on('message', (m: { type: string; progress?: SolveProgress; solution?: Solution; message?: string }) => {
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
