import type { ValueClass } from './config';

/** The fields of a run's account entry that a diff reads. */
export interface ClassedAccount {
  accountId: string;
  valueClass: ValueClass;
}

/** An account whose class changed between two runs; `from` null = new in the later run, `to` null = gone. */
export interface ClassMove {
  accountId: string;
  from: ValueClass | null;
  to: ValueClass | null;
}

/** Moves between two runs and a count per (from → to) pair. */
export interface ClassRunDiff {
  /** Accounts whose class differs, sorted by accountId. */
  moved: ClassMove[];
  /** Count per transition, e.g. `{ from: 'B', to: 'A', count: 3 }`, sorted by from then to (null last). */
  transitions: { from: ValueClass | null; to: ValueClass | null; count: number }[];
  unchangedCount: number;
}

const order = (c: ValueClass | null) => (c === null ? 'Z' : c);

/**
 * Compares an earlier run with a later one: which accounts moved class (A → B, new, gone), how many
 * made each move, and how many stayed. Independent of the order of either list.
 */
export function diffClassRuns(previous: readonly ClassedAccount[], next: readonly ClassedAccount[]): ClassRunDiff {
  const before = new Map(previous.map((a) => [a.accountId, a.valueClass]));
  const after = new Map(next.map((a) => [a.accountId, a.valueClass]));
  const ids = [...new Set([...before.keys(), ...after.keys()])].sort();
  const moved: ClassMove[] = [];
  let unchangedCount = 0;
  for (const accountId of ids) {
    const from = before.get(accountId) ?? null;
    const to = after.get(accountId) ?? null;
    if (from === to) unchangedCount += 1;
    else moved.push({ accountId, from, to });
  }
  const counts = new Map<string, { from: ValueClass | null; to: ValueClass | null; count: number }>();
  for (const m of moved) {
    const key = `${order(m.from)}>${order(m.to)}`;
    const entry = counts.get(key) ?? { from: m.from, to: m.to, count: 0 };
    entry.count += 1;
    counts.set(key, entry);
  }
  const transitions = [...counts.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, v]) => v);
  return { moved, transitions, unchangedCount };
}
