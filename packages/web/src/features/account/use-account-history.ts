import { useQueries, useQuery } from '@tanstack/react-query';
import type { AuditEntry } from '@qudao/contract';
import { fetchAudit, fetchContacts } from '../../api/endpoints';
import { auditKey, contactsKey } from './query-keys';

/**
 * The account's history merged with the histories of its contacts, so one timeline shows every change
 * to the customer. `contactNames` names the contact each contact entry belongs to.
 */
export function useAccountHistory(accountId: string) {
  const contacts = useQuery({ queryKey: contactsKey(accountId), queryFn: () => fetchContacts(accountId) });
  const own = useQuery({ queryKey: [...auditKey(accountId), 'account'], queryFn: () => fetchAudit('account', accountId) });
  const ofContacts = useQueries({
    queries: (contacts.data?.items ?? []).map((c) => ({
      queryKey: [...auditKey(accountId), 'contact', c.id],
      queryFn: () => fetchAudit('contact', c.id),
    })),
  });
  const entries: AuditEntry[] = [...(own.data?.items ?? []), ...ofContacts.flatMap((q) => q.data?.items ?? [])];
  const contactNames = new Map((contacts.data?.items ?? []).map((c) => [c.id, c.name]));
  const error = own.error ?? ofContacts.find((q) => q.error)?.error ?? null;
  return { entries, contactNames, isPending: own.isPending, error, refetch: () => void own.refetch() };
}
