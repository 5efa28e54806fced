import { randomUUID } from 'node:crypto';
import type { DesignJobEvent, DesignProgress, DesignResult } from '@qudao/contract';
import type { DistrictingOutcome, DistrictingProblem, DistrictingProgress, DistrictingResult } from '@qudao/solver';
import type { WorkerDistrictingOptions, WorkerSolve } from '@qudao/solver/worker';

/** Queues a districting solve on a worker (the solver pool's `submitDistricting`). */
export type DistrictingRunner = (problem: DistrictingProblem, options: WorkerDistrictingOptions, onProgress: (p: DistrictingProgress) => void) => WorkerSolve<DistrictingOutcome>;

/** A design job (kept in memory for an hour after it ends): who started it, its state and its result. */
export interface DesignJob extends DesignJobEvent {
  id: string;
  userId: string;
  listeners: Set<() => void>;
  cancel: () => void;
}

const jobs = new Map<string, DesignJob>();

/** A job by id, only for the user who started it (others get undefined, like a missing one). */
export function getDesignJob(id: string, userId: string): DesignJob | undefined {
  const job = jobs.get(id);
  return job?.userId === userId ? job : undefined;
}

/** The job as one server-sent event. */
export function designJobEventOf(job: DesignJob): DesignJobEvent {
  return { state: job.state, progress: job.progress, result: job.result, error: job.error };
}

/**
 * Starts a design on the worker pool: progress reaches the job's listeners (at most ~10 a second, as the
 * engine reports), the result is read by `finish` on this thread. Cancelling stops the search and keeps
 * the best design found so far (state `cancelled`); cancelling a queued job ends it without a design.
 */
export function startDesignJob(userId: string, run: DistrictingRunner, problem: DistrictingProblem, options: WorkerDistrictingOptions, finish: (result: DistrictingResult) => DesignResult): DesignJob {
  let cancelled = false;
  const job: DesignJob = { id: randomUUID(), userId, state: 'queued', progress: null, result: null, error: null, listeners: new Set(), cancel: () => {} };
  const emit = () => {
    for (const l of job.listeners) l();
  };
  const solve = run(problem, options, (p) => {
    job.state = 'running';
    job.progress = toProgress(p);
    emit();
  });
  job.cancel = () => {
    cancelled = true;
    solve.cancel();
  };
  jobs.set(job.id, job);
  solve.result
    .then((outcome) => {
      if (!outcome.ok) throw new Error(`${outcome.error.field}: ${outcome.error.message}`);
      job.result = finish(outcome.result);
      job.state = cancelled || outcome.result.stoppedBy === 'aborted' ? 'cancelled' : 'done';
    })
    .catch((e: unknown) => {
      job.state = cancelled ? 'cancelled' : 'failed';
      job.error = cancelled ? null : e instanceof Error ? e.message : String(e);
    })
    .finally(() => {
      emit();
      setTimeout(() => jobs.delete(job.id), 3_600_000).unref();
    });
  return job;
}

function toProgress(p: DistrictingProgress): DesignProgress {
  return { elapsedS: Math.round(p.elapsedS * 100) / 100, iteration: p.iteration, bestMaxDeviationPct: Math.round(p.bestMaxDeviationPct * 1000) / 1000 };
}
