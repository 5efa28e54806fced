import type { Policy, PolicyCoverage, PolicyCreate } from '@qudao/contract';
import { api } from '../../api/client';

/** Query key of the policy list (every policy write invalidates it). */
export const policiesKey = ['policies'] as const;
/** Query key of one policy's delivery coverage. */
export const coverageKey = (id: string) => ['policies', id, 'coverage'] as const;
/** Query key of the released policies an account's distributor has not heard yet. */
export const pendingKey = (accountId: string) => ['accounts', accountId, 'pending-policies'] as const;

export const fetchPolicies = () => api<{ items: Policy[]; total: number }>('/policies');
export const createPolicy = (body: PolicyCreate) => api<Policy>('/policies', { method: 'POST', body });
export const releasePolicy = (id: string, overrideReason?: string) =>
  api<Policy>(`/policies/${id}/release`, { method: 'POST', body: overrideReason ? { overrideReason } : {} });
export const fetchCoverage = (id: string) => api<PolicyCoverage>(`/policies/${id}/coverage`);
export const fetchPending = (accountId: string) => api<{ items: { id: string; title: string; releasedAt: string | null }[] }>(`/accounts/${accountId}/pending-policies`);
export const putOnAgenda = (meetingId: string, policyId: string) => api<unknown>(`/meetings/${meetingId}/agenda`, { method: 'POST', body: { kind: 'policy', policyId } });
