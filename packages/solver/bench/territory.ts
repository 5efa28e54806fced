// Territory design benchmark on the UK cities of ../shared/bench/territory (README there).
// Run: npx tsx packages/solver/bench/territory.ts [--time-limit S] [--seed N] [--k 5,10,20]
//      [--instances Leeds,London,Manchester] [--realign] [--json FILE]
//      Tuning knobs: --border-weight W --polsby W --accept F --regrow F --iterations N --no-improve N.
//      Also `npm run bench -- territory …`, which imports runTerritoryBench.
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkDistricting, solveDistricting } from '../src/districting';
import { loadTerritoryInstance } from './territory/load-geojson';
import { runRealignScenario } from './territory/realign';

/** One row of the benchmark's JSON output (issue 7 format). */
export interface TerritoryBenchRow {
  instance: string;
  k: number;
  /** Largest |deviation| of a territory's population from the mean, percent. */
  maxDeviationPct: number;
  /** All territories connected over the adjacency graph (independent checker). */
  contiguous: boolean;
  /** Mean Polsby–Popper 4πA/P² of the territories (1 = disc). */
  compactness: number;
  /** CPU seconds of the solve (single-threaded, so seconds on one core). */
  seconds: number;
}

/** CPU time of this process in ms: the figures and the time limit then mean "seconds on one core", whatever else runs. */
const cpuClockMs = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

const here = dirname(fileURLToPath(import.meta.url));
const defaultDir = resolve(here, '../../../../shared/bench/territory');

function option(args: string[], name: string): string | undefined {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
}

/**
 * Solves every city × k with population balanced to ±5 %, verifies each design with
 * `checkDistricting`, prints a table and, with `--json FILE`, writes the rows. Returns the rows.
 */
export async function runTerritoryBench(args: string[]): Promise<TerritoryBenchRow[]> {
  const timeLimitS = Number(option(args, '--time-limit') ?? 9);
  const seed = Number(option(args, '--seed') ?? 1);
  const ks = (option(args, '--k') ?? '5,10,20').split(',').map(Number);
  const names = (option(args, '--instances') ?? 'Leeds,London,Manchester').split(',');
  const dir = option(args, '--dir') ?? defaultDir;
  const jsonPath = option(args, '--json');
  const num = (name: string): number | undefined => (option(args, name) === undefined ? undefined : Number(option(args, name)));
  const borderWeight = num('--border-weight');
  const rows: TerritoryBenchRow[] = [];
  const instances = names.map((name) => loadTerritoryInstance(join(dir, `${name}.geojson`)));
  for (const inst of instances) {
    const a = inst.adjacencyAgreement;
    console.log(
      `${inst.name}: ${inst.units.length} units; adjacency from ${inst.adjacencySource} (${inst.adjacency.length} edges); ` +
        `computed from polygons ${a.computedEdges}, of which ${a.common} match the file's ${a.fileEdges}`,
    );
  }
  console.log('instance    units   k  maxDev%  contiguous  feasible  compactness(PP mean/min)  iters  stop        seconds');
  for (const inst of instances) {
    const name = inst.name;
    for (const k of ks) {
      const problem = { units: inst.units, adjacency: inst.adjacency, k, measureNames: ['population'], tolerances: [0.05] };
      const outcome = solveDistricting(problem, { seed, timeLimitS, clockMs: cpuClockMs, borderWeight, polsbyWeight: num('--polsby'), acceptWorse: num('--accept'), maxIterations: num('--iterations'), maxNoImprove: num('--no-improve'), regrowRate: num('--regrow') });
      if (!outcome.ok) throw new Error(`${name} k=${k}: ${outcome.error.field}: ${outcome.error.message}`);
      const r = outcome.result;
      const check = checkDistricting(problem, r.assignment);
      const contiguous = check.districts.every((d) => d.parts === 1);
      const row: TerritoryBenchRow = {
        instance: name,
        k,
        maxDeviationPct: Number(check.maxDeviationPct.toFixed(3)),
        contiguous,
        compactness: Number(r.compactness.mean.toFixed(4)),
        seconds: Number(r.elapsedS.toFixed(2)),
      };
      rows.push(row);
      console.log(
        [
          name.padEnd(10),
          String(inst.units.length).padStart(5),
          String(k).padStart(3),
          check.maxDeviationPct.toFixed(3).padStart(8),
          String(contiguous).padStart(11),
          String(check.feasible).padStart(9),
          `${r.compactness.mean.toFixed(3)} / ${r.compactness.min.toFixed(3)}`.padStart(25),
          String(r.iterations).padStart(6),
          r.stoppedBy.padEnd(10),
          r.elapsedS.toFixed(2).padStart(8),
        ].join(' '),
      );
    }
  }
  const feasible = rows.filter((r) => r.maxDeviationPct <= 5 && r.contiguous).length;
  const worst = Math.max(...rows.map((r) => r.maxDeviationPct));
  const meanPp = rows.reduce((s, r) => s + r.compactness, 0) / rows.length;
  console.log(
    `summary: ${feasible}/${rows.length} within ±5 % and contiguous; worst deviation ${worst.toFixed(2)} %; ` +
      `mean compactness ${meanPp.toFixed(3)}; max ${Math.max(...rows.map((r) => r.seconds)).toFixed(2)} s`,
  );
  if (args.includes('--realign'))
    for (const inst of instances) runRealignScenario(inst, 10, seed, timeLimitS, cpuClockMs);
  if (jsonPath) writeFileSync(jsonPath, `${JSON.stringify(rows, null, 2)}\n`);
  return rows;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await runTerritoryBench(process.argv.slice(2));
}
