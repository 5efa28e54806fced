import { describe, expect, it } from 'vitest';
import { recommendOrderLines, type PurchaseLine } from './order-recommendations';

const line = (date: string, model: string, quantity = 2, amountFen = 100_000): PurchaseLine => ({ date, model, quantity, amountFen });

describe('recommendOrderLines (R3.2)', () => {
  const history = [
    // Bought every winter: due again this season.
    line('2025-11-25', 'CK6150', 3, 900_000), line('2024-12-01', 'CK6150', 3, 900_000),
    // Bought every ~60 days, last 70 days ago: repurchase due.
    line('2026-03-10', 'VMC850', 1), line('2026-05-10', 'VMC850', 1), line('2026-07-10', 'VMC850', 2), line('2026-09-11', 'VMC850', 1),
    // Bought last month: neither seasonal nor due.
    line('2026-10-20', 'CAK6136', 4, 50_000),
    // Older than two years: ignored.
    line('2024-11-01', 'OLD-1', 9),
  ];

  it('suggests seasonal and due models with their usual quantity, most reasons first', () => {
    expect(recommendOrderLines(history, '2026-11-20')).toEqual([
      { model: 'CK6150', quantity: 3, reasons: ['seasonal'], lastBoughtOn: '2025-11-25', lastYearFen: 900_000 },
      { model: 'VMC850', quantity: 1, reasons: ['repurchase_due'], lastBoughtOn: '2026-09-11', lastYearFen: 400_000 },
    ]);
  });

  it('adds an announced price rise and, behind target, the best seller', () => {
    const r = recommendOrderLines(history, '2026-11-20', { priceRiseModels: ['CAK6136', 'CK6150'], behindTarget: true });
    expect(r.map((x) => [x.model, x.reasons])).toEqual([
      ['CK6150', ['seasonal', 'price_rise', 'behind_target']],
      ['VMC850', ['repurchase_due', 'behind_target']],
      ['CAK6136', ['price_rise', 'behind_target']],
    ]);
  });

  it('suggests nothing without history, and at most `max` lines', () => {
    expect(recommendOrderLines([], '2026-11-20', { behindTarget: true })).toEqual([]);
    expect(recommendOrderLines(history, '2026-11-20', { max: 1 })).toHaveLength(1);
  });
});
