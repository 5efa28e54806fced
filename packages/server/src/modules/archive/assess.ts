import type { AccountArchive, AccountProfileValues, ArchiveSectionKey, ContactProfile, SectionMeta } from '@qudao/contract';
import { assessArchiveCompleteness, assessArchiveFreshness, type ArchiveSnapshot, type FreshnessRules, type ValueClass } from '@qudao/domain';
import type { contacts } from '../../db/schema';
import type { accountCompetitors, accountProfiles, archiveSectionMeta, contactProfiles, orderOutcomes, unitProfiles } from '../../db/schema-archive';
import type { AccountRow } from '../accounts/repo';

/** The archive fields of an account as stored (defaults when no row yet). */
export type ProfileRow = typeof accountProfiles.$inferSelect;

/** An empty profile: what an account without archive data has. */
export function emptyProfile(accountId: string): ProfileRow {
  return {
    accountId, businessScope: null, exportOriented: false, competitorRelations: null, orderFlow: null, salesActivity: null, problems: null, potential: null,
    financialStatus: null, creditRating: null, creditLimitFen: null, businessSpecialty: null, industryPosition: null, distributionCapacity: null,
    capitalStrength: null, commercialCredit: null, willingnessToCooperate: null, machineToolTurnoverFen: null, updatedAt: new Date(0).toISOString(),
  };
}

/** API view of the profile values. */
export function toProfileValues(p: ProfileRow): AccountProfileValues {
  const { accountId: _a, updatedAt: _u, ...values } = p;
  return { ...values, creditLimitFen: values.creditLimitFen === null ? null : Number(values.creditLimitFen), machineToolTurnoverFen: values.machineToolTurnoverFen === null ? null : Number(values.machineToolTurnoverFen) };
}

/** API view of a contact profile (defaults when none). */
export function toContactProfile(p: typeof contactProfiles.$inferSelect | null): ContactProfile {
  return {
    isKey: p?.isKey ?? false, personality: p?.personality ?? null, interests: p?.interests ?? null, hobbies: p?.hobbies ?? null, family: p?.family ?? null,
    education: p?.education ?? null, age: p?.age ?? null, abilities: p?.abilities ?? null, background: p?.background ?? null, source: p?.source ?? 'manual', consentNote: p?.consentNote ?? null,
  };
}

/** Everything stored about an account's archive, as loaded by the repo. */
export interface ArchiveParts {
  account: AccountRow;
  unitName: string;
  unitProfile: typeof unitProfiles.$inferSelect | null;
  regionUpdatedByName: string | null;
  regionVerifiedByName: string | null;
  profile: ProfileRow;
  contacts: { c: typeof contacts.$inferSelect; p: typeof contactProfiles.$inferSelect | null }[];
  competitors: (typeof accountCompetitors.$inferSelect)[];
  outcomes: (typeof orderOutcomes.$inferSelect)[];
  meta: { m: typeof archiveSectionMeta.$inferSelect; updatedByName: string | null; verifiedByName: string | null }[];
  valueClass: ValueClass | null;
}

const day = (iso: string | null | undefined) => (iso ? iso.slice(0, 10) : null);
const later = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a > b ? a : b);

/**
 * An account without a class yet is judged as its kind's provisional default (distributor B, others C),
 * the same defaults the classification uses for accounts without history.
 */
export function assumedClass(kind: AccountRow['kind']): ValueClass {
  return kind === 'distributor' ? 'B' : 'C';
}

