import { z } from 'zod';

/**
 * API conventions, decided once (docs/decisions/002-api-conventions.md):
 * lists take `page` (1-based), `pageSize` (1–200, default 50), `sort` (a field name listed per resource)
 * and `order` (`asc` | `desc`), filters as plain query parameters, and answer `{ items, total }`.
 * Request bodies are strict: unknown fields are refused.
 */
export const pageQuery = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
  order: z.enum(['asc', 'desc']).default('asc'),
});

/** A page of `item`s with the total count matching the filters. */
export function paged<T extends z.ZodTypeAny>(item: T) {
  return z.object({ items: z.array(item), total: z.number().int().min(0) });
}

/** A UUID path parameter `id`. */
export const idParam = z.object({ id: z.uuid() });

/** ISO timestamp string as sent on the wire. */
export const timestamp = z.string();

/** A local business date `YYYY-MM-DD` (company time zone). */
export const localDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');

/** A trimmed, non-empty text of at most `max` characters. */
export function text(max: number) {
  return z.string().trim().min(1).max(max);
}

/** An optional free text of at most `max` characters; empty string becomes null. */
export function optionalText(max: number) {
  return z
    .string()
    .trim()
    .max(max)
    .transform((s) => (s === '' ? null : s))
    .nullable()
    .optional();
}

/** Money in integer fen (1 yuan = 100 fen); never a float. */
export const fen = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

/** Longitude/latitude in WGS84 degrees. */
export const lng = z.number().min(-180).max(180);
export const lat = z.number().min(-90).max(90);

/** The one error shape on the wire (DESIGN.md "Errors"), for documentation and clients. */
export const errorBody = z.object({
  error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }),
});

/** `{ ok: true }` acknowledgement. */
export const ok = z.object({ ok: z.literal(true) });
