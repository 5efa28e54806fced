// Public API of the pure optimisation package: model, validation, checker, solvers, formats.
// Worker threads live behind the separate entry '@qudao/solver/worker' so that this one stays pure.
export * from './model';
export { validateProblem, type ValidationResult } from './validate';
export { checkSolution, allowedPatterns, windowsOnDay, TIME_EPS, type CheckResult } from './checker';
export { solve, ProblemValidationError } from './solve';
export { solveVrptw, type VrptwTuning } from './routing/vrptw';
export { solvePvrp } from './routing/pvrp';
export { solveSingleRoute } from './routing/single-route';
export { solveSymmetricTsp, type TspTour } from './routing/tsp';
export { Rng } from './random';
export * from './formats';
export * from './districting';
