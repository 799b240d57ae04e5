// An input tab written as people keep it: the grid as given (a title may stand above the header),
// the header bold with a note per column, formats and dropdowns on the columns it recognises.
import type ExcelJS from 'exceljs';
import { isDateCell, type Grid } from '../core/cell';
import { NEW_SHEET_COLUMNS, normaliseHeader, type ColumnSpec, type TabSpec } from '../core/book/schema';
import { toExcelValue } from './xlsxCellValues';
import { INPUT_FONT } from './xlsxFormats';
import {
  columnLetters,
  DATE_FORMAT,
  inputColumnFormat,
  listValues,
  PLAIN_FORMAT,
  TEXT_FORMAT,
} from '../core/spreadsheetSettings';
import type { WithValidations } from './xlsxGeneratedSheet';
import { widthInChars } from './wrappedText';
import { meetingDate } from '../core/attendance/readAttendance';
import { MEETING_COLUMN_WIDTH } from '../core/book/setupBook';

/**
 * Input rows beyond the data that still get dropdowns, for the next entries: years of a group's Kas
 * (the demo's fills 1,140 rows in 15 months; a print audit found 500 run out in about six).
 */
const SPARE_INPUT_ROWS = 5_000;

/** A column's dropdown over `range`: a warning, not a refusal, as in Sheets. */
function listRule(ws: ExcelJS.Worksheet, range: string, column: ColumnSpec): void {
  (ws as unknown as WithValidations).dataValidations.add(range, {
    type: 'list',
    allowBlank: true,
    formulae: [`"${listValues(column).join(',')}"`],
    showErrorMessage: true,
    errorStyle: 'warning',
    errorTitle: 'Buku Kelompok',
    error: 'Pilih dari daftar / Pick from the list',
  });
}

/** Writes `grid` into the new, empty worksheet `ws`, its header on sheet row `headerRow`. */
export function writeInputSheet(ws: ExcelJS.Worksheet, spec: TabSpec, grid: Grid, headerRow: number): void {
  const header = grid[headerRow - 1] ?? [];
  const columns: (ColumnSpec | undefined)[] = header.map((h) =>
    typeof h === 'string'
      ? spec.columns.find((c) =>
          [c.header, ...c.aliases].some((a) => normaliseHeader(a) === normaliseHeader(h)),
        )
      : undefined,
  );
  const lastRow = Math.max(grid.length, headerRow) + SPARE_INPUT_ROWS;

  // Columns the user adds after the last (Daftar Hadir's next meetings) have theirs ahead, to Z.
  const spare = spec.spareColumns;
  const after = header.length;
  if (spare && after < NEW_SHEET_COLUMNS) {
    for (let c = after + 1; c <= NEW_SHEET_COLUMNS; c += 1) ws.getColumn(c).width = widthInChars(spare.width);
    if (spare.list) listRule(ws, `${columnLetters(after + 1)}${headerRow + 1}:Z${lastRow}`, spare);
  }

  columns.forEach((column, i) => {
    // A header of no column of the tab's own that names a date (a meeting of Daftar Hadir): as wide
    // as Siapkan Buku makes a meeting's column, so that its date shows whole (a print audit: `###`).
    const h = header[i] ?? null;
    if (!column && meetingDate(h) !== undefined)
      ws.getColumn(i + 1).width = widthInChars(
        Math.max(MEETING_COLUMN_WIDTH, typeof h === 'string' ? Math.ceil(h.length * 6.5 + 8) : 0),
      );
    if (!column) return;
    const col = ws.getColumn(i + 1);
    col.width = widthInChars(column.width);
    const format = inputColumnFormat(column);
    if (column.list)
      listRule(ws, `${columnLetters(i + 1)}${headerRow + 1}:${columnLetters(i + 1)}${lastRow}`, column);
    // A column style, not a style per cell: rows typed later in Excel or LibreOffice inherit it.
    if (format) col.numFmt = format;
  });

  grid.forEach((cells, r) => {
    cells.forEach((value, c) => {
      if (value === null) return;
      const target = ws.getCell(r + 1, c + 1);
      target.value = toExcelValue(value);
      if (isDateCell(value)) target.numFmt = DATE_FORMAT;
      // A number in a text column (a NIK or phone typed as a number) shows all its digits.
      else if (typeof value === 'number' && target.numFmt === TEXT_FORMAT) target.numFmt = '0';
      // A number in a date column stays a number: under a date format a workbook reads it as a date.
      else if (typeof value === 'number' && target.numFmt === DATE_FORMAT) target.numFmt = PLAIN_FORMAT;
    });
  });

  header.forEach((_h, i) => {
    const target = ws.getCell(headerRow, i + 1);
    target.font = { ...INPUT_FONT, bold: true };
    target.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9EAD3' } };
    const column = columns[i];
    if (column) target.note = `${column.note.id}\n(${column.note.en})`;
  });
  for (let r = 1; r < headerRow; r += 1) {
    ws.getRow(r).eachCell((c) => {
      c.font = { ...INPUT_FONT, bold: true, size: 14 };
    });
  }
  ws.views = [{ state: 'frozen', xSplit: 0, ySplit: headerRow, topLeftCell: `A${headerRow + 1}` }];
  // Input tabs are wide registers: printed on A4 landscape, fit to width, the header on every page.
  ws.pageSetup = {
    paperSize: 9, // A4
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: `${headerRow}:${headerRow}`,
  };
}
