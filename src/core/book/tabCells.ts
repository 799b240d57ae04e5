// An input tab's cells from values keyed by column: its header row and each data row in the
// schema's column order. The demo book and the tests' book builders write their tabs through it.
import type { Cell } from '../cell';
import type { TabSpec } from './schema';

/** The canonical headers, as `Siapkan Buku` writes them. */
export function headerCells(spec: TabSpec): Cell[] {
  return spec.columns.map((c) => c.header);
}

/** One data row: each column's value, blank (null) where none is given. */
export function rowCells<K extends string>(
  spec: TabSpec<K>,
  values: Partial<Record<K, Cell | undefined>>,
): Cell[] {
  return spec.columns.map((c) => values[c.key] ?? null);
}
