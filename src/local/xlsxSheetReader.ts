// One worksheet part read chunk by chunk into the core's rows: each cell as the Sheets adapter
// reads it (dates by their style, formulas by their cached value), memory bounded by the cells
// present, whatever the dimensions the sheet declares or how far its cells stand.
import type { MergedBlock } from '../core/workbook';
import type { Cell, DateCell, Grid } from '../core/cell';
import { isIsoDate } from '../core/isoDate';
import { attr, xmlDecode, XmlScanner, type XmlHandler } from './xmlScanner';
import { damagedWorkbook, notWorkbook } from './workbookFileKind';
import { textTooLong, tooManyCells, type XlsxLimits } from './xlsxLimits';
import type { ZipEntry, ZipPackage } from './zipPackage';

const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;
/** A grid is padded to a rectangle when that costs at most this many cells beyond those present. */
const RECTANGLE_SLACK = 1 << 20;

export interface SheetContext {
  readonly sharedStrings: readonly string[];
  readonly dateStyles: readonly boolean[];
  readonly date1904: boolean;
  readonly limits: XlsxLimits;
  readonly label: string;
  /** Cells read so far over all tabs, against `limits.cells`. */
  cells: number;
  /** One DateCell per calendar day, shared by every cell showing it. */
  readonly dates: Map<number, DateCell | null>;
}

/** A formula cell with no value saved beside it (the program that wrote it did not compute it). */
export interface UncomputedFormula {
  readonly row: number;
  readonly col: number;
}

export interface SheetRead {
  readonly grid: Grid;
  readonly uncomputed: readonly UncomputedFormula[];
  /** Every formula cell's place (`formulaPlace`), computed or not: a fix is not written over one. */
  readonly formulas: readonly number[];
  /** The tab's merged blocks: their cells past the first read empty (`clearMerged`). */
  readonly merged: readonly MergedBlock[];
}

/** A cell's place as one number (a column is at most 16,384). */
export const formulaPlace = (row: number, col: number): number => row * 32_768 + col;

/** What a tab the file names but does not hold reads as. */
export const NO_SHEET: SheetRead = Object.freeze({
  grid: [[null]],
  uncomputed: [],
  formulas: [],
  merged: [],
});

const DAY_MS = 86_400_000;
/** Days from 1899-12-30 (Excel's day 0) to 1970-01-01. */
const EPOCH_1900 = 25_569;

/** A serial date number as the calendar day it shows, as exceljs turns it into a Date. */
function dateOf(serial: number, ctx: SheetContext): Cell {
  const ms = Math.round((serial - EPOCH_1900 + (ctx.date1904 ? 1462 : 0)) * DAY_MS);
  const day = Math.floor(ms / DAY_MS);
  let cell = ctx.dates.get(day);
  if (cell === undefined) {
    const d = new Date(day * DAY_MS);
    const iso = Number.isNaN(d.getTime()) ? '' : d.toISOString().slice(0, 10);
    cell = isIsoDate(iso) ? Object.freeze({ date: iso }) : null;
    ctx.dates.set(day, cell);
  }
  return cell;
}

function numberCell(raw: string, style: number, ctx: SheetContext): Cell {
  const n = parseFloat(raw);
  if (!Number.isFinite(n)) return null;
  return ctx.dateStyles[style] === true ? dateOf(n, ctx) : n;
}

/** `AB12` → [12, 28]; undefined when it is no cell address. */
function parseAddress(ref: string): [number, number] | undefined {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i += 1) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else if (c >= 97 && c <= 122) col = col * 26 + (c - 96);
    else break;
  }
  const row = Number(ref.slice(i));
  return i > 0 && Number.isInteger(row) && row > 0 ? [row, col] : undefined;
}

const EMPTY_ROW: readonly Cell[] = Object.freeze([]);

/** A boolean cell's value: `1`/`0` as Excel writes it, `true`/`false` as XML Schema also allows. */
function booleanOf(raw: string): boolean {
  const t = raw.trim();
  if (t === 'true') return true;
  if (t === 'false') return false;
  return parseInt(t, 10) !== 0;
}

/** Reads the sheet as it is unpacked, chunk by chunk. */
export async function readSheet(zip: ZipPackage, entry: ZipEntry, ctx: SheetContext): Promise<SheetRead> {
  const sheet = sheetScanner(ctx);
  await zip.stream(entry, (chunk) => sheet.write(chunk));
  return sheet.end();
}

/** Reads the sheet again, at once: for a tab whose cells were let go after a first reading. */
export function readSheetAgain(zip: ZipPackage, entry: ZipEntry, ctx: SheetContext): SheetRead {
  return readSheetXml(zip.read(entry), ctx);
}

