export * from './types';
export { validateDistrictingProblem, type DistrictingInputError, type DistrictingValidation } from './validate';
export { solveDistricting, type DistrictingOutcome } from './solve';
export { checkDistricting, type DistrictingCheck } from './check';
export { measureCompactness } from './summary';
export { projectLngLatToLocalM, measureRing, computeAdjacencyFromPolygons, type PointM, type RingM } from './geometry';
export { solveDistrictingMultiStart, type MultiStartOptions } from './multi-start';
