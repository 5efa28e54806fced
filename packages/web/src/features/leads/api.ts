import type { Lead, LeadCreate, LeadDuplicate, Unit } from '@qudao/contract';
import { api } from '../../api/client';
import type { Page } from '../../api/endpoints';

/** A lead in the list. */
export type LeadItem = Omit<Lead, 'duplicates' | 'hiddenMatches'>;

export const fetchLeads = (status?: string) => api<Page<LeadItem>>('/leads', { query: { pageSize: 200, ...(status ? { status } : {}) } });
export const fetchLead = (id: string) => api<Lead>(`/leads/${id}`);
export const createLead = (body: LeadCreate) => api<Lead>('/leads', { method: 'POST', body });
export const checkDuplicates = (body: { name: string; phone?: string | null; address?: string | null }) => api<{ duplicates: LeadDuplicate[]; hiddenMatches: number }>('/leads/duplicates', { method: 'POST', body });
export const convertLead = (id: string, distributorId?: string) => api<{ accountId: string }>(`/leads/${id}/convert`, { method: 'POST', body: distributorId ? { distributorId } : {} });
export const searchUnits = (q: string) => api<Page<Unit>>('/units', { query: { q, pageSize: 20, sort: 'name' } });
export const dropLead = (id: string) => api<Lead>(`/leads/${id}`, { method: 'PATCH', body: { status: 'dropped' } });
