/**
 * Kinds of accounts in the channel. Mirrors the contract's list; the domain keeps its own copy because
 * it imports nothing of ours (DESIGN.md dependency direction), and the server's types check they agree.
 */
export const accountKinds = ['distributor', 'sub_dealer', 'end_user'] as const;

/** A distributor (经销商), sub-dealer (二级经销商) or end user (最终用户). */
export type AccountKind = (typeof accountKinds)[number];

/** Plural display names of each kind, for explanations. */
export const accountKindNames: Record<AccountKind, { 'zh-CN': string; en: string }> = {
  distributor: { 'zh-CN': '经销商', en: 'distributors' },
  sub_dealer: { 'zh-CN': '二级经销商', en: 'sub-dealers' },
  end_user: { 'zh-CN': '最终用户', en: 'end users' },
};
