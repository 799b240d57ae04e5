// A read-only picture of a workbook's tabs for the preview page: every cell as the text it shows.
import { cellText, isDateCell, type Cell } from '../core/cell';
import { formatShortDate, isIsoDate } from '../core/isoDate';
import type { Workbook } from '../core/workbook';

export interface CellAddress {
  readonly tab: string;
  readonly row: number;
  readonly col: number;
}

export interface TabSnapshot {
  readonly name: string;
  readonly generated: boolean;
  /** Row by row from A1, as text; ragged rows padded to the widest (up to MAX_PADDED_CELLS). */
  readonly rows: readonly (readonly string[])[];
}

export interface BookSnapshot {
  readonly tabs: readonly TabSnapshot[];
  /** The cell the sidebar last asked to select (goToCell), if any. */
  readonly selected: CellAddress | null;
}

/** A cell as a spreadsheet shows it: dates as `dd/mm/yyyy`, everything else as its text. */
export function shownCell(cell: Cell | undefined): string {
  if (isDateCell(cell) && isIsoDate(cell.date)) return formatShortDate(cell.date);
  return cellText(cell);
}

/** The most cells a tab's picture is padded to a rectangle for. */
export const MAX_PADDED_CELLS = 1_000_000;

export function bookSnapshot(workbook: Workbook, selected: CellAddress | null): BookSnapshot {
  const tabs = workbook.tabNames().map((name) => {
    const grid = workbook.readTab(name);
    const width = grid.reduce((w, r) => Math.max(w, r.length), 0);
    // Padding a tab with one far cell (XFD1048576) would make billions of empty strings: past
    // MAX_PADDED_CELLS, rows keep only their own cells.
    const pad = grid.length * width <= MAX_PADDED_CELLS;
    return {
      name,
      generated: workbook.isGenerated(name),
      rows: grid.map((r) => Array.from({ length: pad ? width : r.length }, (_, i) => shownCell(r[i]))),
    };
  });
  return { tabs, selected };
}
