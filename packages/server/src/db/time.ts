/**
 * Timestamps come back from the drivers as PostgreSQL text ("2025-01-02 03:04:05.678+00"); the API
 * speaks ISO 8601, so every repo maps them through here.
 */
export function toIso(value: string | Date): string {
  if (value instanceof Date) return value.toISOString();
  let s = value.trim().replace(' ', 'T');
  // PostgreSQL writes "+08" where ISO wants "+08:00".
  if (/[+-]\d\d$/.test(s)) s += ':00';
  const d = new Date(s);
  return Number.isNaN(d.getTime()) ? value : d.toISOString();
}
