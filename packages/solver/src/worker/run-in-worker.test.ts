import { describe, expect, it } from 'vitest';
import { checkSolution } from '../checker';
import type { SolveProgress } from '../model';
import { checkDistricting } from '../districting/check';
import { buildGridProblem } from '../districting/test-builders';
import type { DistrictingProgress } from '../districting/types';
import { buildRandomProblem } from '../routing/test-builders';
import { solveDistrictingInWorker, solveInWorker } from './run-in-worker';
import { SolverPool } from './solver-pool';

describe('solveInWorker', () => {
  it('solves off the main thread, streams progress and stops early when cancelled', async () => {
    const p = buildRandomProblem(2, { customers: 60, vehicles: 10, capacity: 50, windowWidth: 300 });
    const events: SolveProgress[] = [];
    const started = performance.now();
    const job = solveInWorker(p, { seed: 1, timeLimitMs: 30_000 }, (e) => {
      events.push(e);
      if (events.length === 2) job.cancel();
    });
    const s = await job.result;
    expect(performance.now() - started).toBeLessThan(20_000);
    expect(events.length).toBeGreaterThanOrEqual(2);
    expect(events[0]!.iteration).toBeGreaterThan(0);
    expect(checkSolution(p, s.routes).violations).toEqual([]);
  });

  it('rejects with the validation message for a malformed problem', async () => {
    const p = buildRandomProblem(2, { customers: 3, vehicles: 1 });
    p.customers[2]!.location = 99;
    await expect(solveInWorker(p).result).rejects.toThrow('customers[2].location');
  });
});

describe('SolverPool', () => {
  it('runs at most `size` solves at once and completes them all', async () => {
    const pool = new SolverPool(2);
    const problems = [1, 2, 3].map((seed) => buildRandomProblem(seed, { customers: 15, vehicles: 3, capacity: 40 }));
    const jobs = problems.map((p) => pool.submit(p, { seed: 1, maxIterations: 50 }));
    expect(pool.waiting).toBe(1);
    const results = await Promise.all(jobs.map((j) => j.result));
    results.forEach((s, i) => expect(checkSolution(problems[i]!, s.routes).feasible).toBe(true));
  });

  it('rejects a solve cancelled while still queued', async () => {
    const pool = new SolverPool(1);
    const p = buildRandomProblem(4, { customers: 10, vehicles: 2 });
    const first = pool.submit(p, { seed: 1, maxIterations: 20 });
    const second = pool.submit(p, { seed: 1, maxIterations: 20 });
    second.cancel();
    await expect(second.result).rejects.toThrow('cancelled before start');
    await first.result;
  });
});

describe('territory design on a worker', () => {
  it('answers the same design as the synchronous solve would check, with progress, through the pool', async () => {
    const problem = buildGridProblem(8, 6, 4, (i) => [1 + (i % 5)]);
    const pool = new SolverPool(1);
    const events: DistrictingProgress[] = [];
    const outcome = await pool.submitDistricting(problem, { seed: 2, timeLimitS: 20, maxIterations: 200 }, (e) => events.push(e)).result;
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(checkDistricting(problem, outcome.result.assignment).districts.every((d) => d.parts === 1)).toBe(true);
  });

  it('stops when cancelled and still answers a complete design', async () => {
    const problem = buildGridProblem(40, 40, 12, (i) => [1 + ((i * 7) % 11)]);
    const started = performance.now();
    const job = solveDistrictingInWorker(problem, { seed: 1, timeLimitS: 60, maxIterations: 1_000_000, maxNoImprove: 1_000_000 }, () => job.cancel());
    setTimeout(() => job.cancel(), 3000);
    const outcome = await job.result;
    expect(performance.now() - started).toBeLessThan(30_000);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.result.stoppedBy).toBe('aborted');
    expect(outcome.result.assignment).toHaveLength(1600);
  });

  it('resolves with the validation error for a malformed problem', async () => {
    const problem = buildGridProblem(2, 2, 9);
    const outcome = await solveDistrictingInWorker(problem).result;
    expect(outcome.ok).toBe(false);
  });
});
