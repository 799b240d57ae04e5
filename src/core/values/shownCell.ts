// A cell as a message quotes it: what the user sees in the sheet, so that they can find it.
import { cellText, isDateCell, type Cell } from '../cell';
import { formatShortDate, isIsoDate } from '../isoDate';
import { groupThousands } from '../money';
import type { Figure } from '../problems/problemKind';
import type { Bilingual } from '../text';

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
  if (typeof cell === 'number') return shownNumber(cell).id;
  return cellText(cell);
}

/**
 * A number cell as a sheet shows it in each language: `1.500.000,5` (and `2,5`, `1E+300`) in an
 * Indonesian locale, `1,500,000.5` in an English one, for a message that quotes it in both.
 */
export function shownNumber(n: number): Bilingual {
  const shown = String(sheetNumber(n)).toUpperCase();
  return {
    id: shown.replace('.', ',').replace(/\d+/, (digits) => groupThousands(digits)),
    en: shown.replace(/\d+/, (digits) => groupThousands(digits, ',')),
  };
}

/**
 * The cell as a message quotes it in both languages, trimmed: a number cell as `shownNumber` (the
 * add-on writes it), anything else as `shownCell`, text as typed in both.
 */
export const shownFigure = (cell: Cell | undefined): Figure =>
  typeof cell === 'number' ? shownNumber(cell) : shownCell(cell).trim();
