import { api } from '../../api/client';

type Bi = { 'zh-CN': string; en: string };
/** A distributor tier or needs review. */
export type Tier = 'A' | 'B' | 'C' | 'needs_review';

/** One distributor's current tier. */
export interface TierItem {
  accountId: string;
  name: string;
  tier: Tier;
  reasons: string[];
  facts: Record<string, unknown>;
  explanation: Bi;
  effectiveOn: string;
}

/** The tiers page data. */
export interface TierOverview {
  asOf: string | null;
  counts: Record<string, number>;
  matrix: { size: string; shareBand: string; tier: string; count: number }[];
  items: TierItem[];
}

/** The tier card of an account. */
export interface AccountTier {
  current: TierItem | null;
  policy: { tier: Tier; summary: Bi; actions: Bi[] } | null;
  history: { effectiveOn: string; tier: Tier; reasons: string[] }[];
  shares: { date: string; ourSharePct: number; source: string }[];
}

export const tiersKey = ['tiers'] as const;
export const fetchTiers = () => api<TierOverview>('/tiers');
export const startTierRun = (dryRun: boolean) => api<{ counts: Record<string, number>; runId: string | null }>('/tiers/runs', { method: 'POST', body: { dryRun } });
export const fetchMigration = (from: string, to: string) =>
  api<{ items: { from: Tier | null; to: Tier | null; count: number; accountIds: string[] }[] }>('/tiers/migration', { query: { from, to } });
export const fetchAccountTier = (accountId: string) => api<AccountTier>(`/accounts/${accountId}/tier`);
