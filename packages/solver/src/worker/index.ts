// Entry '@qudao/solver/worker': running solves on worker threads (Node only).
export { runInWorker, solveInWorker, solveDistrictingInWorker, type WorkerSolve, type WorkerTask, type WorkerDistrictingOptions } from './run-in-worker';
export { SolverPool } from './solver-pool';
