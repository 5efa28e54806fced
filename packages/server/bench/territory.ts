// `npm run bench:territory`: territory design on the demo company (12 reps, workload hours) and on the
// UK cities of ../shared/bench/territory (population; the solver's runTerritoryBench). Every territory
// must be within ±5 %, contiguous, in ≤ 10 s. `--json FILE` writes
// [{instance, k, maxDeviationPct, contiguous, compactness, seconds}, …]. Other options go to the UK part
// (--k, --instances, --time-limit, --seed).
import { writeFileSync } from 'node:fs';
import { checkDistricting } from '@qudao/solver';
import { solveDistrictingMultiStart as solveMultiStart } from '@qudao/solver';
import { runTerritoryBench, type TerritoryBenchRow } from '../../solver/bench/territory';
import { buildDemoTerritoryInstance } from './territory-demo';

const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const jsonPath = option('--json');
const timeLimitS = Number(option('--time-limit') ?? 9);
const seed = Number(option('--seed') ?? 1);
// CPU time of this process: the limit means seconds on one core whatever else runs on the machine.
const cpuClockMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

const rows: TerritoryBenchRow[] = [];
console.log('demo company (workload hours, ±5 %)');
console.log('instance      units   k  maxDev%  contiguous  feasible  compactness(PP mean/min)  spread%  stop        seconds');
for (const k of [12, 8]) {
  const inst = buildDemoTerritoryInstance(k, 1);
  // As the server designs: restarts from successive seeds within the time limit.
  const outcome = solveMultiStart(inst.problem, { seed, timeLimitS, clockMs: cpuClockMs });
  if (!outcome.ok) throw new Error(`demo k=${k}: ${outcome.error.field}: ${outcome.error.message}`);
  const r = outcome.result;
  const check = checkDistricting(inst.problem, r.assignment);
  const contiguous = check.districts.every((d) => d.parts === 1);
  const totals = check.districts.map((d) => d.totals[0]!);
  const mean = totals.reduce((s, x) => s + x, 0) / totals.length;
  const spread = ((Math.max(...totals) - Math.min(...totals)) / mean) * 100;
  rows.push({ instance: 'demo', k, maxDeviationPct: Number(check.maxDeviationPct.toFixed(3)), contiguous, compactness: Number(r.compactness.mean.toFixed(4)), seconds: Number(r.elapsedS.toFixed(2)) });
  console.log(
    ['demo'.padEnd(12), String(inst.problem.units.length).padStart(5), String(k).padStart(3), check.maxDeviationPct.toFixed(3).padStart(8),
      String(contiguous).padStart(11), String(check.feasible).padStart(9), `${r.compactness.mean.toFixed(3)} / ${r.compactness.min.toFixed(3)}`.padStart(25),
      spread.toFixed(2).padStart(8), r.stoppedBy.padEnd(10), r.elapsedS.toFixed(2).padStart(8)].join(' '),
  );
}
console.log('\nUK cities (population, ±5 %)');
rows.push(...(await runTerritoryBench(args.filter((a, i) => a !== '--json' && args[i - 1] !== '--json'))));
const ok = rows.filter((r) => r.maxDeviationPct <= 5 && r.contiguous && r.seconds <= 10).length;
console.log(`\nall: ${ok}/${rows.length} within ±5 %, contiguous and ≤ 10 s`);
if (jsonPath) writeFileSync(jsonPath, `${JSON.stringify(rows, null, 2)}\n`);
