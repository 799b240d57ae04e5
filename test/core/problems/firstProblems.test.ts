// firstProblems picks the first n problems as a stable sort by compareProblems would, ties included.
import fc from 'fast-check';
import { compareProblems, firstProblems, type Problem } from '../../../src/core/problems/problem';
import { testProblem as problem } from './testProblem';

const sortedFirst = (problems: readonly Problem[], n: number): Problem[] =>
  [...problems].sort(compareProblems).slice(0, n);

describe('firstProblems', () => {
  it('puts errors first, then by tab, row, column and code', () => {
    const warning = problem('b', 'Anggota', 1, 1, 'warning');
    const laterRow = problem('b', 'Anggota', 3, 1, 'error');
    const laterTab = problem('a', 'Kas', 1, 1, 'error');
    const first = problem('b', 'Anggota', 2, 1, 'error');
    const firstByCode = problem('a', 'Anggota', 2, 1, 'error');
    expect(firstProblems([warning, laterRow, laterTab, first, firstByCode], 3)).toEqual([
      firstByCode,
      first,
      laterRow,
    ]);
  });

  it('keeps equal problems in the order given, as a stable sort does', () => {
    const a = problem('x', 'Kas', 5, 2, 'error');
    const b = problem('x', 'Kas', 5, 2, 'error');
    const c = problem('x', 'Kas', 5, 2, 'error');
    const d = problem('x', 'Kas', 5, 2, 'error');
    const top = firstProblems([a, b, c, d], 3);
    expect(top.map((p) => p.message.id)).toEqual([a, b, c].map((p) => p.message.id));
  });

  it('returns fewer when there are fewer, and none of none', () => {
    const only = problem('x', 'Kas', 1, 1, 'warning');
    expect(firstProblems([only], 3)).toEqual([only]);
    expect(firstProblems([], 3)).toEqual([]);
  });

  it('equals the first n of a stable sort on varied lists, with many ties', () => {
    // Few distinct values of each field, so that most lists hold problems that compare equal.
    const arbitraryProblem = fc
      .record({
        code: fc.constantFrom('a', 'b', 'c'),
        tab: fc.constantFrom('Anggota', 'Kas', 'kas', 'Pinjaman'),
        row: fc.integer({ min: 0, max: 4 }),
        col: fc.integer({ min: 0, max: 3 }),
        severity: fc.constantFrom<Problem['severity']>('error', 'warning', 'info'),
      })
      .map((r) => problem(r.code, r.tab, r.row, r.col, r.severity));
    fc.assert(
      fc.property(
        fc.array(arbitraryProblem, { maxLength: 60 }),
        fc.integer({ min: 0, max: 8 }),
        (list, n) => {
          const top = firstProblems(list, n);
          const expected = sortedFirst(list, n);
          expect(top.length).toBe(expected.length);
          top.forEach((p, i) => expect(p).toBe(expected[i]));
        },
      ),
      { numRuns: 500 },
    );
  });
});
