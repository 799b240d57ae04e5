// A fix as the user saw it: the value it was computed from and the row it belongs to, so that
// applying it later writes only into the same cell of the same record, unchanged since.
import type { Book } from '../book/types';
import type { Cell, Grid } from '../cell';
import { cellText, isDateCell, isEmptyCell } from '../cell';
import { gridCell, gridRowLength } from '../book/gridCell';
import type { Problem } from '../problems/problem';
import { fingerprint } from './keptViews';
import type { FixRequest, FixView, ProblemView, RowKey } from './types';

/**
 * The column that names a record, per input tab: a member, a loan, a receipt. Other rows (a setting,
 * an activity, a Kas row without No Bukti) are known by all their values.
 */
const identityColumns = {
  members: 'memberId',
  loans: 'loanId',
  cash: 'receiptNo',
} as const;

/** The identity column of `tab` in this book (1-based), when the tab has one. */
function identityCol(book: Book, tab: string): number | undefined {
  for (const [key, column] of Object.entries(identityColumns) as [keyof typeof identityColumns, string][]) {
    if (book.tabNames[key] !== tab) continue;
    return book.columns?.[key]?.[column]?.col;
  }
  return undefined;
}

/**
 * A hash of a row's values, the same exactly when `sameCell` holds cell by cell: a date by its date,
 * an empty cell by its text (null and '' alike), any other value by its kind and text; the empty
 * cells at the end left out, as a row read back may be shorter or longer by them.
 */
function rowDigest(grid: Grid, row: number): string {
  const words: string[] = [];
  for (let c = 0; c < gridRowLength(grid, row - 1); c += 1) {
    const cell = gridCell(grid, row - 1, c);
    words.push(
      isDateCell(cell) ? `d${cell.date}` : isEmptyCell(cell) ? `e${cellText(cell)}` : `${typeof cell}${cell}`,
    );
  }
  while (words[words.length - 1] === 'e') words.pop();
  return fingerprint(words, []);
}

/**
 * The row's identity: its ID when it has one, else a hash of all its values. Never the values
 * themselves: a row without an ID holds a NIK and a phone number, which the sidebar's data, and the
 * views kept in the user's properties, must not carry (docs/book.md §10).
 */
export function rowKeyOf(grid: Grid, row: number, idCol: number | undefined): RowKey {
  if (idCol !== undefined && !isEmptyCell(gridCell(grid, row - 1, idCol - 1))) {
    return { col: idCol, value: gridCell(grid, row - 1, idCol - 1) };
  }
  return { digest: rowDigest(grid, row) };
}

export function sameCell(a: Cell, b: Cell): boolean {
  if (isDateCell(a) || isDateCell(b)) return isDateCell(a) && isDateCell(b) && a.date === b.date;
  // An empty cell may come back as null or as '' depending on the adapter.
  if (isEmptyCell(a) && isEmptyCell(b)) return cellText(a) === cellText(b);
  return a === b;
}

/** Whether the row in `grid` is still the one the key was taken from. */
export function rowKeyHolds(grid: Grid, row: number, key: RowKey): boolean {
  if ('col' in key) return sameCell(gridCell(grid, row - 1, key.col - 1), key.value);
  return rowDigest(grid, row) === key.digest;
}

/** The problem as the sidebar shows it, its fix tied to the cell and row it was computed from. */
export function problemView(
  problem: Problem,
  id: string,
  book: Book,
  grid: (tab: string) => Grid | undefined,
): ProblemView {
  const { fix, ...rest } = problem;
  const cells = fix && problem.row > 0 && problem.col > 0 ? grid(problem.tab) : undefined;
  if (!fix || !cells) return { ...rest, id };
  const shown: FixView = {
    ...fix,
    was: gridCell(cells, problem.row - 1, problem.col - 1),
    rowKey: rowKeyOf(cells, problem.row, identityCol(book, problem.tab)),
  };
  return { ...rest, id, fix: shown };
}

/** What the sidebar sends to apply the fix of a shown problem; undefined when it has none. */
export function fixRequest(p: ProblemView): FixRequest | undefined {
  if (!p.fix) return undefined;
  return { problemId: p.id, tab: p.tab, row: p.row, col: p.col, column: p.column, fix: p.fix };
}
