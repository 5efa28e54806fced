// Entry '@qudao/solver/worker': running solves on worker threads (Node only).
export { solveInWorker, type WorkerSolve } from './run-in-worker';
export { SolverPool } from './solver-pool';
