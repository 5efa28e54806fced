import { useQuery } from '@tanstack/react-query';
import type { OverduePromises } from '@qudao/contract';
import { api } from '../../api/client';

/** Query key of the caller's overdue promises. */
export const overdueKey = ['promises', 'overdue'] as const;

/** The caller's overdue promises (a manager's include their reps'), refreshed every few minutes. */
export function useOverduePromises(enabled = true) {
  return useQuery({ queryKey: overdueKey, queryFn: () => api<OverduePromises>('/promises/overdue'), enabled, refetchInterval: 5 * 60_000 });
}
