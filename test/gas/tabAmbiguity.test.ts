// Two tabs that stand for one input tab (docs/book.md §1), through dist/Code.js on the fake: what
// Sheets reports without listing every tab, and the one case it cannot see without that list.
import type { ApiResponse, Overview, ProblemView } from '../../src/core/api/types';
import { fillDemo, gasBook, run, type GasBook } from './gasBook';

function ok<T>(response: ApiResponse<T>): T {
  if (!response.ok) throw new Error(`expected ok, got ${response.error.code}: ${response.error.message.en}`);
  return response.data;
}

/** The demo book with a second cash tab named `name`, holding one row that would change the cash. */
function bookWithSecondCashTab(name: string): GasBook {
  const book = gasBook();
  fillDemo(book);
  const kas = book.world.sheet('Kas')!.values();
  book.world.addSheet(name, [kas[0]!, kas[1]!]);
  return book;
}

function tabProblems(book: GasBook): ProblemView[] {
  const view = ok(run<ApiResponse<Overview>>(book, 'getOverview'));
  return view.problems.items.filter((p) => p.code.startsWith('tab.'));
}

describe('two tabs for one input tab, in Google Sheets', () => {
  it('reports a second tab carrying one of the names of docs/book.md §3, and reads the canonical one', () => {
    const book = bookWithSecondCashTab('Buku Kas');
    const plain = gasBook();
    fillDemo(plain);
    const problems = tabProblems(book);
    expect(problems.map((p) => [p.code, p.severity, p.tab, p.message.id, p.message.en])).toEqual([
      [
        'tab.ambiguous',
        'warning',
        'Kas',
        'Ada lebih dari satu tab untuk "Kas": "Kas", "Buku Kas". Yang dibaca hanya "Kas"; hapus atau ganti nama tab lainnya.',
        'More than one tab stands for "Kas": "Kas", "Buku Kas". Only "Kas" is read; delete or rename the others.',
      ],
    ]);
    // The canonical tab is the one read: the cash figures are those of the book without the copy.
    const cash = (o: Overview) => o.cards.find((c) => c.key === 'cashBalance')!.value;
    expect(cash(ok(run<ApiResponse<Overview>>(book, 'getOverview')))).toBe(
      cash(ok(run<ApiResponse<Overview>>(plain, 'getOverview'))),
    );
    expect(cash(ok(run<ApiResponse<Overview>>(plain, 'getOverview')))).toBeGreaterThan(0);
    // Found by name: no tab listed, so the calls do not grow with the tab count.
    book.world.log.reset();
    run(book, 'getOverview');
    expect(book.world.log.count('Spreadsheet.getSheets')).toBe(0);
  });

  it('does not see a second tab spelt with other punctuation while every input tab is found by name', () => {
    // `kas!` is one name with `Kas` (docs/book.md §1), and the .xlsx path reports it; Sheets would
    // have to ask every tab's name on every click to find it, so the book is read from `Kas` alone.
    const book = bookWithSecondCashTab('kas!');
    book.world.log.reset();
    expect(tabProblems(book)).toEqual([]);
    expect(book.world.log.count('Spreadsheet.getSheets')).toBe(0);
  });
});
