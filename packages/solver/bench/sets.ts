// Benchmark sets of ../shared/bench: which files, how to parse them, their BKS and instance classes.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseInstance, type InstanceFormat, type ParsedInstance } from '../src/formats';

/** Routing benchmark sets handled by run.ts. */
export type SetName = 'solomon' | 'tsplib' | 'pvrp';

/** One instance of a set: name, class for the summary, parsed problem and best-known value. */
export interface BenchInstance {
  name: string;
  klass: string;
  bks: number;
  load: () => ParsedInstance;
}

/** Folder of the benchmark data: QUDAO_BENCH_DIR, else ../shared/bench next to the repository. */
export function benchDir(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  return process.env.QUDAO_BENCH_DIR ?? resolve(here, '../../../../shared/bench');
}

/** Reads `instance,value,…` rows of a CSV (quoted later fields are ignored). */
export function readCsvValues(path: string, column = 1): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const lines = readFileSync(path, 'utf8').split(/\r?\n/).filter((l) => l.trim().length > 0);
  for (const line of lines.slice(1)) {
    // Split on commas outside quotes.
    const cells = line.match(/("([^"]*)"|[^,]*)(,|$)/g)?.map((c) => c.replace(/,$/, '').replace(/^"|"$/g, '')) ?? [];
    out.set(cells[0]!, cells.slice(column));
  }
  return out;
}

const FORMAT: Record<SetName, InstanceFormat> = { solomon: 'solomon', tsplib: 'tsplib', pvrp: 'cordeau' };
const EXT: Record<SetName, string> = { solomon: '.txt', tsplib: '.tsp', pvrp: '.txt' };

function classOf(set: SetName, name: string, size: number): string {
  if (set === 'solomon') return name.replace(/\d\d$/, '');
  if (set === 'tsplib') return size <= 200 ? 'n≤200' : 'n>200';
  return name.startsWith('pr') ? 'pr01-10' : 'p01-32';
}

/** Lists a set's instances (sorted by name) with their BKS from bks.csv. */
export function listInstances(set: SetName): BenchInstance[] {
  const dir = join(benchDir(), set);
  const bks = readCsvValues(join(dir, 'bks.csv'));
  return readdirSync(dir)
    .filter((f) => f.endsWith(EXT[set]) && bks.has(f.slice(0, -EXT[set].length)))
    .sort()
    .map((f) => {
      const name = f.slice(0, -EXT[set].length);
      const text = () => readFileSync(join(dir, f), 'utf8');
      const size = set === 'tsplib' ? Number(/DIMENSION\s*:\s*(\d+)/.exec(text())?.[1] ?? 0) : 0;
      return { name, klass: classOf(set, name, size), bks: Number(bks.get(name)![0]), load: () => parseInstance(FORMAT[set], text(), name) };
    });
}

/** Objective as published for the set: 2 decimals (Solomon, PVRP) or integer (TSPLIB). */
export function roundLikeLiterature(set: SetName, cost: number): number {
  return set === 'tsplib' ? Math.round(cost) : Math.round(cost * 100) / 100;
}
