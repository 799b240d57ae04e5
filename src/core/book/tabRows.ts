// Opens an input tab (lookup, header row) and walks its data rows, skipping empty and summary rows.
import { cellText, isEmptyCell, type Cell, type Grid } from '../cell';
import { columnLetters } from '../columnLetters';
import type { Problem, Severity } from '../problems/problem';
import type { MergedBlock } from '../workbook';
import { findHeaderRow, missingHeaders, type HeaderColumn } from './findHeaderRow';
import { tabCandidates } from './findTab';
import { gridCell, gridRowLength } from './gridCell';
import { RowReader, type OpenTab } from './rowReader';
import type { TabSpec } from './schema';
import { problemAt, placeAt } from '../problems/problemCatalogue';

/** A cell's place: 1-based sheet row and column. */
export interface CellPlace {
  readonly row: number;
  readonly col: number;
}

/** Where a book's tabs come from: a `Workbook` satisfies it, and so does a test's map of grids. */
export interface TabSource {
  tabNames(): string[];
  readTab(name: string): Grid;
  /** Formula cells saved without a value (a file only; Sheets always computes): read as empty. */
  uncomputedFormulas?(name: string): readonly CellPlace[];
  /** The tab's merged blocks, asked only where a required cell read empty (`Workbook.mergedBlocks`). */
  mergedBlocks?(name: string): readonly MergedBlock[];
  /**
   * True when `readTab` hands the cells over for good (a file read once): a reader of a large tab
   * may then let each row's cells go as soon as it has read them.
   */
  readonly handsOverCells?: boolean;
}

/**
 * Finds the tab and its header row. A missing tab or header is a problem, and gives undefined:
 * the caller reads nothing from that tab.
 */
export function openTab<K extends string>(
  source: TabSource,
  spec: TabSpec<K>,
  problems: Problem[],
  options: { readonly missingSeverity?: Severity } = {},
): OpenTab<K> | undefined {
  const candidates = tabCandidates(source.tabNames(), spec);
  const tab = candidates[0];
  if (tab === undefined) {
    problems.push(
      problemAt(
        'tab.missing',
        placeAt(spec.name, 0),
        { tab: spec.name },
        {
          severity: options.missingSeverity ?? 'error',
        },
      ),
    );
    return undefined;
  }
  if (candidates.length > 1) {
    problems.push(
      problemAt('tab.ambiguous', placeAt(tab, 0), {
        tab: spec.name,
        names: candidates.map((n) => `"${n}"`).join(', '),
        used: tab,
      }),
    );
  }
  const grid = source.readTab(tab);
  const header = findHeaderRow(grid, spec);
  if (!header) {
    const missing = missingHeaders(grid, spec)
      .map((h) => `"${h}"`)
      .join(', ');
    problems.push(problemAt('tab.header.notFound', placeAt(tab, 0), { tab, missing }));
    return undefined;
  }
  for (const d of header.duplicates) {
    problems.push(
      problemAt('tab.header.duplicate', placeAt(tab, header.row, d.header, d.col), {
        firstCol: columnLetters(d.firstCol),
      }),
    );
  }
  // A formula saved without its value under a known column is found by its header as written
  // (docs/book.md §1); reviewBook names every such cell by its letter, and keeps this first finding.
  for (const { row, col } of source.uncomputedFormulas?.(tab) ?? []) {
    const c = Object.values<HeaderColumn | undefined>(header.columns).find((c) => c?.col === col);
    if (c && row > header.row)
      problems.push(problemAt('value.formula.notComputed', placeAt(tab, row, c.header, col)));
  }
  return { tab, spec, grid, header, problems };
}

// `Jumlah`, `Total`, `Saldo Akhir`, `TOTAL:` … as the first words of a row people added by hand.
const SUMMARY = /^(jumlah|total|saldo)(?![\p{L}\p{N}])/iu;

/**
 * The tab's data rows below the header. Rows whose known columns are all empty are skipped; with a
 * `dateKey`, a row with no date whose first non-empty cell reads Jumlah/Total/Saldo is skipped with an info.
 * The rows are found first (so the infos come before the rows' own problems, as ever) and each row's
 * reader is made as it is reached, not all of them at once (a district book has a million rows).
 */
