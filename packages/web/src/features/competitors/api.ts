import type { CompetitorIntel, CompetitorIntelQuery, CompetitorShares } from '@qudao/contract';
import { api } from '../../api/client';

export const competitorsKey = ['competitors'] as const;
export const fetchIntel = (query: CompetitorIntelQuery) => api<CompetitorIntel>('/competitor-intel', { query });
export const fetchShares = (query: CompetitorIntelQuery) => api<CompetitorShares>('/competitor-intel/shares', { query });