/** Reads a worksheet's XML held whole. */
export function readSheetXml(bytes: Uint8Array, ctx: SheetContext): SheetRead {
  const sheet = sheetScanner(ctx);
  for (let p = 0; p < bytes.length; p += 1 << 16) sheet.write(bytes.subarray(p, p + (1 << 16)));
  return sheet.end();
}

/** A worksheet's XML, fed chunk by chunk, into its rows. */
function sheetScanner(ctx: SheetContext): { write(chunk: Uint8Array): void; end(): SheetRead } {
  const rows: (Cell[] | undefined)[] = [];
  const uncomputed: UncomputedFormula[] = [];
  const formulas: number[] = [];
  const merges: string[] = [];
  let rowNumber = 0;
  let col = 0;
  let cellRow = 0;
  let type = '';
  let style = 0;
  let hasFormula = false;
  let hasValue = false;
  let inCell = false;
  /** 0 outside values, 1 in <v>, 2 in an inline string's <t>. */
  let capture = 0;
  let inInline = false;
  let phonetic = 0;
  let value = '';
  let length = 0;
  let present = 0;
  /** The widest row so far: a row is kept at least this wide, so that most never grow again. */
  let widest = 0;
  const tooFar = (): Error => notWorkbook(ctx.label);

  const finish = (): void => {
    let cell: Cell = null;
    const raw = value;
    if (hasFormula) {
      formulas.push(formulaPlace(cellRow, col));
      if (!hasValue) {
        uncomputed.push({ row: cellRow, col });
      } else if (type === 'str') cell = xmlDecode(raw) || null;
      else if (type === 'b') cell = booleanOf(raw);
      else if (type === 'e') cell = xmlDecode(raw) || null;
      else cell = numberCell(raw, style, ctx);
    } else if (hasValue) {
      if (type === 's') {
        // A text kept in the shared strings: one the file does not hold means a part is missing.
        const shared = ctx.sharedStrings[parseInt(raw, 10)];
        if (shared === undefined) throw damagedWorkbook(ctx.label);
        cell = shared || null;
      } else if (type === 'str') cell = xmlDecode(raw) || null;
      else if (type === 'inlineStr') cell = xmlDecode(raw) || null;
      else if (type === 'b') cell = booleanOf(raw);
      else if (type === 'e') cell = xmlDecode(raw) || null;
      else if (type === 'd') {
        const iso = raw.slice(0, 10);
        cell = isIsoDate(iso) ? { date: iso } : null;
      } else cell = numberCell(raw, style, ctx);
    }
    if (cell === null) return;
    ctx.cells += 1;
    if (ctx.cells > ctx.limits.cells) throw tooManyCells(ctx.label, ctx.limits.cells);
    present += 1;
    let line = rows[cellRow - 1];
    if (line === undefined) {
      line = [];
      rows[cellRow - 1] = line;
    }
    while (line.length < col - 1) line.push(null);
    line[col - 1] = cell;
  };

  const handler: XmlHandler = {
    open(name, attrs, selfClosing) {
      switch (name) {
        case 'row': {
          const r = attr(attrs, 'r');
          rowNumber = r === undefined ? rowNumber + 1 : Number(r);
          if (!Number.isInteger(rowNumber) || rowNumber < 1 || rowNumber > MAX_ROW) throw tooFar();
          col = 0;
          return;
        }
        case 'c': {
          const ref = attr(attrs, 'r');
          const at = ref === undefined ? undefined : parseAddress(ref);
          if (at) {
            [cellRow, col] = at;
          } else {
            cellRow = rowNumber;
            col += 1;
          }
          if (cellRow < 1 || cellRow > MAX_ROW || col < 1 || col > MAX_COL) throw tooFar();
          type = attr(attrs, 't') ?? 'n';
          const s = attr(attrs, 's');
          style = s === undefined ? 0 : Number(s);
          hasFormula = false;
          hasValue = false;
          inInline = false;
          value = '';
          length = 0;
          inCell = !selfClosing;
          return;
        }
        case 'v':
          if (inCell) {
            capture = 1;
            hasValue = true;
          }
          return;
        case 'f':
          if (inCell) hasFormula = true;
          return;
        case 'is':
          if (inCell) inInline = true;
          return;
        case 't':
          if (inInline && phonetic === 0) {
            capture = 2;
            hasValue = true;
          }
          return;
        case 'rPh':
          phonetic += 1;
          return;
        case 'mergeCell': {
          const ref = attr(attrs, 'ref');
          if (ref !== undefined) merges.push(ref);
          return;
        }
        default:
          return;
      }
    },
    close(name) {
      switch (name) {
        case 'row': {
          // The row was built by pushing cells, with room to spare; it is kept at its size (a
          // district book's Kas has a million rows: the spare room was more than the cells).
          const line = rows[rowNumber - 1];
          if (line !== undefined) {
            widest = Math.max(widest, line.length);
            rows[rowNumber - 1] = exactRow(line, widest);
          }
          return;
        }
        case 'v':
        case 't':
          capture = 0;
          return;
        case 'rPh':
          phonetic -= 1;
          return;
        case 'is':
          inInline = false;
          return;
        case 'c':
          if (inCell || hasValue || hasFormula) finish();
          inCell = false;
          return;
        default:
          return;
      }
    },
    text(raw) {
      if (capture === 0) return;
      // Counted piece by piece, so a text past the limit is refused before it is kept whole.
      length += raw.indexOf('&') < 0 ? raw.length : xmlDecode(raw).length;
      if (length > ctx.limits.textChars) throw textTooLong(ctx.label, ctx.limits.textChars);
      value += raw;
    },
  };

  const scanner = new XmlScanner(handler, () => notWorkbook(ctx.label));
  return {
    write: (chunk) => scanner.write(chunk),
    end() {
      if (!scanner.complete) throw damagedWorkbook(ctx.label);
      return { grid: shape(rows, present), uncomputed, formulas, merged: clearMerged(rows, merges) };
    },
  };
}

