import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { benchmarkCost, checkSolution, parseInstance, solve, vehiclesUsed, type InstanceFormat } from '@qudao/solver';
import { UserFacingError } from '../errors';

const FORMATS: InstanceFormat[] = ['solomon', 'tsplib', 'cordeau'];
const DEFAULT_LIMIT_S: Record<InstanceFormat, number> = { solomon: 5, tsplib: 5, cordeau: 60 };

interface SolveFlags {
  format: string;
  timeLimit?: string;
  seed: string;
  json: boolean;
}

/**
 * `qudao solve --format solomon|tsplib|cordeau FILE [--time-limit S] [--seed N] [--json]`: solves one
 * public benchmark instance and prints its cost (the benchmark's objective, double precision), vehicles,
 * feasibility by the independent checker, unassigned count and wall seconds.
 */
export function registerSolveCommand(program: Command) {
  program
    .command('solve')
    .description('solve one benchmark instance file (Solomon VRPTW, TSPLIB EUC_2D, Cordeau PVRP)')
    .argument('<file>', 'instance file')
    .requiredOption('--format <format>', `file format: ${FORMATS.join('|')}`)
    .option('--time-limit <seconds>', 'time budget in seconds (default 5; cordeau 60)')
    .option('--seed <n>', 'random seed; same seed and budget give the same search', '1')
    .option('--json', 'print one JSON object', false)
    .action((file: string, opts: SolveFlags) => {
      if (!FORMATS.includes(opts.format as InstanceFormat)) throw new UserFacingError(`--format must be one of ${FORMATS.join(', ')}`);
      const format = opts.format as InstanceFormat;
      const seed = Number(opts.seed);
      if (!Number.isInteger(seed) || seed < 0 || seed > 2 ** 32 - 1) throw new UserFacingError(`--seed must be an integer from 0 to ${2 ** 32 - 1}`);
      const limitS = opts.timeLimit === undefined ? DEFAULT_LIMIT_S[format] : Number(opts.timeLimit);
      if (!Number.isFinite(limitS) || limitS <= 0) throw new UserFacingError('--time-limit must be a positive number of seconds');
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch (e) {
        throw new UserFacingError(`cannot read ${file}: ${e instanceof Error ? e.message : String(e)}`);
      }
      const fallbackName = basename(file).replace(/\.[^.]+$/, '');
      let parsed;
      try {
        parsed = parseInstance(format, text, fallbackName);
      } catch (e) {
        throw new UserFacingError(`${file}: ${e instanceof Error ? e.message : String(e)}`);
      }
      const started = performance.now();
      const solution = solve(parsed.problem, { seed, timeLimitMs: limitS * 1000 });
      const seconds = (performance.now() - started) / 1000;
      const check = checkSolution(parsed.problem, solution.routes);
      const result = {
        instance: fallbackName,
        format,
        cost: benchmarkCost(solution),
        vehicles: vehiclesUsed(solution),
        routes: solution.routes.length,
        feasible: check.feasible,
        unassigned: solution.unassigned.length,
        violations: check.violations,
        seconds: Math.round(seconds * 1000) / 1000,
        seed,
        timeLimitS: limitS,
      };
      if (opts.json) console.log(JSON.stringify(result));
      else {
        console.log(`${result.instance}: cost ${result.cost.toFixed(2)}, ${result.vehicles} vehicles, ${result.feasible ? 'feasible' : 'INFEASIBLE'}, ${result.unassigned} unassigned, ${result.seconds.toFixed(2)} s`);
        for (const v of check.violations.slice(0, 10)) console.log(`  ${v}`);
      }
    });
}
