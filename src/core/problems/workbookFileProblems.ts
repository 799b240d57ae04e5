// Problems of a workbook file itself rather than of what was typed: a formula saved without its
// value (a file written by a program that does not compute formulas).
import { w } from './problemKind';

export const workbookFileProblems = {
  'value.formula.notComputed': w(
    'Rumus di sel ini tidak punya nilai tersimpan: file ini disimpan oleh program yang tidak menghitung rumus. Buka file ini di program spreadsheet (Excel, LibreOffice, Google Sheets), simpan, lalu periksa lagi. Nilainya tidak ditebak.',
    'The formula in this cell has no saved value: the file was saved by a program that does not compute formulas. Open the file in a spreadsheet program (Excel, LibreOffice, Google Sheets), save it, then check again. Its value is not guessed.',
  ),
};
