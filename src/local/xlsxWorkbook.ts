// The Workbook port over an .xlsx file: a file is read by streaming its parts into the core's rows
// (no workbook model), and written back changing only the parts an action must; a generated tab is
// written row by row as its own packed part when the action writes it (generatedSheetPart), new
// input tabs are built in exceljs (a scratch workbook) and moved in. A new workbook (the demo, a
// summary) is built in exceljs alone. Cells read as the Sheets adapter reads them.
import type ExcelJS from 'exceljs';
import type { Cell, Grid } from '../core/cell';
import { toYmd } from '../core/isoDate';
import type { SheetGrid } from '../core/sheetGrid';
import type { TabSpec } from '../core/book/schema';
import { HostError, type MergedBlock, type Workbook } from '../core/workbook';
import { writeFileAtomic } from './atomicWrite';
import { readWorkbookFile } from './readWorkbookFile';
import { WorkbookFileError } from './workbookFileError';
import { damagedWorkbook, notWorkbook, refuseNonZipWorkbook } from './workbookFileKind';
import { patchCell, type CellPatch } from './xlsxCellPatch';
import { packText } from './packedPart';
import { normaliseCell, toExcelValue } from './xlsxCellValues';
import { DATE_FORMAT, writtenCellFormat } from '../core/spreadsheetSettings';
import { hasMarkerNote, writeGeneratedSheet } from './xlsxGeneratedSheet';
import { withColumnBreaks } from './xlsxColumnBreaks';
import { GeneratedCellStyles } from './generatedCellStyles';
import { generatedSheetPart, type GeneratedSheetPart } from './generatedSheetPart';
import { inflateRawSync } from 'node:zlib';
import { readSheetXml } from './xlsxSheetReader';
import { StylesEditor } from './xlsxStylesMerge';
import { writeInputSheet } from './xlsxInputSheet';
import { XLSX_LIMITS, type XlsxLimits } from './xlsxLimits';
import { readXlsxPackage, type XlsxPackage, type XlsxPackageRead } from './xlsxPackageReader';
import { packagePieces } from './xlsxPackageWriter';
import { formulaPlace, type UncomputedFormula } from './xlsxSheetReader';
import { stampZipEntries } from './zipEntryDates';
import { sameChoices, type TabAdditions, type WidenedDropdown } from '../core/book/upgradeBook';
import { dropdownAt, listChoices, rangeListCovers, rangeListReaches, widenDropdown } from './xlsxDropdowns';

/** A tab of a read file: its cells as read (and as fixed since), and its place in the package. */
interface PackageTabState {
  readonly index: number;
  readonly name: string;
  /** Undefined once handed over for good (see `readEachTabOnce`). */
  grid: Grid | undefined;
  readonly generated: boolean;
  readonly uncomputed: readonly UncomputedFormula[];
  readonly merged: readonly MergedBlock[];
  readonly formulas: readonly number[];
  /** Written over by a generated tab of the same name (now in the scratch workbook). */
  replaced: boolean;
}

/** exceljs, loaded on first use (its loading is most of a small command's time). */
function loadExcelJs(): typeof ExcelJS {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a lazy load: `import` would load it with this module
  return require('exceljs') as typeof ExcelJS;
}

export class XlsxWorkbook implements Workbook {
  /** The scratch workbook, made on first use (see `excel`). */
  private scratch: ExcelJS.Workbook | undefined;
  private readonly tabs: PackageTabState[];
  private readonly pkg: XlsxPackage | undefined;
  private cellsOnce = false;
  private readonly cellPatches = new Map<number, CellPatch[]>();
  /** Dropdowns widened in package tabs (by index), applied to the sheet's XML when saved. */
  private readonly dropdownPatches = new Map<number, WidenedDropdown[]>();
  /** Scratch tabs added after the package's tabs, in order. */
  private readonly appended: string[] = [];
  /** Generated tabs of a read file, written as parts already (by name); not in the scratch workbook. */
  private readonly generatedParts = new Map<string, GeneratedSheetPart>();
  /** Column page breaks of the generated tabs built in exceljs (by name): added to the file it writes. */
  private readonly columnBreaks = new Map<string, readonly number[]>();
  /** The read file's styles part, with the generated tabs' cell formats added. */
  private generatedStyles: { editor: StylesEditor; cells: GeneratedCellStyles } | undefined;

