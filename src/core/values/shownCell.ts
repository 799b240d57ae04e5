// A cell as a message quotes it: what the user sees in the sheet, so that they can find it.
import { cellText, isDateCell, type Cell } from '../cell';
import { formatShortDate, isIsoDate } from '../isoDate';

/** The cell's text; a date cell as `02/03/2026`, the way it shows, not as `2026-03-02`. */
export function shownCell(cell: Cell | undefined): string {
  if (isDateCell(cell) && isIsoDate(cell.date)) return formatShortDate(cell.date);
  return cellText(cell);
}
