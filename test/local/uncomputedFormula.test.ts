// A formula saved without its value (a file written by a program that computes nothing) is read
// as empty, never guessed, and is a located warning that says to open and save the file.
import ExcelJS from 'exceljs';
import { createApi } from '../../src/core/api/createApi';
import type { Overview } from '../../src/core/api/types';
import { reviewBook } from '../../src/core/reviewBook';
import { LocalHost } from '../../src/local/localHost';
import { XlsxWorkbook } from '../../src/local/xlsxWorkbook';
import { demoBytes } from './demoBytes';

const today = '2026-11-28';

it('reports a formula without a saved value at its cell, by its header as written, and reads the cell as empty', async () => {
  const raw = new ExcelJS.Workbook();
  const kas = raw.addWorksheet('Kas');
  // Cell by cell: this exceljs leaves out of the file the rows addRow writes.
  const rows = [
    ['Tanggal', 'No Bukti', 'Uraian', 'Kategori', 'ID Anggota', 'ID Pinjaman', 'Masuk', 'Keluar'],
    ...Array.from({ length: 5 }, (_, i) => [
      new Date(Date.UTC(2026, 10, 2 + i)),
      `BM-${i}`,
      'Iuran',
      'Iuran',
      '',
      '',
      5000,
    ]),
  ];
  rows.forEach((r, i) => r.forEach((v, c) => (kas.getCell(i + 1, c + 1).value = v)));
  const header = 7; // Masuk
  kas.getCell(5, header).value = { formula: 'SUM(G2:G4)' } as ExcelJS.CellFormulaValue;
  kas.getCell(6, header).value = { formula: '1+1', result: 2 };
  const wb = await XlsxWorkbook.fromBuffer(Buffer.from(await raw.xlsx.writeBuffer()));

  expect(wb.readTab('Kas')[4]?.[header - 1]).toBeNull();
  expect(wb.readTab('Kas')[5]?.[header - 1]).toBe(2);
  const found = reviewBook(wb, today).problems.filter((p) => p.code === 'value.formula.notComputed');
  expect(found).toEqual([
    {
      tab: 'Kas',
      row: 5,
      col: header,
      column: 'Masuk',
      code: 'value.formula.notComputed',
      severity: 'warning',
      message: {
        id: 'Rumus di sel ini tidak punya nilai tersimpan: file ini disimpan oleh program yang tidak menghitung rumus. Buka file ini di program spreadsheet (Excel, LibreOffice, Google Sheets), simpan, lalu periksa lagi. Nilainya tidak ditebak.',
        en: 'The formula in this cell has no saved value: the file was saved by a program that does not compute formulas. Open the file in a spreadsheet program (Excel, LibreOffice, Google Sheets), save it, then check again. Its value is not guessed.',
      },
    },
  ]);
});

it('finds none in a book whose formulas were computed', async () => {
  const wb = await XlsxWorkbook.fromBuffer(await demoBytes(today));
  expect(reviewBook(wb, today).problems.filter((p) => p.code === 'value.formula.notComputed')).toEqual([]);
});

/** Kas with a title row, a column the book does not know (I, `Paraf`) and three formulas saved without values. */
async function kasWithFormulas(): Promise<XlsxWorkbook> {
  const raw = new ExcelJS.Workbook();
  const kas = raw.addWorksheet('Kas');
  // Cell by cell: this exceljs leaves out of the file the rows addRow writes.
  const rows = [
    ['BUKU KAS'],
    [
      'Tanggal',
      'No Bukti',
      'Uraian',
      'Kategori',
      'ID Anggota',
      'ID Pinjaman',
      'Masuk (Rp)',
      'Keluar',
      'Paraf',
    ],
    [new Date(Date.UTC(2026, 10, 2)), 'BM-1', 'Iuran', 'Iuran'],
  ];
  rows.forEach((r, i) => r.forEach((v, c) => (kas.getCell(i + 1, c + 1).value = v)));
  kas.getCell(3, 7).value = { formula: '2500*2' } as ExcelJS.CellFormulaValue;
  kas.getCell(3, 9).value = { formula: 'UPPER("ok")' } as ExcelJS.CellFormulaValue;
  kas.getCell(1, 7).value = { formula: 'TODAY()' } as ExcelJS.CellFormulaValue;
  return XlsxWorkbook.fromBuffer(Buffer.from(await raw.xlsx.writeBuffer()));
}
const whereSeen = (p: { row: number; column: string; col: number }) => [p.row, p.column, p.col];

it('names a known column by its header as written, and a cell outside the known columns by its letter', async () => {
  const found = reviewBook(await kasWithFormulas(), today).problems.filter(
    (p) => p.code === 'value.formula.notComputed',
  );
  expect(found.map(whereSeen)).toEqual([
    [1, 'G', 7],
    [3, 'Masuk (Rp)', 7],
    [3, 'I', 9],
  ]);
});

it('shows the same places through the API the sidebar reads', async () => {
  const api = createApi(new LocalHost(await kasWithFormulas(), { today }));
  const res = api.getOverview();
  if (!res.ok) throw new Error(res.error.code);
  const found = (res.data as Overview).problems.items.filter((p) => p.code === 'value.formula.notComputed');
  expect(found.map(whereSeen)).toEqual([
    [1, 'G', 7],
    [3, 'Masuk (Rp)', 7],
    [3, 'I', 9],
  ]);
});