/** The domain's view of the archive (what completeness and freshness read). */
export function toSnapshot(parts: ArchiveParts): ArchiveSnapshot {
  const { account: a, profile: p } = parts;
  const metaOn = (s: string) => parts.meta.find((m) => m.m.section === s)?.m.updatedOn ?? null;
  const contactsOn = parts.contacts.reduce<string | null>((d, c) => later(later(d, day(c.c.updatedAt)), c.p ? day(c.p.updatedAt) : null), metaOn('contacts'));
  const priced = parts.competitors.filter((c) => c.models || c.priceNote).map((c) => `${c.brand} ${c.models ?? ''} ${c.priceNote ?? ''}`.trim());
  return {
    kind: a.kind,
    exportOriented: p.exportOriented,
    basic: { values: { name: a.name, address: a.address, phone: a.phone, location: a.lng !== null && a.lat !== null ? { lng: a.lng, lat: a.lat } : null, businessScope: p.businessScope }, lastUpdatedOn: later(metaOn('basic'), day(a.updatedAt)) },
    contacts: {
      contacts: parts.contacts.map(({ c, p: cp }) => ({
        contactId: c.id,
        isKey: cp?.isKey ?? false,
        values: { name: c.name, role: c.title, phone: c.phone, personality: cp?.personality, interests: cp?.interests, hobbies: cp?.hobbies, family: cp?.family, education: cp?.education, age: cp?.age, abilities: cp?.abilities, background: cp?.background },
      })),
      lastUpdatedOn: contactsOn,
    },
    region: { values: { ...(parts.unitProfile ?? {}) }, lastUpdatedOn: parts.unitProfile?.updatedOn ?? null },
    competitors: {
      values: {
        competitors: parts.competitors.map((c) => c.brand),
        competitorRelations: p.competitorRelations ?? parts.competitors.map((c) => c.relation).filter(Boolean).join('; '),
        competitorPrices: priced,
        orderFlow: p.orderFlow ?? (parts.outcomes.length > 0 ? parts.outcomes.length : null),
      },
      lastUpdatedOn: metaOn('competitors'),
    },
    trading: { values: { ...p }, lastUpdatedOn: metaOn('trading') },
    deeper: { values: { ...p }, lastUpdatedOn: metaOn('deeper') },
  };
}

/** The API view of an account's archive: values, completeness, freshness and verification per section. */
export function assessArchive(parts: ArchiveParts, today: string, rules: FreshnessRules): AccountArchive {
  const snapshot = toSnapshot(parts);
  const completeness = assessArchiveCompleteness(snapshot);
  const valueClass = parts.valueClass ?? assumedClass(parts.account.kind);
  const freshness = assessArchiveFreshness(snapshot, valueClass, today, rules);
  const up = parts.unitProfile;
  const sections: SectionMeta[] = completeness.sections.map((s) => {
    const f = freshness.find((x) => x.section === s.section)!;
    const m = parts.meta.find((x) => x.m.section === s.section);
    const origin =
      s.section === 'region'
        ? { source: up?.source ?? null, updatedByName: parts.regionUpdatedByName, verifiedByName: parts.regionVerifiedByName, verifiedAt: up?.verifiedAt ?? null, evidenceVisitId: up?.evidenceVisitId ?? null, evidenceRef: up?.evidenceRef ?? null }
        : { source: m?.m.source ?? null, updatedByName: m?.updatedByName ?? null, verifiedByName: m?.verifiedByName ?? null, verifiedAt: m?.m.verifiedAt ?? null, evidenceVisitId: m?.m.evidenceVisitId ?? null, evidenceRef: m?.m.evidenceRef ?? null };
    return {
      section: s.section as ArchiveSectionKey,
      ...origin,
      updatedOn: f.lastUpdatedOn,
      scorePercent: s.scorePercent,
      missing: s.missing.map((x) => ({ field: x.field, label: x.label, ...(x.contactId === undefined ? {} : { contactId: x.contactId }) })),
      stale: f.stale,
      maxAgeDays: f.maxAgeDays,
      daysOverdue: f.daysOverdue,
    };
  });
  return {
    accountId: parts.account.id,
    kind: parts.account.kind,
    unitId: parts.account.unitId,
    unitName: parts.unitName,
    valueClass,
    valueClassAssumed: parts.valueClass === null,
    overallPercent: completeness.overallPercent,
    staleSections: sections.filter((s) => s.stale).length,
    profile: toProfileValues(parts.profile),
    region: { culture: up?.culture ?? null, customs: up?.customs ?? null, developmentPotential: up?.developmentPotential ?? null, exportMarketPolicy: up?.exportMarketPolicy ?? null },
    contacts: parts.contacts.map(({ c, p }) => ({ id: c.id, name: c.name, title: c.title, phone: c.phone, isPrimary: c.isPrimary, profile: toContactProfile(p) })),
    competitors: parts.competitors.map((c) => ({ id: c.id, brand: c.brand, models: c.models, priceNote: c.priceNote, relation: c.relation })),
    orderOutcomes: parts.outcomes.map((o) => ({ id: o.id, date: o.date, outcome: o.outcome, competitorBrand: o.competitorBrand, model: o.model, priceFen: o.priceFen === null ? null : Number(o.priceFen), reason: o.reason })),
    sections,
  };
}
