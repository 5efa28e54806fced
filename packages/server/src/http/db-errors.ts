import type { ErrorCode } from '@qudao/contract';
import { AppError } from './errors';

interface PgErrorLike {
  code?: string;
  constraint?: string;
  detail?: string;
  cause?: unknown;
}

// Foreign keys name the business rule they protect, so a violation becomes the code a user can act on.
const foreignKeyCodes: Record<string, ErrorCode> = {
  accounts_unit_id_units_id_fk: 'ACCOUNT.UNIT_INVALID',
  accounts_distributor_id_accounts_id_fk: 'ACCOUNT.DISTRIBUTOR_INVALID',
  users_manager_id_users_id_fk: 'USER.MANAGER_INVALID',
  products_line_id_product_lines_id_fk: 'PRODUCT.LINE_INVALID',
};

// Unique indexes name the field a user typed twice.
const uniqueFields: Record<string, string> = {
  users_username_uq: 'username',
  accounts_external_code_uq: 'externalCode',
  products_model_uq: 'model',
  sales_lines_external_ref_uq: 'externalRef',
};

/** Finds the PostgreSQL error inside the wrappers of Drizzle and the drivers, if any. */
export function findPgError(err: unknown): PgErrorLike | undefined {
  let e: unknown = err;
  for (let depth = 0; depth < 5 && e && typeof e === 'object'; depth++) {
    const pe = e as PgErrorLike;
    if (typeof pe.code === 'string' && /^[0-9A-Z]{5}$/.test(pe.code)) return pe;
    e = pe.cause;
  }
  return undefined;
}

/**
 * Turns a constraint violation or a bad literal into the coded 4xx it stands for; undefined when the
 * error is not the client's fault (it stays a 500 and is logged).
 */
export function mapDatabaseError(err: unknown): AppError | undefined {
  const pe = findPgError(err);
  if (!pe) return undefined;
  const constraint = pe.constraint ?? constraintFromDetail(pe.detail);
  switch (pe.code) {
    case '23505':
      return new AppError('CONFLICT.DUPLICATE', { field: uniqueFields[constraint ?? ''] ?? constraint ?? '?' });
    case '23503':
      return new AppError(foreignKeyCodes[constraint ?? ''] ?? 'REQUEST.INVALID', { summary: 'reference' });
    case '23514':
      if (constraint === 'accounts_distributor_ck') return new AppError('ACCOUNT.DISTRIBUTOR_INVALID');
      return new AppError('REQUEST.INVALID', { summary: constraint ?? 'check' });
    case '23502':
    case '22P02':
    case '22001':
    case '22003':
    case '22007':
    case '22008':
    case '22023':
    case '54000':
      return new AppError('REQUEST.INVALID', { summary: 'value' });
    default:
      return undefined;
  }
}

function constraintFromDetail(detail: string | undefined): string | undefined {
  return detail?.match(/constraint "([^"]+)"/)?.[1];
}
