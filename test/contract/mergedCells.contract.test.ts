// Merged cells in an input tab (a date written once over the rows of one day): Sheets and the file
// both give the block's value in its first cell only, so the rows below read without it. Both
// adapters say where the block is and what to do, beside the rows' own problems; and a book with no
// such empty cell asks Sheets for no merged range at all.
import ExcelJS from 'exceljs';
import { demoBook } from '../../src/core/demo/demoBook';
import { reviewBook } from '../../src/core/reviewBook';
import type { ApiResponse, ProblemPage, ProblemView } from '../../src/core/api/types';
import type { Problem } from '../../src/core/problems/problem';
import { XlsxWorkbook } from '../../src/local/xlsxWorkbook';
import { fakeServices, formatDate } from '../gas/fakeSpreadsheetApp';
import { loadBundle } from '../gas/loadBundle';
import { demoBytes } from '../local/demoBytes';
import { typeIntoSheets } from './typeIntoSheets';

const ZONE = 'Asia/Jakarta';
const today = formatDate(new Date(), ZONE, 'yyyy-MM-dd');
const kas = demoBook(today).tabs.find((t) => t.name === 'Kas')!;
// Three rows of Kas under the header, their dates merged into the first.
const first = kas.headerRow + 1;
const range = `A${first}:A${first + 2}`;

const merged = {
  tab: 'Kas',
  row: first,
  col: 1,
  column: 'Tanggal',
  code: 'tab.merged',
  severity: 'warning',
  message: {
    id: `Sel ${range} digabung: hanya baris ${first} yang berisi nilainya, baris lainnya terbaca kosong. Pisahkan sel gabungan itu dan tulis nilainya di setiap baris.`,
    en: `The cells ${range} are merged: only row ${first} holds the value, the other rows read empty. Unmerge them and write the value in each row.`,
  },
};

/** Every problem the sidebar can page through, through dist/Code.js on the fake. */
function sheetsProblems(mergeIt: boolean): { problems: ProblemView[]; mergedCalls: number } {
  const fake = fakeServices({ timeZone: ZONE });
  typeIntoSheets(fake.world, demoBook(today).tabs);
  if (mergeIt) fake.globals.SpreadsheetApp.getActive().getSheetByName('Kas')!.getRange(range).merge();
  const gas = loadBundle({ ...fake.globals, console: { error: () => undefined, log: () => undefined } });
  fake.world.log.reset();
  const problems: ProblemView[] = [];
  for (let offset = 0; ;) {
    const page = gas.getProblems!(offset) as ApiResponse<ProblemPage>;
    if (!page.ok) throw new Error(page.error.message.en);
    problems.push(...page.data.items);
    offset += page.data.items.length;
    if (page.data.items.length === 0 || offset >= page.data.total) break;
  }
  return { problems, mergedCalls: fake.world.log.count('Range.getMergedRanges') };
}

async function xlsxProblems(): Promise<readonly Problem[]> {
  const excel = new ExcelJS.Workbook();
  await excel.xlsx.load((await demoBytes(today)) as unknown as ExcelJS.Buffer);
  excel.getWorksheet('Kas')!.mergeCells(range);
  const workbook = await XlsxWorkbook.fromBuffer(Buffer.from(await excel.xlsx.writeBuffer()));
  return reviewBook(workbook, today).problems;
}

const pick = (p: Problem) => ({
  tab: p.tab,
  row: p.row,
  col: p.col,
  column: p.column,
  code: p.code,
  severity: p.severity,
  message: p.message,
});

describe('a merged date over three Kas rows', () => {
  test('Sheets (dist/Code.js): the block is named at its first cell, beside the two empty dates', () => {
    const { problems } = sheetsProblems(true);
    expect(problems.filter((p) => p.code === 'tab.merged').map(pick)).toEqual([merged]);
    expect(
      problems.filter((p) => p.code === 'cash.date.missing' && p.row > first && p.row <= first + 2).length,
    ).toBe(2);
  });

  test('.xlsx: the same problem', async () => {
    const problems = await xlsxProblems();
    expect(problems.filter((p) => p.code === 'tab.merged').map(pick)).toEqual([merged]);
  });

  test('Sheets: a book without an empty required cell asks for no merged range', () => {
    const { problems, mergedCalls } = sheetsProblems(false);
    expect(problems.some((p) => p.code === 'tab.merged')).toBe(false);
    expect(mergedCalls).toBe(0);
  });
});
