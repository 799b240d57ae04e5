// Audit (3 December): applyFix writes a date or a text fix in two calls, the value (setValue) and
// then its format (setNumberFormat, sheetsWorkbook.ts writeCell), with nothing undone between them.
// When Sheets refuses the second (a service failure, a quota, the time limit), the cell already
// holds the new value, yet the user reads `internal`: "an interrupted action changes nothing"; the
// same fix pressed again is then `fix.stale`, "nothing was changed". Either the fix is complete, or
// the cell is as it was.
import { fixRequest } from '../../src/core/api/shownFix';
import type { ActionResult, ApiResponse, Overview, ProblemView } from '../../src/core/api/types';
import { fillDemo, gasBook, run, type GasBook } from './gasBook';

function ok<T>(response: ApiResponse<T>): T {
  if (!response.ok) throw new Error(`${response.error.code}: ${response.error.message.en}`);
  return response.data;
}

const SERVICE_FAILED = 'Exception: Service Spreadsheets failed while accessing document with id 1abc.';

/** What the user reads when an action is interrupted: true only if the cell is as it was. */
const interrupted = {
  code: 'internal',
  message: {
    id: 'Terjadi kesalahan yang tidak terduga; tidak ada yang diubah bila tindakan terputus. Coba lagi; bila berulang, laporkan kepada pengelola add-on.',
    en: 'Something unexpected went wrong; an interrupted action changes nothing. Try again; if it happens again, tell the add-on maintainer.',
  },
};

/** The demo book, and its first problem of `code` that has a fix. */
function withProblem(code: string): { book: GasBook; problem: ProblemView } {
  const book = gasBook();
  fillDemo(book);
  const view = ok(run<ApiResponse<Overview>>(book, 'getOverview'));
  const problem = view.problems.items.find((p) => p.code === code && p.fix)!;
  expect(problem).toBeDefined();
  return { book, problem };
}

/**
 * The fixed cell's whole state as the fake holds it: value, formula, format, link. No format and
 * no link are each one state, however the fake keeps them ('' or absent, null or absent).
 */
function cellOf(book: GasBook, problem: ProblemView) {
  const cell = book.world.sheet(problem.tab)!.cell(problem.row, problem.col);
  return JSON.stringify({
    ...cell,
    numberFormat: cell?.numberFormat || undefined,
    link: cell?.link ?? undefined,
  });
}

describe.each([
  // The demo's date typed as text in Kegiatan: its fix writes a date, then the date format.
  ['value.date.text'],
  // A phone number that lost its zero: its fix writes the text, then the text format.
  ['member.phone.lostZero'],
])('a %s fix Sheets refuses half-way', (code) => {
  it.each([['Range.setNumberFormat'], ['Range.setValue']])(
    'when %s is refused, the cell is as it was, as the message says, and the fix applies after',
    (call) => {
      const { book, problem } = withProblem(code);
      const before = cellOf(book, problem);
      book.world.failOn(call, 1, SERVICE_FAILED);
      const res = run<ApiResponse<ActionResult>>(book, 'applyFix', fixRequest(problem));
      expect(res).toEqual({ ok: false, error: interrupted });
      expect(cellOf(book, problem)).toBe(before);
      // Nothing was written, so the same fix pressed again is not stale: it is applied whole.
      const done = ok(run<ApiResponse<ActionResult>>(book, 'applyFix', fixRequest(problem)));
      expect(done.message.id).toMatch(/^Diperbaiki: /);
      expect(cellOf(book, problem)).not.toBe(before);
    },
  );
});

it('applyFix reads the old format on the range it checked for a formula; the undo costs calls only on a failure', () => {
  const counts = (fail?: string) => {
    const { book, problem } = withProblem('value.date.text');
    if (fail) book.world.failOn(fail, 1, SERVICE_FAILED);
    book.world.log.reset();
    run<ApiResponse<ActionResult>>(book, 'applyFix', fixRequest(problem));
    const calls = book.world.log.byMethod();
    return [
      'Sheet.getRange',
      'Range.getFormula',
      'Range.getNumberFormat',
      'Range.setValue',
      'Range.setNumberFormat',
    ].map((name) => calls[name] ?? 0);
  };
  // One range for the formula check, the format read and the two writes (two ranges before).
  expect(counts()).toEqual([1, 1, 1, 1, 1]);
  // Refused format: the old value and the old format put back, two calls more.
  expect(counts('Range.setNumberFormat')).toEqual([1, 1, 1, 2, 2]);
});
