// Audit (3 December): the overview kept in the user's properties is answered while the fingerprint
// of the cells holds (src/core/api/keptViews.ts: "any edit … misses"). A merge that covers an empty
// cell changes no value, but it changes the check: `tab.merged` (reviewBook.ts) is found from the
// merged blocks, which the fingerprint does not cover. The kept view then misses the warning and
// counts one warning fewer than the same book checked afresh.
//
// The fingerprint now covers the merged blocks of the tabs the check asked them of (those where a
// required cell read empty, reviewBook.ts), kept with the views: such a tab costs its merged-blocks
// calls at a kept click as at a check; a book without such a cell costs none.
import type { ApiResponse, Overview } from '../../src/core/api/types';
import { fillDemo, gasBook, run, type GasBook } from './gasBook';

function ok<T>(response: ApiResponse<T>): T {
  if (!response.ok) throw new Error(`${response.error.code}: ${response.error.message.en}`);
  return response.data;
}

const warnings = (o: Overview) => o.cards.find((c) => c.key === 'warnings')!.value;

/** The demo book with two receipts of one day, the date typed on the first row only. */
function receiptsOfOneDay(): { book: GasBook; row: number } {
  const book = gasBook();
  fillDemo(book);
  const kas = book.world.sheet('Kas')!;
  const row = kas.lastRow() + 1;
  const day = { time: book.world.typedDate(book.today).getTime() };
  [day, 'BX-1', 'Iuran A001', 'Iuran', 'A001', '', 5000].forEach((v, c) =>
    kas.put(row, c + 1, { value: v as never }),
  );
  ['', 'BX-2', 'Iuran A002', 'Iuran', 'A002', '', 5000].forEach((v, c) =>
    kas.put(row + 1, c + 1, { value: v as never }),
  );
  return { book, row };
}

const merged = (o: Overview) => o.problems.items.filter((p) => p.code === 'tab.merged');

/** The overview, and the calls it cost. */
function overviewCalls(book: GasBook) {
  book.world.log.reset();
  const view = ok(run<ApiResponse<Overview>>(book, 'getOverview'));
  return { view, calls: book.world.log.byMethod() };
}

it('a merge made between two clicks is seen by the next overview, as by a fresh check', () => {
  const { book, row } = receiptsOfOneDay();
  const kas = book.world.sheet('Kas')!;
  const first = ok(run<ApiResponse<Overview>>(book, 'getOverview'));
  expect(first.problems.items.some((p) => p.code === 'cash.date.missing' && p.row === row + 1)).toBe(true);
  expect(merged(first)).toEqual([]);

  // Another user merges the date down over the second row, as treasurers do for one day's rows.
  (kas.getRange(row, 1, 2, 1) as unknown as { merge(): void }).merge();

  const next = ok(run<ApiResponse<Overview>>(book, 'getOverview'));
  book.world.userProperties.clear();
  const fresh = ok(run<ApiResponse<Overview>>(book, 'getOverview'));
  expect(fresh.problems.items.some((p) => p.code === 'tab.merged')).toBe(true);
  expect(warnings(next)).toBe(warnings(fresh));
  expect(warnings(next)).toBe(warnings(first)! + 1);
  expect(next.problems.items.map((p) => p.id)).toEqual(fresh.problems.items.map((p) => p.id));
  expect(merged(next).map((p) => [p.row, p.col, p.message.en])).toEqual([
    [
      row,
      1,
      `The cells A${row}:A${row + 1} are merged: only row ${row} holds the value, the other rows read empty. Unmerge them and write the value in each row.`,
    ],
  ]);
  // Its list's pages name another reading than the first view's: "more" would start it again.
  expect(next.problems.reading).not.toBe(first.problems.reading);

  // Unmerged again between two clicks: the warning goes, as the merge came.
  (kas.getRange(row, 1, 2, 1) as unknown as { breakApart(): void }).breakApart();
  const after = ok(run<ApiResponse<Overview>>(book, 'getOverview'));
  expect(merged(after)).toEqual([]);
  expect(after.problems.reading).toBe(first.problems.reading);
});

it('a kept click asks the merged blocks only of a tab with a required cell read empty, as the check does', () => {
  const { book } = receiptsOfOneDay();
  const check = overviewCalls(book);
  const kept = overviewCalls(book);
  // Answered from the kept views (nothing written), at the cost of Kas's merged blocks: 3 calls.
  expect(kept.view).toEqual(check.view);
  expect(kept.calls['Properties.setProperties'] ?? 0).toBe(0);
  expect(check.calls['Range.getMergedRanges']).toBe(1);
  expect(kept.calls['Range.getMergedRanges']).toBe(1);

  // A book without an empty required cell: no merged blocks asked, at the check or the kept click.
  const plain = gasBook();
  fillDemo(plain);
  const checked = overviewCalls(plain);
  const again = overviewCalls(plain);
  expect(again.view).toEqual(checked.view);
  expect(again.calls['Properties.setProperties'] ?? 0).toBe(0);
  for (const { calls } of [checked, again]) {
    expect(calls['Range.getMergedRanges'] ?? 0).toBe(0);
    expect(calls['Sheet.getDataRange']).toBe(calls['Range.getValues']);
  }
  // The kept click with Kas's merged blocks costs what the plain one does and those 3 calls more.
  const more = Object.fromEntries(
    Object.entries(kept.calls)
      .map(([k, n]) => [k, n - (again.calls[k] ?? 0)])
      .filter(([, n]) => n !== 0),
  );
  expect(more).toEqual({
    'Range.getMergedRanges': 1,
    'Sheet.getDataRange': 1,
    'Spreadsheet.getSheetByName': 1,
  });
});
