// Daftar Hadir, RUK and Saprodi (docs/book.md §9) through both doors: Siapkan Buku makes the same
// three input tabs (headers, number formats, dropdowns) in Sheets through dist/Code.js on the fake
// and in an .xlsx; the demo book typed into each reads the same; `RUK <year>` and
// `Saprodi <season>` come out with the same values and the same number format in every cell.
import ExcelJS from 'exceljs';
import { createApi } from '../../src/core/api/createApi';
import type { ActionResult, ApiResponse, Overview } from '../../src/core/api/types';
import { attendanceTab, planTab, saprodiTab, type TabSpec } from '../../src/core/book/schema';
import type { Grid } from '../../src/core/cell';
import { demoBook } from '../../src/core/demo/demoBook';
import { formatShortDate } from '../../src/core/isoDate';
import { reviewBook } from '../../src/core/reviewBook';
import { saprodiSeasons } from '../../src/core/saprodi/saprodiReport';
import { SheetsWorkbook } from '../../src/gas/sheetsWorkbook';
import { zoneDates } from '../../src/gas/zoneDates';
import { LocalHost } from '../../src/local/localHost';
import { XlsxWorkbook } from '../../src/local/xlsxWorkbook';
import { widthInChars } from '../../src/local/wrappedText';
import { MEETING_COLUMN_WIDTH } from '../../src/core/book/setupBook';
import { typeIntoSheets } from './typeIntoSheets';
import { fakeServices, formatDate, type FakeWorld } from '../gas/fakeSpreadsheetApp';
import { loadBundle, type BundleContext } from '../gas/loadBundle';
import { demoBytes } from '../local/demoBytes';

const ZONE = 'Asia/Jakarta';
const DUTY_TABS: readonly TabSpec[] = [attendanceTab, planTab, saprodiTab];

interface GasSide {
  readonly world: FakeWorld;
  readonly gas: BundleContext;
  readonly workbook: SheetsWorkbook;
  readonly spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet;
  readonly today: string;
}

/** The fake Sheets with dist/Code.js loaded over it, and a SheetsWorkbook to read back what it wrote. */
function gasSide(): GasSide {
  const fake = fakeServices({ timeZone: ZONE });
  const gas = loadBundle({ ...fake.globals, console: { error: () => undefined, log: () => undefined } });
  const app = fake.globals.SpreadsheetApp;
  const spreadsheet = app.getActiveSpreadsheet();
  return {
    world: fake.world,
    gas,
    spreadsheet,
    workbook: new SheetsWorkbook(spreadsheet, app, zoneDates(ZONE, formatDate)),
    today: formatDate(new Date(), ZONE, 'yyyy-MM-dd'),
  };
}

/** Calls a sidebar function of the bundle as google.script.run does (a JSON round trip). */
function call<T>(side: GasSide, name: string, ...args: unknown[]): T {
  const response = JSON.parse(JSON.stringify(side.gas[name]!(...args))) as ApiResponse<T>;
  if (!response.ok) throw new Error(`${response.error.code}: ${response.error.message.en}`);
  return response.data;
}

function unwrap<T>(response: ApiResponse<T>): T {
  if (!response.ok) throw new Error(`${response.error.code}: ${response.error.message.en}`);
  return response.data;
}

/** The demo book typed into the fake as a person would: dates on the zone's midnight, text as text. */
function typeDemo(side: GasSide): void {
  typeIntoSheets(side.world, demoBook(side.today).tabs);
}

const localApi = (workbook: XlsxWorkbook, today: string) =>
  createApi(new LocalHost(workbook, { today, clock: () => new Date() }));

/** Every cell's number format in a tab's first rows × cols, as the spreadsheet holds it. */
function sheetsFormats(side: GasSide, tab: string, rows: number, cols: number): string[][] {
  return side.spreadsheet
    .getSheetByName(tab)!
    .getRange(1, 1, rows, cols)
    .getNumberFormats()
    .map((row) => row.map((f) => f || 'General'));
}

