import type { ImportEntity, ImportReport } from '@qudao/contract';
import { ApiError, makeUuid } from '../../api/client';
import { currentLocale } from '../../i18n';

/** Sends a spreadsheet as the raw request body; dry run reports, commit stores all or nothing. */
export async function uploadImport(entity: ImportEntity, file: File, dryRun: boolean): Promise<ImportReport> {
  const res = await fetch(`/api/imports/${entity}?dryRun=${dryRun}&fileName=${encodeURIComponent(file.name.slice(0, 200))}`, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/octet-stream', Accept: 'application/json', 'Accept-Language': currentLocale(), 'Idempotency-Key': makeUuid() },
    body: file,
  });
  const data = (await res.json().catch(() => null)) as (ImportReport & { error?: { code: string; message: string; details?: unknown } }) | null;
  if (!res.ok) throw new ApiError(res.status, (data?.error?.code ?? 'INTERNAL') as 'INTERNAL', data?.error?.message ?? `HTTP ${res.status}`, data?.error?.details);
  return data as ImportReport;
}

/** Download URL of an entity's template or export. */
export const templateUrl = (entity: ImportEntity, format: 'xlsx' | 'csv') => `/api/imports/${entity}/template?format=${format}`;
export const exportUrl = (entity: ImportEntity, format: 'xlsx' | 'csv') => `/api/exports/${entity}?format=${format}`;
