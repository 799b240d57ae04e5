// applyFix writes the shown fix only into the cell and record the user saw: a cell changed since the
// check, or a row inserted above it, is refused with fix.stale and nothing is written (the preview's host).
import ExcelJS from 'exceljs';
import { createApi } from '../../../src/core/api/createApi';
import { fixRequest } from '../../../src/core/api/shownFix';
import type { ActionResult, ApiResponse, Overview, ProblemView } from '../../../src/core/api/types';
import { cashTab } from '../../../src/core/book/schema';
import type { Cell, Grid } from '../../../src/core/cell';
import { demoBook } from '../../../src/core/demo/demoBook';
import { LocalHost } from '../../../src/local/localHost';
import { XlsxWorkbook } from '../../../src/local/xlsxWorkbook';

const TODAY = '2026-11-25';
const demo = demoBook(TODAY);
const kas = demo.tabs.find((t) => t.spec === cashTab)!;
const col = (key: string) => cashTab.columns.findIndex((c) => c.key === key) + 1;
const IN = col('amountIn');
/** The first Kas row with money in and a receipt number: its Masuk typed as text. */
const ROW =
  kas.grid.findIndex(
    (r, i) => i >= kas.headerRow && typeof r[IN - 1] === 'number' && r[col('receiptNo') - 1],
  ) + 1;

function book(grid: Grid): XlsxWorkbook {
  const wb = XlsxWorkbook.create();
  for (const tab of demo.tabs)
    wb.writeInputGrid(tab.spec, tab.name, tab.spec === cashTab ? grid : tab.grid, tab.headerRow);
  return wb;
}

function withCell(grid: Grid, row: number, c: number, value: Cell): Grid {
  return grid.map((r, i) => (i === row - 1 ? r.map((v, k) => (k === c - 1 ? value : v)) : r));
}

function ok<T>(res: ApiResponse<T>): T {
  if (!res.ok) throw new Error(`${res.error.code}: ${res.error.message.en}`);
  return res.data;
}

function allProblems(api: ReturnType<typeof createApi>): ProblemView[] {
  const first = ok<Overview>(api.getOverview()).problems;
  const all = [...first.items];
  while (all.length < first.total) all.push(...ok(api.getProblems(all.length)).items);
  return all;
}

const typed = withCell(kas.grid, ROW, IN, '1.500.000');

function shownFix(wb: XlsxWorkbook): ProblemView {
  const api = createApi(new LocalHost(wb, { today: TODAY }));
  const p = allProblems(api).find((x) => x.tab === 'Kas' && x.row === ROW && x.col === IN && x.fix);
  if (!p) throw new Error('no fix shown for the Masuk typed as text');
  return p;
}

