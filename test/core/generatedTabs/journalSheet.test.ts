// The `Jurnal` tab: A4 portrait layout, formats, text kept as text, both languages, stable output.
import type { Cell } from '../../../src/core/cell';
import { journalSheet } from '../../../src/core/generatedTabs/journalSheet';
import { splitLines } from '../../../src/core/generatedTabs/titleBlock';
import { weeklyJournal } from '../../../src/core/journal/weeklyJournal';
import type { Problem } from '../../../src/core/problems/problem';
import type { OutCell, SheetGrid } from '../../../src/core/sheetGrid';
import { bookOf } from '../bookBuilder';
import { twoWeekBook } from '../journal/twoWeekBook';

const AT = '2026-11-30 07:15';

/** The first cell whose value is `v` (in column `col` when given), with its 0-based row and column. */
function find(grid: SheetGrid, v: Cell, col?: number): { r: number; c: number; cell: OutCell } {
  for (let r = 0; r < grid.rows.length; r++) {
    const row = grid.rows[r]!;
    for (let c = 0; c < row.length; c++) {
      if (col !== undefined && c !== col) continue;
      if (JSON.stringify(row[c]!.v) === JSON.stringify(v)) return { r, c, cell: row[c]! };
    }
  }
  throw new Error(`no cell ${JSON.stringify(v)}`);
}

/** The row whose first cell is `v`, as values. */
function rowOf(grid: SheetGrid, v: Cell): Cell[] {
  const { r } = find(grid, v);
  return grid.rows[r]!.map((x) => x.v);
}

const texts = (grid: SheetGrid) =>
  grid.rows
    .flat()
    .map((x) => x.v)
    .filter((v): v is string => typeof v === 'string');