/** The same, read from the saved .xlsx by exceljs: a cell's own format, else its column's. */
async function xlsxFormats(workbook: XlsxWorkbook, tab: string, rows: number, cols: number) {
  const saved = new ExcelJS.Workbook();
  await saved.xlsx.load((await workbook.toBuffer()) as unknown as ExcelJS.Buffer);
  const ws = saved.getWorksheet(tab)!;
  return Array.from({ length: rows }, (_, r) =>
    Array.from(
      { length: cols },
      (_, c) => ws.getCell(r + 1, c + 1).numFmt || ws.getColumn(c + 1).numFmt || 'General',
    ),
  );
}

/** `row:col` of every cell of a merged block but its first, in the saved .xlsx. */
async function mergedCells(workbook: XlsxWorkbook, tab: string): Promise<Set<string>> {
  const saved = new ExcelJS.Workbook();
  await saved.xlsx.load((await workbook.toBuffer()) as unknown as ExcelJS.Buffer);
  const ranges = (saved.getWorksheet(tab)!.model as { merges?: string[] }).merges ?? [];
  const cells = new Set<string>();
  for (const range of ranges) {
    const [from, to] = range.split(':').map((a) => saved.getWorksheet(tab)!.getCell(a));
    for (let r = Number(from!.row); r <= Number(to!.row); r += 1)
      for (let c = Number(from!.col); c <= Number(to!.col); c += 1)
        if (r !== Number(from!.row) || c !== Number(from!.col)) cells.add(`${r}:${c}`);
  }
  return cells;
}

/** The dropdown list on row 2 of each column in the saved .xlsx, null where there is none. */
async function xlsxDropdowns(workbook: XlsxWorkbook, tab: string, cols: number) {
  const saved = new ExcelJS.Workbook();
  await saved.xlsx.load((await workbook.toBuffer()) as unknown as ExcelJS.Buffer);
  const ws = saved.getWorksheet(tab)!;
  return Array.from({ length: cols }, (_, c) => {
    const v = ws.getCell(2, c + 1).dataValidation as { type?: string; formulae?: string[] } | undefined;
    return v?.type === 'list' ? (v.formulae?.[0] ?? '').replace(/^"|"$/g, '').split(',') : null;
  });
}

/** The generated-at time in the title block is each adapter's own clock: compare it to the minute's shape only. */
const sameClock = (grid: Grid) =>
  grid.map((row) => row.map((c) => (typeof c === 'string' ? c.replace(/\d{2}:\d{2}( WIB)?/g, 'hh:mm') : c)));

