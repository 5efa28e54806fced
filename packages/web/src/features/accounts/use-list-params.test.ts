import { describe, expect, it } from 'vitest';
import { defaultPageSize, parseListParams } from './use-list-params';

describe('parseListParams', () => {
  it('reads search, filters, sorting and paging from the URL', () => {
    const p = parseListParams(new URLSearchParams('q=沈阳&kind=distributor&status=active&provinceId=210000&sort=unitName&order=desc&page=3&pageSize=50'));
    expect(p).toEqual({ q: '沈阳', kind: 'distributor', status: 'active', provinceId: '210000', sort: 'unitName', order: 'desc', page: 3, pageSize: 50 });
  });

  it('falls back to name order, page 1 and the default page size for an empty URL', () => {
    expect(parseListParams(new URLSearchParams())).toEqual({
      q: undefined,
      kind: undefined,
      status: undefined,
      provinceId: undefined,
      sort: 'name',
      order: 'asc',
      page: 1,
      pageSize: defaultPageSize,
    });
  });

  it('drops values the API would refuse instead of sending them', () => {
    const p = parseListParams(new URLSearchParams('kind=dealer&status=x&sort=password&page=-2&pageSize=100000&q=%20%20'));
    expect(p.kind).toBeUndefined();
    expect(p.status).toBeUndefined();
    expect(p.sort).toBe('name');
    expect(p.page).toBe(1);
    expect(p.pageSize).toBe(200);
    expect(p.q).toBeUndefined();
  });
});