describe('journalSheet for 2026-W48', () => {
  const model = weeklyJournal(twoWeekBook(), [], '2026-W48', AT);
  const grid = journalSheet(model, 'id');

  it('is the tab `Jurnal 2026-W48`, portrait, six columns as wide as an A4 page less its margins', () => {
    expect(grid.name).toBe('Jurnal 2026-W48');
    expect(grid.orientation).toBe('portrait');
    expect(grid.frozenRows).toBe(0);
    expect(grid.widths).toHaveLength(6);
    const total = grid.widths.reduce((a, b) => a + b, 0);
    // 210 mm − 2 × 19 mm = 172 mm ≈ 650 px at 96 dpi.
    expect(total).toBeGreaterThanOrEqual(620);
    expect(total).toBeLessThanOrEqual(680);
    expect(grid.rows.every((r) => r.length <= 6)).toBe(true);
  });

  it('opens with the title, group, place, facilitator, week and generated-at lines', () => {
    expect(grid.rows[0]![0]).toMatchObject({ v: 'JURNAL MINGGUAN PENDAMPING', bold: true, size: 14 });
    expect(rowOf(grid, 'Kelompok')).toEqual(['Kelompok', 'Kelompok Tani Sri Rejeki']);
    expect(rowOf(grid, 'Lokasi')).toEqual([
      'Lokasi',
      'Desa Sukamaju, Kec. Cibeber, Kab. Cianjur, Jawa Barat',
    ]);
    expect(rowOf(grid, 'Pendamping')).toEqual(['Pendamping', 'Dewi Lestari']);
    expect(rowOf(grid, 'Minggu')).toEqual(['Minggu', '2026-W48 · 23–29 November 2026']);
    expect(rowOf(grid, 'Dibuat')).toEqual(['Dibuat', '30 November 2026 07:15']);
  });

  it('writes a description beginning with `=` as a plain string value, marked as text', () => {
    const { cell, c } = find(grid, '=Pelatihan pengendalian hama terpadu (PHT)');
    expect(c).toBe(2);
    expect(cell).toEqual({ v: '=Pelatihan pengendalian hama terpadu (PHT)', format: 'text', wrap: true });
  });

  it('lists the activities with dates as dates, attendance as whole numbers and long text wrapped', () => {
    const { r } = find(grid, '=Pelatihan pengendalian hama terpadu (PHT)');
    expect(grid.rows[r]).toEqual([
      { v: { date: '2026-11-23' }, format: 'date' },
      { v: 'Pelatihan', wrap: true },
      { v: '=Pelatihan pengendalian hama terpadu (PHT)', format: 'text', wrap: true },
      { v: 21, format: 'integer' },
      { v: 'Anggota mengenali wereng batang coklat', format: 'text', wrap: true },
      { v: 'Praktik lapang di demplot', format: 'text', wrap: true },
    ]);
    expect(rowOf(grid, 'Penyusunan RUK')).toEqual(['Penyusunan RUK', null, null, 0]);
  });

  it('titles each of the six sections in bold on a shaded row', () => {
    for (const title of [
      '1. KEGIATAN MINGGU INI',
      '2. KAS',
      '3. KREDIT (per 29/11/2026)',
      '4. ANGGOTA',
      '5. KUALITAS DATA',
      '6. RENCANA MINGGU DEPAN',
    ]) {
      const { r } = find(grid, title);
      expect(grid.rows[r]).toHaveLength(6);
      expect(grid.rows[r]!.every((x) => x.bold === true && x.background === '#dbe5f1')).toBe(true);
    }
  });

  it('shows the cash in Rupiah: opening, each category, totals and closing', () => {
    const money = (v: number) => ({ v, format: 'rupiah' });
    const { r: opening } = find(grid, 'Saldo awal (23/11/2026)');
    expect(grid.rows[opening]![5]).toEqual({ ...money(3_653_000), bold: true });
    expect(grid.rows[opening + 3]!.map((x) => x.v)).toEqual([
      'Penarikan Simpanan',
      null,
      null,
      null,
      null,
      60_000,
    ]);
    expect(grid.rows[opening + 3]![5]).toEqual(money(60_000));
    const { r: closing } = find(grid, 'Saldo akhir (29/11/2026)');
    expect(grid.rows[closing]![5]).toEqual({ ...money(4_070_000), bold: true });
    expect(grid.rows[closing - 1]!.map((x) => x.v)).toEqual([
      'Jumlah',
      null,
      null,
      null,
      1_477_000,
      1_060_000,
    ]);
  });

  it('shows the credit: disbursement, repayments, portfolio with the PAR30 definition, Kol, collection list', () => {
    expect(rowOf(grid, 'Sisa pokok')).toEqual(['Sisa pokok', null, null, null, null, 2_600_000]);
    expect(rowOf(grid, 'Tunggakan')).toEqual(['Tunggakan', null, null, null, null, 112_000]);
    const par = find(grid, 'PAR30');
    expect(grid.rows[par.r]![5]).toEqual({ v: 0, format: 'percent' });
    expect(grid.rows[par.r + 1]![0]).toMatchObject({ italic: true, size: 8 });
    expect(rowOf(grid, 'Kol 2 Dalam Perhatian Khusus')).toEqual([
      'Kol 2 Dalam Perhatian Khusus',
      null,
      null,
      1,
      null,
      400_000,
    ]);
    const loanRow = find(grid, 'P003 · 10× mingguan').r;
    expect(grid.rows[loanRow]!.map((x) => x.v)).toEqual([
      { date: '2026-11-24' },
      'Slamet (A001)',
      'P003 · 10× mingguan',
      null,
      null,
      1_000_000,
    ]);
    const { r: list } = find(grid, 'Daftar tagihan (30/11/2026 – 06/12/2026)');
    // The total asked includes the fines owed, and its header says so.
    expect(grid.rows[list + 1]!.map((x) => x.v)).toEqual([
      'Jatuh tempo',
      'Anggota',
      'Pinjaman',
      'Angsuran',
      'Tunggakan',
      'Ditagih (+ denda)',
    ]);
    expect(grid.rows.slice(list + 2, list + 6).map((row) => row.map((x) => x.v))).toEqual([
      [
        { date: '2026-12-03' },
        'Siti Aminah (A004)',
        'P002 · angsuran ke-4 · tunggak 26 hari',
        112_000,
        112_000,
        224_000,
      ],
      [{ date: '2026-12-01' }, 'Slamet (A001)', 'P003 · angsuran ke-1', 102_308, 0, 102_308],
      [{ date: '2026-12-01' }, 'Sri Wahyuni (A002)', 'P004 · angsuran ke-4', 100_000, 0, 100_000],
      ['Jumlah', null, null, 314_308, 112_000, 426_308],
    ]);
    expect(grid.rows[list + 2]!.slice(3).map((x) => x.format)).toEqual(['rupiah', 'rupiah', 'rupiah']);
  });

  it('keeps the order of docs/book.md §6: header, activities, cash, credit, members, data quality, plans, signatures', () => {
    const at = (v: Cell) => find(grid, v).r;
    const order = [
      at('JURNAL MINGGUAN PENDAMPING'),
      at('Minggu'),
      at('1. KEGIATAN MINGGU INI'),
      at('2. KAS'),
      at('3. KREDIT (per 29/11/2026)'),
      at('4. ANGGOTA'),
      at('5. KUALITAS DATA'),
      at('6. RENCANA MINGGU DEPAN'),
      find(grid, 'Pendamping', 1).r,
    ];
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(new Set(order).size).toBe(order.length);
  });

  it('plans the next steps and the collection, and ends with the two signature lines', () => {
    // 446 px of Arial 10, more than C to F hold (426 px of text): two rows, broken at a space.
    expect(texts(grid)).toContain('Tagih Rp 224.000 untuk P002 (angsuran Rp 112.000 + tunggakan');
    const { r } = find(grid, 'Tagih Rp 224.000 untuk P002 (angsuran Rp 112.000 + tunggakan');
    expect(grid.rows[r + 1]!.map((x) => x.v)).toEqual([null, null, 'Rp 112.000)']);
    expect(texts(grid)).toContain('Praktik lapang di demplot');
    const last = grid.rows.length - 1;
    expect(grid.rows[last]!.map((x) => x.v)).toEqual([null, '( Dewi Lestari )', null, null, '( Slamet )']);
    expect(grid.rows[last - 4]!.map((x) => x.v)).toEqual([null, 'Pendamping', null, null, 'Ketua Kelompok']);
  });

  it('asks for the fines owed too, in the collection list and the plan (docs/book.md §7)', () => {
    // Denda Keterlambatan 10.000 after 3 days' grace. P002 (112.000 a month from 03/08): no. 2, due
    // 03/10, paid on 25/11, was fined on 07/10; no. 3, due 03/11 and open, on 07/11: 20.000 owed.
    // Next week (30/11–06/12) it is asked no. 4 (due 03/12), the arrears of no. 3, and the fines.
    const book = twoWeekBook();
    const fined = { ...book, settings: { ...book.settings, lateFine: 10_000, fineGraceDays: 3 } };
    const all = texts(journalSheet(weeklyJournal(fined, [], '2026-W48', AT), 'id'));
    // A long plan line runs on in the next row: read the lines as one text.
    expect(all.join(' ')).toContain(
      'Tagih Rp 244.000 untuk P002 (angsuran Rp 112.000 + tunggakan Rp 112.000 + denda Rp 20.000)',
    );
    expect(all.filter((x) => x.startsWith('P002 · '))).toEqual([
      'P002 · angsuran ke-4 · tunggak 26 hari · denda Rp 20.000',
    ]);
    // P001's no. 2, due 14/11 and paid on 19/11, was fined on 18/11: asked for the fine alone.
    expect(all).toContain('P001 · denda Rp 10.000');
    expect(all).toContain('Tagih Rp 10.000 untuk P001 (denda Rp 10.000)');
    // In English the same lines, the amounts grouped the English way.
    const en = texts(journalSheet(weeklyJournal(fined, [], '2026-W48', AT), 'en'));
    expect(en.join(' ')).toContain(
      'Collect Rp 244,000 on P002 (installment Rp 112,000 + arrears Rp 112,000 + fines Rp 20,000)',
    );
    expect(en.filter((x) => x.startsWith('P002 · '))).toEqual([
      'P002 · installment 4 · 26 days late · fines Rp 20,000',
    ]);
    expect(en).toContain('P001 · fines Rp 10,000');
    expect(en).toContain('Collect Rp 10,000 on P001 (fines Rp 10,000)');
  });

  it('breaks a long plan line into rows that run from column C across the empty cells beside it', () => {
    const book = twoWeekBook();
    const long =
      'Ketua menghubungi kios pupuk Sumber Tani di pasar kecamatan untuk harga urea dan SP-36 sebelum rapat tanggal 1 Desember';
    const edited = {
      ...book,
      activities: book.activities.map((a) => (a.row === 2 ? { ...a, nextSteps: long } : a)),
    };
    const g = journalSheet(weeklyJournal(edited, [], '2026-W47', AT), 'id');
    // At most 62 characters a row (PLAN_LINE), broken at a space.
    const { r } = find(g, 'Ketua menghubungi kios pupuk Sumber Tani di pasar kecamatan');
    expect(g.rows[r]!.map((x) => x.v)).toEqual([
      { date: '2026-11-16' },
      'Rapat/Diskusi Kelompok',
      'Ketua menghubungi kios pupuk Sumber Tani di pasar kecamatan',
    ]);
    expect(g.rows[r + 1]!.map((x) => x.v)).toEqual([
      null,
      null,
      'untuk harga urea dan SP-36 sebelum rapat tanggal 1 Desember',
    ]);
    expect(g.rows[r + 1]![2]).toEqual({
      v: 'untuk harga urea dan SP-36 sebelum rapat tanggal 1 Desember',
      format: 'text',
    });
  });

  it('wraps a header label only where it cannot run on into an empty cell', () => {
    const { r } = find(grid, 'Kolektibilitas');
    expect(grid.rows[r]!.map((x) => [x.v, x.wrap])).toEqual([
      ['Kolektibilitas', false],
      [null, false],
      [null, false],
      ['Pinjaman', false],
      [null, false],
      ['Sisa pokok', true],
    ]);
  });

  it('keeps every money, date and count cell typed: no number written as text', () => {
    for (const cell of grid.rows.flat()) {
      if (typeof cell.v === 'number') expect(['rupiah', 'integer', 'percent']).toContain(cell.format);
      if (typeof cell.v === 'object' && cell.v !== null) expect(cell.format).toBe('date');
    }
  });

  it('is the same grid when generated twice, apart from the generated-at line', () => {
    const again = journalSheet(weeklyJournal(twoWeekBook(), [], '2026-W48', '2026-11-30 09:40'), 'id');
    const { r } = find(grid, 'Dibuat');
    expect(again.rows[r]!.map((x) => x.v)).toEqual(['Dibuat', '30 November 2026 09:40']);
    const without = (g: SheetGrid) => ({ ...g, rows: g.rows.filter((_, i) => i !== r) });
    expect(without(again)).toStrictEqual(without(grid));
  });
});

