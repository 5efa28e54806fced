// Worker-thread entry: receives one problem, solves it, streams progress. Cancellation arrives through a
// shared flag because the solve is synchronous and never yields to this thread's message loop.
import { parentPort, workerData } from 'node:worker_threads';
import { solveDistrictingMultiStart } from '../districting/multi-start';
import { solve } from '../solve';
import type { WorkerTask } from './run-in-worker';

const job = workerData as WorkerTask & { cancelFlag: SharedArrayBuffer };
const flag = new Int32Array(job.cancelFlag);
const port = parentPort!;
port.on('message', (m: { type: string }) => {
  if (m.type === 'cancel') Atomics.store(flag, 0, 1);
});
// An AbortSignal look-alike: both solvers only read `aborted`.
const signal = { get aborted() { return Atomics.load(flag, 0) === 1; } } as AbortSignal;
const onProgress = (p: unknown) => port.postMessage({ type: 'progress', progress: p });
try {
  const solution = job.kind === 'districting'
    ? solveDistrictingMultiStart(job.problem, { ...job.options, signal, onProgress })
    : solve(job.problem, { ...job.options, signal, onProgress });
  port.postMessage({ type: 'done', solution });
} catch (e) {
  port.postMessage({ type: 'error', message: e instanceof Error ? e.message : String(e) });
}
port.close();
