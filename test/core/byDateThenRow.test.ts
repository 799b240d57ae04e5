// The orders of dated rows: by date, then sheet row; by date alone.
import { byDate, byDateThenRow, sortByDateThenRow } from '../../src/core/byDateThenRow';

describe('byDateThenRow', () => {
  it('puts the earlier date first, whatever the rows', () => {
    expect(byDateThenRow({ date: '2026-01-02', row: 3 }, { date: '2026-01-10', row: 2 })).toBeLessThan(0);
    expect(byDateThenRow({ date: '2026-02-01', row: 2 }, { date: '2026-01-31', row: 9 })).toBeGreaterThan(0);
  });

  it('keeps rows of one date in sheet order', () => {
    const rows = [
      { date: '2026-03-01', row: 7 },
      { date: '2026-02-28', row: 9 },
      { date: '2026-03-01', row: 4 },
    ];
    expect([...rows].sort(byDateThenRow).map((r) => r.row)).toEqual([9, 4, 7]);
    expect(byDateThenRow(rows[0]!, rows[0]!)).toBe(0);
  });
});

describe('byDate', () => {
  it('orders by date alone: one date ties, and a stable sort keeps their order', () => {
    const rows = [
      { date: '2026-03-01', name: 'b' },
      { date: '2026-02-28', name: 'c' },
      { date: '2026-03-01', name: 'a' },
    ];
    expect(byDate(rows[0]!, rows[2]!)).toBe(0);
    expect([...rows].sort(byDate).map((r) => r.name)).toEqual(['c', 'b', 'a']);
  });
});

describe('sortByDateThenRow', () => {
  it('sorts rows out of order in place, by date then row', () => {
    const rows = [
      { date: '2026-03-01', row: 7 },
      { date: '2026-02-28', row: 9 },
      { date: '2026-03-01', row: 4 },
    ];
    expect(sortByDateThenRow(rows)).toBe(rows);
    expect(rows.map((r) => r.row)).toEqual([9, 4, 7]);
  });

  it('leaves rows already in order as they are, without sorting them', () => {
    const rows = [
      { date: '2026-02-28', row: 9 },
      { date: '2026-03-01', row: 4 },
      { date: '2026-03-01', row: 7 },
    ];
    const sort = jest.spyOn(rows, 'sort');
    expect(sortByDateThenRow(rows)).toBe(rows);
    expect(sort).not.toHaveBeenCalled();
    expect(rows.map((r) => r.row)).toEqual([9, 4, 7]);
    expect(sortByDateThenRow([])).toEqual([]);
  });
});
