import { describe, expect, it } from 'vitest';
import { mapDatabaseError } from './db-errors';

describe('mapDatabaseError', () => {
  it('maps unique, foreign-key and check violations to coded client errors, through wrappers', () => {
    const wrapped = (e: object) => ({ message: 'Failed query', cause: e });
    expect(mapDatabaseError(wrapped({ code: '23505', constraint: 'users_username_uq' }))).toMatchObject({ code: 'CONFLICT.DUPLICATE', params: { field: 'username' } });
    expect(mapDatabaseError({ code: '23503', constraint: 'accounts_unit_id_units_id_fk' })?.code).toBe('ACCOUNT.UNIT_INVALID');
    expect(mapDatabaseError({ code: '23503', detail: 'violates foreign key constraint "products_line_id_product_lines_id_fk"' })?.code).toBe('PRODUCT.LINE_INVALID');
    expect(mapDatabaseError({ code: '23514', constraint: 'accounts_distributor_ck' })?.code).toBe('ACCOUNT.DISTRIBUTOR_INVALID');
    expect(mapDatabaseError({ code: '22P02' })?.code).toBe('REQUEST.INVALID');
  });

  it('leaves server faults unmapped', () => {
    expect(mapDatabaseError(new Error('boom'))).toBeUndefined();
    expect(mapDatabaseError({ code: '57P01' })).toBeUndefined();
  });
});
