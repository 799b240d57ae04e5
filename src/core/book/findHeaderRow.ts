// Finds a tab's header row: the first of its first 10 rows holding every required header (docs/book.md §1).
import { cellText } from '../cell';
import type { Grid } from '../cell';
import { gridCell, gridRowLength } from './gridCell';
import { normaliseHeader, type TabSpec } from './schema';

/** How many rows at the top of a tab may hold titles before the header row. */
export const HEADER_SEARCH_ROWS = 10;

export interface HeaderColumn {
  /** 1-based sheet column. */
  readonly col: number;
  /** The header as the user wrote it (trimmed). */
  readonly header: string;
}

export interface HeaderRow<K extends string> {
  /** 1-based sheet row of the header. */
  readonly row: number;
  /** Where each known column stands; unknown columns are left out. */
  readonly columns: Partial<Record<K, HeaderColumn>>;
  /** Known columns written a second time: only the first is read. */
  readonly duplicates: readonly (HeaderColumn & { readonly key: K; readonly firstCol: number })[];
}

/** The column key a header cell names, through the listed header and aliases only. */
export function headerKeys<K extends string>(spec: TabSpec<K>): Map<string, K> {
  const keys = new Map<string, K>();
  for (const column of spec.columns) {
    for (const name of [column.header, ...column.aliases]) {
      const n = normaliseHeader(name);
      if (!keys.has(n)) keys.set(n, column.key);
    }
  }
  return keys;
}

function matchRow<K extends string>(grid: Grid, rowIndex: number, keys: Map<string, K>): HeaderRow<K> {
  const columns: Partial<Record<K, HeaderColumn>> = {};
  const duplicates: (HeaderColumn & { key: K; firstCol: number })[] = [];
  const width = gridRowLength(grid, rowIndex);
  for (let c = 0; c < width; c++) {
    const header = cellText(gridCell(grid, rowIndex, c)).trim();
    if (header === '') continue;
    const key = keys.get(normaliseHeader(header));
    if (key === undefined) continue;
    const first = columns[key];
    if (first) duplicates.push({ key, col: c + 1, header, firstCol: first.col });
    else columns[key] = { col: c + 1, header };
  }
  return { row: rowIndex + 1, columns, duplicates };
}

/** The header row, or undefined when none of the first 10 rows holds every required header. */
export function findHeaderRow<K extends string>(grid: Grid, spec: TabSpec<K>): HeaderRow<K> | undefined {
  const keys = headerKeys(spec);
  const required = spec.columns.filter((c) => c.required).map((c) => c.key);
  const rows = Math.min(HEADER_SEARCH_ROWS, grid.length);
  for (let r = 0; r < rows; r++) {
    const found = matchRow(grid, r, keys);
    if (required.every((k) => found.columns[k] !== undefined)) return found;
  }
  return undefined;
}

/** The required headers missing from the best of the first 10 rows (the one holding most of them). */
export function missingHeaders<K extends string>(grid: Grid, spec: TabSpec<K>): string[] {
  const keys = headerKeys(spec);
  const required = spec.columns.filter((c) => c.required);
  let best = required.map((c) => c.header);
  const rows = Math.min(HEADER_SEARCH_ROWS, grid.length);
  for (let r = 0; r < rows; r++) {
    const found = matchRow(grid, r, keys);
    const missing = required.filter((c) => found.columns[c.key] === undefined).map((c) => c.header);
    if (missing.length < best.length) best = missing;
  }
  return best;
}
