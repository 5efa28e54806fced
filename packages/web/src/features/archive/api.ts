import type { AccountArchive, AccountArchivePatch, CompetitorCreate, ContactProfilePatch, OrderOutcomeCreate, SectionVerify, UnitProfilePatch } from '@qudao/contract';
import { api } from '../../api/client';

/** Query key of an account's archive (every archive write invalidates it and the history). */
export const archiveKey = (accountId: string) => ['accounts', accountId, 'archive'] as const;
/** Query key of an account's targets. */
export const targetsKey = (accountId: string) => ['accounts', accountId, 'targets'] as const;

type In<T> = Omit<T, 'source'> & { source?: 'visit' | 'import' | 'manual' };

export const fetchArchive = (accountId: string) => api<AccountArchive>(`/accounts/${accountId}/archive`);
export const patchArchive = (accountId: string, body: In<AccountArchivePatch>) => api<{ ok: true }>(`/accounts/${accountId}/archive`, { method: 'PATCH', body });
export const verifySection = (accountId: string, body: SectionVerify) => api<{ ok: true }>(`/accounts/${accountId}/archive/verify`, { method: 'POST', body });
export const patchContactProfile = (contactId: string, body: In<ContactProfilePatch>) => api<{ ok: true }>(`/contacts/${contactId}/profile`, { method: 'PATCH', body });
export const patchUnitProfile = (unitId: string, body: In<UnitProfilePatch>) => api<{ ok: true }>(`/units/${unitId}/profile`, { method: 'PATCH', body });
export const addCompetitor = (accountId: string, body: CompetitorCreate) => api<{ id: string }>(`/accounts/${accountId}/competitors`, { method: 'POST', body });
export const deleteCompetitor = (id: string) => api<{ ok: true }>(`/competitors/${id}`, { method: 'DELETE' });
export const addOrderOutcome = (accountId: string, body: OrderOutcomeCreate) => api<{ id: string }>(`/accounts/${accountId}/order-outcomes`, { method: 'POST', body });
export const deleteOrderOutcome = (id: string) => api<{ ok: true }>(`/order-outcomes/${id}`, { method: 'DELETE' });
export const fetchTargets = (accountId: string) => api<{ items: { month: string; amountFen: number }[] }>(`/accounts/${accountId}/targets`);
export const putTargets = (accountId: string, items: { month: string; amountFen: number | null }[]) =>
  api<{ items: { month: string; amountFen: number }[] }>(`/accounts/${accountId}/targets`, { method: 'PUT', body: { items } });
