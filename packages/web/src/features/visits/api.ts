import { useEffect, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { EffectiveVisitRulePut, EffectiveVisitRuleView, SalesToolsPut, SalesToolView, Ticket, Visit, VisitBriefView, VisitCreate, VisitListQuery, VisitPromiseView, VisitSettings } from '@qudao/contract';
import { api, ApiError } from '../../api/client';
import type { Page } from '../../api/endpoints';
import { cachedBrief, cacheBrief, onOutboxChange, readOutbox, type OutboxEntry } from './outbox';

export const fetchVisits = (q: VisitListQuery) => api<Page<Visit>>('/visits', { query: q as Record<string, string | number> });
export const createVisit = (body: VisitCreate) => api<Visit>('/visits', { method: 'POST', body });
export const fetchTickets = (q: { status?: string; accountId?: string } = {}) => api<Page<Ticket>>('/tickets', { query: q });
export const visitSettingsKey = ['visit-settings'] as const;
export const fetchVisitSettings = () => api<VisitSettings>('/settings/visits');
export const putVisitRule = (kind: string, body: EffectiveVisitRulePut) => api<EffectiveVisitRuleView>(`/settings/visits/rules/${kind}`, { method: 'PUT', body });
export const putSalesTools = (body: SalesToolsPut) => api<Page<SalesToolView>>('/settings/visits/tools', { method: 'PUT', body });
export const fetchPromises = (q: { status?: string } = {}) => api<Page<VisitPromiseView>>('/promises', { query: q });

/** Query key of a visit's brief. */
export const briefKey = (id: string) => ['visit-brief', id] as const;

/**
 * The brief of a visit: from the server when reachable (and kept on the phone), else the last copy
 * kept on the phone, so a visit prepared online can be done with no signal.
 */
export function useBrief(id: string) {
  return useQuery({
    queryKey: briefKey(id),
    queryFn: async () => {
      try {
        const b = await api<VisitBriefView>(`/visits/${id}/brief`);
        await cacheBrief(id, b);
        return { brief: b, fromCache: false };
      } catch (err) {
        const cached = err instanceof ApiError && err.code === 'NETWORK' ? await cachedBrief<VisitBriefView>(id) : undefined;
        if (cached) return { brief: cached, fromCache: true };
        throw err;
      }
    },
    networkMode: 'always',
    retry: false,
  });
}

/** The outbox entries (live), optionally of one visit. */
export function useOutbox(visitId?: string): OutboxEntry[] {
  const [entries, setEntries] = useState<OutboxEntry[]>([]);
  useEffect(() => {
    let alive = true;
    const load = () => void readOutbox().then((all) => alive && setEntries(visitId ? all.filter((e) => e.visitId === visitId) : all));
    load();
    const off = onOutboxChange(load);
    return () => {
      alive = false;
      off();
    };
  }, [visitId]);
  return entries;
}
