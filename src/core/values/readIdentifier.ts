// Reads an identifier (ID Anggota, ID Pinjaman, No Bukti): trimmed text; a number is read as its text.
import { cellText, isEmptyCell, type Cell } from '../cell';

/** The trimmed text of the cell, or undefined when it is empty. IDs are compared exactly after this. */
export function readIdentifier(cell: Cell | undefined): string | undefined {
  if (typeof cell === 'string') {
    const trimmed = cell.trim();
    return trimmed === '' ? undefined : trimmed;
  }
  if (isEmptyCell(cell)) return undefined;
  const s = cellText(cell).trim();
  return s === '' ? undefined : s;
}

/** Free text (names, descriptions, notes): trimmed, empty as undefined. */
export function readText(cell: Cell | undefined): string | undefined {
  return readIdentifier(cell);
}