export function dataRows<K extends string>(
  open: OpenTab<K>,
  options: { readonly dateKey?: K } = {},
): Iterable<RowReader<K>> {
  const rows = dataRowNumbers(open, options);
  return { [Symbol.iterator]: () => rowReaders(open, rows) };
}

/**
 * The 1-based sheet rows `dataRows` reads, for a reader of a large tab (Kas) that walks them with
 * an index loop and makes each row's `RowReader` itself.
 */
export function dataRowNumbers<K extends string>(
  open: OpenTab<K>,
  options: { readonly dateKey?: K } = {},
): number[] {
  const { grid, header } = open;
  const cols = Object.values<{ col: number } | undefined>(header.columns).flatMap((c) =>
    c ? [c.col - 1] : [],
  );
  // A row naming a value of a list (a Kas category, a role, a kind) is a record, never a summary row:
  // an undated `Total belanja pupuk` of `Pembelian Saprodi` is read, and its missing date reported.
  const listCols = open.spec.columns.flatMap((c) => {
    const at = c.kind === 'list' ? header.columns[c.key as K] : undefined;
    return at ? [at.col - 1] : [];
  });
  const rows: number[] = [];
  for (let r = header.row; r < grid.length; r++) {
    if (knownCellsEmpty(grid, r, cols)) continue;
    if (options.dateKey !== undefined) {
      const dateCol = header.columns[options.dateKey];
      const date = dateCol ? gridCell(grid, r, dateCol.col - 1) : null;
      // No date: the cell is empty, or holds the summary word itself (`Jumlah` in column A, the date's).
      const noDate = isEmptyCell(date) || (typeof date === 'string' && SUMMARY.test(date.trim()));
      if (noDate && !namesListValue(grid, r, listCols)) {
        const first = firstNonEmpty(grid, r);
        const shown = cellText(first).trim();
        if (typeof first === 'string' && SUMMARY.test(shown)) {
          open.problems.push(
            problemAt('row.summary', placeAt(open.tab, r + 1), { value: shown, tab: open.spec.name }),
          );
          continue;
        }
      }
    }
    rows.push(r + 1);
  }
  return rows;
}

/** Whether a list column of row `r` (0-based) holds a value other than the summary word itself. */
function namesListValue(grid: Grid, r: number, cols: readonly number[]): boolean {
  for (let i = 0; i < cols.length; i += 1) {
    const cell = gridCell(grid, r, cols[i]!);
    if (!isEmptyCell(cell) && !(typeof cell === 'string' && SUMMARY.test(cell.trim()))) return true;
  }
  return false;
}

/** Whether every known column of row `r` (0-based) is empty: a loop, not a closure made per row. */
function knownCellsEmpty(grid: Grid, r: number, cols: readonly number[]): boolean {
  for (let i = 0; i < cols.length; i += 1) if (!isEmptyCell(gridCell(grid, r, cols[i]!))) return false;
  return true;
}

/**
 * Each row's reader as the loop reaches it. A plain iterator rather than a generator: V8 inlines its
 * `next` into the reading loop, where a generator gave each of a district book's rows a result object.
 */
function rowReaders<K extends string>(open: OpenTab<K>, rows: readonly number[]): Iterator<RowReader<K>> {
  let i = 0;
  return {
    next: () =>
      i < rows.length
        ? { value: new RowReader(open, rows[i++]!), done: false }
        : { value: undefined, done: true },
  };
}

/** The first cell of row `r` (0-based) that is not empty, or null. */
export function firstNonEmpty(grid: Grid, r: number): Cell {
  const width = gridRowLength(grid, r);
  for (let c = 0; c < width; c++) {
    const cell = gridCell(grid, r, c);
    if (!isEmptyCell(cell)) return cell;
  }
  return null;
}

/** Where each known column of an open tab stands, for `Book.columns`. */
export function headerColumns<K extends string>(
  open: OpenTab<K>,
): Partial<Record<K, { header: string; col: number }>> {
  const columns: Partial<Record<K, { header: string; col: number }>> = {};
  for (const key of Object.keys(open.header.columns) as K[]) {
    const c = open.header.columns[key];
    if (c) columns[key] = { header: c.header, col: c.col };
  }
  return columns;
}
