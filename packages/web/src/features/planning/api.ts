import type { PlanCoverage, PlanDetailWithSettings, PlanGenerate, PlanListItem, User } from '@qudao/contract';
import { api } from '../../api/client';

/** What the generate form sends (the server fills the rest with its defaults). */
export type GenerateBody = Pick<PlanGenerate, 'repId' | 'horizonWeeks' | 'workDays' | 'maxMovedPct' | 'timeLimitMs'> & { basePlanId?: string };

/** The progress event of a planning job (server-sent events). */
export interface JobEvent {
  state: 'running' | 'done' | 'failed' | 'cancelled';
  progress: { phase: 'matrix' | 'priority' | 'all'; fraction: number; unassigned: number };
  planId?: string;
  error?: string;
}

export const fetchReps = () => api<{ items: User[]; total: number }>('/users', { query: { role: 'rep', pageSize: 200, sort: 'username' } });
export const fetchPlans = (repId: string) => api<{ items: PlanListItem[] }>('/planning/plans', { query: { repId } });
export const fetchPlan = (id: string) => api<PlanDetailWithSettings>(`/planning/plans/${id}`);
export const startPlan = (body: GenerateBody) => api<{ jobId: string }>('/planning/plans', { method: 'POST', body });
export const cancelPlanJob = (jobId: string) => api<unknown>(`/planning/jobs/${jobId}/cancel`, { method: 'POST' });
export const approvePlan = (id: string) => api<{ created: number }>(`/planning/plans/${id}/approve`, { method: 'POST' });
export const fetchCoverage = (repId: string) => api<PlanCoverage>('/planning/coverage', { query: { repId } });

/** A rep's stored home base (null = the planner's densest-market default); set by a point or an account. */
export type HomeBase = { lng: number; lat: number; label: string | null; accountId: string | null; updatedAt: string } | null;
export const fetchHome = (repId: string) => api<{ home: HomeBase }>(`/planning/reps/${repId}/home`);
export const saveHome = (repId: string, body: { lng?: number; lat?: number; accountId?: string; label?: string }) =>
  api<{ home: HomeBase }>(`/planning/reps/${repId}/home`, { method: 'PUT', body });
export const clearHome = (repId: string) => api<{ home: HomeBase }>(`/planning/reps/${repId}/home`, { method: 'DELETE' });

/** The calendar feed of the signed-in rep, or of a rep in a manager's scope. */
export const fetchFeed = (repId: string | null) => api<{ path: string }>(repId ? `/planning/reps/${repId}/ical` : '/planning/ical');
export const regenerateFeed = (repId: string | null) =>
  api<{ path: string }>(repId ? `/planning/reps/${repId}/ical/regenerate` : '/planning/ical/regenerate', { method: 'POST' });

/** Listens to a job's progress until it ends; returns a function that stops listening. */
export function watchJob(jobId: string, onEvent: (e: JobEvent) => void, onLost: () => void): () => void {
  const source = new EventSource(`/api/planning/jobs/${jobId}/events`);
  const handle = (ev: MessageEvent<string>) => {
    const e = JSON.parse(ev.data) as JobEvent;
    onEvent(e);
    if (e.state !== 'running') source.close();
  };
  for (const name of ['progress', 'done', 'failed', 'cancelled']) source.addEventListener(name, handle as EventListener);
  // A dropped connection reconnects by itself (the server sends the current state again); a closed one
  // (the job is gone, e.g. the server restarted) is lost.
  source.onerror = () => {
    if (source.readyState === EventSource.CLOSED) onLost();
  };
  return () => source.close();
}