describe('journalSheet in English', () => {
  const grid = journalSheet(weeklyJournal(twoWeekBook(), [], '2026-W48', AT), 'en');

  it('keeps the tab name and writes every label in English', () => {
    expect(grid.name).toBe('Jurnal 2026-W48');
    expect(grid.rows[0]![0]!.v).toBe("FACILITATOR'S WEEKLY JOURNAL");
    expect(rowOf(grid, 'Location')).toEqual([
      'Location',
      'Village Sukamaju, District Cibeber, Regency Cianjur, Jawa Barat',
    ]);
    expect(rowOf(grid, 'Closing balance (29/11/2026)')[5]).toBe(4_070_000);
    expect(rowOf(grid, 'Loan repayment')).toEqual(['Loan repayment', null, null, null, 212_000, null]);
    expect(rowOf(grid, 'Kol 2 Special mention')[3]).toBe(1);
    const all = texts(grid);
    for (const title of [
      "1. THIS WEEK'S ACTIVITIES",
      '2. CASH',
      '3. CREDIT (as of 29/11/2026)',
      '4. MEMBERS',
      '5. DATA QUALITY',
      "6. NEXT WEEK'S PLAN",
    ]) {
      expect(all).toContain(title);
    }
    expect(all).toContain('Collect Rp 224,000 on P002 (installment Rp 112,000 + arrears');
    expect(all).toContain('Rp 112,000)');
    expect(all).toContain('P002 · installment 4 · 26 days late');
    expect(all).toContain('Facilitator');
    expect(all).toContain('Group Chair');
    expect(all).not.toContain('2. KAS');
    // Text typed by people is not translated.
    expect(all).toContain('Praktik lapang di demplot');
  });
});

