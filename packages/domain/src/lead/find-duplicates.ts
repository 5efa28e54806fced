import { diceSimilarity } from './similarity';
import { isSamePhone, normaliseAddress, normaliseCompanyName, normalisePhone } from './normalise';

/** A lead or an account as duplicate detection sees it. */
export interface PartyIdentity {
  name: string;
  phones: readonly string[];
  address: string | null;
}

/** An existing account to compare a lead with. */
export interface ExistingAccount extends PartyIdentity {
  accountId: string;
}

/** Why an account looks like the lead; similarities are 0–1 rounded to two decimals. */
export type DuplicateReason =
  | { kind: 'name_same'; normalisedName: string }
  | { kind: 'name_similar'; similarity: number }
  | { kind: 'phone_same'; phone: string }
  | { kind: 'address_similar'; similarity: number };

/** An account that may be the same business as the lead. */
export interface DuplicateCandidate {
  accountId: string;
  /** 0–1, two decimals; higher is more likely the same business. */
  score: number;
  reasons: DuplicateReason[];
}

/** Thresholds of duplicate detection. */
export interface DuplicateOptions {
  /** Prefecture and county names to strip from the start of names and addresses (e.g. from the units table). */
  placeNames?: readonly string[];
  /** Least score to report (default 0.6). */
  minScore?: number;
}

const NAME_MIN = 0.5;
const ADDRESS_MIN = 0.6;
const PHONE_EVIDENCE = 0.9;
const ADDRESS_WEIGHT = 0.8;
const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * Existing accounts that may be the lead's business (R2.1), best first (score desc, then accountId).
 * Each signal gives evidence: the bigram-Dice similarity of normalised names if ≥ 0.5; 0.9 for a
 * shared phone line; 0.8 × address similarity if that is ≥ 0.6 (a shared building is weaker proof).
 * The score combines them as independent evidence, 1 − Π(1 − eᵢ), so any strong signal alone can
 * flag a candidate and agreeing signals raise it. Accounts below `minScore` are left out.
 */
export function findDuplicateCandidates(lead: PartyIdentity, accounts: readonly ExistingAccount[], options: DuplicateOptions = {}): DuplicateCandidate[] {
  const places = options.placeNames ?? [];
  const minScore = options.minScore ?? 0.6;
  const leadName = normaliseCompanyName(lead.name, places);
  const leadPhones = lead.phones.map(normalisePhone).filter((p) => p !== '');
  const leadAddress = lead.address ? normaliseAddress(lead.address, places) : '';
  const out: DuplicateCandidate[] = [];
  for (const account of accounts) {
    const reasons: DuplicateReason[] = [];
    const evidence: number[] = [];
    const name = normaliseCompanyName(account.name, places);
    const nameSim = diceSimilarity(leadName, name);
    if (leadName !== '' && leadName === name) reasons.push({ kind: 'name_same', normalisedName: name });
    else if (nameSim >= NAME_MIN) reasons.push({ kind: 'name_similar', similarity: round2(nameSim) });
    if (nameSim >= NAME_MIN) evidence.push(nameSim);
    const phone = account.phones.map(normalisePhone).find((p) => leadPhones.some((q) => isSamePhone(p, q)));
    if (phone) {
      reasons.push({ kind: 'phone_same', phone });
      evidence.push(PHONE_EVIDENCE);
    }
    const addressSim = account.address && leadAddress ? diceSimilarity(leadAddress, normaliseAddress(account.address, places)) : 0;
    if (addressSim >= ADDRESS_MIN) {
      reasons.push({ kind: 'address_similar', similarity: round2(addressSim) });
      evidence.push(ADDRESS_WEIGHT * addressSim);
    }
    const score = round2(1 - evidence.reduce((p, e) => p * (1 - e), 1));
    if (reasons.length > 0 && score >= minScore) out.push({ accountId: account.accountId, score, reasons });
  }
  return out.sort((a, b) => b.score - a.score || (a.accountId < b.accountId ? -1 : a.accountId > b.accountId ? 1 : 0));
}
