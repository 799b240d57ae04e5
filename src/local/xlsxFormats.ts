// The spreadsheet settings the .xlsx door writes: number formats, colours, cell addresses, lists.
import { lists, type ColumnSpec } from '../core/book/schema';
import { RUPIAH_FORMAT } from '../core/money';
import type { CellFormat } from '../core/sheetGrid';

export const DATE_FORMAT = 'dd/mm/yyyy';

export const NUMBER_FORMATS: Record<CellFormat, string> = {
  text: '@',
  rupiah: RUPIAH_FORMAT,
  date: DATE_FORMAT,
  percent: '0.0%',
  integer: '0',
  decimal: '0.00',
};

/** `#rrggbb` as the ARGB a workbook stores. */
export function argb(hex: string): string {
  return `FF${hex.replace('#', '').toUpperCase()}`;
}

/** 1 → A, 27 → AA. */
export function columnLetter(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** A tab name as a formula or link quotes it. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

const LIST_VALUES: Record<NonNullable<ColumnSpec['list']>, string[]> = Object.fromEntries(
  Object.entries(lists).map(([key, values]) => [
    key,
    (values as readonly { value: string }[]).map((v) => v.value),
  ]),
) as Record<NonNullable<ColumnSpec['list']>, string[]>;

/** The values of a column's dropdown; none when it has no list. */
export function listValues(column: ColumnSpec): string[] {
  return column.list ? LIST_VALUES[column.list] : [];
}
