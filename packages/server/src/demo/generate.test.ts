import { describe, expect, it } from 'vitest';
import { listChinaUnits } from '../units/china-units';
import { isPointInArea } from '../units/point-in-area';
import { generateDemo } from './generate';

const referenceDate = '2026-03-15';

describe('demo generator', () => {
  const demo = generateDemo({ seed: 7, referenceDate });

  it('is deterministic for a seed and reference date', () => {
    const again = generateDemo({ seed: 7, referenceDate });
    expect(again.accounts.length).toBe(demo.accounts.length);
    expect(again.salesLines.length).toBe(demo.salesLines.length);
    expect(again.accounts.slice(0, 20)).toEqual(demo.accounts.slice(0, 20));
    expect(again.salesLines.slice(0, 20)).toEqual(demo.salesLines.slice(0, 20));
    expect(again.contacts.slice(0, 20)).toEqual(demo.contacts.slice(0, 20));
    const other = generateDemo({ seed: 8, referenceDate });
    expect(other.accounts[0]?.name === demo.accounts[0]?.name && other.accounts[0]?.lng === demo.accounts[0]?.lng).toBe(false);
  });

  it('has the staff, about 300 distributors and sub-dealers and 1,500 end users', () => {
    expect(demo.users.map((u) => u.username)).toEqual(['hq', 'mgr01', 'mgr02', 'mgr03', ...Array.from({ length: 12 }, (_, i) => `rep${String(i + 1).padStart(2, '0')}`)]);
    expect(demo.users.filter((u) => u.role === 'rep').every((u) => u.managerUsername?.startsWith('mgr'))).toBe(true);
    const channel = demo.accounts.filter((a) => a.kind !== 'end_user').length;
    expect(channel).toBeGreaterThan(270);
    expect(channel).toBeLessThan(330);
    expect(demo.accounts.filter((a) => a.kind === 'end_user')).toHaveLength(1500);
  });

  it('puts every unit in exactly one territory and every account in a territory unit', () => {
    const all = demo.territories.flatMap((t) => t.unitIds);
    expect(new Set(all).size).toBe(all.length);
    const inTerritory = new Set(all);
    for (const a of demo.accounts) expect(inTerritory.has(a.unitId)).toBe(true);
    const prefectures = new Set(listChinaUnits().filter((u) => u.level === 'prefecture').map((u) => u.id));
    for (const id of all) expect(prefectures.has(id)).toBe(true);
    expect(new Set(demo.territories.map((t) => t.ownerUsername)).size).toBe(12);
  });

  it('links every sub-dealer and end user to a distributor in the same territory', () => {
    const byId = new Map(demo.accounts.map((a) => [a.id, a]));
    const territoryOf = new Map(demo.territories.flatMap((t) => t.unitIds.map((u) => [u, t.id])));
    for (const a of demo.accounts.filter((x) => x.kind !== 'distributor')) {
      const d = byId.get(a.distributorId ?? '');
      expect(d?.kind).toBe('distributor');
      expect(territoryOf.get(d!.unitId)).toBe(territoryOf.get(a.unitId));
    }
    expect(demo.accounts.filter((a) => a.kind === 'distributor').every((a) => a.distributorId === null)).toBe(true);
  });

  it('spreads accounts around their city, most within 30 km', () => {
    const units = new Map(listChinaUnits().map((u) => [u.id, u]));
    const near = demo.accounts.filter((a) => {
      const u = units.get(a.unitId)!;
      const km = Math.hypot((a.lng - u.centroidLng) * 111 * Math.cos((a.lat * Math.PI) / 180), (a.lat - u.centroidLat) * 111);
      return km < 60;
    });
    expect(near.length / demo.accounts.length).toBeGreaterThan(0.8);
  });

  it('places every account on land inside its own city, never in the sea', () => {
    const units = new Map(listChinaUnits().map((u) => [u.id, u]));
    const outside = demo.accounts.filter((a) => !isPointInArea(a.lng, a.lat, units.get(a.unitId)!.geometry));
    // The city seat itself is the fallback and may sit on a simplified coastline; allow none else.
    expect(outside.length).toBeLessThanOrEqual(demo.accounts.length * 0.01);
  });

  it('has 24 months of sales ending the month before the reference date, in integer fen', () => {
    const dates = demo.salesLines.map((s) => s.date).sort();
    expect(dates[0]?.slice(0, 7)).toBe('2024-03');
    expect(dates.at(-1)?.slice(0, 7)).toBe('2026-02');
    expect(demo.salesLines.length).toBeGreaterThan(50_000);
    for (const s of demo.salesLines.slice(0, 2000)) {
      expect(Number.isInteger(s.amountFen) && Number.isInteger(s.grossProfitFen)).toBe(true);
      expect(s.grossProfitFen).toBeLessThan(s.amountFen);
    }
    const withSerials = demo.salesLines.filter((s) => s.serialNumbers.length > 0);
    expect(withSerials.every((s) => s.serialNumbers.length === s.quantity)).toBe(true);
    const serials = withSerials.flatMap((s) => s.serialNumbers);
    expect(new Set(serials).size).toBe(serials.length);
  });

  it('concentrates revenue in a minority of accounts (Pareto-like)', () => {
    const byAccount = new Map<string, number>();
    for (const s of demo.salesLines) byAccount.set(s.accountId, (byAccount.get(s.accountId) ?? 0) + s.amountFen);
    const amounts = [...byAccount.values()].sort((a, b) => b - a);
    const total = amounts.reduce((s, x) => s + x, 0);
    const topFifth = amounts.slice(0, Math.ceil(amounts.length / 5)).reduce((s, x) => s + x, 0);
    expect(topFifth / total).toBeGreaterThan(0.6);
  });
});
