// One set of books through both doors: the Apps Script adapter over the fake SpreadsheetApp and
// the .xlsx adapter over exceljs must hand the core the same cells, so the core finds the same
// problems and computes the same figures, and what each writes reads back the same.
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import type { Cell, Grid } from '../../src/core/cell';
import { fromDayNumber, toDayNumber } from '../../src/core/isoDate';
import { isDateCell } from '../../src/core/cell';
import { reviewBook } from '../../src/core/reviewBook';
import { creditReport } from '../../src/core/credit/creditReport';
import { demoBook } from '../../src/core/demo/demoBook';
import { loanBalancesSheet } from '../../src/core/generatedTabs/loanBalancesSheet';
import { journalSheet } from '../../src/core/generatedTabs/journalSheet';
import { weeklyJournal } from '../../src/core/journal/weeklyJournal';
import { memberSavings } from '../../src/core/savings/memberSavings';
import { journalWeekOf } from '../../src/core/week/journalWeek';
import { gridWidth } from '../../src/core/sheetGrid';
import type { Workbook } from '../../src/core/workbook';
import { SheetsWorkbook } from '../../src/gas/sheetsWorkbook';
import { zoneDates } from '../../src/gas/zoneDates';
import { XlsxWorkbook } from '../../src/local/xlsxWorkbook';
import { typeIntoSheets } from './typeIntoSheets';
import { fakeServices, formatDate } from '../gas/fakeSpreadsheetApp';

interface BookCase {
  readonly name: string;
  readonly today: string;
  readonly tabs: readonly { readonly name: string; readonly grid: Grid }[];
}

/** A book as people really leave them: a title row, a summary row, text where numbers belong. */
const untidy: BookCase = {
  name: 'an untidy book',
  today: '2026-11-28',
  tabs: [
    {
      name: 'Settings',
      grid: [
        ['Kunci', 'Nilai'],
        ['Nama Kelompok', 'KT Sumber Rejeki'],
        ['Saldo Awal Kas', '1.000.000'],
        ['Tanggal Saldo Awal', '01/11/2026'],
        ['Bahasa', 'en'],
      ],
    },
    {
      name: 'daftar anggota',
      grid: [
        ['DAFTAR ANGGOTA KT SUMBER REJEKI'],
        [],
        ['Member ID', 'Nama Lengkap', 'NIK', 'L/P', 'No. HP', 'Tanggal Masuk', 'Jabatan', 'Catatan'],
        [
          'A1',
          '=HYPERLINK("x")',
          3507124506900002,
          'P',
          81234567890,
          { date: '2020-02-29' },
          'Ketua',
          '+62 lama',
        ],
        ['A2', 'Budi', '3507120101800001', 'L', '0812-3456-7890', '1 Januari 2021', 'Bendahara', null],
        ['A2', 'Budi lagi', '3507120101800001', 'X', 'abc', '31/02/2021', 'Bos', '@budi'],
        ['Jumlah', null, null, null, null, null, null, null],
      ],
    },
    {
      name: 'Buku Kas',
      grid: [
        ['Tanggal', 'No Bukti', 'Uraian', 'Kategori', 'ID Anggota', 'ID Pinjaman', 'Masuk', 'Keluar'],
        [{ date: '2026-11-02' }, 'K1', 'Simpanan pokok', 'Simpanan Pokok', 'A1', null, 'Rp 50.000', null],
        ['2026-11-03', 'K1', '- pupuk', 'Saprodi', null, null, null, 1500.5],
        [{ date: '2026-11-04' }, null, 'Pinjaman', 'Pencairan Pinjaman', 'A2', 'P1', null, 500000],
        [{ date: '2026-11-30' }, null, 'Masa depan', 'Iuran', 'A1', null, 5000, 5000],
        [{ date: '2026-11-20' }, null, 'Angsuran', 'Angsuran', 'A2', 'P1', 110000, null],
      ],
    },
    {
      name: 'Loans',
      grid: [
        [
          'Loan ID',
          'Member ID',
          'Disbursed',
          'Principal',
          'Rate % per Month',
          'Method',
          'Installments',
          'Frequency',
        ],
        ['P1', 'A2', { date: '2026-11-04' }, 500000, 2, 'Declining', 5, 'Weekly'],
        ['P2', 'A9', '4/11/2026', '1,5 juta', 12, 'Flat', 300, 'Bulanan'],
      ],
    },
    {
      name: 'Kegiatan',
      grid: [
        ['Tanggal', 'Jenis Kegiatan', 'Uraian', 'Jumlah Hadir', 'Hasil'],
        [{ date: '2026-11-23' }, 'Rapat', 'Rapat', 12.5, '=1+1'],
        [{ date: '2026-11-24' }, 'Pelatihan', 'Pelatihan', 20, true],
      ],
    },
    {
      // Perubahan Pinjaman under an alias, English headers, a text date, a percent as text, a repeat (a
      // write-off on the rescheduling's date: a Hapus Denda there would be read).
      name: 'Restrukturisasi',
      grid: [
        ['Loan ID', 'Tgl', 'Kind', 'New Installments', 'Jasa % Baru', 'Frekuensi Baru', 'Alasan'],
        ['P1', '18/11/2026', 'reschedule', '4', '1,5%', 'Bulanan', 'gagal panen'],
        ['P1', { date: '2026-11-18' }, 'Hapus Buku', null, null, null, 'rapat'],
        ['P9', { date: '2026-11-19' }, 'Write-off', 2, null, null, null],
        ['P1', { date: '2026-11-29' }, 'Pemutihan', null, null, null, '=A1'],
      ],
    },
  ],
};

