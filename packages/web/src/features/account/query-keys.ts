/** Query key of one account. */
export const accountKey = (id: string) => ['accounts', id] as const;

/** Query key of an account's contacts. */
export const contactsKey = (accountId: string) => ['accounts', accountId, 'contacts'] as const;

/** Query key prefix of an account's history (its own and its contacts'); every edit invalidates it. */
export const auditKey = (accountId: string) => ['accounts', accountId, 'audit'] as const;
