// A generated tab written straight from the core's SheetGrid as worksheet XML, row by row, packed as
// it goes (no workbook model in between): the same cells, looks, merges, widths, heights, frozen
// header, print set-up, links, marker note and warning-only protection as writeGeneratedSheet has
// exceljs write, in the XML exceljs writes for them, so that the file reads back the same.
import { isDateCell } from '../core/cell';
import { toYmd } from '../core/isoDate';
import type { MergeAcross, OutCell, SheetGrid } from '../core/sheetGrid';
import { fittedValue, gridWidth } from '../core/sheetGrid';
import { columnPages } from './printColumns';
import { columnLetters, generatedCellFormat } from '../core/spreadsheetSettings';
import type { GeneratedCellLook, GeneratedCellStyles } from './generatedCellStyles';
import { PackedPartWriter, type PackedPart } from './packedPart';
import { cellSpans, generatedRowHeight, widthInChars } from './wrappedText';
import { GENERATED_ROW_HEIGHT, PAGE_MARGINS, quoteSheet } from './xlsxFormats';
import { colBreaksXml, GENERATED_EDIT_WARNING, MARKER_NOTE } from './xlsxGeneratedSheet';
import { escapeXml, textElement } from './xlsxText';

/** A generated tab's parts, ready to go into a package. */
export interface GeneratedSheetPart {
  readonly name: string;
  readonly sheet: PackedPart;
  /** The targets of the sheet's links, relationships rId1, rId2, … in this order. */
  readonly links: readonly string[];
  /** The comments part holding the marker note on A1 (relationship rId<links + 1>). */
  readonly comments: string;
  /** The note's drawing (relationship rId<links + 2>). */
  readonly vml: string;
  /** The workbook's print titles of the tab (XML text): its frozen header, its columns at the left. */
  readonly printTitles: string | undefined;
  /** The rows and columns the warning-only protection covers: what the tab wrote. */
  readonly extent: { readonly rows: number; readonly cols: number };
}

const HEAD =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac">';