describe('Siapkan Buku: Daftar Hadir, RUK and Saprodi the same in Sheets (dist/Code.js) and .xlsx', () => {
  let sheets: GasSide;
  let xlsx: XlsxWorkbook;
  beforeAll(async () => {
    sheets = gasSide();
    call<ActionResult>(sheets, 'setupBook');
    const fresh = XlsxWorkbook.create();
    unwrap(localApi(fresh, sheets.today).setupBook());
    xlsx = await XlsxWorkbook.fromBuffer(await fresh.toBuffer());
  });

  it.each(DUTY_TABS.map((spec) => [spec.name, spec] as const))('%s: the same header', (name, spec) => {
    const meeting = spec === attendanceTab ? [formatShortDate(sheets.today)] : [];
    expect(sheets.workbook.readTab(name)[0]).toEqual([...spec.columns.map((c) => c.header), ...meeting]);
    expect(xlsx.readTab(name)).toEqual(sheets.workbook.readTab(name));
  });

  it.each(DUTY_TABS.map((spec) => [spec.name, spec] as const))(
    '%s: the same number format under each header, and the same dropdowns',
    async (name, spec) => {
      // Daftar Hadir's meeting column, beyond its two named columns, carries the marks' dropdown.
      const cols = sheets.workbook.readTab(name)[0]!.length;
      expect(cols).toBe(spec.columns.length + (spec === attendanceTab ? 1 : 0));
      const gasFormats = sheetsFormats(sheets, name, 3, cols).slice(1);
      expect(await xlsxFormats(xlsx, name, 3, cols).then((f) => f.slice(1))).toEqual(gasFormats);
      // Dates, plain text codes and numbers: not all one format.
      expect(new Set(gasFormats.flat()).size).toBeGreaterThan(1);
      const sheet = sheets.world.sheet(name)!;
      const gasLists = Array.from(
        { length: cols },
        (_, c) => sheet.cell(2, c + 1)?.validation?.values ?? null,
      );
      expect(await xlsxDropdowns(xlsx, name, cols)).toEqual(gasLists);
      expect(gasLists.some((l) => l !== null)).toBe(true);
    },
  );

  it("Daftar Hadir: the columns of the meetings to come have the marks' dropdown and a meeting's width, to Z, in both doors (found by a print audit)", async () => {
    const name = attendanceTab.name;
    const first = sheets.workbook.readTab(name)[0]!.length + 1;
    const sheet = sheets.world.sheet(name)!;
    const marks = ['H', 'W', 'I', 'S', 'A'];
    const columns = Array.from({ length: 26 }, (_, c) => c + 1).filter((c) => c >= first);
    expect(columns.length).toBeGreaterThan(20);
    const gasLists = columns.map((c) => sheet.cell(2, c)?.validation?.values ?? null);
    const xlsxLists = (await xlsxDropdowns(xlsx, name, 26)).slice(first - 1);
    expect(gasLists).toEqual(columns.map(() => marks));
    expect(xlsxLists).toEqual(gasLists);
    // Past Z nothing: Sheets' new tab has no column 27 to give it.
    expect(sheet.cell(2, 27)?.validation ?? null).toBeNull();
    const saved = new ExcelJS.Workbook();
    await saved.xlsx.load((await xlsx.toBuffer()) as unknown as ExcelJS.Buffer);
    const widths = columns.map((c) => Math.round(saved.getWorksheet(name)!.getColumn(c).width ?? 0));
    expect(new Set(widths)).toEqual(new Set([Math.round(widthInChars(MEETING_COLUMN_WIDTH))]));
    expect(new Set(columns.map((c) => sheet.widths.get(c)))).toEqual(new Set([MEETING_COLUMN_WIDTH]));
  });
});

describe('a book fresh from Siapkan Buku, with members: its first meeting is not written down yet', () => {
  it('Daftar Hadir: an info on the meeting column, no warning, and no attendance counted, in both doors', async () => {
    const sheets = gasSide();
    typeIntoSheets(
      sheets.world,
      demoBook(sheets.today).tabs.filter((t) => t.spec.key === 'settings' || t.spec.key === 'members'),
    );
    call<ActionResult>(sheets, 'setupBook');
    const local = XlsxWorkbook.create();
    for (const t of demoBook(sheets.today).tabs)
      if (t.spec.key === 'settings' || t.spec.key === 'members')
        local.writeInputGrid(t.spec, t.name, t.grid, t.headerRow);
    unwrap(localApi(local, sheets.today).setupBook());
    const xlsx = await XlsxWorkbook.fromBuffer(await local.toBuffer());
    const attendance = (workbook: SheetsWorkbook | XlsxWorkbook) => {
      const { book, problems } = reviewBook(workbook, sheets.today);
      return {
        problems: problems
          .filter((p) => p.tab === 'Daftar Hadir')
          .map((p) => [p.code, p.row, p.column, p.severity]),
        members: book.attendance?.rows.length,
        meetings: book.attendance?.meetings.length,
      };
    };
    const expected = {
      problems: [['attendance.meeting.unrecorded', 1, formatShortDate(sheets.today), 'info']],
      members: 29,
      meetings: 0,
    };
    expect(attendance(sheets.workbook)).toEqual(expected);
    expect(attendance(xlsx)).toEqual(expected);
  });
});

