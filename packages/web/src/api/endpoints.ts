import type {
  Account,
  AccountListQuery,
  AccountPatch,
  AccountPoint,
  AuditEntity,
  AuditEntry,
  Contact,
  GeoFeatureCollection,
  GeoLevel,
  ContactCreate,
  ContactPatch,
  Locale,
  Me,
  MonthlySales,
  Product,
  Unit,
  User,
  UserCreate,
  UserPatch,
} from '@qudao/contract';
import { api } from './client';

/** A page of a list endpoint (API convention: `{ items, total }`). */
export interface Page<T> {
  items: T[];
  total: number;
}

/** Province or prefecture boundaries as served by /api/geo/:level. */
export type GeoLayer = GeoFeatureCollection;

/** Account list filters as kept in the URL; everything optional. */
export type AccountListParams = Partial<Omit<AccountListQuery, 'hasLocation'>>;

export const login = (username: string, password: string) =>
  api<Me | { ok: true }>('/auth/login', { method: 'POST', body: { username, password }, allowUnauthenticated: true });
export const logout = () => api<unknown>('/auth/logout', { method: 'POST', allowUnauthenticated: true });
export const fetchMe = () => api<Me>('/me', { allowUnauthenticated: true });
export const patchMe = (locale: Locale | null) => api<Me>('/me', { method: 'PATCH', body: { locale } });

export const fetchAccounts = (params: AccountListParams) => api<Page<Account>>('/accounts', { query: params });
export const fetchAccountPoints = () => api<Page<AccountPoint>>('/accounts/points');
export const fetchAccount = (id: string) => api<Account>(`/accounts/${id}`);
export const patchAccount = (id: string, patch: AccountPatch) =>
  api<Account>(`/accounts/${id}`, { method: 'PATCH', body: patch });

export const fetchContacts = (accountId: string) => api<Page<Contact>>(`/accounts/${accountId}/contacts`);
export const createContact = (accountId: string, body: ContactCreate) =>
  api<Contact>(`/accounts/${accountId}/contacts`, { method: 'POST', body });
export const patchContact = (id: string, body: ContactPatch) => api<Contact>(`/contacts/${id}`, { method: 'PATCH', body });

export const fetchMonthlySales = (accountId: string) => api<MonthlySales>(`/accounts/${accountId}/sales/monthly`);
export const fetchAudit = (entity: AuditEntity, id: string) =>
  api<Page<AuditEntry>>(`/audit/${entity}/${id}`, { query: { pageSize: 200, order: 'desc' } });

export const fetchProducts = () => api<Page<Product>>('/products', { query: { pageSize: 500 } });
export const fetchUsers = () => api<Page<User>>('/users', { query: { pageSize: 200 } });
export const createUser = (body: UserCreate) => api<User>('/users', { method: 'POST', body });
export const patchUser = (id: string, body: UserPatch) => api<User>(`/users/${id}`, { method: 'PATCH', body });

export const fetchProvinces = () => api<Page<Unit>>('/units', { query: { level: 'province', pageSize: 1000, sort: 'id' } });
export const fetchGeo = (level: GeoLevel) => api<GeoLayer>(`/geo/${level}`);
