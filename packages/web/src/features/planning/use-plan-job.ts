import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/client';
import { cancelPlanJob, startPlan, watchJob, type GenerateBody, type JobEvent } from './api';

/** State of the generate button: idle, running with progress, or the last run's outcome. */
export interface PlanJobState {
  running: boolean;
  progress: JobEvent['progress'] | null;
  error: string | null;
  start: (body: GenerateBody) => void;
  cancel: () => void;
}

/** Starts a planning job and follows its progress over server-sent events until it ends. */
export function usePlanJob(onDone: (planId: string) => void): PlanJobState {
  const { t } = useTranslation('planning');
  const [jobId, setJobId] = useState<string | null>(null);
  const [progress, setProgress] = useState<JobEvent['progress'] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);
  const done = useRef(onDone);
  done.current = onDone;

  useEffect(() => {
    if (!jobId) return undefined;
    return watchJob(
      jobId,
      (e) => {
        setProgress(e.progress);
        if (e.state === 'running') return;
        setJobId(null);
        if (e.state === 'done' && e.planId) done.current(e.planId);
        else if (e.state === 'failed') setError(t('failed', { error: e.error ?? '' }));
        else if (e.state === 'cancelled') setError(t('cancelled'));
      },
      () => {
        setJobId(null);
        setError(t('lost'));
      },
    );
  }, [jobId, t]);

  return {
    running: starting || jobId !== null,
    progress,
    error,
    start: (body) => {
      setError(null);
      setProgress({ phase: 'matrix', fraction: 0, unassigned: 0 });
      setStarting(true);
      startPlan(body)
        .then((r) => setJobId(r.jobId), (e: unknown) => setError(errorMessage(e)))
        .finally(() => setStarting(false));
    },
    cancel: () => {
      if (jobId) cancelPlanJob(jobId).catch((e: unknown) => setError(errorMessage(e)));
    },
  };
}
