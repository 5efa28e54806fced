// Routing benchmarks: npm run bench -- solomon|tsplib|pvrp [--time-limit S] [--seed N] [--only A,B] [--json FILE]
// `territory` is delegated to territory.ts (districting). Instances run one after another on this thread,
// so seconds are single-core wall time. Feasibility is the independent checker's verdict.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkSolution } from '../src/checker';
import { benchmarkCost, vehiclesUsed } from '../src/formats';
import { solve } from '../src/solve';
import { printRows, printSummary, summarise, type BenchRow } from './report';
import { benchDir, listInstances, readCsvValues, roundLikeLiterature, type SetName } from './sets';

const DEFAULT_LIMIT_S: Record<SetName, number> = { solomon: 5, tsplib: 5, pvrp: 60 };

function option(args: string[], name: string): string | undefined {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
}

async function main(argv: string[]): Promise<void> {
  const [set, ...args] = argv;
  if (set === 'territory') {
    const url = new URL('./territory.ts', import.meta.url);
    if (!existsSync(url)) throw new Error('territory benchmark not available (packages/solver/bench/territory.ts missing)');
    const mod = (await import(url.href)) as { runTerritoryBench?: (a: string[]) => Promise<unknown> };
    await mod.runTerritoryBench?.(args);
    return;
  }
  if (set !== 'solomon' && set !== 'tsplib' && set !== 'pvrp') {
    console.error('usage: npm run bench -- solomon|tsplib|pvrp|territory [--time-limit S] [--seed N] [--only A,B] [--json FILE]');
    process.exitCode = 2;
    return;
  }
  const limitS = Number(option(args, '--time-limit') ?? DEFAULT_LIMIT_S[set]);
  const seed = Number(option(args, '--seed') ?? 1);
  const only = option(args, '--only')?.split(',');
  const jsonPath = option(args, '--json');
  const instances = listInstances(set).filter((i) => !only || only.includes(i.name));
  const vroom = set === 'solomon' ? readCsvValues(join(benchDir(), 'solomon', 'vroom_v1.14_reference.csv')) : undefined;
  console.log(`${set}: ${instances.length} instances, time limit ${limitS} s, seed ${seed}`);
  const rows: BenchRow[] = [];
  for (const inst of instances) {
    const { problem } = inst.load();
    const started = performance.now();
    const solution = solve(problem, { seed, timeLimitMs: limitS * 1000 });
    const seconds = (performance.now() - started) / 1000;
    const check = checkSolution(problem, solution.routes);
    const cost = roundLikeLiterature(set, benchmarkCost(solution));
    const row: BenchRow = {
      instance: inst.name, klass: inst.klass, cost, bks: inst.bks, gapPct: (cost / inst.bks - 1) * 100,
      feasible: check.feasible, vehicles: vehiclesUsed(solution), unassigned: solution.unassigned.length, seconds,
    };
    const v = vroom?.get(inst.name);
    if (v) row.extra = { 'vroom-x0': Number(v[1]), 'x0 gap%': Number(v[3]), 'x0 s': Number(v[4]), 'vroom-x5': Number(v[5]), 'x5 gap%': Number(v[7]), 'x5 s': Number(v[8]) };
    rows.push(row);
    console.log(`  ${inst.name.padEnd(9)} ${cost.toFixed(2).padStart(10)}  gap ${row.gapPct.toFixed(2).padStart(6)} %  ${check.feasible ? 'feasible' : 'INFEASIBLE'}  ${seconds.toFixed(2)} s`);
  }
  console.log();
  printRows(rows);
  console.log();
  const summaries = summarise(rows, vroom ? ['x0 gap%', 'x0 s', 'x5 gap%', 'x5 s'] : []);
  printSummary(summaries);
  if (jsonPath) writeFileSync(jsonPath, JSON.stringify({ set, timeLimitS: limitS, seed, rows, summaries }, null, 2));
}

await main(process.argv.slice(2));
