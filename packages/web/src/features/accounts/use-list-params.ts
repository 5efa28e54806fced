import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { accountKinds, accountSortFields, accountStatuses, archiveSectionValues } from '@qudao/contract';
import type { AccountListParams } from '../../api/endpoints';

function oneOf<T extends string>(values: readonly T[], v: string | null): T | undefined {
  return v !== null && (values as readonly string[]).includes(v) ? (v as T) : undefined;
}

function positiveInt(v: string | null, fallback: number, max: number): number {
  const n = Number(v);
  return Number.isInteger(n) && n >= 1 ? Math.min(n, max) : fallback;
}

/** Default page size of the account list. */
export const defaultPageSize = 20;

/** Reads the account list state (search, filters, sort, page) from the URL, so it survives reload and sharing. */
export function parseListParams(sp: URLSearchParams): AccountListParams {
  return {
    q: sp.get('q')?.trim() || undefined,
    kind: oneOf(accountKinds, sp.get('kind')),
    status: oneOf(accountStatuses, sp.get('status')),
    provinceId: sp.get('provinceId') || undefined,
    staleSection: oneOf(archiveSectionValues, sp.get('staleSection')),
    valueClass: oneOf(['A', 'B', 'C'] as const, sp.get('valueClass')),
    tier: oneOf(['A', 'B', 'C', 'needs_review'] as const, sp.get('tier')),
    sort: oneOf(accountSortFields, sp.get('sort')) ?? 'name',
    order: sp.get('order') === 'desc' ? 'desc' : 'asc',
    page: positiveInt(sp.get('page'), 1, 100_000),
    pageSize: positiveInt(sp.get('pageSize'), defaultPageSize, 200),
  };
}

/** The list state from the URL and a setter that merges changes into it (filter changes go back to page 1). */
export function useListParams() {
  const [sp, setSp] = useSearchParams();
  const params = useMemo(() => parseListParams(sp), [sp]);
  const update = useCallback(
    (change: Partial<AccountListParams>) => {
      setSp((prev) => {
        const next = new URLSearchParams(prev);
        const resetsPage = Object.keys(change).some((k) => k !== 'page' && k !== 'pageSize');
        for (const [k, v] of Object.entries(change)) {
          if (v === undefined || v === null || v === '') next.delete(k);
          else next.set(k, String(v));
        }
        if (resetsPage && !('page' in change)) next.delete('page');
        return next;
      });
    },
    [setSp],
  );
  const clear = useCallback(() => setSp(new URLSearchParams()), [setSp]);
  return { params, update, clear };
}
