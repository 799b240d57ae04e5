// The `Ringkasan Kelompok` grid: landscape, header frozen, worst first, totals, definitions under it.
import { groupSummarySheet } from '../../../src/core/generatedTabs/groupSummarySheet';
import { columnPages } from '../../../src/local/printColumns';
import type { OutCell } from '../../../src/core/sheetGrid';
import type { GroupSummaryRow } from '../../../src/core/summary/groupSummary';
import { groupSummary } from '../../../src/core/summary/groupSummary';

const base: GroupSummaryRow = {
  file: 'a.xlsx',
  groupName: 'Kelompok Tani Makmur',
  village: 'Sukamaju',
  district: 'Cibodas',
  activeMembers: 20,
  cashBalance: 1_500_000,
  savings: 800_000,
  openLoans: 4,
  outstandingPrincipal: 3_000_000,
  arrears: 250_000,
  atRisk30: 600_000,
  par30: 0.2,
  kol5Loans: 1,
  pastDueLoans: 2,
  errors: 0,
  warnings: 3,
  lastActivity: '2026-11-20',
  lastCash: '2026-11-27',
  attendancePresent: 30,
  attendanceActive: 40,
  attendanceLast4: 0.75,
  activeWomen: 8,
  activeWithGender: 20,
  womenShare: 0.4,
  rukOnTime: { done: 3, due: 4 },
  saprodiRight: { right: 9, rows: 10 },
  notComputed: [],
};
const worse: GroupSummaryRow = {
  ...base,
  file: 'b.xlsx',
  groupName: 'Kelompok Tani Lestari',
  errors: 2,
  atRisk30: 0,
  par30: 0,
  outstandingPrincipal: 1_000_000,
  attendancePresent: 10,
  attendanceActive: 20,
  attendanceLast4: 0.5,
  activeWomen: 12,
  activeWithGender: 20,
  womenShare: 0.6,
  rukOnTime: { done: 0, due: 0 },
  saprodiRight: { right: 1, rows: 10 },
};
const summary = groupSummary(
  [
    base,
    worse,
    {
      file: 'c.xlsx',
      error: {
        code: 'file.missing',
        message: { id: 'File tidak ditemukan: c.xlsx', en: 'File not found: c.xlsx' },
      },
    },
  ],
  '2026-11-28',
  '2026-11-28',
);
const values = (row: readonly OutCell[] | undefined) => (row ?? []).map((c) => c.v);

describe('groupSummarySheet', () => {
  const grid = groupSummarySheet(summary, 'id', '2026-11-28 08:30');
  const header = grid.rows[grid.frozenRows - 1]!;

  it('is the tab Ringkasan Kelompok, A4 landscape, header frozen, one width per column', () => {
    expect(grid.name).toBe('Ringkasan Kelompok');
    expect(grid.orientation).toBe('landscape');
    expect(values(grid.rows[0])).toEqual(['RINGKASAN KELOMPOK']);
    expect(header.every((c) => c.bold)).toBe(true);
    expect(values(header).slice(0, 3)).toEqual(['No', 'File', 'Nama Kelompok']);
    expect(grid.widths).toHaveLength(header.length);
  });

  it('lists the unreadable file first with its reason, then the most errors, with Rupiah and percent formats', () => {
    const body = grid.rows.slice(grid.frozenRows, grid.frozenRows + 3);
    expect(body.map((r) => r[1]?.v)).toEqual(['c.xlsx', 'b.xlsx', 'a.xlsx']);
    expect(body[0]![header.length - 1]!.v).toBe('File tidak ditemukan: c.xlsx');
    const a = body[2]!;
    expect(a[6]).toEqual({ v: 1_500_000, format: 'rupiah' });
    expect(a[11]).toEqual({ v: 0.2, format: 'percent' });
    expect(a[16]).toEqual({ v: { date: '2026-11-20' }, format: 'date' });
    expect(values(a.slice(18, 22))).toEqual([0.75, 0.4, '3 / 4', '9 / 10']);
    expect(a[18]).toEqual({ v: 0.75, format: 'percent' });
    // b.xlsx has no RUK row due: a dash, not 0 / 0.
    expect(body[1]![20]).toEqual({ v: '–', align: 'right' });
  });

  it('a bold totals row whose PAR30 is the portfolio ratio, and the definitions under the table', () => {
    const total = grid.rows[grid.frozenRows + 3]!;
    expect(values(total).slice(1, 3)).toEqual(['Jumlah', '2 kelompok']);
    expect(total[9]).toEqual({ v: 4_000_000, format: 'rupiah', bold: true });
    expect(total[11]).toEqual({ v: 600_000 / 4_000_000, format: 'percent', bold: true });
    expect(total[header.length - 1]!.v).toBe('1 file tidak terbaca');
    // Sum ÷ sum: 40 of 60 present (not the average 62,5 %), 20 of 40 women, 3 of 4, 10 of 20.
    expect(total.slice(18, 22)).toEqual([
      { v: 40 / 60, format: 'percent', bold: true },
      { v: 0.5, format: 'percent', bold: true },
      { v: '3 / 4', align: 'right', bold: true },
      { v: '10 / 20', align: 'right', bold: true },
    ]);
    // From D, each label above its text: A to C, printed again on the second page, stay empty.
    const defs = grid.rows.slice(grid.frozenRows + 5);
    expect(defs.map((r) => r[3]?.v).filter((_, i) => i % 2 === 0)).toEqual([
      'PAR30',
      'Jumlah',
      'Kesalahan, Peringatan',
      'Kehadiran, Perempuan, RUK, Saprodi',
    ]);
    expect(defs.every((r) => r.slice(0, 3).every((c) => c.v === null))).toBe(true);
    expect(String(defs[3]![3]!.v)).toContain('bukan rata-rata');
    // Each text merged over D to L (PAR30): the first printed page holds them whole.
    expect(grid.merges).toEqual(
      [6, 8, 10, 12].map((r) => ({ row: grid.frozenRows + r + 1, col: 4, rows: 1, cols: 9 })),
    );
    expect(values(header)[11]).toBe('PAR30');
  });

  it('prints two A4 landscape pages wide at 83 %, No, File and Nama Kelompok on both', () => {
    // 1,983 px fit to one page wide prints at about half size; A to L, and A to C with M to W, at 83 %.
    expect(columnPages(grid)).toEqual({ breaks: [13], scale: 83, titleColumns: 3 });
    expect(values(header).slice(12, 14)).toEqual(['Kol 5 (Macet)', 'Pinjaman Menunggak']);
    for (const m of grid.merges ?? []) expect(m.col + m.cols - 1).toBeLessThanOrEqual(12);
  });

  it('speaks English with --lang en', () => {
    const en = groupSummarySheet(summary, 'en', '2026-11-28 08:30');
    expect(values(en.rows[en.frozenRows - 1]).slice(0, 3)).toEqual(['No', 'File', 'Group']);
    expect(String(en.rows[en.rows.length - 5]![3]!.v)).toContain('not an average');
    expect(en.rows[en.frozenRows + 3]![22]!.v).toBe('1 file unreadable');
  });
});
