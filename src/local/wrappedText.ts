// Estimates of how wide and tall text is in a cell, since Excel and LibreOffice do not size rows
// written by a program: column widths in characters, lines of wrapped text, row heights.
import { isDateCell } from '../core/cell';
import type { MergeAcross, OutCell } from '../core/sheetGrid';

/** Column widths: the port speaks pixels, a workbook speaks characters of about 7 pixels. */
export function widthInChars(px: number): number {
  return Math.max(2, Math.round((px / 7) * 100) / 100);
}

/**
 * Arial's advance widths in thousandths of an em, of the characters from space (32) to `~` (126),
 * plain then bold: measured from Liberation Sans, Arial's metric twin (what LibreOffice draws for
 * Arial), in Chromium's canvas at 1,000 px. The same as Helvetica's, which Arial was made to match.
 */
// prettier-ignore
const ARIAL = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556,
  556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778,
  722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278,
  278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
  556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
];
// prettier-ignore
const ARIAL_BOLD = [
  278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556,
  556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611, 975, 722, 722, 722, 722, 667, 611, 778,
  722, 278, 556, 722, 611, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333,
  278, 333, 584, 556, 333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611,
  611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584,
];

/**
 * A character's width in thousandths of an em: from the table in ASCII; an em for a dash, an
 * ellipsis, a wide script or an emoji (a code point past U+2E80, or half of a surrogate pair, each
 * half counted); else as wide as a digit (accented letters, `–`, `€`).
 */
function charWidth(code: number, bold: boolean): number {
  if (code >= 32 && code <= 126) return (bold ? ARIAL_BOLD : ARIAL)[code - 32]!;
  if (code === 0x2014 || code === 0x2026) return 1000;
  if (code >= 0x2e80) return code >= 0xd800 && code <= 0xdfff ? 500 : 1000;
  return 556;
}

/** How wide `text` is in Arial of `size` points, in pixels (96 to the inch). */
export function textWidth(text: string, bold = false, size = 10): number {
  let units = 0;
  for (let i = 0; i < text.length; i += 1) units += charWidth(text.charCodeAt(i), bold);
  return (units / 1000) * ((size * 96) / 72);
}

/** What a cell `px` wide holds of a line: its width less the cell's margins. */
export function lineRoom(px: number): number {
  return px - CELL_PADDING;
}

/** The margins, in pixels, Excel and LibreOffice keep between a cell's text and its borders. */
const CELL_PADDING = 6;

/**
 * Lines `text` takes in a cell `px` wide when wrapped at spaces, each word as wide as Arial draws it
 * (`textWidth`); a word longer than a line is broken between its characters.
 */
export function wrappedLines(text: string, px: number, bold = false, size = 10): number {
  const room = Math.max(1, lineRoom(px));
  const space = textWidth(' ', bold, size);
  return text.split('\n').reduce((n, part) => {
    let lines = 1;
    let used = 0;
    for (const word of part.split(' ').filter((w) => w !== '')) {
      const wide = textWidth(word, bold, size);
      if (used > 0 && used + space + wide <= room) {
        used += space + wide;
        continue;
      }
      if (used > 0) lines += 1;
      used = 0;
      // A word longer than a line: as many lines as its characters fill.
      for (const ch of wide > room ? word : '') {
        const w = textWidth(ch, bold, size);
        if (used > 0 && used + w > room) {
          lines += 1;
          used = 0;
        }
        used += w;
      }
      if (wide <= room) used = wide;
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
