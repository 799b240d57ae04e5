// The Workbook port over an .xlsx file held in memory (exceljs): cells read as the Sheets adapter
// reads them, generated tabs written with their formats and a marker note.
import ExcelJS from 'exceljs';
import type { Cell, Grid } from '../core/cell';
import { isDateCell } from '../core/cell';
import { toYmd } from '../core/isoDate';
import type { SheetGrid } from '../core/sheetGrid';
import type { TabSpec } from '../core/book/schema';
import { HostError, type Workbook } from '../core/workbook';
import { writeFileAtomic } from './atomicWrite';
import { readWorkbookFile } from './readWorkbookFile';
import { notWorkbook, refuseNonZipWorkbook } from './workbookFileKind';
import { normaliseCell, toExcelValue } from './xlsxCellValues';
import { DATE_FORMAT } from './xlsxFormats';
import { hasMarkerNote, writeGeneratedSheet } from './xlsxGeneratedSheet';
import { writeInputSheet } from './xlsxInputSheet';
import { stampZipEntries } from './zipEntryDates';

export class XlsxWorkbook implements Workbook {
  private constructor(readonly excel: ExcelJS.Workbook) {}

  /** An empty workbook, for the demo and for tests. */
  static create(): XlsxWorkbook {
    const excel = new ExcelJS.Workbook();
    excel.creator = 'Buku Kelompok';
    return new XlsxWorkbook(excel);
  }

  /** Loads a file into memory; the file itself is never written. Throws WorkbookFileError. */
  static async load(path: string): Promise<XlsxWorkbook> {
    return XlsxWorkbook.fromBuffer(await readWorkbookFile(path), path);
  }

  static async fromBuffer(bytes: Buffer, label = 'file'): Promise<XlsxWorkbook> {
    refuseNonZipWorkbook(bytes, label);
    const excel = new ExcelJS.Workbook();
    try {
      await excel.xlsx.load(bytes as unknown as ArrayBuffer);
    } catch {
      throw notWorkbook(label);
    }
    return new XlsxWorkbook(excel);
  }

  tabNames(): string[] {
    return this.excel.worksheets.map((ws) => ws.name);
  }

  private sheet(name: string): ExcelJS.Worksheet {
    const ws = this.excel.getWorksheet(name);
    if (!ws) throw new HostError('tab.missing', `No tab named ${name}`, { tab: name });
    return ws;
  }

  /** A1 to the last cell holding a value, as a rectangle (at least A1); merged cells other than the first read empty. */
  readTab(name: string): Grid {
    const ws = this.sheet(name);
    const cells: { row: number; col: number; value: Cell }[] = [];
    let lastRow = 0;
    let lastCol = 0;
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      row.eachCell({ includeEmpty: false }, (c, colNumber) => {
        if (c.type === ExcelJS.ValueType.Merge) return;
        const value = normaliseCell(c.value);
        if (value === null) return;
        cells.push({ row: rowNumber, col: colNumber, value });
        lastRow = Math.max(lastRow, rowNumber);
        lastCol = Math.max(lastCol, colNumber);
      });
    });
    // An empty tab reads as Sheets' getDataRange() reads it: the one empty cell A1.
    if (lastRow === 0) return [[null]];
    const grid: Cell[][] = Array.from({ length: lastRow }, () => new Array<Cell>(lastCol).fill(null));
    for (const { row, col, value } of cells) (grid[row - 1] as Cell[])[col - 1] = value;
    return grid;
  }

  isGenerated(name: string): boolean {
    const ws = this.excel.getWorksheet(name);
    return ws !== undefined && hasMarkerNote(ws);
  }

  writeGenerated(grid: SheetGrid): void {
    // Workbooks keep tab names unique without regard to case, as Sheets does.
    const existing = this.excel.worksheets.find((ws) => ws.name.toLowerCase() === grid.name.toLowerCase());
    let orderNo: number | undefined;
    if (existing) {
      if (existing.name !== grid.name || !this.isGenerated(grid.name))
        throw new HostError(
          'tab.notGenerated',
          `Tab ${existing.name} exists and was not written by Buku Kelompok`,
          { tab: existing.name },
        );
      orderNo = (existing as unknown as { orderNo: number }).orderNo;
      this.excel.removeWorksheet(existing.id);
    }
    const ws = this.excel.addWorksheet(grid.name);
    if (orderNo !== undefined) (ws as unknown as { orderNo: number }).orderNo = orderNo;
    writeGeneratedSheet(ws, grid);
  }

  writeCell(tab: string, row: number, col: number, value: Cell): void {
    const target = this.sheet(tab).getCell(row, col);
    target.value = toExcelValue(value);
    // As the Sheets adapter does: a fixed date or text must also look like one (the cell may have
    // held text as a number, or a number as text).
    if (isDateCell(value)) target.numFmt = DATE_FORMAT;
    else if (typeof value === 'string') target.numFmt = '@';
  }

  createInputTab(spec: TabSpec, rows: readonly (readonly Cell[])[]): void {
    this.writeInputGrid(spec, spec.name, [spec.columns.map((c) => c.header), ...rows], 1);
  }

  /** Writes an input tab as people keep it (see writeInputSheet); the name must be new. */
  writeInputGrid(spec: TabSpec, name: string, grid: Grid, headerRow: number): void {
    if (this.excel.worksheets.some((ws) => ws.name.toLowerCase() === name.toLowerCase()))
      throw new HostError('tab.exists', `Tab ${name} already exists`, { tab: name });
    writeInputSheet(this.excel.addWorksheet(name), spec, grid, headerRow);
  }

  /** The date the document says it was made, when fixed by `stampDates`. */
  private stamp: string | undefined;

  /**
   * Fixes the document's own dates (created, modified, and each zip entry's time), so the same
   * book writes the same bytes.
   */
  stampDates(date: string): void {
    const { year, month, day } = toYmd(date);
    const d = new Date(Date.UTC(year, month - 1, day));
    this.excel.created = d;
    this.excel.modified = d;
    this.stamp = date;
  }

  async toBuffer(): Promise<Buffer> {
    const bytes = Buffer.from(await this.excel.xlsx.writeBuffer());
    return this.stamp === undefined ? bytes : stampZipEntries(bytes, this.stamp);
  }

  /** Writes the workbook to `path` atomically (see writeFileAtomic): whole, or the old file as it was. */
  async save(path: string): Promise<void> {
    await writeFileAtomic(path, await this.toBuffer());
  }
}
