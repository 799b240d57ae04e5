// Money: whole Rupiah as integers, rounded half up (BOOK.md sections 2 and 5).

/** A whole number of Rupiah. */
export type Rupiah = number;

/**
 * The largest amount a cell may hold: Rp 999.999.999.999. No farmer group's single amount comes
 * near it, so a bigger one is a typo (extra zeros). The bound keeps every figure computed from
 * amounts exact: a loan of this Pokok at 10 % a month over 260 weekly installments owes about
 * 7 × 10^12, and thousands of such figures still add up below 2^53 (Number.MAX_SAFE_INTEGER), where
 * whole Rupiah would stop being exact.
 */
export const MAX_RUPIAH: Rupiah = 999_999_999_999;

/** Rounds half up (away from zero for positive amounts), as BOOK.md section 5 asks. */
export function roundHalfUp(x: number): Rupiah {
  // Math.round rounds half toward +infinity, which is half up for the positive amounts of a loan;
  // the small epsilon absorbs binary noise such as 18000.499999999996 for 1.200.000 x 1.5 %.
  const sign = x < 0 ? -1 : 1;
  return sign * Math.floor(Math.abs(x) + 0.5 + 1e-9);
}

/** `Rp 1.500.000` (id-ID grouping); negative as `-Rp 1.500.000`. */
export function formatRupiah(amount: Rupiah): string {
  const sign = amount < 0 ? '-' : '';
  const digits = String(Math.abs(Math.round(amount)));
  return `${sign}Rp ${digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.')}`;
}

/** The spreadsheet number format that shows whole Rupiah as `Rp 1.500.000` in an id-ID sheet. */
export const RUPIAH_FORMAT = '"Rp "#,##0';
