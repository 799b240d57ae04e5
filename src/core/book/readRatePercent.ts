// The monthly rate column of `Pinjaman` and `Perubahan Pinjaman`, read the same way in both tabs.
import { decimalText } from '../text';
import type { RowReader } from './rowReader';

// A percent-formatted cell showing `1,5%` holds 0.015. No loan is priced under 0,1 % a month, so a
// number cell below 0.1 is read as such a fraction (× 100), with a warning saying so.
const PERCENT_CELL_LIMIT = 0.1;

/** The rate in percent a month (`1,5` or `1,5%` typed, or a percent-formatted cell), or undefined. */
export function readRatePercent<K extends string>(r: RowReader<K | 'ratePercent'>): number | undefined {
  const rateCell = r.cell('ratePercent');
  const ratePercent = r.decimal('ratePercent', { allowPercentSign: true });
  if (
    typeof rateCell !== 'number' ||
    ratePercent === undefined ||
    ratePercent <= 0 ||
    ratePercent >= PERCENT_CELL_LIMIT
  )
    return ratePercent;
  const asPercent = Math.round(ratePercent * 100 * 1e9) / 1e9;
  r.report('ratePercent', 'loan.rate.percentCell', {
    value: decimalText(rateCell),
    percent: decimalText(asPercent),
  });
  return asPercent;
}
