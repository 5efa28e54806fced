import { accountKinds, type AccountKind } from '../shared/account-kind';
import { valueClasses, type ValueClass, type ValueClassConfig } from './config';

/** One row of a run's summary: a class within one kind, or within all kinds when `kind` is 'all'. */
export interface ClassSummaryRow {
  kind: AccountKind | 'all';
  valueClass: ValueClass;
  count: number;
  /** Share of the accounts of this kind (or of all) in this class, 0–100, one decimal. */
  accountSharePercent: number;
  /** Sum of the positive values of the accounts in this class, in fen. */
  valueFen: number;
  /** Share of the positive value of this kind (or of all) held by this class, 0–100, one decimal. */
  valueSharePercent: number;
  /** Days between visits for this kind and class; null on 'all' rows, where kinds may differ. */
  visitIntervalDays: number | null;
}

/** The per-account fields the summary reads. */
export interface SummarisableClassification {
  kind: AccountKind;
  valueClass: ValueClass;
  valueFen: number;
}

const pct = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 1000) / 10 : 0);

/**
 * Counts, account share, value share and visit interval per kind and class (A, B, C, even when empty),
 * then per class over all kinds. Value shares use positive values only (a loss-making account adds no
 * value), so each kind's shares sum to about 100 %. Kinds with no accounts are left out.
 */
export function summariseClassRun(accounts: readonly SummarisableClassification[], config: ValueClassConfig): ClassSummaryRow[] {
  const rows: ClassSummaryRow[] = [];
  const build = (kind: AccountKind | 'all', members: readonly SummarisableClassification[]) => {
    const totalValue = members.reduce((s, a) => s + Math.max(0, a.valueFen), 0);
    for (const valueClass of valueClasses) {
      const inClass = members.filter((a) => a.valueClass === valueClass);
      const valueFen = inClass.reduce((s, a) => s + Math.max(0, a.valueFen), 0);
      rows.push({
        kind,
        valueClass,
        count: inClass.length,
        accountSharePercent: pct(inClass.length, members.length),
        valueFen,
        valueSharePercent: pct(valueFen, totalValue),
        visitIntervalDays: kind === 'all' ? null : config.visitIntervalDays[kind][valueClass],
      });
    }
  };
  for (const kind of accountKinds) {
    const members = accounts.filter((a) => a.kind === kind);
    if (members.length > 0) build(kind, members);
  }
  build('all', accounts);
  return rows;
}