  private constructor(read: XlsxPackageRead | undefined) {
    this.pkg = read?.pkg;
    this.tabs = (read?.pkg.tabs ?? []).map((t, index) => ({
      index,
      name: t.sheet.name,
      grid: read?.grids[index],
      generated: t.generated,
      uncomputed: t.uncomputed,
      merged: t.merged,
      formulas: t.formulas,
      replaced: false,
    }));
  }

  /**
   * New tabs (all of them, for a new workbook), in exceljs. Made, and exceljs loaded, only when a
   * tab is built there: a command that only reads a book, or writes generated tabs (written as
   * parts), never loads exceljs: about half the CPU of a `check` of one group's book.
   */
  get excel(): ExcelJS.Workbook {
    if (!this.scratch) {
      this.scratch = new (loadExcelJs().Workbook)();
      if (this.stampedAt) {
        this.scratch.created = this.stampedAt;
        this.scratch.modified = this.stampedAt;
      }
    }
    return this.scratch;
  }

  /** An empty workbook, for the demo and for tests. */
  static create(): XlsxWorkbook {
    const wb = new XlsxWorkbook(undefined);
    wb.excel.creator = 'Buku Kelompok';
    return wb;
  }

  /** Reads a file (within the limits); the file itself is never written. Throws WorkbookFileError. */
  static async load(path: string, limits: XlsxLimits = XLSX_LIMITS): Promise<XlsxWorkbook> {
    return XlsxWorkbook.fromBuffer(await readWorkbookFile(path), path, limits);
  }

  static async fromBuffer(
    bytes: Buffer,
    label = 'file',
    limits: XlsxLimits = XLSX_LIMITS,
  ): Promise<XlsxWorkbook> {
    refuseNonZipWorkbook(bytes, label);
    try {
      return new XlsxWorkbook(await readXlsxPackage(bytes, label, limits));
    } catch (e) {
      if (e instanceof WorkbookFileError) throw e;
      throw notWorkbook(label);
    }
  }

  /** Tabs as ordered: the file's (a replaced one keeps its place), then the new ones. */
  tabNames(): string[] {
    if (!this.pkg) return this.excel.worksheets.map((ws) => ws.name);
    return [...this.tabs.map((t) => t.name), ...this.appended];
  }

  /** The file's tab of that name, unless a new tab has taken its place. */
  private packageTab(name: string): PackageTabState | undefined {
    return this.tabs.find((t) => t.name === name && !t.replaced);
  }

  private sheet(name: string): ExcelJS.Worksheet {
    const ws = this.excel.getWorksheet(name);
    if (!ws) throw new HostError('tab.notFound', `No tab named ${name}`, { tab: name });
    return ws;
  }

