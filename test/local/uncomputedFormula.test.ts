// A formula saved without its value (a file written by a program that computes nothing) is read
// as empty, never guessed, and is a located warning that says to open and save the file.
import ExcelJS from 'exceljs';
import { reviewBook } from '../../src/core/reviewBook';
import { XlsxWorkbook } from '../../src/local/xlsxWorkbook';
import { demoBytes } from './demoBytes';

const today = '2026-11-28';

it('reports a formula without a saved value at its cell, and reads the cell as empty', async () => {
  const raw = new ExcelJS.Workbook();
  const kas = raw.addWorksheet('Kas');
  kas.addRow(['Tanggal', 'No Bukti', 'Uraian', 'Kategori', 'ID Anggota', 'ID Pinjaman', 'Masuk', 'Keluar']);
  for (let i = 0; i < 5; i += 1)
    kas.addRow([new Date(Date.UTC(2026, 10, 2 + i)), `BM-${i}`, 'Iuran', 'Iuran', null, null, 5000, null]);
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
      column: String.fromCharCode(64 + header),
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
