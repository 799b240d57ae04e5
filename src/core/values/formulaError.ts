// Recognises the error a formula shows instead of a value (`#N/A`, `#REF!`, …), as Sheets and xlsx files hand it over.
import type { Cell } from '../cell';

// Sheets' getValues and the xlsx reader both give a formula's error as its text. Read as a value, `#REF!`
// would pass as a name or a description, or give a misleading "not a date" message: it is its own problem.
const FORMULA_ERROR = /^#(?:N\/A|REF!|VALUE!|DIV\/0!|NAME\?|NUM!|NULL!|ERROR!|SPILL!|CALC!|GETTING_DATA)$/i;

/** The error text when the cell holds a formula's error, else undefined. */
export function formulaErrorOf(cell: Cell | undefined): string | undefined {
  // Every text cell passes here: most start with a visible ASCII character other than `#` (which no
  // trim takes away), and the rest hold no `#` at all.
  if (typeof cell !== 'string') return undefined;
  const first = cell.charCodeAt(0);
  if ((first > 32 && first < 127 && first !== 35) || !cell.includes('#')) return undefined;
  const s = cell.trim();
  return FORMULA_ERROR.test(s) ? s.toUpperCase() : undefined;
}
