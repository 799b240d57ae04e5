// Writes single cells into a worksheet's XML in place: the cell's element is replaced (or put in
// its row, or its row put in the sheet), everything else in the part left as it was.
import { isDateCell, type Cell } from '../core/cell';
import { toDayNumber } from '../core/isoDate';
import { escapeAttr } from './xlsxStylesMerge';
import { columnLetters } from '../core/spreadsheetSettings';
import { lastCloseTag, prefixOf, prefixSource, withPrefix } from './xmlElements';

/** Days from Excel's day 0 (1899-12-30) to 1970-01-01. */
const EPOCH_1900 = 25_569;

export interface CellPatch {
  readonly row: number;
  readonly col: number;
  readonly value: Cell;
  /** Written as a new tab's cells are, its format left as it is (not as an applied fix). */
  readonly plain?: boolean;
}

function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The serial number a workbook stores for a calendar date. */
export function serialOf(iso: string, date1904: boolean): number {
  return toDayNumber(iso) + EPOCH_1900 - (date1904 ? 1462 : 0);
}

/** The XML of one cell; `style` is its cell format index (none for the default). */
export function cellXml(ref: string, value: Cell, style: number | undefined, date1904: boolean): string {
  const s = style === undefined || style === 0 ? '' : ` s="${style}"`;
  if (value === null) return `<c r="${ref}"${s}/>`;
  if (isDateCell(value)) return `<c r="${ref}"${s}><v>${serialOf(value.date, date1904)}</v></c>`;
  if (typeof value === 'boolean') return `<c r="${ref}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
  if (typeof value === 'number') return `<c r="${ref}"${s}><v>${value}</v></c>`;
  const space = /^\s|\s$/.test(value) ? ' xml:space="preserve"' : '';
  return `<c r="${ref}"${s} t="inlineStr"><is><t${space}>${escapeText(value)}</t></is></c>`;
}

/** Where an element that starts at `start` ends (after `/>` or its closing tag). */
function elementEnd(xml: string, start: number, tag: string): number {
  const gt = xml.indexOf('>', start);
  if (xml[gt - 1] === '/') return gt + 1;
  const close = xml.indexOf(`</${tag}>`, gt);
  return close < 0 ? -1 : close + tag.length + 3;
}

/** `=` and the opening quote of an attribute's value, as XML allows them (`r="1"`, `r = '1'`). */
const IS = `\\s*=\\s*["']`;

function columnOf(ref: string): number {
  let col = 0;
  for (const ch of ref) {
    const c = ch.charCodeAt(0);
    if (c < 65 || c > 90) break;
    col = col * 26 + (c - 64);
  }
  return col;
}

/**
 * Sets one cell in a worksheet's XML. `styleFor` gets the style the cell has now (undefined when it
 * has none) and answers the style to write. The elements written carry the prefix of the sheet's
 * `<sheetData>` (`x:` from the .NET Open XML SDK, none from Excel); `damaged` is the error for a
 * worksheet without one.
 */
export function patchCell(
  xml: string,
  patch: CellPatch,
  date1904: boolean,
  styleFor: (current: number | undefined) => number | undefined,
  damaged: () => Error = () => new Error('worksheet has no sheetData'),
): string {
  const prefix = prefixOf(xml, 'sheetData');
  if (prefix === undefined) throw damaged();
  const p = prefixSource(prefix);
  const cellAt = (style: number | undefined): string =>
    withPrefix(cellXml(ref, patch.value, style, date1904), prefix);
  const ref = `${columnLetters(patch.col)}${patch.row}`;
  const rowRe = new RegExp(`<${p}row\\b[^>]*?\\sr${IS}${patch.row}["'][^>]*?>`, 'g');
  const rowMatch = rowRe.exec(xml);
  if (!rowMatch) {
    // No such row yet: put it before the first row below it, else at the end of the sheet's data.
    const row = withPrefix(
      `<row r="${patch.row}">${cellXml(ref, patch.value, styleFor(undefined), date1904)}</row>`,
      prefix,
    );
    const rows = new RegExp(`<${p}row\\b[^>]*?\\sr${IS}(\\d+)["']`, 'g');
    for (let m = rows.exec(xml); m; m = rows.exec(xml)) {
      if (Number(m[1]) > patch.row) return `${xml.slice(0, m.index)}${row}${xml.slice(m.index)}`;
    }
    const empty = new RegExp(`<${p}sheetData\\s*/>`).exec(xml);
    if (empty)
      return `${xml.slice(0, empty.index)}<${prefix}sheetData>${row}</${prefix}sheetData>${xml.slice(empty.index + empty[0].length)}`;
    const end = lastCloseTag(xml, 'sheetData');
    if (!end) throw damaged();
    return `${xml.slice(0, end.at)}${row}${xml.slice(end.at)}`;
  }
  const rowStart = rowMatch.index;
  const headEnd = rowStart + rowMatch[0].length;
  if (rowMatch[0].endsWith('/>')) {
    const cell = cellAt(styleFor(undefined));
    return `${xml.slice(0, headEnd - 2)}>${cell}</${prefix}row>${xml.slice(headEnd)}`;
  }
  const rowEnd = xml.indexOf(`</${prefix}row>`, headEnd);
  const cells = new RegExp(`<${p}c\\b[^>]*?\\sr${IS}([A-Z]+)\\d+["'][^>]*?>`, 'g');
  cells.lastIndex = headEnd;
  for (let m = cells.exec(xml); m && m.index < rowEnd; m = cells.exec(xml)) {
    const col = columnOf(m[1] as string);
    if (col < patch.col) continue;
    if (col === patch.col) {
      const s = /\ss\s*=\s*["'](\d+)["']/.exec(m[0]);
      const cell = cellAt(styleFor(s ? Number(s[1]) : undefined));
      const end = elementEnd(xml, m.index, `${prefix}c`);
      return `${xml.slice(0, m.index)}${cell}${xml.slice(end)}`;
    }
    const cell = cellAt(styleFor(undefined));
    return `${xml.slice(0, m.index)}${cell}${xml.slice(m.index)}`;
  }
  const cell = cellAt(styleFor(undefined));
  return `${xml.slice(0, rowEnd)}${cell}${xml.slice(rowEnd)}`;
}

export { escapeAttr };