describe('applyFix applies the fix the user saw', () => {
  it('shows the fix with the value it was computed from and the row by its No Bukti', () => {
    const p = shownFix(book(typed));
    expect(p.fix).toMatchObject({
      value: 1500000,
      was: '1.500.000',
      rowKey: { col: col('receiptNo'), value: typed[ROW - 1]![col('receiptNo') - 1] },
    });
  });

  it('writes the value when the cell still holds it, and checks the book once', () => {
    const wb = book(typed);
    const p = shownFix(wb);
    const reads: string[] = [];
    const readTab = wb.readTab.bind(wb);
    wb.readTab = (name) => (reads.push(name), readTab(name));
    const result = ok<ActionResult>(createApi(new LocalHost(wb, { today: TODAY })).applyFix(fixRequest(p)!));
    // One reading of each input tab: the check after the write reuses the cells read under the lock.
    expect(reads.filter((n) => n === 'Kas')).toHaveLength(1);
    expect(wb.readTab('Kas')[ROW - 1]![IN - 1]).toBe(1500000);
    expect(result.message.en).toBe(`Fixed: Kas row ${ROW}, column Masuk: ${p.fix!.label.en}.`);
  });

  it('refuses when the cell was changed since the check (Rp 2.000.000), writing nothing', () => {
    const wb = book(typed);
    const p = shownFix(wb);
    wb.writeCell('Kas', ROW, IN, 'Rp 2.000.000');
    const res = createApi(new LocalHost(wb, { today: TODAY })).applyFix(fixRequest(p)!);
    expect(res).toEqual({
      ok: false,
      error: {
        code: 'fix.stale',
        message: {
          id: `Sel Kas!${String.fromCharCode(64 + IN)}${ROW} sudah berubah sejak pemeriksaan (atau barisnya bergeser), jadi perbaikan tidak diterapkan; tidak ada yang diubah. Periksa lagi untuk melihat keadaan terbaru.`,
          en: `The cell Kas!${String.fromCharCode(64 + IN)}${ROW} has changed since the check (or its row moved), so the fix was not applied; nothing was changed. Check again to see the current state.`,
        },
      },
    });
    expect(wb.readTab('Kas')[ROW - 1]![IN - 1]).toBe('Rp 2.000.000');
  });

  it("refuses when a row inserted above put another record's 1.500.000 in that cell", () => {
    const p = shownFix(book(typed));
    // Another record, the same text in Masuk: only its No Bukti tells it apart.
    const other = typed[ROW - 1]!.map((v, k) => (k === col('receiptNo') - 1 ? 'BKM-LAIN' : v));
    const shifted = [...typed.slice(0, ROW - 1), other, ...typed.slice(ROW - 1)];
    const wb = book(shifted);
    const res = createApi(new LocalHost(wb, { today: TODAY })).applyFix(fixRequest(p)!);
    expect(res.ok ? 'ok' : res.error.code).toBe('fix.stale');
    expect(wb.readTab('Kas')[ROW - 1]![IN - 1]).toBe('1.500.000');
    expect(wb.readTab('Kas')[ROW]![IN - 1]).toBe('1.500.000');
  });

  it('refuses a request for a tab that is not an input tab, and a malformed one', () => {
    const wb = book(typed);
    const p = shownFix(wb);
    const api = createApi(new LocalHost(wb, { today: TODAY }));
    expect(api.applyFix({ ...fixRequest(p)!, tab: 'Pemeriksaan' })).toMatchObject({
      error: { code: 'fix.stale' },
    });
    expect(api.applyFix({ ...fixRequest(p)!, row: 0 })).toMatchObject({ error: { code: 'fix.invalid' } });
    expect(api.applyFix(null as never)).toMatchObject({ error: { code: 'fix.invalid' } });
    expect(wb.readTab('Kas')[ROW - 1]![IN - 1]).toBe('1.500.000');
  });
});

describe('applyFix on a row without an ID (a Kas row with no No Bukti)', () => {
  const RECEIPT = col('receiptNo');
  const DESCRIPTION = col('description');
  const idless = withCell(typed, ROW, RECEIPT, null);

  it('knows the row by a hash of its values, never the values themselves', () => {
    const p = shownFix(book(idless));
    expect(p.fix?.rowKey).toEqual({ digest: expect.stringMatching(/^[0-9a-z]+\.[0-9a-z]+$/) });
    const description = idless[ROW - 1]![DESCRIPTION - 1];
    expect(typeof description === 'string' && description.length > 5).toBe(true);
    expect(JSON.stringify(p.fix)).not.toContain(description as string);
  });

  it('writes the value when the row is as it was, its empty cells read back as null or as text', () => {
    const wb = book(idless);
    const p = shownFix(wb);
    // The same row with an empty cell written as '' and one more empty cell at its end.
    const again = idless.map((r, i) => (i === ROW - 1 ? [...r.map((v) => (v === null ? '' : v)), null] : r));
    const wb2 = book(again);
    ok<ActionResult>(createApi(new LocalHost(wb2, { today: TODAY })).applyFix(fixRequest(p)!));
    expect(wb2.readTab('Kas')[ROW - 1]![IN - 1]).toBe(1500000);
  });

  it('refuses when another cell of the row changed since the check, writing nothing', () => {
    const wb = book(idless);
    const p = shownFix(wb);
    wb.writeCell('Kas', ROW, DESCRIPTION, 'Iuran wajib bulan lain');
    const res = createApi(new LocalHost(wb, { today: TODAY })).applyFix(fixRequest(p)!);
    expect(res.ok ? 'ok' : res.error.code).toBe('fix.stale');
    expect(wb.readTab('Kas')[ROW - 1]![IN - 1]).toBe('1.500.000');
  });

  it('refuses a row key that is neither an ID nor a hash', () => {
    const wb = book(idless);
    const p = shownFix(wb);
    const request = fixRequest(p)!;
    const api = createApi(new LocalHost(wb, { today: TODAY }));
    for (const rowKey of [{ cells: ['1.500.000'] }, { digest: 7 }, { digest: 'x'.repeat(21) }, null])
      expect(api.applyFix({ ...request, fix: { ...request.fix, rowKey } } as never)).toMatchObject({
        error: { code: 'fix.invalid' },
      });
    expect(wb.readTab('Kas')[ROW - 1]![IN - 1]).toBe('1.500.000');
  });
});