describe('journalSheet of an empty week and open problems', () => {
  const problems: Problem[] = [
    {
      tab: 'Kas',
      row: 14,
      column: 'Masuk',
      col: 7,
      code: 'cash.amount.fraction',
      severity: 'error',
      message: {
        id: 'Jumlah uang harus Rupiah bulat tanpa pecahan: 1500,5 punya angka di belakang koma. Tulis jumlahnya tanpa sen, misalnya 1500.',
        en: 'Money must be whole Rupiah: 1500.5 has a fraction. Write it without cents, e.g. 1500.',
      },
    },
  ];
  const grid = journalSheet(weeklyJournal(bookOf({}), problems, '2026-W48', AT), 'id');

  it('says the week is empty, section by section, and leaves lines to write the names on', () => {
    const all = texts(grid);
    expect(all).toContain(
      'Minggu ini tidak ada kegiatan, transaksi kas, pinjaman, angsuran, atau perubahan anggota yang tercatat.',
    );
    for (const note of [
      'Tidak ada kegiatan tercatat minggu ini.',
      'Tidak ada transaksi kas minggu ini.',
      'Tidak ada pencairan pinjaman.',
      'Tidak ada angsuran diterima.',
      'Tidak ada angsuran jatuh tempo atau tunggakan.',
      'Tidak ada rencana tindak lanjut tertulis.',
    ]) {
      expect(all).toContain(note);
    }
    expect(rowOf(grid, 'PAR30')[5]).toBe('–');
    expect(grid.rows[grid.rows.length - 1]!.map((x) => x.v)).toEqual([
      null,
      '(................................)',
      null,
      null,
      '(................................)',
    ]);
  });

  it('shows the open problem with its place and its message broken into printable lines', () => {
    expect(rowOf(grid, 'Kesalahan yang masih terbuka')[5]).toBe(1);
    const { r } = find(grid, 'Kas baris 14 · Masuk');
    expect(grid.rows[r]![0]).toMatchObject({ v: 'Kesalahan', bold: true });
    const lines = grid.rows.slice(r + 1, r + 3).map((row) => row[1]!.v);
    expect(lines).toEqual([
      'Jumlah uang harus Rupiah bulat tanpa pecahan: 1500,5 punya angka di belakang koma. Tulis',
      'jumlahnya tanpa sen, misalnya 1500.',
    ]);
  });
});

describe('splitLines', () => {
  it('breaks at spaces within the limit and keeps a long word whole', () => {
    expect(splitLines('satu dua tiga empat', 9)).toEqual(['satu dua', 'tiga', 'empat']);
    expect(splitLines('abcdefghijkl xy', 5)).toEqual(['abcdefghijkl', 'xy']);
    expect(splitLines('', 5)).toEqual(['']);
  });
});

describe('journalSheet of a week before Tanggal Saldo Awal', () => {
  const book = bookOf({ settings: { openingBalance: 3_000_000, openingDate: '2026-12-02' } });
  const grid = journalSheet(weeklyJournal(book, [], '2026-W40', AT), 'id');

  it('shows – for both balances and says why, not the later opening balance', () => {
    expect(rowOf(grid, 'Saldo awal (28/09/2026)')[5]).toBe('–');
    expect(rowOf(grid, 'Saldo akhir (04/10/2026)')[5]).toBe('–');
    expect(texts(grid)).toContain(
      'Minggu ini sebelum Tanggal Saldo Awal (Pengaturan): kas kelompok belum tercatat.',
    );
    expect(texts(grid)).not.toContain('Tidak ada transaksi kas minggu ini.');
  });
});
