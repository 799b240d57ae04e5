// Every problem of a book as of today, in one list: the checks of its tabs, then what the credit
// engine and the savings find on the Kas rows. What `check`, `Pemeriksaan` and the journal count.
import type { IsoDate } from './cell';
import { columnLetters } from './columnLetters';
import { creditReport } from './credit/creditReport';
import type { CreditReport } from './credit/types';
import { compareProblems, firstOfEach, type Problem } from './problems/problem';
import { problemAt } from './problems/problemCatalogue';
import { memberSavings, type SavingsReport } from './savings/memberSavings';
import { readBook, type TabSource } from './book/readBook';
import type { Book } from './book/types';

export interface ReviewedBook {
  readonly book: Book;
  /** Errors first, then by tab, row and column; a problem found twice is listed once. */
  readonly problems: readonly Problem[];
  /** As of today: what the credit and savings problems came from, for callers that show them too. */
  readonly credit: CreditReport;
  readonly savings: SavingsReport;
}

/**
 * A warning at each formula a file saved without its value: the value is read as empty, never guessed.
 * Named here by the column's letter; one under a known column of an input tab was already found by
 * its header (`openTab`), and that finding is the one kept.
 */
function uncomputedFormulaProblems(source: TabSource): Problem[] {
  if (!source.uncomputedFormulas) return [];
  return source
    .tabNames()
    .flatMap((tab) =>
      (source.uncomputedFormulas?.(tab) ?? []).map(({ row, col }) =>
        problemAt('value.formula.notComputed', { tab, row, col, column: columnLetters(col) }),
      ),
    );
}

/**
 * A warning at each merged block that left a required cell of a row empty (`….missing`): Sheets and
 * the file show the block's value on every row, but only its first cell holds it. Asked of a tab
 * only when it has such a cell, so a book without one costs no call.
 */
function mergedCellProblems(source: TabSource, problems: readonly Problem[]): Problem[] {
  const out: Problem[] = [];
  const empty = problems.filter((p) => p.col > 0 && p.code.endsWith('.missing'));
  for (const tab of new Set(empty.map((p) => p.tab)))
    for (const b of source.mergedBlocks?.(tab) ?? []) {
      const hit = empty.find(
        (p) =>
          p.tab === tab &&
          p.row >= b.row &&
          p.row < b.row + b.rows &&
          p.col >= b.col &&
          p.col < b.col + b.cols &&
          (p.row > b.row || p.col > b.col),
      );
      if (hit) {
        const range = `${columnLetters(b.col)}${b.row}:${columnLetters(b.col + b.cols - 1)}${b.row + b.rows - 1}`;
        const column = b.col === hit.col ? hit.column : columnLetters(b.col);
        out.push(problemAt('tab.merged', { tab, row: b.row, col: b.col, column }, { range, first: b.row }));
      }
    }
  return out;
}

export function reviewBook(source: TabSource, today: IsoDate): ReviewedBook {
  const { book, problems } = readBook(source, { today });
  const credit = creditReport(book, today);
  const savings = memberSavings(book, today);
  const unique = firstOfEach([
    ...problems,
    ...uncomputedFormulaProblems(source),
    ...mergedCellProblems(source, problems),
    ...credit.problems,
    ...savings.problems,
  ]);
  return { book, problems: unique.sort(compareProblems), credit, savings };
}
