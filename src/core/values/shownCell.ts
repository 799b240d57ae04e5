// A cell as a message quotes it: what the user sees in the sheet, so that they can find it.
import { cellText, isDateCell, type Cell } from '../cell';
import { formatShortDate, isIsoDate } from '../isoDate';
import { groupThousands } from '../money';

/**
 * A number at the 15 significant digits a spreadsheet shows: the one rule by which a formula's
 * floating-point noise is no fraction (`=100000*1.12` holds 112000.00000000001 and shows 112.000).
 */
export const sheetNumber = (n: number): number => Number(n.toPrecision(15));

/**
 * The cell as a sheet in an Indonesian locale shows it, for every message that quotes one: a date
 * cell as `02/03/2026` (not `2026-03-02`), TRUE and FALSE, a number at 15 significant digits with
 * dots between thousands and a decimal comma (`1.500.000,5`, `2,5`, `1E+300`); text as it is.
 */
export function shownCell(cell: Cell | undefined): string {
  if (isDateCell(cell) && isIsoDate(cell.date)) return formatShortDate(cell.date);
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  if (typeof cell === 'number')
    return String(sheetNumber(cell)).toUpperCase().replace('.', ',').replace(/\d+/, groupThousands);
  return cellText(cell);
}
