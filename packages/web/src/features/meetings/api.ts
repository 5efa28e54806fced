import type { AgendaCreate, Leaderboard, Meeting, MeetingActionCreate, MeetingCreate, MeetingPatch, RecognitionProposal } from '@qudao/contract';
import { api } from '../../api/client';

/** Query key of the meeting list; one meeting's key starts with it, so a write invalidates both. */
export const meetingsKey = ['meetings'] as const;
export const meetingKey = (id: string) => ['meetings', id] as const;
export const recognitionsKey = (accountId: string) => ['accounts', accountId, 'recognitions'] as const;

/** One row of a leaderboard. */
export interface BoardRow {
  accountId: string;
  name: string;
  value: number;
  rank: number;
}

/** A distributor a meeting would invite. */
export interface Candidate {
  accountId: string;
  name: string;
  tier: 'A' | 'B' | 'C';
  unitId: string;
}

/** A confirmed recognition in an account's archive. */
export interface Recognition {
  id: string;
  title: string;
  board: string | null;
  meetingId: string;
  meetingTitle: string;
  heldOn: string;
  confirmedAt: string;
}

export const fetchMeetings = () => api<{ items: Meeting[]; total: number }>('/meetings');
export const fetchMeeting = (id: string) => api<Meeting>(`/meetings/${id}`);
export const createMeeting = (body: MeetingCreate) => api<Meeting>('/meetings', { method: 'POST', body });
export const patchMeeting = (id: string, body: MeetingPatch) => api<Meeting>(`/meetings/${id}`, { method: 'PATCH', body });
export const addAgenda = (id: string, body: AgendaCreate) => api<Meeting>(`/meetings/${id}/agenda`, { method: 'POST', body });
export const proposeRecognition = (id: string, body: RecognitionProposal) => api<Meeting>(`/meetings/${id}/proposals`, { method: 'POST', body });
export const confirmRecognition = (id: string, itemId: string) => api<Meeting>(`/meetings/${id}/agenda/${itemId}/confirm`, { method: 'POST' });
export const setAttendance = (id: string, items: { accountId: string; attended: boolean }[]) => api<Meeting>(`/meetings/${id}/attendance`, { method: 'PUT', body: { items } });
export const addAction = (id: string, body: MeetingActionCreate) => api<Meeting>(`/meetings/${id}/actions`, { method: 'POST', body });
export const setActionDone = (id: string, actionId: string, done: boolean, note?: string) =>
  api<Meeting>(`/meetings/${id}/actions/${actionId}`, { method: 'PATCH', body: done ? { done, note } : { done } });
export const fetchLeaderboard = (id: string, board: Leaderboard) => api<{ items: BoardRow[] }>(`/meetings/${id}/leaderboard`, { query: { board } });
export const fetchCandidates = (tiers: string[], regionUnitId: string | undefined, policyId?: string) =>
  api<{ items: Candidate[] }>('/meetings/invitee-preview', { query: { tiers: tiers.join(','), regionUnitId, policyId } });
export const fetchRecognitions = (accountId: string) => api<{ items: Recognition[] }>(`/accounts/${accountId}/recognitions`);