  /** A1 to the last cell holding a value (at least A1); merged cells other than the first read empty. */
  readTab(name: string): Grid {
    const tab = this.packageTab(name);
    if (tab) {
      const grid = this.cellsOf(tab);
      tab.grid = this.cellsOnce ? undefined : grid;
      return grid;
    }
    const part = this.generatedParts.get(name);
    if (part) return this.readGeneratedPart(part);
    const ws = this.sheet(name);
    const cells: { row: number; col: number; value: Cell }[] = [];
    let lastRow = 0;
    let lastCol = 0;
    // Looked up once a tab, not once a cell (under jest's module registry a require() per cell was a
    // third of the tests' time reading a tab).
    const merge = loadExcelJs().ValueType.Merge;
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      row.eachCell({ includeEmpty: false }, (c, colNumber) => {
        if (c.type === merge) return;
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

  /**
   * From now on each tab's cells are handed over when read, not kept: a command that reads the book
   * once holds a large tab's cells only while the core turns them into its rows. A tab read again
   * is read from the file again (with the cells written since).
   */
  readEachTabOnce(): void {
    this.cellsOnce = true;
  }

  /**
   * Lets the read file go (its bytes, 43 MB at ×10, and its shared strings), for a command that
   * reads each tab once and writes no copy: reading a tab again or saving throws from then on.
   */
  letFileGo(): void {
    this.pkg?.letFileGo();
  }

  /** Whether `readTab` hands the cells over for good (see TabSource). */
  get handsOverCells(): boolean {
    return this.cellsOnce;
  }

  /** The tab's cells as read, or read again from the file, with the cells written since. */
  private cellsOf(tab: PackageTabState): Grid {
    if (tab.grid !== undefined) return tab.grid;
    let grid = this.pkg!.readAgain(this.pkg!.tabs[tab.index]!.sheet).grid;
    for (const p of this.cellPatches.get(tab.index) ?? []) grid = withCell(grid, p.row, p.col, p.value);
    return grid;
  }

  /** Formula cells of a tab that the file holds no computed value for (read as empty). */
  uncomputedFormulas(name: string): readonly UncomputedFormula[] {
    return this.packageTab(name)?.uncomputed ?? [];
  }

  /** The tab's merged blocks as the file holds them (a tab made here has none the checks read). */
  mergedBlocks(name: string): readonly MergedBlock[] {
    return this.packageTab(name)?.merged ?? [];
  }

  /** A formula in the file, or in a tab made here, that no cell written since replaced. */
  holdsFormula(tab: string, row: number, col: number): boolean {
    const fromFile = this.packageTab(tab);
    if (fromFile) {
      const written = this.cellPatches.get(fromFile.index)?.some((p) => p.row === row && p.col === col);
      return !written && fromFile.formulas.includes(formulaPlace(row, col));
    }
    if (this.generatedParts.has(tab)) return false;
    const value = this.excel.getWorksheet(tab)?.findCell(row, col)?.value;
    return typeof value === 'object' && value !== null && ('formula' in value || 'sharedFormula' in value);
  }

  isGenerated(name: string): boolean {
    const tab = this.packageTab(name);
    if (tab) return tab.generated;
    if (this.generatedParts.has(name)) return true;
    const ws = this.excel.getWorksheet(name);
    return ws !== undefined && hasMarkerNote(ws);
  }

  /** The tab whose name equals `name` without regard to case: workbooks keep names unique so, as Sheets does. */
  private sameName(name: string): string | undefined {
    return this.tabNames().find((n) => n.toLowerCase() === name.toLowerCase());
  }

  writeGenerated(grid: SheetGrid): void {
    const existing = this.sameName(grid.name);
    if (existing !== undefined && (existing !== grid.name || !this.isGenerated(existing)))
      throw new HostError('tab.notGenerated', `Tab ${existing} exists and was not written by Buku Kelompok`, {
        tab: existing,
      });
    const fromFile = existing === undefined ? undefined : this.packageTab(existing);
    if (this.pkg) {
      // Written now, row by row, into its part: the package's tabs are never in exceljs.
      this.generatedParts.set(
        grid.name,
        generatedSheetPart(grid, this.stylesOfPackage(this.pkg).cells, this.pkg.parts.date1904),
      );
      if (fromFile) fromFile.replaced = true;
      else if (existing === undefined) this.appended.push(grid.name);
      return;
    }
    let orderNo: number | undefined;
    const old = this.excel.getWorksheet(grid.name);
    if (old) {
      orderNo = (old as unknown as { orderNo: number }).orderNo;
      this.excel.removeWorksheet(old.id);
    }
    const ws = this.excel.addWorksheet(grid.name);
    if (orderNo !== undefined) (ws as unknown as { orderNo: number }).orderNo = orderNo;
    this.columnBreaks.set(grid.name, writeGeneratedSheet(ws, grid));
    if (fromFile) fromFile.replaced = true;
    else if (this.pkg && existing === undefined) this.appended.push(grid.name);
  }

  /** The read file's styles, to which generated tabs add their cell formats. */
  private stylesOfPackage(pkg: XlsxPackage): { editor: StylesEditor; cells: GeneratedCellStyles } {
    if (!this.generatedStyles) {
      const part = pkg.parts.stylesPart;
      const entry = part === undefined ? undefined : pkg.zip.entry(part);
      if (!entry) throw damagedWorkbook(pkg.label);
      const editor = new StylesEditor(pkg.zip.readText(entry), () => damagedWorkbook(pkg.label));
      this.generatedStyles = { editor, cells: new GeneratedCellStyles(editor) };
    }
    return this.generatedStyles;
  }

  /** A generated tab's part with one cell written into it, formatted as writeCell formats it. */
  private patchGeneratedPart(
    pkg: XlsxPackage,
    part: GeneratedSheetPart,
    patch: CellPatch,
  ): GeneratedSheetPart {
    const { editor, cells } = this.stylesOfPackage(pkg);
    const code = patch.plain ? undefined : writtenCellFormat(patch.value);
    const xml = patchCell(
      inflateRawSync(Buffer.concat(part.sheet.packed)).toString('utf8'),
      patch,
      pkg.parts.date1904,
      (current) => {
        if (code === undefined) return current;
        const xf = editor.withNumFmt(current ?? 0, code);
        if (code === DATE_FORMAT) cells.dateStyles[xf] = true;
        return xf;
      },
    );
    return { ...part, sheet: packText(xml) };
  }

  /** A generated tab written in this session, read back from its part as the file will hold it. */
  private readGeneratedPart(part: GeneratedSheetPart): Grid {
    const xml = inflateRawSync(Buffer.concat(part.sheet.packed));
    return readSheetXml(xml, {
      sharedStrings: [],
      dateStyles: this.generatedStyles?.cells.dateStyles ?? [],
      date1904: this.pkg?.parts.date1904 ?? false,
      limits: XLSX_LIMITS,
      label: part.name,
      cells: 0,
      dates: new Map(),
    }).grid;
  }

  writeCell(tab: string, row: number, col: number, value: Cell): void {
    this.patchCell(tab, row, col, value, false);
  }

  /** A cell written as an applied fix (formatted as its value), or `plain`: as a new tab's cells are. */
  private patchCell(tab: string, row: number, col: number, value: Cell, plain: boolean): void {
    const fromFile = this.packageTab(tab);
    if (fromFile) {
      const patches = this.cellPatches.get(fromFile.index) ?? [];
      patches.push({ row, col, value, ...(plain ? { plain } : {}) });
      this.cellPatches.set(fromFile.index, patches);
      fromFile.grid = withCell(this.cellsOf(fromFile), row, col, value);
      return;
    }
    const part = this.generatedParts.get(tab);
    if (part && this.pkg) {
      this.generatedParts.set(tab, this.patchGeneratedPart(this.pkg, part, { row, col, value, plain }));
      return;
    }
    const target = this.sheet(tab).getCell(row, col);
    target.value = toExcelValue(value);
    if (plain) return;
    // As the Sheets adapter does: a fixed date or text must also look like one (the cell may have
    // held text as a number, or a number as text).
    const format = writtenCellFormat(value);
    if (format) target.numFmt = format;
  }

  /** A new tab's rules (exceljs) by range, to read and widen. */
  private scratchRules(tab: string): Record<string, ExcelJS.DataValidation | undefined> {
    return (
      this.sheet(tab) as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }
    ).dataValidations.model;
  }

  dropdownChoices(tab: string, row: number, col: number): readonly string[] | undefined {
    const part = this.generatedParts.get(tab);
    // A generated tab's one rule, over what it wrote, is no list.
    if (part) return row <= part.extent.rows && col <= part.extent.cols ? undefined : [];
    const fromFile = this.packageTab(tab);
    if (fromFile && this.pkg) {
      const part = this.pkg.tabs[fromFile.index]!.sheet.part;
      const entry = this.pkg.zip.entry(part);
      if (!entry) return [];
      // With the rules widened since the file was read (a second run before it is read again).
      let xml = this.pkg.zip.readText(entry);
      for (const d of this.dropdownPatches.get(fromFile.index) ?? []) xml = widenDropdown(xml, d);
      return dropdownAt(xml, row, col);
    }
    const rules = this.scratchRules(tab);
    const key = Object.keys(rules).find((range) => rules[range] && rangeListCovers(range, row, col));
    const rule = key === undefined ? undefined : rules[key];
    if (!rule) return [];
    return rule.type === 'list' ? listChoices(String(rule.formulae?.[0] ?? '')) : undefined;
  }

  /**
   * Checked before anything is written (the file is saved once, after the action): a refusal leaves
   * the book in memory as it was.
   */
  setUpBook(
    create: readonly { readonly spec: TabSpec; readonly rows: readonly (readonly Cell[])[] }[],
    additions: TabAdditions,
  ): void {
    for (const { spec } of create)
      if (this.sameName(spec.name) !== undefined)
        throw new HostError('tab.exists', `Tab ${spec.name} already exists`, { tab: spec.name });
    for (const { tab } of [...additions.rows, ...additions.dropdowns])
      if (!this.packageTab(tab)) this.sheet(tab);
    for (const { spec, rows } of create) this.createInputTab(spec, rows);
    for (const added of additions.rows)
      added.rows.forEach((cells, r) =>
        cells.forEach((value, c) => {
          if (value !== null) this.patchCell(added.tab, added.row + r, added.col + c, value, true);
        }),
      );
    for (const dropdown of additions.dropdowns) {
      const fromFile = this.packageTab(dropdown.tab);
      if (fromFile) {
        this.dropdownPatches.set(fromFile.index, [
          ...(this.dropdownPatches.get(fromFile.index) ?? []),
          dropdown,
        ]);
        continue;
      }
      // Every rule of the add-on's list on the column, as in a file's part (widenDropdown).
      const rules = this.scratchRules(dropdown.tab);
      for (const [range, rule] of Object.entries(rules)) {
        if (rule?.type !== 'list' || !rangeListReaches(range, dropdown.row, dropdown.col)) continue;
        const list = listChoices(String(rule.formulae?.[0] ?? ''));
        if (list && sameChoices(list, dropdown.was))
          rules[range] = { ...rule, formulae: [`"${dropdown.choices.join(',')}"`] };
      }
    }
  }

  createInputTab(spec: TabSpec, rows: readonly (readonly Cell[])[]): void {
    this.writeInputGrid(spec, spec.name, [spec.columns.map((c) => c.header), ...rows], 1);
  }

  /** Writes an input tab as people keep it (see writeInputSheet); the name must be new. */
  writeInputGrid(spec: TabSpec, name: string, grid: Grid, headerRow: number): void {
    if (this.sameName(name) !== undefined)
      throw new HostError('tab.exists', `Tab ${name} already exists`, { tab: name });
    writeInputSheet(this.excel.addWorksheet(name), spec, grid, headerRow);
    if (this.pkg) this.appended.push(name);
  }

  /** The date the document says it was made, when fixed by `stampDates`. */
  private stamp: string | undefined;
  /** The same date as the scratch workbook's created and modified dates. */
  private stampedAt: Date | undefined;

  /**
   * Fixes the document's own dates (created, modified, and each zip entry's time), so the same
   * book writes the same bytes.
   */
  stampDates(date: string): void {
    const { year, month, day } = toYmd(date);
    const d = new Date(Date.UTC(year, month - 1, day));
    this.stampedAt = d;
    if (this.scratch) {
      this.scratch.created = d;
      this.scratch.modified = d;
    }
    this.stamp = date;
  }

  /** The workbook as file bytes: a read file with only the changed parts rewritten. */
  async toBuffer(): Promise<Buffer> {
    const pieces = await this.toPieces();
    return pieces.length === 1 ? pieces[0]! : Buffer.concat(pieces);
  }

  /**
   * The file bytes in pieces, to be written one after the other: a read file's kept parts are
   * pieces of the bytes it was read from, not copied into one buffer (at district scale each copy
   * of the whole was 45 MB at the command's peak).
   */
  async toPieces(): Promise<readonly Buffer[]> {
    if (this.pkg)
      return packagePieces({
        pkg: this.pkg,
        replaced: new Set(this.tabs.filter((t) => t.replaced).map((t) => t.index)),
        appended: this.appended,
        cells: this.cellPatches,
        dropdowns: this.dropdownPatches,
        scratch: () => this.excel,
        generated: this.generatedParts,
        ...(this.generatedStyles ? { styles: this.generatedStyles.editor } : {}),
        stamp: this.stamp,
      });
    const bytes = withColumnBreaks(
      Buffer.from(await this.excel.xlsx.writeBuffer()),
      this.columnBreaks,
      this.stamp,
    );
    return [this.stamp === undefined ? bytes : stampZipEntries(bytes, this.stamp)];
  }

  /** Writes the workbook to `path` atomically (see writeFileAtomic): whole, or the old file as it was. */
  async save(path: string): Promise<void> {
    await writeFileAtomic(path, await this.toBuffer());
  }
}

/** `grid` with one cell set, copying only the row it is in. */
function withCell(grid: Grid, row: number, col: number, value: Cell): Grid {
  const rows = [...grid];
  while (rows.length < row) rows.push([]);
  const line = [...(rows[row - 1] ?? [])];
  while (line.length < col) line.push(null);
  line[col - 1] = value;
  rows[row - 1] = line;
  return rows;
}
