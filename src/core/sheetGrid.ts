// A generated tab as both adapters write it: values and formats, spreadsheet-neutral.
// Each adapter writes it with one batched value write and a fixed number of format calls.
import type { Cell } from './cell';

export type CellFormat = 'text' | 'rupiah' | 'date' | 'percent' | 'integer' | 'decimal';

export interface OutCell {
  /** A value; text is always written as text (never a formula), `{date}` as a date. */
  readonly v: Cell;
  readonly format?: CellFormat;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly wrap?: boolean;
  /** Background colour, `#rrggbb`. */
  readonly background?: string;
  readonly align?: 'left' | 'center' | 'right';
  /** Font size in points; default 10. */
  readonly size?: number;
  /** A link that selects a cell of the book when clicked. */
  readonly link?: { readonly tab: string; readonly row: number; readonly col: number };
}

export interface SheetGrid {
  /** Tab name, e.g. `Pemeriksaan` or `Jurnal 2026-W48`. */
  readonly name: string;
  /** Rows of cells; ragged rows are padded with empty cells by the adapter. */
  readonly rows: readonly (readonly OutCell[])[];
  /** Column widths in pixels, from column A. */
  readonly widths: readonly number[];
  /** Rows frozen at the top (the header); 0 for none. */
  readonly frozenRows: number;
  /**
   * Rows from the top repeated on every printed page (the .xlsx adapter's print titles): the frozen
   * rows when absent, none when 0 (a tab whose later sections have columns of their own).
   */
  readonly printTitleRows?: number;
  /**
   * Print set-up: A4 in this orientation, fit to one page wide when that prints at 80 % or more,
   * else cut into pages at column boundaries (local/printColumns.ts). The .xlsx adapter writes it
   * into the file; Apps Script has no call for print settings, so in Sheets the person picks them
   * in File > Print (docs/book.md §4).
   */
  readonly orientation: 'portrait' | 'landscape';
  /**
   * Columns from A repeated at the left of every printed page when the tab prints more than one
   * page wide (No, ID, Nama): the .xlsx adapter's print titles, beside the rows'.
   */
  readonly printTitleColumns?: number;
  /**
   * Ranges of columns (first, last; 1-based) a printed page never cuts, e.g. the three arrears
   * columns; a merged block is never cut either. The .xlsx adapter only.
   */
  readonly keepColumns?: readonly (readonly [number, number])[];
  /** Cells merged row by row (Sheets' `mergeAcross`); none when absent. */
  readonly merges?: readonly MergeAcross[];
  /**
   * Rows (1-based) that start a new printed page, e.g. each member's card. The .xlsx adapter writes
   * them as page breaks; Apps Script has no call for them (Sheets sets breaks in its print dialog).
   */
  readonly pageBreaks?: readonly number[];
}

/**
 * A block of `rows` rows from sheet row `row` (1-based) in which each row's `cols` columns from
 * column `col` become one cell, showing the block's first column. One block is one service call
 * in Sheets, whatever its number of rows.
 */
export interface MergeAcross {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

/** Text cells that a spreadsheet would read as a formula or a number sign, so adapters must force text. */
export function looksLikeFormula(value: string): boolean {
  return /^[=+\-@]/.test(value);
}

/**
 * One empty cell for every place that has no value and no style: the 5,000 cards of the district
 * book at ×1 hold 345,544 of them, each a live object until the tab was written.
 */
const EMPTY: OutCell = Object.freeze({ v: null });

export function cell(v: Cell, style?: Omit<OutCell, 'v'>): OutCell {
  if (style === undefined) return v === null ? EMPTY : { v };
  return { v, ...style };
}

/**
 * The styles many cells share, each one object: `cell` copies the style it is given, so one object
 * serves every cell, and the Apps Script bundle does not spell `{bold:!0}` out sixty times.
 */
export const BOLD = { bold: true } as const;
export const ITALIC = { italic: true } as const;
export const WRAP = { wrap: true } as const;
export const ITALIC_WRAP = { italic: true, wrap: true } as const;
/** Text copied from the book, wrapped: marked as text so no adapter reads it as a formula. */
export const WRAPPED_TEXT = { format: 'text', wrap: true } as const;
export const RIGHT = { align: 'right' } as const;
export const CENTER = { align: 'center' } as const;

/** The most characters a cell holds in Excel (Sheets holds 50,000): longer text is cut to fit. */
export const MAX_CELL_CHARS = 32_767;

/**
 * A value as a generated tab writes it: text longer than a cell holds is cut, ending in `…` so
 * the reader sees it was cut (a 100,000-character name copied from a cell); the rest as it is.
 */
export function fittedValue(v: Cell): Cell {
  if (typeof v !== 'string' || v.length <= MAX_CELL_CHARS) return v;
  let end = MAX_CELL_CHARS - 1;
  // Never half of a character written as two UTF-16 units (an emoji).
  const last = v.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${v.slice(0, end)}…`;
}

/** Width of the widest row. */
export function gridWidth(grid: Pick<SheetGrid, 'rows'>): number {
  return grid.rows.reduce((w, r) => Math.max(w, r.length), 0);
}
