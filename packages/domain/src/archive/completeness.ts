import type { AccountKind } from '../shared/account-kind';
import type { Bilingual } from '../shared/messages';
import type { LocalDate } from '../shared/local-date';
import { archiveSections, type ArchiveFieldDef, type ArchiveSectionDef, type ArchiveSectionId } from './sections';

/** A section's values by field id and the day it was last changed. */
export interface ArchiveSectionData {
  values: Readonly<Record<string, unknown>>;
  lastUpdatedOn: LocalDate | null;
}

/** One contact person; `isKey` marks decision makers and influencers. */
export interface ArchiveContact {
  contactId: string;
  isKey: boolean;
  values: Readonly<Record<string, unknown>>;
}

/** An account's archive as the rules read it; an absent section counts as empty and never updated. */
export interface ArchiveSnapshot {
  kind: AccountKind;
  /** Export-oriented customers are also asked for the policy of their markets (R5.2). */
  exportOriented: boolean;
  basic?: ArchiveSectionData;
  contacts?: { contacts: readonly ArchiveContact[]; lastUpdatedOn: LocalDate | null };
  region?: ArchiveSectionData;
  competitors?: ArchiveSectionData;
  trading?: ArchiveSectionData;
  deeper?: ArchiveSectionData;
}

/** A field that is not filled; `contactId` is set for a contact's field, and field `contact` means "no contact at all". */
export interface MissingArchiveItem {
  section: ArchiveSectionId;
  field: string;
  contactId?: string;
  label: Bilingual;
}

/** Completeness of one section. */
export interface SectionCompleteness {
  section: ArchiveSectionId;
  /** 0–100, whole percent (rounded). */
  scorePercent: number;
  missing: MissingArchiveItem[];
}

/** Completeness of an account's archive: overall, per section, and everything missing. */
export interface ArchiveCompleteness {
  /** Σ section weight × section fraction ÷ Σ weights, 0–100, whole percent (rounded). */
  overallPercent: number;
  sections: SectionCompleteness[];
  missing: MissingArchiveItem[];
}

/**
 * Whether a value counts as recorded: not null/undefined, a string with non-space text, a non-empty
 * array, a finite number or any boolean or object. `0` and `false` are answers, not gaps.
 */
export function isArchiveValueFilled(value: unknown): boolean {
  if (value === null || value === undefined) return false;
  if (typeof value === 'string') return value.trim().length > 0;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'number') return Number.isFinite(value);
  return true;
}

function applies(field: ArchiveFieldDef, s: ArchiveSnapshot): boolean {
  if (field.kinds && !field.kinds.includes(s.kind)) return false;
  return !field.exportOnly || s.exportOriented;
}

function scoreFields(def: ArchiveSectionDef, values: Readonly<Record<string, unknown>>, s: ArchiveSnapshot, contactId?: string) {
  let filled = 0;
  let total = 0;
  const missing: MissingArchiveItem[] = [];
  for (const field of def.fields) {
    if (!applies(field, s)) continue;
    total += field.weight;
    if (isArchiveValueFilled(values[field.id])) filled += field.weight;
    else missing.push({ section: def.id, field: field.id, label: field.label, ...(contactId === undefined ? {} : { contactId }) });
  }
  return { fraction: total > 0 ? filled / total : 1, missing };
}

function scoreSection(def: ArchiveSectionDef, s: ArchiveSnapshot): { fraction: number; missing: MissingArchiveItem[] } {
  if (def.id !== 'contacts') return scoreFields(def, s[def.id]?.values ?? {}, s);
  const contacts = s.contacts?.contacts ?? [];
  if (contacts.length === 0) {
    return { fraction: 0, missing: [{ section: 'contacts', field: 'contact', label: { 'zh-CN': '至少一位联系人', en: 'At least one contact person' } }] };
  }
  // Key people decide the business, so only they are scored when marked; a minor extra contact with
  // a thin profile must not lower the score. With none marked, every contact counts.
  const scored = contacts.some((c) => c.isKey) ? contacts.filter((c) => c.isKey) : contacts;
  const parts = scored.map((c) => scoreFields(def, c.values, s, c.contactId));
  return { fraction: parts.reduce((sum, p) => sum + p.fraction, 0) / parts.length, missing: parts.flatMap((p) => p.missing) };
}

/**
 * Completeness of an archive (R5.5 "complete"): per section the weighted share of applicable fields
 * filled — the contacts section is the mean over key contacts (or all, if none is key) — and overall
 * the section scores weighted by section weight (defaults: {@link archiveSections}). Lists every
 * missing item in section and field order. Fields that do not apply to the account (by kind, or
 * export-only) are neither counted nor listed.
 */
export function assessArchiveCompleteness(snapshot: ArchiveSnapshot, sections: readonly ArchiveSectionDef[] = archiveSections): ArchiveCompleteness {
  let weighted = 0;
  let totalWeight = 0;
  const out: SectionCompleteness[] = [];
  for (const def of sections) {
    const { fraction, missing } = scoreSection(def, snapshot);
    weighted += def.weight * fraction;
    totalWeight += def.weight;
    out.push({ section: def.id, scorePercent: Math.round(fraction * 100), missing });
  }
  return {
    overallPercent: totalWeight > 0 ? Math.round((weighted / totalWeight) * 100) : 100,
    sections: out,
    missing: out.flatMap((s) => s.missing),
  };
}
