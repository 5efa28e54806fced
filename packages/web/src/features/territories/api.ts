import type { ApplyDesignResult, AuditEntry, DesignJobEvent, DesignRequest, SizingReport, Territory, TerritoryCreate, TerritoryPatch, User, WorkloadConfigBody, WorkloadReport } from '@qudao/contract';
import { api } from '../../api/client';

export const fetchWorkload = () => api<WorkloadReport>('/territory-design/workload');
export const fetchSizing = () => api<SizingReport>('/territory-design/sizing');
export const startDesign = (body: DesignRequest) => api<{ jobId: string }>('/territory-design/jobs', { method: 'POST', body });
export const cancelDesign = (jobId: string) => api<unknown>(`/territory-design/jobs/${jobId}/cancel`, { method: 'POST' });
export const fetchWorkloadConfig = () => api<WorkloadConfigBody>('/territory-design/config');
export const saveWorkloadConfig = (body: WorkloadConfigBody) => api<WorkloadConfigBody>('/territory-design/config', { method: 'PUT', body });

/** Listens to a design job until it ends; returns a function that stops listening. */
export function watchDesignJob(jobId: string, onEvent: (e: DesignJobEvent) => void, onLost: () => void): () => void {
  const source = new EventSource(`/api/territory-design/jobs/${jobId}/events`);
  const handle = (ev: MessageEvent<string>) => {
    const e = JSON.parse(ev.data) as DesignJobEvent;
    onEvent(e);
    if (e.state !== 'running' && e.state !== 'queued') source.close();
  };
  for (const name of ['progress', 'done', 'failed', 'cancelled']) source.addEventListener(name, handle as EventListener);
  // A dropped connection reconnects by itself (the server sends the current state again); a closed one is lost.
  source.onerror = () => {
    if (source.readyState === EventSource.CLOSED) onLost();
  };
  return () => source.close();
}
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

export const fetchTeamReps = () => api<{ items: User[]; total: number }>('/users', { query: { role: 'rep', pageSize: 200, sort: 'username' } });
export const createTerritory = (body: TerritoryCreate) => api<Territory>('/territories', { method: 'POST', body });
export const patchTerritory = (id: string, body: TerritoryPatch) => api<Territory>(`/territories/${id}`, { method: 'PATCH', body });
export const fetchTerritoryHistory = (id: string) => api<{ items: AuditEntry[]; total: number }>(`/audit/territory/${id}`, { query: { pageSize: 200, order: 'desc' } });
