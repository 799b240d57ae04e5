// The tests read workbooks with an exceljs that keeps each dropdown rule by its range
// (test/exceljsRuleRanges.js, set up for every test file by test/sharedModulesEnvironment.js). Here,
// on the demo book as the add-on writes it (every input tab's dropdowns, a generated tab's rule), every
// cell answers what exceljs's own reading answers, and a book read and written again keeps every rule.
import ExcelJS from 'exceljs';
import { createApi } from '../../src/core/api/createApi';
import { demoBook } from '../../src/core/demo/demoBook';
import { LocalHost } from '../../src/local/localHost';
import { XlsxWorkbook } from '../../src/local/xlsxWorkbook';

const TODAY = '2026-11-28';

declare const __bukuExcelJsOwnReading: <T>(run: () => T) => T;

type Rules = Record<string, ExcelJS.DataValidation | undefined>;
const rulesOf = (ws: ExcelJS.Worksheet) =>
  ws as unknown as { dataValidations: { model: Rules; find(address: string): ExcelJS.DataValidation } };

async function demoFile(): Promise<Buffer> {
  const wb = XlsxWorkbook.create();
  for (const tab of demoBook(TODAY).tabs) wb.writeInputGrid(tab.spec, tab.name, tab.grid, tab.headerRow);
  const api = createApi(new LocalHost(wb, { today: TODAY, clock: () => new Date(0) }));
  expect(api.computeBalances().ok).toBe(true);
  return wb.toBuffer();
}

async function read(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return wb;
}

/** Every cell exceljs's own reading gives a rule, with it; and how many cells have one, by tab. */
async function ownReading(bytes: Buffer): Promise<Map<string, Rules>> {
  const wb = await __bukuExcelJsOwnReading(() => read(bytes));
  return new Map(wb.worksheets.map((ws) => [ws.name, { ...rulesOf(ws).dataValidations.model }]));
}

/** For each cell of `own`, what the ranges of `ws` answer; and how many cells they cover. */
function answers(ws: ExcelJS.Worksheet, own: Rules) {
  const rules = rulesOf(ws).dataValidations;
  const byCell: Rules = {};
  for (const address of Object.keys(own)) byCell[address] = rules.find(address);
  let covered = 0;
  for (const key of Object.keys(rules.model)) {
    const [from, to = from] = key.split(':');
    const a = ws.getCell(from!);
    const b = ws.getCell(to!);
    covered += (Number(b.row) - Number(a.row) + 1) * (Number(b.col) - Number(a.col) + 1);
  }
  return { byCell, covered };
}

describe('exceljs reading dropdown rules by range, for the tests', () => {
  let bytes: Buffer;
  beforeAll(async () => {
    bytes = await demoFile();
  });

  it('answers every cell of the demo book as exceljs itself does, and keeps a few keys, not a key a cell', async () => {
    const own = await ownReading(bytes);
    const wb = await read(bytes);
    let cells = 0;
    for (const ws of wb.worksheets) {
      const expected = own.get(ws.name)!;
      const { byCell, covered } = answers(ws, expected);
      expect(byCell).toEqual(expected);
      expect(covered).toBe(Object.keys(expected).length);
      expect(Object.keys(rulesOf(ws).dataValidations.model).length).toBeLessThan(40);
      cells += covered;
    }
    // The dropdowns reach 5,000 rows past the data: exceljs's own reading keys each of those cells.
    expect(cells).toBeGreaterThan(60_000);
    // A cell outside every rule has none, in both readings.
    expect(rulesOf(wb.getWorksheet('Kas')!).dataValidations.find('AZ1')).toBeUndefined();
  });

  it('writes back every rule of a book read: the same ranges, each with its rule, are read again', async () => {
    const wb = await read(bytes);
    wb.getWorksheet('Anggota')!.getCell('B2').value = 'Nama lain';
    const again = await read(Buffer.from(await wb.xlsx.writeBuffer()));
    const models = (book: ExcelJS.Workbook) =>
      book.worksheets.map((ws) => [ws.name, rulesOf(ws).dataValidations.model]);
    expect(models(again)).toEqual(models(await read(bytes)));
  });

  it('lets a later rule over a cell win, as exceljs does', () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Satu');
    const list = (choices: string): ExcelJS.DataValidation => ({ type: 'list', formulae: [`"${choices}"`] });
    rulesOf(ws).dataValidations.model['A1:A10'] = list('a,b');
    ws.getCell('A3').dataValidation = list('c');
    expect(ws.getCell('A3').dataValidation).toEqual(list('c'));
    expect(ws.getCell('A4').dataValidation).toEqual(list('a,b'));
    expect(ws.getCell('B4').dataValidation).toBeUndefined();
  });
});
