// A fix as the user saw it: the value it was computed from and the row it belongs to, so that
// applying it later writes only into the same cell of the same record, unchanged since.
import type { Book } from '../book/types';
import type { Cell, Grid } from '../cell';
import { cellText, isDateCell, isEmptyCell } from '../cell';
import { gridCell, gridRowLength } from '../book/gridCell';
import type { Problem } from '../problems/problem';
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

/** The row's identity: its ID when it has one, else all its values. */
export function rowKeyOf(grid: Grid, row: number, idCol: number | undefined): RowKey {
  if (idCol !== undefined && !isEmptyCell(gridCell(grid, row - 1, idCol - 1))) {
    return { col: idCol, value: gridCell(grid, row - 1, idCol - 1) };
  }
  const width = gridRowLength(grid, row - 1);
  return { cells: Array.from({ length: width }, (_, c) => gridCell(grid, row - 1, c)) };
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
  const width = Math.max(gridRowLength(grid, row - 1), key.cells.length);
  for (let c = 0; c < width; c += 1) {
    if (!sameCell(gridCell(grid, row - 1, c), key.cells[c] ?? null)) return false;
  }
  return true;
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