describe('applyFix on a cell that holds a formula', () => {
  const LETTER = String.fromCharCode(64 + IN);
  const refusal = {
    ok: false,
    error: {
      code: 'fix.formula',
      message: {
        id: `Sel Kas!${LETTER}${ROW} berisi rumus, jadi perbaikan tidak ditulis (rumusnya akan hilang); tidak ada yang diubah. Ubah rumusnya, atau ganti sel itu dengan nilainya sendiri.`,
        en: `The cell Kas!${LETTER}${ROW} holds a formula, so the fix was not written (the formula would be lost); nothing was changed. Change the formula, or replace the cell with its value yourself.`,
      },
    },
  };
  const formula = { formula: 'TEXT(1500000,"#,##0")', result: '1.500.000' };

  /** The typed book saved as a file, its Masuk at ROW a formula showing 1.500.000 as text. */
  async function fileWithFormula(): Promise<Buffer> {
    const raw = new ExcelJS.Workbook();
    await raw.xlsx.load((await book(typed).toBuffer()) as never);
    raw.getWorksheet('Kas')!.getCell(ROW, IN).value = formula as ExcelJS.CellFormulaValue;
    return Buffer.from(await raw.xlsx.writeBuffer());
  }

  it('refuses it in a file read (the <f> kept as read), and the saved file still holds the formula', async () => {
    const wb = await XlsxWorkbook.fromBuffer(await fileWithFormula());
    const p = shownFix(wb);
    expect(p.fix).toMatchObject({ was: '1.500.000', value: 1500000 });
    expect(createApi(new LocalHost(wb, { today: TODAY })).applyFix(fixRequest(p)!)).toEqual(refusal);
    const saved = new ExcelJS.Workbook();
    await saved.xlsx.load((await wb.toBuffer()) as never);
    expect(saved.getWorksheet('Kas')!.getCell(ROW, IN).formula).toBe(formula.formula);
  });

  it('refuses it in a book made in memory, and writes the fix once a value replaced the formula', () => {
    const wb = book(typed);
    const p = shownFix(wb);
    const api = createApi(new LocalHost(wb, { today: TODAY }));
    // The in-memory book's cell made a formula, as a person would type it.
    const cell = wb.excel.getWorksheet('Kas')!.getCell(ROW, IN);
    cell.value = formula as ExcelJS.CellFormulaValue;
    expect(api.applyFix(fixRequest(p)!)).toEqual(refusal);
    expect(cell.formula).toBe(formula.formula);
    cell.value = '1.500.000';
    ok<ActionResult>(api.applyFix(fixRequest(p)!));
    expect(wb.readTab('Kas')[ROW - 1]![IN - 1]).toBe(1500000);
    expect(wb.holdsFormula('Kas', ROW, IN)).toBe(false);
  });

  it('writes the fix in a file read once an earlier fix wrote a value into that cell', async () => {
    const wb = await XlsxWorkbook.fromBuffer(await fileWithFormula());
    expect(wb.holdsFormula('Kas', ROW, IN)).toBe(true);
    expect(wb.holdsFormula('Kas', ROW, IN + 1)).toBe(false);
    wb.writeCell('Kas', ROW, IN, '1.500.000');
    expect(wb.holdsFormula('Kas', ROW, IN)).toBe(false);
    ok<ActionResult>(createApi(new LocalHost(wb, { today: TODAY })).applyFix(fixRequest(shownFix(wb))!));
    expect(wb.readTab('Kas')[ROW - 1]![IN - 1]).toBe(1500000);
  });
});

