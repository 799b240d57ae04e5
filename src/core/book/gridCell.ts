// Reads one cell of a grid safely: whatever an adapter or a test hands over, the core sees a valid Cell.
import * as z from 'zod/mini';
import type { Cell, Grid } from '../cell';

const dateCellSchema = z.object({ date: z.string() });

/** The cell at 0-based `row`, `col`; missing cells, ragged rows and anything that is not a Cell read as empty. */
export function gridCell(grid: Grid, row: number, col: number): Cell {
  const line: unknown = grid[row];
  if (!Array.isArray(line)) return null;
  const raw: unknown = line[col];
  if (raw === null || raw === undefined) return null;
  if (typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean') return raw;
  // A date cell as adapters hand it over, without a schema pass per cell (the book's largest cost),
  // and as it is: cells are never changed, and a copy per read was a tenth of checking a large book.
  if (typeof raw === 'object' && typeof (raw as { date?: unknown }).date === 'string') return raw as Cell;
  const parsed = dateCellSchema.safeParse(raw);
  return parsed.success ? { date: parsed.data.date } : null;
}

/** How many cells the 0-based row holds (0 for a row that is not a list). */
export function gridRowLength(grid: Grid, row: number): number {
  const line: unknown = grid[row];
  return Array.isArray(line) ? line.length : 0;
}
