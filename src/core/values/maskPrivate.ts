// Whether a value quoted outside Anggota and the RDKK list is a NIK or a mobile number, and how it is
// then shown (docs/book.md §10): the one rule every message, fix label and refusal that quotes a cell uses.
import type { Arg } from '../problems/problemKind';
import { maskNik } from './maskNik';
import { maskPhone } from './maskPhone';
import { normalisePhone } from './readPhone';

/** What may stand between the digits of a NIK or a phone number: dots, spaces, dashes of any length, brackets. */
const NUMBER_SEPARATORS = /[.\s()\u2010-\u2015-]/g;

/**
 * The masked form of a NIK (`3507••••••••0185`) or a mobile number (`0812•••••890`), or undefined
 * for any other value.
 */
export function maskPrivate(value: Arg): string | undefined {
  // A NIK typed where an ID or another value belongs, also a number cell's, which a message quotes
  // grouped as the sheet shows it (`3.203.011.505.800.000`). Typed with spaces or dashes too, as
  // Anggota reads it (`3507 0112 0180 0185`, or with the en dash a word processor puts in).
  const typed = `${value}`;
  if (typed.length < 10) return undefined; // 0812345678, the shortest of either
  const digits = typed.replace(NUMBER_SEPARATORS, '');
  if (/^\d{16}$/.test(digits)) return maskNik(digits);
  // A mobile number keeps its first 4 and last 3 digits, also as a number cell that lost its leading
  // zero (`81.277.000.082`, how a sheet shows 081277000082 typed into a number cell) or kept its 62.
  if (typeof value === 'string' && normalisePhone(value) !== undefined) return maskPhone(value);
  // Ten digits at least without the zero: a quoted amount of Rp 800-899 million is no phone number.
  if (
    /^\d{10,}$/.test(digits) &&
    normalisePhone(digits.startsWith('8') ? `0${digits}` : digits) !== undefined
  ) {
    return maskPhone(digits);
  }
  return undefined;
}