describe('applyFix on a date that lost its date format (a day count in Tanggal)', () => {
  const DATE = col('date');

  it('offers to store the day count as the date it stands for, and the error goes once written', () => {
    const date = kas.grid[ROW - 1]![DATE - 1] as { date: string };
    // The day count Sheets and Excel keep for that date (from 30/12/1899).
    const serial = Math.round((Date.parse(date.date) - Date.UTC(1899, 11, 30)) / 86400000);
    const wb = book(withCell(kas.grid, ROW, DATE, serial));
    const api = createApi(new LocalHost(wb, { today: TODAY }));
    const p = allProblems(api).find((x) => x.tab === 'Kas' && x.row === ROW && x.col === DATE);
    expect(p).toMatchObject({ severity: 'error', fix: { value: { date: date.date }, was: serial } });
    ok<ActionResult>(api.applyFix(fixRequest(p!)!));
    expect(wb.readTab('Kas')[ROW - 1]![DATE - 1]).toEqual({ date: date.date });
    expect(allProblems(api).filter((x) => x.tab === 'Kas' && x.row === ROW && x.col === DATE)).toEqual([]);
  });
});

/** The first Kas row below the header naming something in `column`, and what it names. */
function kasRowNaming(column: number): { row: number; id: string } {
  const row =
    kas.grid.findIndex(
      (r, i) => i >= kas.headerRow && typeof r[column - 1] === 'string' && r[column - 1] !== '',
    ) + 1;
  return { row, id: kas.grid[row - 1]![column - 1] as string };
}

describe.each([
  ['member', col('memberId'), 'cash.member.unknown'],
  ['loan', col('loanId'), 'cash.loan.unknown'],
])('applyFix on a %s ID typed in other letters (a026 for A026; found by an audit)', (_what, column, code) => {
  const { row, id } = kasRowNaming(column);
  const problemAt = (api: ReturnType<typeof createApi>) =>
    allProblems(api).find((x) => x.tab === 'Kas' && x.row === row && x.col === column);

  it('offers the one it can mean, and the row is its own again once written', () => {
    const wb = book(withCell(kas.grid, row, column, id.toLowerCase()));
    const api = createApi(new LocalHost(wb, { today: TODAY }));
    const p = problemAt(api);
    expect(p).toMatchObject({
      code,
      severity: 'error',
      fix: {
        value: id,
        label: { id: `Ganti dengan ${id}`, en: `Replace with ${id}` },
        was: id.toLowerCase(),
      },
    });
    if (code === 'cash.member.unknown')
      expect(p!.message.id).toBe(
        `ID Anggota "${id.toLowerCase()}" tidak ada di tab Anggota. Perbaiki ID-nya, atau daftarkan anggota itu dulu.`,
      );
    ok<ActionResult>(api.applyFix(fixRequest(p!)!));
    expect(wb.readTab('Kas')[row - 1]![column - 1]).toBe(id);
    expect(allProblems(api).filter((x) => x.tab === 'Kas' && x.row === row)).toEqual([]);
  });

  it('offers none for an ID nothing has in any letters', () => {
    const p = problemAt(
      createApi(new LocalHost(book(withCell(kas.grid, row, column, 'x999')), { today: TODAY })),
    );
    expect(p).toMatchObject({ code });
    expect(p!.fix).toBeUndefined();
  });
});