describe('the demo book: the same duties read, and RUK <year>, Saprodi <season> written the same', () => {
  let sheets: GasSide;
  let xlsx: XlsxWorkbook;
  let year: number;
  let seasons: string[];
  beforeAll(async () => {
    sheets = gasSide();
    typeDemo(sheets);
    // Through a saved file, as a group's book reaches the command line.
    xlsx = await XlsxWorkbook.fromBuffer(await demoBytes(sheets.today));
    year = Number(sheets.today.slice(0, 4));
    seasons = saprodiSeasons(reviewBook(xlsx, sheets.today).book);
  });

  it('reads the same attendance, plan and saprodi, with the same problems', () => {
    const a = reviewBook(sheets.workbook, sheets.today);
    const b = reviewBook(xlsx, sheets.today);
    expect(b.book.attendance).toEqual(a.book.attendance);
    expect(b.book.plan).toEqual(a.book.plan);
    expect(b.book.saprodi).toEqual(a.book.saprodi);
    // The demo has a year of meetings, a RUK and two seasons: the comparison holds something.
    expect(a.book.attendance!.meetings.length).toBeGreaterThan(10);
    expect(a.book.plan!.length).toBeGreaterThan(3);
    expect(seasons).toHaveLength(2);
    const duties = (p: { tab: string }) => ['Daftar Hadir', 'RUK', 'Saprodi'].includes(p.tab);
    expect(b.problems.filter(duties)).toEqual(a.problems.filter(duties));
    // The overview the sidebar shows from the bundle: the same attendance cards and seasons.
    const overview = call<Overview>(sheets, 'getOverview');
    const local = unwrap(localApi(xlsx, sheets.today).getOverview());
    expect(local.seasons).toEqual(overview.seasons);
  });

  it('RUK <year>: the same values and the same number format in every cell', async () => {
    const gas = call<ActionResult>(sheets, 'generatePlan', year);
    const local = unwrap(localApi(xlsx, sheets.today).generatePlan(year));
    expect(gas.tabs).toEqual([`RUK ${year}`]);
    expect(local).toEqual(gas);
    await sameTab(`RUK ${year}`);
  });

  it('Saprodi <season>, each season: the same values and the same number format in every cell', async () => {
    for (const season of seasons) {
      const gas = call<ActionResult>(sheets, 'generateSaprodi', season);
      const local = unwrap(localApi(xlsx, sheets.today).generateSaprodi(season));
      expect(gas.tabs).toEqual([`Saprodi ${season}`]);
      expect(local).toEqual(gas);
      await sameTab(`Saprodi ${season}`);
    }
  });

  async function sameTab(name: string): Promise<void> {
    const cells = sheets.workbook.readTab(name);
    expect(sameClock(xlsx.readTab(name))).toEqual(sameClock(cells));
    expect(sheets.workbook.isGenerated(name)).toBe(true);
    expect(xlsx.isGenerated(name)).toBe(true);
    const rows = cells.length;
    const cols = Math.max(...cells.map((r) => r.length));
    // A merged block shows its first cell: exceljs reads the others with that cell's style.
    const merged = await mergedCells(xlsx, name);
    const shown = (formats: string[][]) =>
      formats.map((row, r) => row.map((f, c) => (merged.has(`${r + 1}:${c + 1}`) ? 'merged' : f)));
    expect(merged.size).toBeGreaterThan(0);
    const formats = shown(sheetsFormats(sheets, name, rows, cols));
    expect(shown(await xlsxFormats(xlsx, name, rows, cols))).toEqual(formats);
    // Dates, counts, decimals, percentages or Rupiah: the comparison is not all General.
    expect(new Set(formats.flat()).size).toBeGreaterThan(3);
  }
});