const cases: (BookCase & { readonly zone: string })[] = [
  { name: 'the demo book', today: '2026-11-28', tabs: demoBook('2026-11-28').tabs, zone: 'Asia/Jakarta' },
  {
    name: 'the demo book at a year end, in a spreadsheet kept in Jayapura',
    today: '2027-01-03',
    tabs: demoBook('2027-01-03').tabs,
    zone: 'Asia/Jayapura',
  },
  { ...untidy, zone: 'Asia/Jakarta' },
  { ...untidy, name: 'an untidy book, in a spreadsheet kept in Los Angeles', zone: 'America/Los_Angeles' },
];

/** The book typed into Google Sheets: text kept as text (as a person typing `'…` or a text column), dates typed in the zone. */
function viaSheets(book: BookCase, timeZone = 'Asia/Jakarta'): Workbook {
  const fake = fakeServices({ timeZone });
  typeIntoSheets(fake.world, book.tabs);
  const app = fake.globals.SpreadsheetApp;
  const workbook = new SheetsWorkbook(app.getActiveSpreadsheet(), app, zoneDates(timeZone, formatDate));
  spreadsheets.set(workbook, app.getActiveSpreadsheet());
  return workbook;
}

/** The spreadsheet behind each Sheets workbook of these tests, to read back the formats written. */
const spreadsheets = new WeakMap<Workbook, GoogleAppsScript.Spreadsheet.Spreadsheet>();

/** Every cell's number format in a tab's first `rows` × `cols` cells; no format reads as `General`. */
function sheetsFormats(workbook: Workbook, tab: string, rows: number, cols: number): string[][] {
  const sheet = spreadsheets.get(workbook)!.getSheetByName(tab)!;
  return sheet
    .getRange(1, 1, rows, cols)
    .getNumberFormats()
    .map((row) => row.map((f) => f || 'General'));
}

async function xlsxFormats(
  workbook: XlsxWorkbook,
  tab: string,
  rows: number,
  cols: number,
): Promise<string[][]> {
  const saved = new ExcelJS.Workbook();
  await saved.xlsx.load((await workbook.toBuffer()) as unknown as ExcelJS.Buffer);
  const ws = saved.getWorksheet(tab)!;
  return Array.from({ length: rows }, (_, r) =>
    Array.from({ length: cols }, (_, c) => ws.getCell(r + 1, c + 1).numFmt || 'General'),
  );
}

/** The same book saved as .xlsx by Excel: written with exceljs directly, not by our own writer. */
async function viaXlsx(book: BookCase): Promise<XlsxWorkbook> {
  const raw = new ExcelJS.Workbook();
  for (const tab of book.tabs) {
    const ws = raw.addWorksheet(tab.name);
    tab.grid.forEach((row, r) =>
      row.forEach((c, col) => {
        if (c === null) return;
        const target = ws.getCell(r + 1, col + 1);
        if (isDateCell(c)) {
          const [y, m, d] = c.date.split('-').map(Number) as [number, number, number];
          target.value = new Date(Date.UTC(y, m - 1, d));
          target.numFmt = 'dd/mm/yyyy';
        } else target.value = c;
      }),
    );
  }
  return XlsxWorkbook.fromBuffer(Buffer.from(await raw.xlsx.writeBuffer()));
}

