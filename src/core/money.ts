// Money: whole Rupiah as integers, rounded half up (docs/book.md §2 and §5).
import type { Bilingual, Lang } from './text';

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

/**
 * `numerator / denominator` rounded half up to a whole Rupiah, exactly: the one rounding of every
 * computed amount (jasa, the annuity payment, docs/book.md §5). Both are integers, the numerator
 * ≥ 0 and the denominator > 0. No floating point takes part, so an amount exactly at ,5 always goes
 * up and one a hair below ,5 always goes down (3.617.921,4999999988 is 3.617.921).
 */
export function divideHalfUp(numerator: bigint | number, denominator: bigint | number): Rupiah {
  if (typeof numerator === 'number' && typeof denominator === 'number') {
    // Safe integers divide exactly through their remainder, without BigInt's cost (the common case).
    if (
      Number.isSafeInteger(2 * numerator) &&
      Number.isSafeInteger(denominator) &&
      numerator >= 0 &&
      denominator > 0
    ) {
      const rest = numerator % denominator;
      const whole = (numerator - rest) / denominator;
      return 2 * rest >= denominator ? whole + 1 : whole;
    }
  }
  const n = BigInt(numerator);
  const d = BigInt(denominator);
  // BigInt(…) rather than literals such as 2n: the Apps Script build targets ES2019 syntax.
  const zero = BigInt(0);
  const two = BigInt(2);
  if (d <= zero || n < zero) throw new RangeError('divideHalfUp: numerator >= 0 and denominator > 0');
  return Number((two * n + d) / (two * d));
}

/**
 * Digits grouped by thousands, with dots as Indonesian writes them (`1500000` → `1.500.000`), or
 * with `separator` (`,` in English).
 */
export const groupThousands = (digits: string, separator = '.'): string =>
  digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator);

/** `Rp 1.500.000` (id-ID grouping), `Rp 1,500,000` in English; negative as `-Rp 1.500.000`. */
export function formatRupiah(amount: Rupiah, lang: Lang = 'id'): string {
  const sign = amount < 0 ? '-' : '';
  return `${sign}Rp ${groupThousands(String(Math.abs(Math.round(amount))), lang === 'en' ? ',' : '.')}`;
}

/**
 * An amount the add-on writes into a message, in each language's grouping: `Rp 1.500.000` in the
 * Indonesian text, `Rp 1,500,000` in the English.
 */
export const rupiahText = (amount: Rupiah): Bilingual => ({
  id: formatRupiah(amount),
  en: formatRupiah(amount, 'en'),
});
