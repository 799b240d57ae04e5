// What both adapters write into a spreadsheet the same way: number formats, column letters, the
// values a dropdown offers. One home, so that Google Sheets and .xlsx files cannot drift apart
// (test/contract compares the formats each adapter writes).
import { lists, type ColumnSpec } from './book/schema';
import { isDateCell, type Cell } from './cell';
import type { CellFormat, OutCell } from './sheetGrid';

export { columnLetters } from './columnLetters';

/** Whole Rupiah as `Rp 1.500.000` in an id-ID spreadsheet (`Rp 1,500,000` where commas group). */
export const RUPIAH_FORMAT = '"Rp "#,##0';
export const DATE_FORMAT = 'dd/mm/yyyy';
/** Plain text: digits typed here stay a code (`0812…`, all 16 digits of a NIK). */
export const TEXT_FORMAT = '@';
/** No format: the spreadsheet shows the value as it is. */
export const PLAIN_FORMAT = 'General';

/** The number format of each kind of cell in a generated tab. */
export const CELL_FORMATS: Readonly<Record<CellFormat, string>> = {
  text: TEXT_FORMAT,
  rupiah: RUPIAH_FORMAT,
  date: DATE_FORMAT,
  percent: '0.0%',
  integer: '#,##0',
  decimal: '#,##0.00',
};

/** The format a generated cell is written with: its own, else by its value (a date, text, or none). */
export function generatedCellFormat(cell: OutCell): string {
  if (cell.format) return CELL_FORMATS[cell.format];
  if (isDateCell(cell.v)) return DATE_FORMAT;
  return typeof cell.v === 'string' ? TEXT_FORMAT : PLAIN_FORMAT;
}

/** The format of an input cell the add-on writes (an applied fix): a date or text must also look like one. */
export function writtenCellFormat(value: Cell): string | undefined {
  if (isDateCell(value)) return DATE_FORMAT;
  return typeof value === 'string' ? TEXT_FORMAT : undefined;
}

/** The format `Siapkan Buku` gives an input column below its header; none for the others. */
export function inputColumnFormat(column: ColumnSpec): string | undefined {
  if (column.kind === 'date') return DATE_FORMAT;
  if (column.kind === 'rupiah') return RUPIAH_FORMAT;
  return column.textFormat === true ? TEXT_FORMAT : undefined;
}

/** The canonical values a list column's dropdown offers; none when it has no list. */
export function listValues(column: ColumnSpec): string[] {
  return column.list ? (lists[column.list] as readonly { readonly value: string }[]).map((v) => v.value) : [];
}
