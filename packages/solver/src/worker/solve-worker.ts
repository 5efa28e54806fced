// Worker-thread entry: receives one problem, solves it, streams progress. Cancellation arrives through a
// shared flag because the solve is synchronous and never yields to this thread's message loop.
import { parentPort, workerData } from 'node:worker_threads';
import type { RoutingProblem, SolveOptions } from '../model';
import { solve } from '../solve';

interface Job {
  problem: RoutingProblem;
  options: Omit<SolveOptions, 'onProgress' | 'signal'>;
  cancelFlag: SharedArrayBuffer;
}

const job = workerData as Job;
const flag = new Int32Array(job.cancelFlag);
const port = parentPort!;
port.on('message', (m: { type: string }) => {
  if (m.type === 'cancel') Atomics.store(flag, 0, 1);
});
try {
  const solution = solve(job.problem, {
    ...job.options,
    signal: { get aborted() { return Atomics.load(flag, 0) === 1; } },
    onProgress: (p) => port.postMessage({ type: 'progress', progress: p }),
  });
  port.postMessage({ type: 'done', solution });
} catch (e) {
  port.postMessage({ type: 'error', message: e instanceof Error ? e.message : String(e) });
}
port.close();
