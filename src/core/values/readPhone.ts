// Reads an Indonesian mobile number (docs/book.md §3, Anggota `No HP`) into its `08…` form.
import { text as t } from '../text';
import { isEmptyCell, type Cell } from '../cell';
import { maskPhone } from './maskPhone';
import { shownCell } from './shownCell';
import { emptyReading, invalidReading, okReading, type ValueReading } from './valueReading';

// `08`, then an operator digit (1-3, 5-9; 4 is not used for mobiles), 10 to 13 digits in all.
const MOBILE_08 = /^08[1-35-9]\d{7,10}$/;

/** The `08…` form of a phone text after removing spaces and dashes, or undefined when it is not a mobile number. */
export function normalisePhone(raw: string): string | undefined {
  const s = raw.replace(/[\s-]+/g, '');
  let local: string;
  if (/^\+628\d*$/.test(s)) local = `0${s.slice(3)}`;
  else if (/^628\d*$/.test(s)) local = `0${s.slice(2)}`;
  else local = s;
  return MOBILE_08.test(local) ? local : undefined;
}

export function readPhone(cell: Cell | undefined): ValueReading<string> {
  if (isEmptyCell(cell)) return emptyReading;
  if (typeof cell === 'number') {
    const digits = Number.isSafeInteger(cell) && cell > 0 ? String(cell) : '';
    // A number cell drops the leading zero: 81234567890 was typed as 081234567890.
    if (digits.startsWith('8')) {
      const phone = normalisePhone(`0${digits}`);
      if (phone !== undefined) {
        // Shown masked (docs/book.md §10); the fix writes the whole number.
        const shown = maskPhone(phone);
        return okReading(phone, {
          code: 'member.phone.lostZero',
          args: { value: maskPhone(digits), phone: shown },
          fix: {
            value: phone,
            label: t(`Simpan sebagai teks ${shown}`, `Store as the text ${shown}`),
          },
        });
      }
    }
    const phone = normalisePhone(digits);
    return phone !== undefined
      ? okReading(phone)
      : invalidReading('member.phone.invalid', { value: maskPhone(digits || shownCell(cell)) });
  }
  // A date or TRUE is no phone number: shown as it is.
  if (typeof cell !== 'string') return invalidReading('member.phone.invalid', { value: shownCell(cell) });
  const phone = normalisePhone(cell);
  return phone !== undefined
    ? okReading(phone)
    : invalidReading('member.phone.invalid', { value: maskPhone(cell.trim()) });
}
