import type { AuditEntry } from '@qudao/contract';
import type { TFunction } from 'i18next';
import { i18n } from '../../i18n';

/** One change event in the history: entries written together by one user at one moment. */
export interface AuditEvent {
  key: string;
  entity: string;
  entityId: string;
  at: string;
  userName: string | null;
  source: AuditEntry['source'];
  entries: AuditEntry[];
}

// Bookkeeping fields say nothing to a user (a contact's accountId is the account being viewed).
const hiddenFields = new Set(['id', 'accountId', 'version', 'createdAt', 'updatedAt']);

/** Groups field-level audit entries into change events, newest first; bookkeeping fields are left out. */
export function groupAuditEntries(entries: AuditEntry[]): AuditEvent[] {
  const events = new Map<string, AuditEvent>();
  for (const e of entries) {
    if (hiddenFields.has(e.field)) continue;
    const key = `${e.at}|${e.userId ?? ''}|${e.entity}|${e.entityId}|${e.source}`;
    const ev = events.get(key) ?? { key, entity: e.entity, entityId: e.entityId, at: e.at, userName: e.userName, source: e.source, entries: [] };
    ev.entries.push(e);
    events.set(key, ev);
  }
  return [...events.values()].sort((a, b) => b.at.localeCompare(a.at));
}

/** The field's label in the UI language, or its raw name when the UI has none. */
export function fieldLabel(t: TFunction, field: string): string {
  const key = `fields.${field}`;
  // Archive fields are prefixed by their section (`trading.creditRating`, `profile.interests`).
  if (!i18n.exists(key) && i18n.exists(`archive:field.${field}`)) return String(t(`archive:field.${field}` as 'fields.name'));
  return i18n.exists(key) ? String(t(key as 'fields.name')) : field;
}

/** A stored value as text: kinds and statuses translated, empty shown as such, objects as JSON. */
export function valueText(t: TFunction, field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return t('account.empty');
  if (typeof value === 'string') {
    if (field === 'kind' && i18n.exists(`kind.${value}`)) return String(t(`kind.${value}` as 'kind.distributor'));
    if (field === 'status' && i18n.exists(`status.${value}`)) return String(t(`status.${value}` as 'status.active'));
    return value;
  }
  if (typeof value === 'boolean') return value ? t('account.yes') : t('account.no');
  if (typeof value === 'number') return String(value);
  return JSON.stringify(value);
}
