// firstOfEach keeps the first problem of each problemId, in order, as a set of ids would.
import fc from 'fast-check';
import { firstOfEach, problemId } from '../../../src/core/problems/problem';
import { testProblem as problem } from './testProblem';

describe('firstOfEach', () => {
  it('keeps the first of two problems with the same code, tab, row and column, and every other', () => {
    const first = problem('cash.date.missing', 'Kas', 1048576, 3);
    const again = problem('cash.date.missing', 'Kas', 1048576, 3, 'warning');
    const otherColumn = problem('cash.date.missing', 'Kas', 1048576, 4);
    const otherTab = problem('cash.date.missing', 'Kas 2', 1048576, 3);
    const otherCode = problem('cash.amount.missing', 'Kas', 1048576, 3);
    expect(firstOfEach([first, again, otherColumn, otherTab, otherCode])).toEqual([
      first,
      otherColumn,
      otherTab,
      otherCode,
    ]);
  });

  it('leaves out what `keep` refuses, before telling problems apart', () => {
    const info = problem('row.summary', 'Kas', 5, 0, 'info');
    const error = problem('row.summary', 'Kas', 5, 0, 'error');
    expect(firstOfEach([info, error], (p) => p.severity !== 'info')).toEqual([error]);
  });

  it('keeps what a set of problemIds keeps, whatever the rows and columns', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            code: fc.constantFrom('a', 'b'),
            tab: fc.constantFrom('Kas', 'Anggota'),
            row: fc.integer({ min: 0, max: 1_048_576 }),
            col: fc.integer({ min: 0, max: 18_278 }),
          }),
          { maxLength: 30 },
        ),
        (places) => {
          const all = [...places, ...places.slice(0, 5)].map((p) => problem(p.code, p.tab, p.row, p.col));
          const seen = new Set<string>();
          const expected = all.filter((p) => !seen.has(problemId(p)) && seen.add(problemId(p)) !== undefined);
          expect(firstOfEach(all)).toEqual(expected);
        },
      ),
    );
  });
});
