// The `Simpanan` grid: title block, header, one row per member, totals.
import { savingsSheet } from '../../../src/core/generatedTabs/savingsSheet';
import { columnPages } from '../../../src/local/printColumns';
import { memberSavings } from '../../../src/core/savings/memberSavings';
import type { OutCell } from '../../../src/core/sheetGrid';
import { bookOf, cash, member } from '../bookBuilder';

const book = bookOf({
  members: [member('A001', 'Siti Aminah'), member('A002', '@Budi')],
  cash: [
    cash('2026-01-05', 'Simpanan Pokok', { in: 50_000 }, { memberId: 'A001' }),
    cash('2026-01-05', 'Simpanan Wajib', { in: 10_000 }, { memberId: 'A001' }),
    cash('2026-01-06', 'Simpanan Sukarela', { in: 40_000 }, { memberId: 'A002' }),
    cash('2026-01-07', 'Penarikan Simpanan', { out: 15_000 }, { memberId: 'A002' }),
  ],
});
const values = (row: readonly OutCell[] | undefined) => (row ?? []).map((c) => c.v);

describe('savingsSheet', () => {
  const grid = savingsSheet(memberSavings(book, '2026-01-31'), book, 'id', '2026-02-01 09:00');

  it('is the tab Simpanan, landscape, header frozen', () => {
    expect(grid.name).toBe('Simpanan');
    // 870 px: fit to A4 portrait's width about 75 %; one landscape page wide at 100 %.
    expect(grid.orientation).toBe('landscape');
    expect(columnPages(grid)).toBeUndefined();
    expect(values(grid.rows[grid.frozenRows - 1])).toEqual([
      'No',
      'ID Anggota',
      'Nama',
      'Simpanan Pokok',
      'Simpanan Wajib',
      'Simpanan Sukarela',
      'Penarikan',
      'Saldo Simpanan',
    ]);
    expect(grid.widths).toHaveLength(8);
    expect(values(grid.rows.slice(0, 4).map((r) => r[0]!))).toEqual([
      'SIMPANAN ANGGOTA',
      'Kelompok Tani Makmur',
      'Per tanggal 31 Januari 2026',
      'Dibuat 1 Februari 2026 09:00',
    ]);
  });

  it('writes one row per member and the totals, in Rupiah', () => {
    const first = grid.frozenRows;
    expect(values(grid.rows[first])).toEqual([1, 'A001', 'Siti Aminah', 50_000, 10_000, 0, 0, 60_000]);
    expect(values(grid.rows[first + 1])).toEqual([2, 'A002', '@Budi', 0, 0, 40_000, 15_000, 25_000]);
    expect(values(grid.rows[first + 2])).toEqual([
      null,
      'Jumlah',
      '2 anggota',
      50_000,
      10_000,
      40_000,
      15_000,
      85_000,
    ]);
    expect(grid.rows[first]!.slice(3).every((c) => c.format === 'rupiah')).toBe(true);
  });

  it('notes over-withdrawals only when there are some', () => {
    expect(grid.rows.some((r) => String(r[0]?.v).startsWith('Perhatian'))).toBe(false);
    const over = bookOf({
      members: [member('A001', 'Siti')],
      cash: [cash('2026-01-07', 'Penarikan Simpanan', { out: 15_000 }, { memberId: 'A001' })],
    });
    const g = savingsSheet(memberSavings(over), over, 'en', 'now');
    expect(g.rows[2]![0]!.v).toBe('All Kas rows');
    expect(g.rows.find((r) => String(r[0]?.v).startsWith('Attention'))![0]!.v).toContain(': 1 rows');
    expect(g.rows.some((r) => String(r[0]?.v).startsWith('Attention: withdrawals beyond'))).toBe(true);
  });
});

describe('savingsSheet: the members counted in the totals row', () => {
  // A district's combined book: the count grouped as each language groups it (it wrote `1200
  // anggota`), and one member in English in the singular (it wrote `1 members`).
  const countIn = (members: number, lang: 'id' | 'en') => {
    const many = bookOf({
      members: Array.from({ length: members }, (_, i) =>
        member(`A${String(i + 1).padStart(4, '0')}`, `M ${i}`),
      ),
    });
    const grid = savingsSheet(memberSavings(many, '2026-01-31'), many, lang, '2026-02-01 09:00');
    return grid.rows[grid.frozenRows + members]![2]!.v;
  };

  it('1.200 anggota in Indonesian, 1,200 members in English', () => {
    expect(countIn(1200, 'id')).toBe('1.200 anggota');
    expect(countIn(1200, 'en')).toBe('1,200 members');
  });

  it('1 member in English', () => {
    expect(countIn(1, 'en')).toBe('1 member');
    expect(countIn(1, 'id')).toBe('1 anggota');
  });
});
