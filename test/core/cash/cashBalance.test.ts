import { cashBalanceOn, cashInDateOrder, firstNegativeCash } from '../../../src/core/cash/cashBalance';
import { runningCashBalance } from './runningCashBalance';
import type { CashEntry } from '../../../src/core/book/types';
import { defaultSettings } from '../../../src/core/book/types';
import fc from 'fast-check';

const entry = (row: number, date: string, amountIn: number, amountOut: number): CashEntry => ({
  tab: 'Kas',
  row,
  date,
  description: `baris ${row}`,
  category: 'Lainnya',
  amountIn,
  amountOut,
});

const settings = { ...defaultSettings, openingBalance: 100000 };

/** Four rows typed out of date order; from 100.000 the balance goes below zero at row 5 (15 Feb). */
const fourRowsOutOfOrder = () => [
  entry(2, '2026-03-01', 0, 50000),
  entry(3, '2026-02-01', 20000, 0),
  entry(4, '2026-03-01', 10000, 0),
  entry(5, '2026-02-15', 0, 130000),
];

describe('runningCashBalance', () => {
  it('starts from the opening balance and runs in date order, ties in row order', () => {
    const cash = fourRowsOutOfOrder();
    const r = runningCashBalance({ settings, cash });
    expect(r.entries.map((e) => [e.entry.row, e.balance])).toEqual([
      [3, 120000],
      [5, -10000],
      [2, -60000],
      [4, -50000],
    ]);
    expect(r.opening).toBe(100000);
    expect(r.closing).toBe(-50000);
    expect(r.firstNegative?.entry.row).toBe(5);
  });

  it('has no negative row when the balance stays at zero or above', () => {
    const r = runningCashBalance({ settings, cash: [entry(2, '2026-01-01', 0, 100000)] });
    expect(r.closing).toBe(0);
    expect(r.firstNegative).toBeUndefined();
    expect(runningCashBalance({ settings, cash: [] })).toEqual({
      opening: 100000,
      entries: [],
      closing: 100000,
    });
  });

  it('gives the balance at the end of a date', () => {
    const cash = [entry(2, '2026-03-01', 0, 50000), entry(3, '2026-02-01', 20000, 0)];
    expect(cashBalanceOn({ settings, cash }, '2026-01-31')).toBe(100000);
    expect(cashBalanceOn({ settings, cash }, '2026-02-01')).toBe(120000);
    expect(cashBalanceOn({ settings, cash }, '2026-03-01')).toBe(70000);
  });

  it('ends where cashBalanceOn the last date ends, whatever the order of the rows', () => {
    const rowArb = fc.record({
      day: fc.integer({ min: 1, max: 28 }),
      amount: fc.integer({ min: 1, max: 1_000_000 }),
      out: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 40 }), (rows) => {
        const cash = rows.map((r, i) =>
          entry(
            i + 2,
            `2026-02-${String(r.day).padStart(2, '0')}`,
            r.out ? 0 : r.amount,
            r.out ? r.amount : 0,
          ),
        );
        const run = runningCashBalance({ settings, cash });
        expect(run.closing).toBe(cashBalanceOn({ settings, cash }, '2026-02-28'));
        const sorted = cashInDateOrder(cash);
        for (let i = 1; i < sorted.length; i++) {
          const a = sorted[i - 1] as CashEntry;
          const b = sorted[i] as CashEntry;
          expect(a.date < b.date || (a.date === b.date && a.row < b.row)).toBe(true);
        }
      }),
    );
  });
});

describe('firstNegativeCash', () => {
  it('finds the first row after which the balance is below zero, in date order, also in a book not kept in date order', () => {
    const unsorted = fourRowsOutOfOrder();
    expect(firstNegativeCash({ settings, cash: unsorted })).toEqual({ entry: unsorted[3], balance: -10000 });
    const sorted = cashInDateOrder(unsorted);
    expect(firstNegativeCash({ settings, cash: sorted })).toEqual({ entry: unsorted[3], balance: -10000 });
  });

  it('finds none when the balance stays at zero or above', () => {
    expect(firstNegativeCash({ settings, cash: [entry(2, '2026-01-01', 0, 100000)] })).toBeUndefined();
    expect(firstNegativeCash({ settings, cash: [] })).toBeUndefined();
  });

  it('is the first negative row of the running balance, whatever the rows', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            day: fc.integer({ min: 1, max: 5 }),
            amount: fc.integer({ min: -60000, max: 60000 }).filter((n) => n !== 0),
          }),
          { maxLength: 20 },
        ),
        (rows) => {
          const cash = rows.map((r, i) =>
            entry(i + 2, `2026-01-0${r.day}`, Math.max(r.amount, 0), Math.max(-r.amount, 0)),
          );
          expect(firstNegativeCash({ settings, cash })).toEqual(
            runningCashBalance({ settings, cash }).firstNegative,
          );
        },
      ),
    );
  });
});
