import type { MinimumPriceCreate, MinimumPricePatch, MinimumPriceRow, PriceObservation, PriceObservationCreate, PriceViolationQuery, PriceViolationRow } from '@qudao/contract';
import { api } from '../../api/client';
import type { Page } from '../../api/endpoints';

export const pricesKey = ['prices'] as const;
export const fetchMinimumPrices = () => api<Page<MinimumPriceRow>>('/minimum-prices');
export const createMinimumPrice = (body: MinimumPriceCreate) => api<MinimumPriceRow>('/minimum-prices', { method: 'POST', body });
export const patchMinimumPrice = (id: string, body: MinimumPricePatch) => api<MinimumPriceRow>(`/minimum-prices/${id}`, { method: 'PATCH', body });
export const fetchViolations = (query: PriceViolationQuery) => api<Page<PriceViolationRow>>('/price-violations', { query });
export const createObservation = (body: PriceObservationCreate) => api<PriceObservation>('/price-observations', { method: 'POST', body });
