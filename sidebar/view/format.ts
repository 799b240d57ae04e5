// How figures read in each language: Rupiah, percentages, counts and dates.
import { formatLongDate, isIsoDate } from '../../src/core/isoDate';
import { formatRupiah } from '../../src/core/money';
import { columnLetters } from '../../src/core/columnLetters';
import type { Card } from '../../src/core/api/types';
import { pick, type Lang, type Bilingual } from '../../src/core/text';

function group(digits: string, separator: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

/** `Rp 1.500.000` in Indonesian, `Rp 1,500,000` in English. */
export function formatRupiahIn(amount: number, lang: Lang): string {
  if (lang === 'id') return formatRupiah(amount);
  const sign = amount < 0 ? '-' : '';
  return `${sign}Rp ${group(String(Math.abs(Math.round(amount))), ',')}`;
}

/** A whole count with the language's thousands separator. */
export function formatCount(n: number, lang: Lang): string {
  const sign = n < 0 ? '-' : '';
  return sign + group(String(Math.abs(Math.round(n))), lang === 'id' ? '.' : ',');
}

/** A fraction as a percentage with one decimal: `12,5%` in Indonesian, `12.5%` in English. */
export function formatPercent(fraction: number, lang: Lang): string {
  const tenths = Math.round(fraction * 1000);
  const sign = tenths < 0 ? '-' : '';
  const abs = Math.abs(tenths);
  const whole = group(String(Math.floor(abs / 10)), lang === 'id' ? '.' : ',');
  return `${sign}${whole}${lang === 'id' ? ',' : '.'}${abs % 10}%`;
}

/** A card's figure; `–` when it cannot be computed (e.g. PAR30 with no loans). */
export function formatCardValue(card: Pick<Card, 'value' | 'unit'>, lang: Lang): string {
  if (card.value === null || !Number.isFinite(card.value)) return '–';
  switch (card.unit) {
    case 'rupiah':
      return formatRupiahIn(card.value, lang);
    case 'fraction':
      return formatPercent(card.value, lang);
    default:
      return formatCount(card.value, lang);
  }
}

/** `28 November 2026`; an unreadable date is shown as it came. */
export function formatDate(date: string, lang: Lang): string {
  return isIsoDate(date) ? formatLongDate(date, lang) : date;
}

/** `A1`-style reference of a 1-based column and row: `C12`. */
export function cellReference(row: number, col: number): string {
  return `${columnLetters(Math.max(1, col))}${Math.max(1, row)}`;
}

/** `3 kesalahan` / `1 error`, `3 errors`: Indonesian nouns do not change with the count. */
export function formatCountOf(n: number, one: Bilingual, many: Bilingual, lang: Lang): string {
  return `${formatCount(n, lang)} ${pick(n === 1 ? one : many, lang)}`;
}

/** Long figures get a smaller type so that `Rp 125.000.000` fits a half-width card at 300 px. */
export function valueSize(shown: string): 'normal' | 'long' | 'xlong' {
  return shown.length > 14 ? 'xlong' : shown.length > 11 ? 'long' : 'normal';
}
