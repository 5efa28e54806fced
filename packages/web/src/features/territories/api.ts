import type { ApplyDesignResult, DesignRequest, DesignResult, SizingReport, WorkloadReport } from '@qudao/contract';
import { api } from '../../api/client';

export const fetchWorkload = () => api<WorkloadReport>('/territory-design/workload');
export const fetchSizing = () => api<SizingReport>('/territory-design/sizing');
export const runDesign = (body: DesignRequest) => api<DesignResult>('/territory-design/solve', { method: 'POST', body });
export const applyDesign = (assignment: { unitId: string; territoryId: string }[]) =>
  api<ApplyDesignResult>('/territory-design/apply', { method: 'POST', body: { assignment } });
