import { useQuery } from '@tanstack/react-query';
import type { AuditEntry } from '@qudao/contract';
import { api } from '../../api/client';
import type { Page } from '../../api/endpoints';
import { fetchContacts } from '../../api/endpoints';
import { auditKey, contactsKey } from './query-keys';

/**
 * The account's whole timeline in one request (GET /api/accounts/:id/timeline): its own changes and
 * archive sections, its contacts' (also deleted ones) and their profiles, and its unit's regional
 * characteristics. `contactNames` names the contact each contact entry belongs to.
 */
export function useAccountHistory(accountId: string) {
  const contacts = useQuery({ queryKey: contactsKey(accountId), queryFn: () => fetchContacts(accountId) });
  const timeline = useQuery({ queryKey: [...auditKey(accountId), 'timeline'], queryFn: () => api<Page<AuditEntry>>(`/accounts/${accountId}/timeline`, { query: { pageSize: 200 } }) });
  const contactNames = new Map((contacts.data?.items ?? []).map((c) => [c.id, c.name]));
  return { entries: timeline.data?.items ?? [], contactNames, isPending: timeline.isPending, error: timeline.error ?? null, refetch: () => void timeline.refetch() };
}
