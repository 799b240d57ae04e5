// Cells as the core receives them: already normalised by an adapter (Sheets or a workbook file).

/** A calendar date, `yyyy-mm-dd`, already converted in the spreadsheet's time zone. */
export type IsoDate = string;

/** A date cell: the adapter turns a spreadsheet date into the calendar date it shows. */
export interface DateCell {
  readonly date: IsoDate;
}

/** One cell: text, number, boolean, empty (null) or a date. */
export type Cell = string | number | boolean | null | DateCell;

/** A tab's cells, row by row; row 0 is sheet row 1. Rows may be ragged. */
export type Grid = readonly (readonly Cell[])[];

export function isDateCell(cell: unknown): cell is DateCell {
  return typeof cell === 'object' && cell !== null && typeof (cell as DateCell).date === 'string';
}

/** Empty means null, undefined or text of only white space. */
export function isEmptyCell(cell: Cell | undefined): boolean {
  return cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');
}

/** The cell as a person would read it, for messages and identifiers. */
export function cellText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (isDateCell(cell)) return cell.date;
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  return String(cell);
}
