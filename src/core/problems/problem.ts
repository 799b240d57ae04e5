// Problems found in a book: data, never exceptions (docs/book.md §1).
import type { Cell } from '../cell';
import type { Bilingual } from '../text';

export type Severity = 'error' | 'warning' | 'info';

/** A safe automatic change of one cell, applied only when the user asks. */
export interface Fix {
  /** The new value of the problem's cell. */
  readonly value: Cell;
  /** What the fix does, e.g. "Simpan sebagai angka 1500000". */
  readonly label: Bilingual;
}

export interface Problem {
  /** The tab as the user named it (or the canonical name when the tab is missing). */
  readonly tab: string;
  /** Sheet row, 1-based as the user sees it; 0 when the problem concerns the whole tab. */
  readonly row: number;
  /** The column header as the user wrote it (canonical when the column is missing); '' for a whole row or tab. */
  readonly column: string;
  /** Sheet column, 1-based; 0 when the problem concerns no single column. */
  readonly col: number;
  /** Stable code, e.g. `member.nik.length`. */
  readonly code: string;
  readonly severity: Severity;
  readonly message: Bilingual;
  readonly fix?: Fix;
}

export const severityOrder: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** A stable identifier of a problem, used by the sidebar to ask for its fix. */
export function problemId(p: Pick<Problem, 'code' | 'tab' | 'row' | 'col'>): string {
  return `${p.code}@${p.tab}!R${p.row}C${p.col}`;
}

/** Rows and columns in one number (exact: a sheet has fewer than 2^21 columns and 2^32 rows). */
const ROW_SPAN = 2 ** 21;

/**
 * The problems in order, each `problemId` once (its first), those `keep` refuses left out. Told
 * apart by code and tab, then by row and column as one number, without writing every id out (a
 * district book has 180,000 problems, and their ids were 15 MB of text).
 */
export function firstOfEach(
  problems: Iterable<Problem>,
  keep: (p: Problem) => boolean = () => true,
): Problem[] {
  const seen = new Map<string, Set<number>>();
  const kept: Problem[] = [];
  for (const p of problems) {
    if (!keep(p)) continue;
    const place = `${p.code}@${p.tab}`;
    let cells = seen.get(place);
    if (cells === undefined) seen.set(place, (cells = new Set<number>()));
    const cell = p.row * ROW_SPAN + p.col;
    if (cells.has(cell)) continue;
    cells.add(cell);
    kept.push(p);
  }
  return kept;
}

/** Errors first, then by tab, row and column. */
export function compareProblems(a: Problem, b: Problem): number {
  return (
    severityOrder[a.severity] - severityOrder[b.severity] ||
    a.tab.localeCompare(b.tab) ||
    a.row - b.row ||
    a.col - b.col ||
    a.code.localeCompare(b.code)
  );
}

/** The first `n` problems in compareProblems order (ties as a stable sort keeps them), without sorting all. */
export function firstProblems(problems: readonly Problem[], n: number): Problem[] {
  const top: Problem[] = [];
  for (const p of problems) {
    let i = top.length;
    while (i > 0 && compareProblems(p, top[i - 1] as Problem) < 0) i -= 1;
    if (i < n) {
      top.splice(i, 0, p);
      top.length = Math.min(top.length, n);
    }
  }
  return top;
}

export function countBySeverity(problems: readonly Problem[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const p of problems) counts[p.severity] += 1;
  return counts;
}
