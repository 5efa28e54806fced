import type { DumpingCase, DumpingCaseDetail, DumpingDecision } from '@qudao/contract';
import { api } from '../../api/client';
import type { Page } from '../../api/endpoints';

export const dumpingKey = ['dumping'] as const;
export const fetchCases = () => api<Page<DumpingCase>>('/dumping-cases');
export const fetchCase = (id: string) => api<DumpingCaseDetail>(`/dumping-cases/${id}`);
export const postStep = (id: string, body: DumpingDecision) => api<DumpingCase>(`/dumping-cases/${id}/steps`, { method: 'POST', body });