describe.each(cases)('$name through both adapters', (book) => {
  let sheets: Workbook;
  let xlsx: XlsxWorkbook;
  beforeAll(async () => {
    sheets = viaSheets(book, book.zone);
    xlsx = await viaXlsx(book);
  });

  it('reads the same cells', () => {
    expect(xlsx.tabNames()).toEqual(sheets.tabNames());
    for (const name of sheets.tabNames()) expect(xlsx.readTab(name)).toEqual(sheets.readTab(name));
  });

  it('gives the same problems and the same figures', () => {
    const a = reviewBook(sheets, book.today);
    const b = reviewBook(xlsx, book.today);
    expect(b.problems).toEqual(a.problems);
    expect(b.book).toEqual(a.book);
    expect(creditReport(b.book, book.today)).toEqual(creditReport(a.book, book.today));
    expect(memberSavings(b.book, book.today)).toEqual(memberSavings(a.book, book.today));
    const week = journalWeekOf(book.today, a.book.settings.weekStart).value;
    expect(weeklyJournal(b.book, b.problems, week, 'now')).toEqual(
      weeklyJournal(a.book, a.problems, week, 'now'),
    );
  });

  it('writes generated tabs with the same number format in every cell', async () => {
    const { book: typed, problems } = reviewBook(sheets, book.today);
    const week = journalWeekOf(book.today, typed.settings.weekStart).value;
    const grids = [
      loanBalancesSheet(creditReport(typed, book.today), typed, 'id', '2026-11-28 10:00'),
      journalSheet(weeklyJournal(typed, problems, week, '2026-11-28 10:00'), 'id'),
    ];
    // A new .xlsx file: what the adapter writes, read back by exceljs.
    const fresh = XlsxWorkbook.create();
    for (const grid of grids) {
      sheets.writeGenerated(grid);
      fresh.writeGenerated(grid);
      const [rows, cols] = [grid.rows.length, gridWidth(grid)];
      // A merged block shows its first cell: exceljs reads the others with that cell's style.
      const shown = (formats: string[][]) =>
        formats.map((row, r) =>
          row.map((f, c) =>
            (grid.merges ?? []).some(
              (m) => r + 1 >= m.row && r + 1 < m.row + m.rows && c + 1 > m.col && c + 1 < m.col + m.cols,
            )
              ? 'merged'
              : f,
          ),
        );
      const expected = shown(sheetsFormats(sheets, grid.name, rows, cols));
      expect(shown(await xlsxFormats(fresh, grid.name, rows, cols))).toEqual(expected);
      // Not only General: Rupiah, dates, percentages and counts are all there to compare.
      expect(new Set(expected.flat()).size).toBeGreaterThan(3);
    }
  });

  it('writes generated tabs that read back the same', () => {
    const { book: typed, problems } = reviewBook(sheets, book.today);
    const week = journalWeekOf(book.today, typed.settings.weekStart).value;
    const grids = [
      loanBalancesSheet(creditReport(typed, book.today), typed, 'id', '2026-11-28 10:00'),
      journalSheet(weeklyJournal(typed, problems, week, '2026-11-28 10:00'), 'id'),
    ];
    for (const grid of grids) {
      sheets.writeGenerated(grid);
      xlsx.writeGenerated(grid);
      expect(sheets.isGenerated(grid.name)).toBe(true);
      expect(xlsx.isGenerated(grid.name)).toBe(true);
      expect(xlsx.readTab(grid.name)).toEqual(sheets.readTab(grid.name));
    }
  });
});

it('the untidy book has problems of many kinds (so the comparison means something)', () => {
  const { problems, book } = reviewBook(viaSheets(untidy), untidy.today);
  expect(new Set(problems.map((p) => p.code)).size).toBeGreaterThan(8);
  // Perubahan Pinjaman through both doors: the rescheduling is read, the rest each have their problem.
  expect(book.loanChanges).toEqual([
    expect.objectContaining({ loanId: 'P1', date: '2026-11-18', kind: 'Jadwal Ulang', installments: 4 }),
  ]);
  expect(problems.filter((p) => p.tab === 'Restrukturisasi').map((p) => [p.row, p.code])).toEqual(
    expect.arrayContaining([
      [3, 'change.date.duplicate'],
      [4, 'change.loan.unknown'],
      [5, 'change.date.future'],
      [5, 'change.kind.unknown'],
    ]),
  );
});

it('any grid reads the same through both adapters, in any zone', async () => {
  const text = fc
    .string({ unit: 'grapheme', minLength: 1, maxLength: 10 })
    .filter((v) => ![...v].some((ch) => (ch.codePointAt(0) ?? 0) < 0x20));
  const anyCell: fc.Arbitrary<Cell> = fc.oneof(
    fc.constant(null),
    text,
    fc.integer({ min: -1e9, max: 1e9 }),
    fc.double({ min: -1e6, max: 1e6, noNaN: true }).filter((x) => !Object.is(x, -0)),
    fc.boolean(),
    fc
      .integer({ min: toDayNumber('1950-01-01'), max: toDayNumber('2100-12-31') })
      .map((n): Cell => ({ date: fromDayNumber(n) })),
  );
  await fc.assert(
    fc.asyncProperty(
      fc.array(fc.array(anyCell, { maxLength: 6 }), { minLength: 1, maxLength: 8 }),
      fc.constantFrom(
        'Asia/Jakarta',
        'Asia/Makassar',
        'Asia/Jayapura',
        'America/Los_Angeles',
        'Pacific/Auckland',
      ),
      async (grid, zone) => {
        const book: BookCase = { name: 'random', today: '2026-11-28', tabs: [{ name: 'Kas', grid }] };
        const sheets = viaSheets(book, zone);
        const xlsx = await viaXlsx(book);
        expect(xlsx.readTab('Kas')).toEqual(sheets.readTab('Kas'));
      },
    ),
    { numRuns: 80 },
  );
});
