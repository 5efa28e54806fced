import type { Dashboard, DashboardAccountList, DashboardFilters, DashboardKind } from '@qudao/contract';
import { api, toQueryString } from '../../api/client';

export const dashboardsKey = ['dashboards'] as const;

/** One dashboard with the filters. */
export const fetchDashboard = (kind: DashboardKind, filters: DashboardFilters) => api<Dashboard>(`/dashboards/${kind}`, { query: { ...filters } });

/** The accounts behind one figure. */
export const fetchDrill = (kind: DashboardKind, filters: DashboardFilters, category: string, series: string, page: number) =>
  api<DashboardAccountList>(`/dashboards/${kind}/accounts`, { query: { ...filters, category, series, page, pageSize: 50 } });

/** Address of the XLSX export (a plain link: the session cookie goes along). */
export const xlsxHref = (kind: DashboardKind, filters: DashboardFilters) => `/api/dashboards/${kind}/xlsx${toQueryString({ ...filters })}`;