/** The row's cells in an array of `width` (at least its own length), the rest empty. */
function exactRow(line: readonly Cell[], width: number): Cell[] {
  const n = Math.max(line.length, width);
  const out = new Array<Cell>(n);
  for (let c = 0; c < n; c += 1) out[c] = c < line.length ? (line[c] as Cell) : null;
  return out;
}

/**
 * A merged block shows its first cell only: the others read empty, as exceljs and Sheets read them.
 * Returns the blocks read.
 */
function clearMerged(rows: (Cell[] | undefined)[], merges: readonly string[]): MergedBlock[] {
  const blocks: MergedBlock[] = [];
  for (const ref of merges) {
    const [from, to] = ref.split(':');
    const a = from === undefined ? undefined : parseAddress(from);
    const b = to === undefined ? undefined : parseAddress(to);
    if (!a || !b) continue;
    blocks.push({ row: a[0], col: a[1], rows: b[0] - a[0] + 1, cols: b[1] - a[1] + 1 });
    for (let r = a[0]; r <= Math.min(b[0], rows.length); r += 1) {
      const line = rows[r - 1];
      if (!line) continue;
      for (let c = a[1]; c <= Math.min(b[1], line.length); c += 1)
        if (r !== a[0] || c !== a[1]) line[c - 1] = null;
    }
  }
  return blocks;
}

/**
 * A1 to the last cell holding a value: a rectangle, as Sheets' getDataRange() gives it, unless the
 * rectangle would be far larger than the cells present (one cell at XFD1048576): then each row
 * holds only up to its last value, and empty rows share one empty array.
 */
function shape(rows: (Cell[] | undefined)[], present: number): Grid {
  let lastRow = 0;
  let lastCol = 0;
  for (let r = 0; r < rows.length; r += 1) {
    const line = rows[r];
    if (!line) continue;
    const end = valuesEnd(line);
    if (end > 0) {
      lastRow = r + 1;
      lastCol = Math.max(lastCol, end);
    }
  }
  // An empty tab reads as Sheets' getDataRange() reads it: the one empty cell A1.
  if (lastRow === 0) return [[null]];
  const rectangle = lastRow * lastCol <= present * 4 + RECTANGLE_SLACK;
  const grid: (readonly Cell[])[] = new Array<readonly Cell[]>(lastRow);
  for (let r = 0; r < lastRow; r += 1) {
    const line = rows[r];
    if (!rectangle) {
      if (line) line.length = valuesEnd(line);
      grid[r] = line && line.length > 0 ? line : EMPTY_ROW;
    } else if (!line) grid[r] = new Array<Cell>(lastCol).fill(null);
    else if (line.length < lastCol) grid[r] = exactRow(line, lastCol);
    else {
      // Only empty cells stand past the last column.
      line.length = lastCol;
      grid[r] = line;
    }
  }
  return grid;
}

/** How many cells of the row stand up to its last value. */
function valuesEnd(line: readonly Cell[]): number {
  let end = line.length;
  while (end > 0 && line[end - 1] === null) end -= 1;
  return end;
}
