// Audit (3 December): applyFix writes a date or a text fix in two calls, the value (setValue) and
// then its format (setNumberFormat, sheetsWorkbook.ts writeCell), with nothing undone between them.
// When Sheets refuses the second (a service failure, a quota, the time limit), the cell already
// holds the new value, yet the user reads `internal`: "an interrupted action changes nothing"; the
// same fix pressed again is then `fix.stale`, "nothing was changed". Either the fix is complete, or
// the cell is as it was.
import { fixRequest } from '../../src/core/api/shownFix';
import type { ActionResult, ApiResponse, Overview } from '../../src/core/api/types';
import { fillDemo, gasBook, run } from './gasBook';

function ok<T>(response: ApiResponse<T>): T {
  if (!response.ok) throw new Error(`${response.error.code}: ${response.error.message.en}`);
  return response.data;
}

it('a fix whose format call Sheets refuses leaves the cell as it was, as the message says', () => {
  const book = gasBook();
  fillDemo(book);
  const view = ok(run<ApiResponse<Overview>>(book, 'getOverview'));
  // The demo's date typed as text in Kegiatan: its fix writes a date, then the date format.
  const problem = view.problems.items.find((p) => p.code === 'value.date.text')!;
  expect(problem.fix).toBeDefined();
  const sheet = book.world.sheet(problem.tab)!;
  const before = sheet.values()[problem.row - 1]![problem.col - 1];
  book.world.failOn(
    'Range.setNumberFormat',
    1,
    'Exception: Service Spreadsheets failed while accessing document with id 1abc.',
  );
  const res = run<ApiResponse<ActionResult>>(book, 'applyFix', fixRequest(problem));
  expect(res.ok ? 'ok' : res.error.message.en).toMatch(/nothing|ok/);
  if (!res.ok) expect(sheet.values()[problem.row - 1]![problem.col - 1]).toEqual(before);
});
