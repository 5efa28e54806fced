import { useQuery } from '@tanstack/react-query';
import type { Me } from '@qudao/contract';
import { ApiError } from '../../api/client';
import { fetchMe } from '../../api/endpoints';

/** Query key of the signed-in user; `null` data means "not signed in". */
export const meKey = ['me'] as const;

/** The signed-in user, or null when there is no session. */
export function useMe() {
  return useQuery<Me | null>({
    queryKey: meKey,
    queryFn: async () => {
      try {
        return await fetchMe();
      } catch (err) {
        if (err instanceof ApiError && err.status === 401) return null;
        throw err;
      }
    },
    staleTime: Infinity,
  });
}
