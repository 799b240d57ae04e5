// Estimates of how wide and tall text is in a cell, since Excel and LibreOffice do not size rows
// written by a program: column widths in characters, lines of wrapped text, row heights.
import { isDateCell } from '../core/cell';
import type { MergeAcross, OutCell } from '../core/sheetGrid';

/** Column widths: the port speaks pixels, a workbook speaks characters of about 7 pixels. */
export function widthInChars(px: number): number {
  return Math.max(2, Math.round((px / 7) * 100) / 100);
}

/**
 * Lines `text` takes in a cell `px` wide when wrapped at spaces: about 6 pixels a character at
 * 10 pt, 7 in bold, less a few pixels of cell padding. A word longer than a line is broken.
 */
export function wrappedLines(text: string, px: number, bold = false, size = 10): number {
  const perLine = Math.max(1, Math.floor((px - 6) / (((bold ? 7 : 6) * size) / 10)));
  return text.split('\n').reduce((n, part) => {
    let lines = 1;
    let used = 0;
    for (const word of part.split(' ').filter((w) => w !== '')) {
      if (used > 0 && used + 1 + word.length <= perLine) {
        used += 1 + word.length;
        continue;
      }
      if (used > 0) lines += 1;
      lines += Math.ceil(word.length / perLine) - 1;
      used = word.length % perLine || perLine;
    }
    return n + lines;
  }, 0);
}

/** One line of text `size` points high, as Excel sizes a row of Arial: 10 pt → 12.75, 12 → 15.5, 14 → 18. */
function lineHeight(size: number): number {
  return Math.ceil(size * 1.275 * 4) / 4;
}

/**
 * The height a generated tab's row is written with, or undefined for the tab's own (a line of Arial
 * 10, GENERATED_ROW_HEIGHT, which is custom: neither Excel nor LibreOffice then grows a row for a
 * larger font): the lines of its wrapped text (wrappedRowHeight, in `spans()`), or one line of its
 * largest font (a title of 14 pt: 18 pt).
 */
export function generatedRowHeight(
  cells: readonly OutCell[],
  spans: () => readonly number[],
): number | undefined {
  let size = 10;
  let wraps = false;
  for (const out of cells) {
    if (out.v !== null && (out.size ?? 10) > size) size = out.size ?? 10;
    if (out.wrap) wraps = true;
  }
  const line = size > 10 ? lineHeight(size) : undefined;
  const wrapped = wraps ? wrappedRowHeight(cells, spans()) : undefined;
  return wrapped === undefined ? line : Math.max(wrapped, line ?? 0);
}

/**
 * Excel and LibreOffice do not grow a row for wrapped text written by a program (Sheets does):
 * estimate the lines the longest wrapped cell needs in its column, or in its merged span.
 */
export function wrappedRowHeight(cells: readonly OutCell[], spans: readonly number[]): number | undefined {
  let height: number | undefined;
  cells.forEach((out, c) => {
    if (!out.wrap || out.v === null || isDateCell(out.v)) return;
    const lines = wrappedLines(String(out.v), spans[c] ?? 100, out.bold === true, out.size ?? 10);
    // A row is at most 409 points high in Excel and LibreOffice.
    if (lines > 1)
      height = Math.min(409, Math.max(height ?? 0, Math.ceil(lines * (out.size ?? 10) * 1.3 + 3)));
  });
  return height;
}

/** Width in pixels of each cell of sheet row `row`: its column's, or its merged span's. */
export function cellSpans(row: number, widths: readonly number[], merges: readonly MergeAcross[]): number[] {
  const spans = [...widths];
  for (const m of merges) {
    if (row < m.row || row >= m.row + m.rows) continue;
    spans[m.col - 1] = widths.slice(m.col - 1, m.col - 1 + m.cols).reduce((s, w) => s + w, 0);
  }
  return spans;
}
