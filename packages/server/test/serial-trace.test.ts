import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { traceSerial } from '../src/modules/dumping/trace';
import { openTestApp, type TestApp } from './app';
import { buildWorld, type World } from './world';

// Issue 8 leftovers, item 3: one serial-tracing rule (dumping/trace.ts traceSerial) decides for downline
// visits and imported registrations alike whether a machine stands outside the territory of the distributor
// it was sold through. Its three conditions are checked here; the 窜货 scenario tests cover both callers.

const srcDir = join(import.meta.dirname, '../src');
const sources = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') && !p.endsWith('.test.ts') ? [p] : [];
  });

describe('the one serial-tracing rule', () => {
  let t: TestApp;
  let w: World;
  beforeAll(async () => {
    t = await openTestApp({ seed: async (db) => void (w = await buildWorld(db)) });
  });
  afterAll(async () => t.close());

  it('crosses only when the place buys through another distributor, in another unit and another rep\'s territory', async () => {
    const serialA1 = w.sales[w.accounts.distA1.id]!.serialNumbers[0]!;
    const db = t.database.db;
    const atB1 = await traceSerial(db, serialA1, w.accounts.endB1.id);
    expect(atB1).toMatchObject({ crossed: true, soldToId: w.accounts.distA1.id, channelRep: w.users.repA1.id, foundRep: w.users.repB1.id, foundUnit: w.units.ub1.id });
    // In B1's unit and territory, but buying through A1: A1's own downline, not dumping.
    expect((await traceSerial(db, serialA1, w.accounts.endA1Remote.id))?.crossed).toBe(false);
    // Through another distributor but in A1's own unit: not dumping.
    expect((await traceSerial(db, serialA1, w.accounts.subA1.id))?.crossed).toBe(false);
    expect((await traceSerial(db, serialA1, w.accounts.distA2.id))?.crossed).toBe(true);
    expect(await traceSerial(db, 'NO-SUCH-SERIAL', w.accounts.endB1.id)).toBeNull();
  });

  it('is written once: no other server module looks a serial up in the sales lines for territory', () => {
    const holders = sources(srcDir).filter((f) => /any\(\s*sl\.serial_numbers\s*\)/.test(readFileSync(f, 'utf8')));
    expect(holders.map((f) => f.slice(srcDir.length + 1))).toEqual(['modules/dumping/trace.ts']);
  });
});
