// The `Saldo Pinjaman` grid: title block, header, one row per loan, totals, portfolio with definitions.
import { creditReport } from '../../../src/core/credit/creditReport';
import { loanBalancesSheet } from '../../../src/core/generatedTabs/loanBalancesSheet';
import { columnPages } from '../../../src/local/printColumns';
import type { OutCell, SheetGrid } from '../../../src/core/sheetGrid';
import { bookOf, loan, member, repayment } from '../bookBuilder';

const book = bookOf({
  settings: { groupName: 'Kelompok Tani Makmur', village: 'Sukamaju' },
  members: [member('A001', 'Siti Aminah'), member('A002', '=Budi')],
  loans: [
    loan('P001', 'A001', '2026-01-15', 1_200_000),
    loan('P002', 'A002', '2026-05-01', 500_000, { monthlyRate: 0.02, installments: 1 }),
  ],
  cash: [
    repayment('P001', 'A001', '2026-02-15', 118_000),
    repayment('P001', 'A001', '2026-03-20', 118_000),
    repayment('P001', 'A001', '2026-05-10', 100_000),
  ],
});
const report = creditReport(book, '2026-05-31');

/** Lent 10/01/2026, rescheduled on 10/07 in Kol 4, written off on 10/10 (the Kol still held then). */
const rescheduledThenWrittenOff = bookOf({
  members: [member('A001', 'Siti Aminah')],
  loans: [loan('P001', 'A001', '2026-01-10', 1_000_000, { monthlyRate: 0.02, installments: 5 })],
  loanChanges: [
    { loanId: 'P001', date: '2026-10-10', kind: 'Hapus Buku', reason: 'Rapat', row: 2 },
    { loanId: 'P001', date: '2026-07-10', kind: 'Jadwal Ulang', installments: 6, row: 3 },
  ],
});

const values = (row: readonly OutCell[] | undefined) => (row ?? []).map((c) => c.v);
const rowStarting = (grid: SheetGrid, col: number, v: unknown) => grid.rows.find((r) => r[col]?.v === v);

