// An action given the book as its caller has just checked it (the command line's --out) writes
// from it without reading or checking the book again; the next action reads afresh. Its overview
// lists the same problems, without fixes (those are built from the cells the action read), and its
// lists name no reading of the book's cells (it read none): a next page asked with it starts again.
import type { ApiResponse, ActionResult } from '../../../src/core/api/types';
import { createApi } from '../../../src/core/api/createApi';
import { reviewBook } from '../../../src/core/reviewBook';
import { LocalHost } from '../../../src/local/localHost';
import { XlsxWorkbook } from '../../../src/local/xlsxWorkbook';
import { demoBytes } from '../../local/demoBytes';

const TODAY = '2026-11-28';

function ok<T>(response: ApiResponse<T>): T {
  if (!response.ok) throw new Error(`${response.error.code}: ${response.error.message.en}`);
  return response.data;
}
const clock = (): Date => new Date(`${TODAY}T03:00:00Z`);

async function demo(): Promise<{ workbook: XlsxWorkbook; reads: string[] }> {
  const workbook = await XlsxWorkbook.fromBuffer(await demoBytes(TODAY));
  const reads: string[] = [];
  const readTab = workbook.readTab.bind(workbook);
  workbook.readTab = (name) => {
    reads.push(name);
    return readTab(name);
  };
  return { workbook, reads };
}

describe('createApi with the book already checked', () => {
  it('writes the same tabs without reading the book, once; the next action reads it', async () => {
    const plain = await demo();
    const expected = createApi(new LocalHost(plain.workbook, { today: TODAY, clock })).computeBalances();
    expect(plain.reads.length).toBeGreaterThan(0);

    const given = await demo();
    const reviewed = reviewBook(given.workbook, TODAY);
    given.reads.length = 0;
    const api = createApi(new LocalHost(given.workbook, { today: TODAY, clock }), { reviewed });
    const result = api.computeBalances();
    expect(given.reads).toEqual([]);
    const withoutFixes = (r: ApiResponse<ActionResult>): unknown =>
      JSON.parse(
        JSON.stringify(r, (key, value: unknown) => (key === 'fix' || key === 'reading' ? undefined : value)),
      );
    expect(withoutFixes(result)).toEqual(withoutFixes(expected));
    expect(JSON.stringify(result)).not.toContain('"fix"');
    const reading = (r: ApiResponse<ActionResult>) => (r.ok ? r.data.overview.problems.reading : '');
    expect(reading(result)).not.toBe(reading(expected));
    expect(ok(api.getProblems(3, reading(result)))).toMatchObject({ offset: 0, restarted: true });
    for (const tab of ['Saldo Pinjaman', 'Simpanan'])
      expect(given.workbook.readTab(tab)).toEqual(plain.workbook.readTab(tab));

    given.reads.length = 0;
    expect(api.generateJournal('2026-W48')).toMatchObject({ ok: true });
    expect(given.reads).toContain('Kas');
  });

  it('reads the given credit report only for the overview, once the journal is written', async () => {
    const plain = await demo();
    const expected = createApi(new LocalHost(plain.workbook, { today: TODAY, clock })).generateJournal(
      '2026-W48',
    );

    const given = await demo();
    const { book, problems, credit, savings } = reviewBook(given.workbook, TODAY);
    const tabsWhenRead: string[][] = [];
    const reviewed = {
      book,
      problems,
      savings,
      get credit() {
        tabsWhenRead.push(given.workbook.tabNames());
        return credit;
      },
    };
    const api = createApi(new LocalHost(given.workbook, { today: TODAY, clock }), { reviewed });
    const result = api.generateJournal('2026-W48');
    // Read by the overview (its cards and its loans), each time with the journal's tab written.
    expect(tabsWhenRead.length).toBeGreaterThan(0);
    for (const tabs of tabsWhenRead) expect(tabs).toContain('Jurnal 2026-W48');
    const withoutFixes = (r: ApiResponse<ActionResult>): unknown =>
      JSON.parse(
        JSON.stringify(r, (key, value: unknown) => (key === 'fix' || key === 'reading' ? undefined : value)),
      );
    expect(withoutFixes(result)).toEqual(withoutFixes(expected));
  });
});
