// A Rupiah amount in a generated tab: formatted as Rupiah, bold for totals.
import type { OutCell } from '../sheetGrid';

export function rupiahCell(v: number, bold = false): OutCell {
  // An object literal, not a style spread into `cell`: tabs hold hundreds of thousands of these.
  return bold ? { v, format: 'rupiah', bold } : { v, format: 'rupiah' };
}