const COMMENTS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>Author</author></authors><commentList><comment ref="A1" authorId="0"><text><r>${textElement(MARKER_NOTE)}</r></text></comment></commentList></comments>`;

/** The note's hidden box, anchored at A1, as exceljs draws it. */
const VML =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype><v:shape id="_x0000_s1025" type="#_x0000_t202" style="position:absolute; margin-left:105.3pt;margin-top:10.5pt;width:97.8pt;height:59.1pt;z-index:1;visibility:hidden" fillcolor="infoBackground [80]" strokecolor="none [81]" o:insetmode="auto"><v:fill color2="infoBackground [80]"/><v:shadow color="none [81]" obscured="t"/><v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto" inset="1.3mm,1.3mm,2.5mm,2.5mm"><div style="text-align:left"/></v:textbox><x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>1, 6, 0, 14, 3, 2, 4, 16</x:Anchor><x:Locked>True</x:Locked><x:AutoFill>False</x:AutoFill><x:LockText>True</x:LockText><x:Row>0</x:Row><x:Column>0</x:Column></x:ClientData></v:shape></xml>';

const DAY_MS = 86_400_000;
/** Days from 1899-12-30 (Excel's day 0) to 1970-01-01; a 1904 workbook counts 1,462 days fewer. */
const EPOCH_1900 = 25_569;

/** An internal link a reader takes as a place in the book (exceljs writes `location` only then). */
const INTERNAL_LINK = /^[^!]+![a-zA-Z]+[\d]+$/;

/** The merged blocks crossing each row, by row number. */
function mergesByRow(merges: readonly MergeAcross[]): Map<number, MergeAcross[]> {
  const byRow = new Map<number, MergeAcross[]>();
  for (const m of merges)
    for (let r = m.row; r < m.row + m.rows; r += 1) {
      const list = byRow.get(r);
      if (list) list.push(m);
      else byRow.set(r, [m]);
    }
  return byRow;
}

function lookOf(out: OutCell, top: boolean): GeneratedCellLook {
  return {
    numFmt: generatedCellFormat(out),
    size: out.size ?? 10,
    bold: out.bold === true,
    italic: out.italic === true,
    link: out.link !== undefined,
    wrap: out.wrap === true,
    top,
    align: out.align,
    background: out.background,
  };
}

/** A1 when the tab writes nothing there: it is written (plain, 10 pt) so that the note is kept. */
const EMPTY_A1: OutCell = { v: null };
const A1_LOOK = lookOf(EMPTY_A1, false);

/**
 * A cell's look; an A1 that shows nothing keeps only a plain 10 pt font (writeGeneratedSheet sets
 * it so, over the cell's own font, to keep the note).
 */
function lookAt(out: OutCell, top: boolean, row: number, col: number): GeneratedCellLook {
  const look = lookOf(out, top);
  if (row !== 1 || col !== 1 || fittedValue(out.v) !== null) return look;
  return { ...look, size: 10, bold: false, italic: false, link: false };
}

/** Writes `grid` as a worksheet part; `date1904` when the workbook counts dates from 1904. */
export function generatedSheetPart(
  grid: SheetGrid,
  styles: GeneratedCellStyles,
  date1904: boolean,
): GeneratedSheetPart {
  const merges = grid.merges ?? [];
  const byRow = mergesByRow(merges);
  const rowCount = Math.max(grid.rows.length, 1);
  // The columns each row writes: its cells, and the merged cells beyond them.
  const lastColOf = (r: number): number => {
    let last = grid.rows[r - 1]?.length ?? 0;
    for (const m of byRow.get(r) ?? []) last = Math.max(last, m.col + m.cols - 1);
    return r === 1 ? Math.max(last, 1) : last;
  };
  let lastRow = 1;
  let lastCol = 1;
  let rowsWithMerges = 0;
  for (const r of byRow.keys()) rowsWithMerges = Math.max(rowsWithMerges, r);
  for (let r = 1; r <= Math.max(rowCount, rowsWithMerges); r += 1) {
    const last = lastColOf(r);
    if (last > 0) {
      lastRow = r;
      lastCol = Math.max(lastCol, last);
    }
  }

  // Fit to one page wide, or cut into pages at columns at one scale (as writeGeneratedSheet).
  const pages = columnPages(grid);
  const w = new PackedPartWriter();
  w.write(HEAD);
  if (!pages) w.write('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
  w.write(`<dimension ref="A1:${columnLetters(lastCol)}${lastRow}"/>`);
  w.write(
    grid.frozenRows > 0
      ? `<sheetViews><sheetView workbookViewId="0"><pane ySplit="${grid.frozenRows}" topLeftCell="A${grid.frozenRows + 1}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft"/></sheetView></sheetViews>`
      : '<sheetViews><sheetView workbookViewId="0"/></sheetViews>',
  );
  w.write(
    `<sheetFormatPr defaultRowHeight="${GENERATED_ROW_HEIGHT}" outlineLevelRow="0" outlineLevelCol="0" x14ac:dyDescent="55" customHeight="1"/>`,
  );
  if (grid.widths.length > 0) {
    let cols = '<cols>';
    for (let i = 0; i < grid.widths.length;) {
      const width = widthInChars(grid.widths[i] as number);
      let j = i;
      while (j + 1 < grid.widths.length && widthInChars(grid.widths[j + 1] as number) === width) j += 1;
      cols += `<col min="${i + 1}" max="${j + 1}" width="${width}" customWidth="1"/>`;
      i = j + 1;
    }
    w.write(`${cols}</cols>`);
  }

  const links: { ref: string; target: string }[] = [];
  const serialOffset = EPOCH_1900 - (date1904 ? 1462 : 0);
  w.write('<sheetData>');
  for (let r = 1; r <= lastRow; r += 1) {
    const cells = grid.rows[r - 1] ?? [];
    const last = lastColOf(r);
    if (last === 0) continue;
    const rowMerges = byRow.get(r) ?? [];
    // In a row grown for wrapped text, every cell starts at the top, so the row reads as one line.
    const top = cells.some((out) => out.wrap);
    const height = generatedRowHeight(cells, () => cellSpans(r, grid.widths, rowMerges));
    let first = 0;
    let xml = '';
    for (let c = 1; c <= last; c += 1) {
      const ref = `${columnLetters(c)}${r}`;
      const block = rowMerges.find((m) => c > m.col && c < m.col + m.cols);
      if (block) {
        // A merged cell beyond the block's first shows nothing and takes the first one's look.
        const master = cells[block.col - 1];
        xml += master
          ? `<c r="${ref}" s="${styles.xf(lookAt(master, top, r, block.col))}"/>`
          : `<c r="${ref}"/>`;
        first ||= c;
        continue;
      }
      const given = cells[c - 1];
      const out = given ?? (r === 1 && c === 1 ? EMPTY_A1 : undefined);
      if (!out) continue;
      first ||= c;
      const s = styles.xf(given ? lookAt(given, top, r, c) : A1_LOOK);
      const v = fittedValue(out.v);
      if (out.link && v !== null && !isDateCell(v)) {
        const address = `${columnLetters(out.link.col || 1)}${out.link.row || 1}`;
        links.push({ ref, target: `#${quoteSheet(out.link.tab)}!${address}` });
        xml += `<c r="${ref}" s="${s}" t="inlineStr"><is>${textElement(String(v))}</is></c>`;
      } else if (typeof v === 'string') {
        xml += `<c r="${ref}" s="${s}" t="inlineStr"><is>${textElement(v)}</is></c>`;
      } else if (typeof v === 'number') {
        xml += Number.isFinite(v) ? `<c r="${ref}" s="${s}"><v>${v}</v></c>` : `<c r="${ref}" s="${s}"/>`;
      } else if (typeof v === 'boolean') {
        xml += `<c r="${ref}" s="${s}" t="b"><v>${v ? 1 : 0}</v></c>`;
      } else if (isDateCell(v)) {
        const { year, month, day } = toYmd(v.date);
        xml += `<c r="${ref}" s="${s}"><v>${Date.UTC(year, month - 1, day) / DAY_MS + serialOffset}</v></c>`;
      } else {
        xml += `<c r="${ref}" s="${s}"/>`;
      }
    }
    if (first === 0) continue;
    const ht = height === undefined ? '' : ` ht="${height}" customHeight="1"`;
    w.write(`<row r="${r}"${ht} spans="${first}:${last}" x14ac:dyDescent="0.25">${xml}</row>`);
  }
  w.write('</sheetData>');

  if (merges.length > 0) {
    let refs = '';
    let count = 0;
    for (const m of merges)
      for (let r = m.row; r < m.row + m.rows; r += 1) {
        refs += `<mergeCell ref="${columnLetters(m.col)}${r}:${columnLetters(m.col + m.cols - 1)}${r}"/>`;
        count += 1;
      }
    w.write(`<mergeCells count="${count}">${refs}</mergeCells>`);
  }
  // Warning-only protection, as the Sheets adapter sets it: a rule no entry satisfies over every
  // written cell, shown as a warning that lets the person go on.
  const extent = { rows: rowCount, cols: Math.max(gridWidth(grid), 1) };
  const protectedRange = `A1:${columnLetters(extent.cols)}${extent.rows}`;
  w.write(
    `<dataValidations count="1"><dataValidation type="custom" showErrorMessage="1" errorStyle="warning" errorTitle="Buku Kelompok" error="${escapeXml(GENERATED_EDIT_WARNING)}" sqref="${protectedRange}"><formula1>FALSE()</formula1></dataValidation></dataValidations>`,
  );
  if (links.length > 0) {
    let xml = '<hyperlinks>';
    links.forEach(({ ref, target }, i) => {
      const location = INTERNAL_LINK.test(target) ? ` location="${escapeXml(target)}"` : '';
      xml += `<hyperlink ref="${ref}" r:id="rId${i + 1}"${location}/>`;
    });
    w.write(`${xml}</hyperlinks>`);
  }
  const scaling = pages
    ? ` pageOrder="overThenDown" scale="${pages.scale}"`
    : ' fitToWidth="1" fitToHeight="0"';
  w.write(
    `<pageMargins left="${PAGE_MARGINS.left}" right="${PAGE_MARGINS.right}" top="${PAGE_MARGINS.top}" bottom="${PAGE_MARGINS.bottom}" header="${PAGE_MARGINS.header}" footer="${PAGE_MARGINS.footer}"/><pageSetup paperSize="9" orientation="${grid.orientation}"${scaling}/>`,
  );
  // A break is set on the row before the one that starts the new page.
  const breaks = (grid.pageBreaks ?? []).filter((row) => row > 1);
  if (breaks.length > 0)
    w.write(
      `<rowBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">${breaks.map((row) => `<brk id="${row - 1}" max="16838" man="1"/>`).join('')}</rowBreaks>`,
    );
  w.write(colBreaksXml(pages?.breaks ?? []));
  w.write(`<legacyDrawing r:id="rId${links.length + 2}"/></worksheet>`);

  // The print titles as exceljs names them: the columns at the left, then the rows at the top.
  const sheet = quoteSheet(grid.name);
  const titles = grid.printTitleRows ?? grid.frozenRows;
  const ranges = [
    ...(pages && pages.titleColumns > 0 ? [`${sheet}!$A:$${columnLetters(pages.titleColumns)}`] : []),
    ...(titles > 0 ? [`${sheet}!$1:$${titles}`] : []),
  ];
  return {
    name: grid.name,
    sheet: w.end(),
    links: links.map((l) => l.target),
    comments: COMMENTS,
    vml: VML,
    printTitles: ranges.length > 0 ? escapeXml(ranges.join(',')) : undefined,
    extent,
  };
}
