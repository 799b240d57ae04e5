// A Rupiah amount in a generated tab: formatted as Rupiah, bold for totals.
import { cell, type OutCell } from '../sheetGrid';

export function rupiahCell(v: number, bold = false): OutCell {
  return cell(v, { format: 'rupiah', ...(bold ? { bold } : {}) });
}
