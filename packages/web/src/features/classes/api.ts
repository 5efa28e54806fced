import type { ClassConfig, ClassRun } from '@qudao/contract';
import { api } from '../../api/client';

type Bi = { 'zh-CN': string; en: string };

/** One account of a run (Pareto chart, who moved). */
export interface RunAccount {
  accountId: string;
  name: string;
  kind: 'distributor' | 'sub_dealer' | 'end_user';
  valueClass: 'A' | 'B' | 'C';
  previousClass: 'A' | 'B' | 'C' | null;
  basis: string;
  valueFen: number;
  rank: number | null;
  cumulativeSharePct: number | null;
  visitIntervalDays: number;
  explanation: Bi;
}

/** The class card of an account. */
export interface AccountClass {
  accountId: string;
  valueClass: 'A' | 'B' | 'C' | null;
  provisional: boolean;
  visitIntervalDays: number | null;
  override: { valueClass: 'A' | 'B' | 'C'; reason: string; expiresOn: string } | null;
  explanation: Bi | null;
  history: { runId: string; asOf: string; valueClass: 'A' | 'B' | 'C'; valueFen: number }[];
}

export const classesKey = ['classes'] as const;
export const fetchClassConfig = () => api<ClassConfig>('/classes/config');
export const saveClassConfig = (body: ClassConfig) => api<ClassConfig>('/classes/config', { method: 'PUT', body });
export const fetchRuns = () => api<{ items: ClassRun[]; total: number }>('/classes/runs');
export const startRun = (body: { metric?: 'sales' | 'gross_profit'; dryRun: boolean }) => api<ClassRun>('/classes/runs', { method: 'POST', body });
export const fetchRunAccounts = (runId: string, query: { kind?: string; moved?: 'true' }) =>
  api<{ run: ClassRun; items: RunAccount[] }>(`/classes/runs/${runId}/accounts`, { query });
export const fetchAccountClass = (accountId: string) => api<AccountClass>(`/accounts/${accountId}/class`);
export const putOverride = (accountId: string, body: { valueClass: 'A' | 'B' | 'C'; reason: string; expiresOn: string }) =>
  api<unknown>(`/accounts/${accountId}/class-override`, { method: 'PUT', body });
export const deleteOverride = (accountId: string) => api<unknown>(`/accounts/${accountId}/class-override`, { method: 'DELETE' });
