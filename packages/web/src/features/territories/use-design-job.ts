import { useEffect, useRef, useState } from 'react';
import type { DesignJobEvent, DesignRequest } from '@qudao/contract';
import { cancelDesign, startDesign, watchDesignJob } from './api';

/** A design job as the form sees it: the latest event, a start error, and whether the stream was lost. */
export interface DesignJobView {
  event: DesignJobEvent | null;
  error: unknown;
  lost: boolean;
  busy: boolean;
  start: (body: DesignRequest) => void;
  cancel: () => void;
}

/** Starts design jobs on the server's solver pool and follows their progress (SSE) until they end. */
export function useDesignJob(onEnd: (e: DesignJobEvent) => void): DesignJobView {
  const [event, setEvent] = useState<DesignJobEvent | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [lost, setLost] = useState(false);
  const [jobId, setJobId] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);
  const stop = useRef<(() => void) | null>(null);
  const endRef = useRef(onEnd);
  endRef.current = onEnd;
  useEffect(() => () => stop.current?.(), []);
  const busy = starting || event?.state === 'queued' || event?.state === 'running';
  return {
    event,
    error,
    lost,
    busy,
    start: (body) => {
      stop.current?.();
      setError(null);
      setLost(false);
      setEvent(null);
      setStarting(true);
      startDesign(body)
        .then(({ jobId: id }) => {
          setJobId(id);
          setEvent({ state: 'queued', progress: null, result: null, error: null });
          stop.current = watchDesignJob(
            id,
            (e) => {
              setEvent(e);
              if (e.state !== 'queued' && e.state !== 'running') endRef.current(e);
            },
            () => setLost(true),
          );
        })
        .catch(setError)
        .finally(() => setStarting(false));
    },
    cancel: () => {
      if (jobId) void cancelDesign(jobId).catch(setError);
    },
  };
}
