import type { ApplyDesignResult, DesignRequest, DesignResult, SizingReport, WorkloadReport } from '@qudao/contract';
import { api } from '../../api/client';

export const fetchWorkload = () => api<WorkloadReport>('/territory-design/workload');
export const fetchSizing = () => api<SizingReport>('/territory-design/sizing');
export const runDesign = (body: DesignRequest) => api<DesignResult>('/territory-design/solve', { method: 'POST', body });
export const applyDesign = (assignment: { unitId: string; territoryId: string }[]) =>
  api<ApplyDesignResult>('/territory-design/apply', { method: 'POST', body: { assignment } });

/** One neighbour pair. */
export interface AdjacencyPair {
  unitA: string;
  unitB: string;
  borderKm: number | null;
  source: 'computed' | 'manual';
}
export const fetchAdjacency = (unitId: string) => api<{ items: AdjacencyPair[]; total: number }>('/units/adjacency', { query: { unitId } });
export const changeAdjacency = (unitA: string, unitB: string, remove: boolean) =>
  api<AdjacencyPair>('/units/adjacency', { method: remove ? 'DELETE' : 'POST', body: { unitA, unitB } });
export const importUnits = (level: 'county' | 'custom', parentId: string | undefined, geojson: unknown) =>
  api<{ imported: number; adjacencyPairs: number }>('/units/import', { method: 'POST', body: { level, ...(parentId ? { parentId } : {}), geojson } });
