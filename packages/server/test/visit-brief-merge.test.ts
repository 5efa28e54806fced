import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from './app';
import { buildAccount, buildTerritory, buildUnit, buildUser } from './builders';

// Brief edits are merged on the server (issue 5, decision 008): each tap on the phone is its own write
// (one sales tool ticked or unticked, one question answered), applied to the brief as stored under the
// visit's row lock. Taps sent together all survive; a replayed key never undoes a later change.

const objective = { type: 'new_order', details: { products: 'CK6150 数控车床', quantity: 2 } };

describe('brief edits are merged', () => {
  let t: TestApp;
  let rep: string;
  let accountId = '';
  beforeAll(async () => {
    t = await openTestApp({
      seed: async (db) => {
        const r = await buildUser(db, { username: 'rep', role: 'rep', displayName: '业务员' });
        const unit = await buildUnit(db, { id: 'U1', name: '沈阳市' });
        await buildTerritory(db, { ownerId: r.id, unitIds: [unit.id] });
        accountId = (await buildAccount(db, { unitId: unit.id, name: '沈阳经销', kind: 'distributor' })).id;
      },
    });
    rep = await t.login('rep');
  });
  afterAll(() => t.close());

  const call = (method: 'GET' | 'POST' | 'PUT', url: string, payload?: object, key?: string) =>
    t.app.inject({ method, url, headers: { cookie: rep, ...(key ? { 'idempotency-key': key } : {}) }, ...(payload ? { payload } : {}) });

  async function newVisit(): Promise<{ id: string; tools: string[] }> {
    const v = await call('POST', '/api/visits', { accountId, kind: 'routine', plannedOn: '2026-11-20', objectives: [objective], fixedTime: true, fixedRoute: true });
    expect(v.statusCode, v.body).toBe(201);
    const id = v.json().id as string;
    const brief = (await call('GET', `/api/visits/${id}/brief`)).json() as { salesTools: { id: string }[] };
    expect(brief.salesTools.length).toBeGreaterThan(2);
    return { id, tools: brief.salesTools.map((x) => x.id) };
  }
  const stored = async (id: string) => (await call('GET', `/api/visits/${id}`)).json().brief as { answered: string[]; toolsChecked: string[] };

  it('every tool ticked at the same time survives, and the last tick answers the question', async () => {
    const { id, tools } = await newVisit();
    const answers = await Promise.all(tools.map((tool, i) => call('PUT', `/api/visits/${id}/brief/tools/${tool}`, { checked: true }, `tick-${i}`)));
    for (const a of answers) expect(a.statusCode, a.body).toBe(200);
    const b = await stored(id);
    expect([...b.toolsChecked].sort()).toEqual([...tools].sort());
    expect(b.answered).toContain('sales_tools');
  });

  it('answers sent at the same time as ticks all survive', async () => {
    const { id, tools } = await newVisit();
    const writes = [
      ...tools.slice(0, 2).map((tool) => call('PUT', `/api/visits/${id}/brief/tools/${tool}`, { checked: true })),
      ...['objective', 'sales_data', 'appearance', 'anything_else'].map((q) => call('PUT', `/api/visits/${id}/brief/answers/${q}`, { answered: true })),
    ];
    for (const a of await Promise.all(writes)) expect(a.statusCode, a.body).toBe(200);
    const b = await stored(id);
    expect([...b.toolsChecked].sort()).toEqual(tools.slice(0, 2).sort());
    expect([...b.answered].sort()).toEqual(['anything_else', 'appearance', 'objective', 'sales_data']);
    // Unset one answer: the others stay; notes alone leave the answers as they are.
    expect((await call('PUT', `/api/visits/${id}/brief/answers/appearance`, { answered: false })).statusCode).toBe(200);
    expect((await call('PUT', `/api/visits/${id}/brief`, { notes: '带样件' })).statusCode).toBe(200);
    const after = (await call('GET', `/api/visits/${id}`)).json().brief as { answered: string[]; notes: string };
    expect([...after.answered].sort()).toEqual(['anything_else', 'objective', 'sales_data']);
    expect(after.notes).toBe('带样件');
  });

  it('a replayed tick neither duplicates nor undoes a later untick', async () => {
    const { id, tools } = await newVisit();
    const url = `/api/visits/${id}/brief/tools/${tools[0]}`;
    expect((await call('PUT', url, { checked: true }, 'first')).statusCode).toBe(200);
    expect((await call('PUT', url, { checked: false }, 'second')).statusCode).toBe(200);
    const replay = await call('PUT', url, { checked: true }, 'first');
    expect(replay.statusCode).toBe(200);
    expect((await stored(id)).toolsChecked).toEqual([]);
    expect((await call('PUT', url, { checked: true }, 'third')).statusCode).toBe(200);
    expect((await call('PUT', url, { checked: true }, 'third')).statusCode).toBe(200);
    expect((await stored(id)).toolsChecked).toEqual([tools[0]]);
  });

  it('a tool not on the checklist is not found, and nothing changes', async () => {
    const { id } = await newVisit();
    const res = await call('PUT', `/api/visits/${id}/brief/tools/00000000-0000-4000-8000-000000000bad`, { checked: true });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('NOT_FOUND');
    expect((await stored(id)).toolsChecked).toEqual([]);
  });
});
