import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { DashboardFilters } from '@qudao/contract';

const monthRe = /^\d{4}-(0[1-9]|1[0-2])$/;
const uuidRe = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The dashboard filters kept in the address (`region`, `manager`, `rep`, `from`, `to`), so a view can be
 * bookmarked and shared; malformed values in the address are ignored rather than sent.
 */
export function useDashboardFilters(): [DashboardFilters, (patch: Partial<DashboardFilters>) => void] {
  const [params, setParams] = useSearchParams();
  const filters = useMemo<DashboardFilters>(() => {
    const pick = (name: string, re?: RegExp) => {
      const v = params.get(name);
      return v && (!re || re.test(v)) ? v : undefined;
    };
    return { regionUnitId: pick('region'), managerId: pick('manager', uuidRe), repId: pick('rep', uuidRe), from: pick('from', monthRe), to: pick('to', monthRe) };
  }, [params]);
  const update = useCallback(
    (patch: Partial<DashboardFilters>) => {
      const next = { ...filters, ...patch };
      const names: [keyof DashboardFilters, string][] = [['regionUnitId', 'region'], ['managerId', 'manager'], ['repId', 'rep'], ['from', 'from'], ['to', 'to']];
      const out = new URLSearchParams(params);
      for (const [key, name] of names) {
        const v = next[key];
        if (v) out.set(name, v);
        else out.delete(name);
      }
      setParams(out, { replace: true });
    },
    [filters, params, setParams],
  );
  return [filters, update];
}