describe('loanBalancesSheet', () => {
  const grid = loanBalancesSheet(report, book, 'id', '2026-06-01 08:30');

  it('breaks a long group name and place into lines that No to Nama hold, the place after a comma only', () => {
    // The later printed pages show them beside the four repeated columns alone (306 px of text).
    const long = bookOf({
      settings: {
        groupName: 'Kelompok Tani Sumber Rejeki Makmur Sejahtera Bersama',
        village: 'Cikandang',
        district: 'Cikajang',
        regency: 'Garut',
        province: 'Jawa Barat',
      },
      members: [member('A001', 'Siti Aminah')],
    });
    const tab = loanBalancesSheet(creditReport(long, '2026-05-31'), long, 'id', '2026-06-01 08:30');
    expect(tab.rows.slice(1, 5).map(values)).toEqual([
      ['Kelompok Tani Sumber Rejeki'],
      ['Makmur Sejahtera Bersama'],
      ['Desa Cikandang, Kec. Cikajang, Kab. Garut,'],
      ['Jawa Barat'],
    ]);
    // The header stays frozen below the longer title block.
    expect(tab.frozenRows).toBe(grid.frozenRows + 2);
    // Short ones keep a line each, as before.
    expect(grid.rows.slice(1, 3).map(values)).toEqual([['Kelompok Tani Makmur'], ['Desa Sukamaju']]);
  });

  it('is the tab Saldo Pinjaman, landscape, header frozen, one width per column', () => {
    expect(grid.name).toBe('Saldo Pinjaman');
    expect(grid.orientation).toBe('landscape');
    const header = grid.rows[grid.frozenRows - 1]!;
    expect(header.every((c) => c.bold)).toBe(true);
    expect(values(header).slice(0, 6)).toEqual([
      'No',
      'ID Pinjaman',
      'ID Anggota',
      'Nama',
      'Tanggal Cair',
      'Pokok',
    ]);
    expect(grid.widths).toHaveLength(header.length);
  });

  it('prints on A4 landscape at no less than 64 % of its size, every Rupiah column holding Rp 999.999.999 in bold', () => {
    const total = grid.widths.reduce((a, b) => a + b, 0);
    // 297 mm − 2 × 0,5 inch of margins ≈ 1.047 px at 96 dpi.
    expect(1047 / total).toBeGreaterThanOrEqual(0.64);
    const rupiahColumns = grid.rows[grid.frozenRows]!.flatMap((c, i) => (c.format === 'rupiah' ? [i] : []));
    expect(rupiahColumns).toHaveLength(9);
    // 14 characters at about 7 px a bold character, and 6 px of cell padding.
    for (const i of rupiahColumns) expect(grid.widths[i]).toBeGreaterThanOrEqual(14 * 7 + 6);
  });

  it('breaks no word of a header in either language (about 7 px a bold character, 6 px of padding)', () => {
    for (const g of [grid, loanBalancesSheet(report, book, 'en', 'x')]) {
      const header = g.rows[g.frozenRows - 1]!;
      header.forEach((c, i) => {
        for (const word of String(c.v).split(' ')) {
          expect({ word, fits: word.length * 7 + 6 <= g.widths[i]! }).toEqual({ word, fits: true });
        }
      });
    }
  });

  it('starts with the title block: title, group, place, as-of date, generated-at', () => {
    expect(values(grid.rows.slice(0, 5).map((r) => r[0]!))).toEqual([
      'SALDO PINJAMAN',
      'Kelompok Tani Makmur',
      'Desa Sukamaju',
      'Per tanggal 31 Mei 2026',
      'Dibuat 1 Juni 2026 08:30',
    ]);
    expect(grid.rows[0]![0]!.bold).toBe(true);
  });

  it('writes the worked example loan with Rupiah and date formats', () => {
    const row = grid.rows[grid.frozenRows]!;
    expect(values(row)).toEqual([
      1,
      'P001',
      'A001',
      'Siti Aminah',
      { date: '2026-01-15' },
      1_200_000,
      472_000,
      336_000,
      336_000,
      118_000,
      18_000,
      136_000,
      918_000,
      46,
      2,
      'Menunggak',
      { date: '2026-06-15' },
      118_000,
    ]);
    expect(row[4]!.format).toBe('date');
    expect([5, 6, 7, 8, 9, 10, 11, 12, 17].map((i) => row[i]!.format)).toEqual(Array(9).fill('rupiah'));
  });

  it('copies book text as plain values, formula-looking ones included', () => {
    const row = grid.rows[grid.frozenRows + 1]!;
    expect(row[3]!.v).toBe('=Budi');
    expect(row[3]!.format).toBeUndefined();
  });

  it('totals the loans', () => {
    const totals = rowStarting(grid, 1, 'Jumlah')!;
    expect(values(totals).slice(3, 13)).toEqual([
      '2 pinjaman',
      null,
      1_700_000,
      472_000,
      336_000,
      336_000,
      118_000,
      18_000,
      136_000,
      1_418_000,
    ]);
    expect(totals[5]!.bold && totals[5]!.format === 'rupiah').toBe(true);
  });

  it('shows each portfolio figure with its value and its definition beside it', () => {
    const par30 = rowStarting(grid, 0, 'PAR30')!;
    // 918.000 of 1.418.000 outstanding is more than 30 days past due.
    expect(par30[5]).toMatchObject({ v: 918_000 / 1_418_000, format: 'percent' });
    expect(par30[6]!.v).toContain('lebih dari 30 hari');
    const collection = rowStarting(grid, 0, 'Tingkat Penagihan')!;
    expect(collection[5]).toMatchObject({ v: 336_000 / 472_000, format: 'percent' });
    const outstanding = rowStarting(grid, 0, 'Sisa pokok')!;
    expect(outstanding[5]).toMatchObject({ v: 1_418_000, format: 'rupiah' });
    for (const f of report.portfolio.figures) {
      const row = rowStarting(grid, 0, f.label.id)!;
      expect(row[6]).toMatchObject({ v: f.definition.id, wrap: true });
    }
  });

  it('gives each portfolio label the columns A to E and each definition G to L, merged', () => {
    const header = grid.rows.findIndex((r) => r[0]?.v === 'Ukuran') + 1;
    const last = rowStarting(grid, 0, 'Kol 5 Macet: sisa pokok')!;
    const lastRow = grid.rows.indexOf(last) + 1;
    const note = grid.rows.findIndex((r) => String(r[0]?.v ?? '').startsWith('Kol: 1 Lancar')) + 1;
    const fines = grid.rows.findIndex((r) => r[5]?.v === 'Denda Dikenakan') + 1;
    expect(grid.merges).toEqual([
      { row: header, col: 1, rows: lastRow - header + 1, cols: 5 },
      { row: header, col: 7, rows: lastRow - header + 1, cols: 6 },
      { row: note, col: 1, rows: 1, cols: 12 },
      // The fines section: its header and its one line (no fines or changes here).
      { row: fines, col: 9, rows: 2, cols: 4 },
    ]);
    // Every merged span is wide enough for its longest label at about 7 pixels a bold character.
    const span = (from: number, n: number) =>
      grid.widths.slice(from - 1, from - 1 + n).reduce((a, b) => a + b, 0);
    const longest = Math.max(
      ...report.portfolio.figures.map((f) => Math.max(f.label.id.length, f.label.en.length)),
    );
    expect(longest * 7).toBeLessThan(span(1, 5));
    // Nothing else sits in a merged cell: it would be hidden.
    for (let r = header; r <= lastRow; r += 1) {
      expect([1, 2, 3, 4].map((c) => grid.rows[r - 1]![c]?.v ?? null)).toEqual([null, null, null, null]);
    }
  });

  it('prints two A4 landscape pages wide at 83 %, No to Nama on both, the blocks under the table on the first', () => {
    // 1.628 px fit to one page wide prints under 60 %; A to L, and A to D with M to R, at 83 %.
    expect(columnPages(grid)).toEqual({ breaks: [13], scale: 83, titleColumns: 4 });
    expect(values(grid.rows[grid.frozenRows - 1]).slice(0, 4)).toEqual([
      'No',
      'ID Pinjaman',
      'ID Anggota',
      'Nama',
    ]);
    // The first page ends at Total Tunggakan, where every merged block under the table ends.
    expect(values(grid.rows[grid.frozenRows - 1])[11]).toBe('Total Tunggakan');
    for (const m of grid.merges ?? []) expect(m.col + m.cols - 1).toBeLessThanOrEqual(12);
    // Without the merges under the table the cut is the same since Hari Tunggakan is 78 px (at 72 px
    // the first page ended at Total Angsuran Diterima, 84 %): the three arrears columns, never cut
    // from one another, stay together on the first page.
    const noMerges = columnPages({ ...grid, merges: [] });
    expect(noMerges).toEqual({ breaks: [13], scale: 83, titleColumns: 4 });
  });

  it('says when no loan has fines or changes', () => {
    const title = grid.rows.findIndex((r) => r[0]?.v === 'DENDA DAN PERUBAHAN PINJAMAN');
    expect(values(grid.rows[title + 1]).slice(5)).toEqual([
      'Denda Dikenakan',
      'Denda Dibayar',
      'Denda Belum Dibayar',
      'Keterangan',
    ]);
    expect(grid.rows[title + 2]![0]!.v).toBe('Tidak ada denda atau perubahan pinjaman.');
  });

  it('lists fines charged, paid and owed, and the change beside the status with why the Kol is held', () => {
    const changed = bookOf({
      settings: { lateFine: 10_000 },
      members: [member('A001', 'Siti Aminah'), member('A002', 'Budi')],
      loans: [
        loan('P001', 'A001', '2026-01-15', 1_200_000),
        loan('P002', 'A002', '2026-01-10', 1_200_000, { monthlyRate: 0.02, installments: 6 }),
      ],
      cash: [
        repayment('P001', 'A001', '2026-02-15', 118_000),
        repayment('P001', 'A001', '2026-03-20', 118_000),
        { ...repayment('P001', 'A001', '2026-03-20', 10_000), category: 'Denda' as const },
        repayment('P002', 'A002', '2026-02-10', 224_000),
      ],
      loanChanges: [{ loanId: 'P002', date: '2026-05-20', kind: 'Jadwal Ulang', installments: 6, row: 2 }],
    });
    const g = loanBalancesSheet(creditReport(changed, '2026-05-31'), changed, 'id', 'x');
    const p2 = g.rows[g.frozenRows + 1]!;
    expect(p2[15]!.v).toBe('Lancar · Jadwal Ulang 20/05/2026');
    expect(p2[14]!.v).toBe(2);
    const title = g.rows.findIndex((r) => r[0]?.v === 'DENDA DAN PERUBAHAN PINJAMAN');
    // P001: fines of 19/03, 19/04, 19/05, one paid. P002: no. 2-4 late (14/03, 14/04, 14/05).
    expect(values(g.rows[title + 2])).toEqual([
      1,
      'P001',
      'A001',
      'Siti Aminah',
      null,
      30_000,
      10_000,
      20_000,
      null,
    ]);
    expect(values(g.rows[title + 3])).toEqual([
      2,
      'P002',
      'A002',
      'Budi',
      null,
      30_000,
      0,
      30_000,
      'Jadwal Ulang 20/05/2026; Kol 2 ditahan sejak Jadwal Ulang 20/05/2026 sampai 3 angsuran baru berturut-turut tepat waktu (menurut hari tunggakan: Kol 1)',
    ]);
    expect(values(g.rows[title + 4])).toEqual([null, 'Jumlah', null, null, null, 60_000, 10_000, 50_000]);
  });

  it('says what a Hapus Denda waived, so that charged − paid − waived = owed reads off the line', () => {
    // §7's worked example: fines of 19/03, 19/04 and 19/05; 10.000 paid; the rest waived on 25/05.
    const waived = bookOf({
      settings: { lateFine: 10_000 },
      members: [member('A001', 'Siti Aminah')],
      loans: [loan('P001', 'A001', '2026-01-15', 1_200_000)],
      cash: [
        repayment('P001', 'A001', '2026-02-15', 118_000),
        repayment('P001', 'A001', '2026-03-20', 118_000),
        { ...repayment('P001', 'A001', '2026-03-20', 10_000), category: 'Denda' as const },
      ],
      loanChanges: [{ loanId: 'P001', date: '2026-05-25', kind: 'Hapus Denda', row: 2 }],
    });
    const r = creditReport(waived, '2026-05-31');
    expect(r.loans[0]).toMatchObject({
      finesCharged: 30_000,
      finesPaid: 10_000,
      finesWaived: 20_000,
      finesOwed: 0,
    });
    for (const [lang, note] of [
      ['id', 'denda dihapus Rp 20.000 (Hapus Denda 25/05/2026)'],
      ['en', 'fines waived Rp 20,000 (waived 25/05/2026)'],
    ] as const) {
      const g = loanBalancesSheet(r, waived, lang, 'x');
      const title = g.rows.findIndex(
        (row) => row[0]?.v === (lang === 'id' ? 'DENDA DAN PERUBAHAN PINJAMAN' : 'FINES AND LOAN CHANGES'),
      );
      expect(values(g.rows[title + 2])).toEqual([
        1,
        'P001',
        'A001',
        'Siti Aminah',
        null,
        30_000,
        10_000,
        0,
        note,
      ]);
    }
  });

  it('shows a written-off loan as Hapus Buku, without a Kol: it has left arrears and the Kol counts (docs/book.md §7)', () => {
    const writtenOff = bookOf({
      members: [member('A001', 'Siti Aminah')],
      loans: [loan('P001', 'A001', '2025-01-15', 1_200_000)],
      cash: [repayment('P001', 'A001', '2025-02-15', 118_000)],
      loanChanges: [{ loanId: 'P001', date: '2026-01-10', kind: 'Hapus Buku', reason: 'pindah', row: 2 }],
    });
    const r = creditReport(writtenOff, '2026-05-31');
    // Kol 5 on the write-off date: 300 days past due from 15/03/2025.
    expect(r.loans[0]).toMatchObject({ kol: 5, status: 'Macet', daysPastDue: 0, arrears: 0 });
    for (const [lang, status] of [
      ['id', 'Hapus Buku 10/01/2026'],
      ['en', 'Written off 10/01/2026'],
    ] as const) {
      const g = loanBalancesSheet(r, writtenOff, lang, 'x');
      const row = g.rows[g.frozenRows]!;
      expect(values(row).slice(11, 16)).toEqual([0, 0, 0, null, status]);
    }
  });

  it('counts what came back after a write-off in Total Angsuran Diterima, so the column adds up to Kas (docs/book.md §4, §7)', () => {
    // 1.200.000 at 1,5 % Flat, 12 monthly from 15/01/2025 (118.000 each); one repaid, written off
    // on 10/01/2026, then 200.000 and 50.000 came back: every Angsuran Pinjaman row is money received.
    const recovered = bookOf({
      members: [member('A001', 'Siti Aminah'), member('A002', 'Budi')],
      loans: [loan('P001', 'A001', '2025-01-15', 1_200_000), loan('P002', 'A002', '2026-01-05', 500_000)],
      cash: [
        repayment('P001', 'A001', '2025-02-15', 118_000),
        repayment('P001', 'A001', '2026-03-02', 200_000),
        repayment('P001', 'A001', '2026-04-02', 50_000),
        repayment('P002', 'A002', '2026-02-05', 57_500),
      ],
      loanChanges: [{ loanId: 'P001', date: '2026-01-10', kind: 'Hapus Buku', reason: 'pindah', row: 2 }],
    });
    const r = creditReport(recovered, '2026-05-31');
    expect(r.loans[0]).toMatchObject({ repaid: 118_000, recoveries: 250_000 });
    const g = loanBalancesSheet(r, recovered, 'id', 'x');
    const header = values(g.rows[g.frozenRows - 1]);
    const col = header.indexOf('Total Angsuran Diterima');
    expect(g.rows[g.frozenRows]![col]!.v).toBe(368_000);
    expect(g.rows[g.frozenRows + 1]![col]!.v).toBe(57_500);
    const kas = recovered.cash.reduce((s, c) => s + c.amountIn, 0);
    expect(kas).toBe(425_500);
    expect(g.rows[g.frozenRows + 2]![col]!.v).toBe(kas);
  });

  it('shows no held Kol for a loan written off after a rescheduling: no Kol, no held-Kol note (docs/book.md §7)', () => {
    // 1.000.000 at 2 % Flat, 5 monthly from 10/01/2026, nothing repaid. Jadwal Ulang on 10/07: 150
    // days past due, Kol 4, held. Hapus Buku on 10/10: 61 days past due on the new schedule (Kol 2),
    // the held Kol 4 on T kept in the record, but no Kol is shown and none is said to be held.
    const r = creditReport(rescheduledThenWrittenOff, '2026-12-03');
    expect(r.loans[0]).toMatchObject({ kol: 4, kolByDays: 2, writtenOff: { date: '2026-10-10' } });
    expect(r.loans[0]!.kolHeld).toBeUndefined();
    for (const [lang, note] of [
      ['id', 'Hapus Buku 10/10/2026; pokok dihapus Rp 1.000.000, pemulihan Rp 0'],
      ['en', 'Written off 10/10/2026; principal written off Rp 1,000,000, recoveries Rp 0'],
    ] as const) {
      const g = loanBalancesSheet(r, rescheduledThenWrittenOff, lang, 'x');
      expect(g.rows[g.frozenRows]![14]!.v).toBeNull();
      const title = g.rows.findIndex(
        (row) => row[0]?.v === (lang === 'id' ? 'DENDA DAN PERUBAHAN PINJAMAN' : 'FINES AND LOAN CHANGES'),
      );
      expect(g.rows[title + 2]![8]!.v).toBe(note);
    }
    // Before the write-off the Kol is held, and said to be.
    expect(creditReport(rescheduledThenWrittenOff, '2026-10-09').loans[0]!.kolHeld).toEqual({
      kol: 4,
      since: '2026-07-10',
    });
  });

  it('is in English when asked, under the same tab name', () => {
    const en = loanBalancesSheet(report, book, 'en', '2026-06-01 08:30');
    expect(en.name).toBe('Saldo Pinjaman');
    expect(en.rows[0]![0]!.v).toBe('LOAN BALANCES');
    expect(en.rows[3]![0]!.v).toBe('As of 31 May 2026');
    expect(values(en.rows[en.frozenRows - 1]).slice(0, 2)).toEqual(['No', 'Loan ID']);
    expect(en.rows[en.frozenRows]![15]!.v).toBe('In arrears');
    expect(rowStarting(en, 0, 'Collection rate')![6]!.v).toContain('Advance payments');
  });

  it('shows a dash for a figure without a denominator', () => {
    const empty = loanBalancesSheet(creditReport(bookOf({}), '2026-05-31'), bookOf({}), 'id', 'x');
    expect(rowStarting(empty, 0, 'PAR30')![5]!.v).toBe('–');
  });
});
