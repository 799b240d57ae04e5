// Reads a date cell, or a date written as text in the few forms people type (docs/book.md §2).
import { isDateCell, isEmptyCell, type Cell, type IsoDate } from '../cell';
import { addDays, formatLongDate, formatShortDate, fromYmd, isIsoDate, isValidYmd } from '../isoDate';
import { shownCell, shownFigure, shownNumber } from './shownCell';
import { emptyReading, invalidReading, okReading, type ValueReading } from './valueReading';

/**
 * The last year a date of the book may have. A later one is a typo (2206 for 2026, 9999 for "no
 * end"); and since a loan's last installment is due up to 260 months after Tanggal Cair, the bound
 * keeps every computed due date inside the years a spreadsheet can hold (to 9999).
 */
export const MAX_BOOK_YEAR = 2100;

const tooLate = (date: IsoDate, cell: Cell): ValueReading<IsoDate> | undefined =>
  Number(date.slice(0, 4)) > MAX_BOOK_YEAR
    ? invalidReading('value.date.tooLate', { value: shownCell(cell).trim(), year: MAX_BOOK_YEAR })
    : undefined;

// Month names as people write them: Indonesian (with the older spellings Pebruari, Nopember) and
// English, in full or shortened to their usual abbreviations (`Agu`, `Agt`, `Agst`, `Ags`, `Mrt`, `Des`,
// `Dec`, `Sept`). Every one names a single month, so reading them guesses nothing.
const MONTHS: Readonly<Record<string, number>> = {
  januari: 1,
  january: 1,
  februari: 2,
  pebruari: 2,
  february: 2,
  maret: 3,
  march: 3,
  april: 4,
  mei: 5,
  may: 5,
  juni: 6,
  june: 6,
  juli: 7,
  july: 7,
  agustus: 8,
  august: 8,
  september: 9,
  oktober: 10,
  october: 10,
  november: 11,
  nopember: 11,
  desember: 12,
  december: 12,
  jan: 1,
  feb: 2,
  peb: 2,
  mar: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  agu: 8,
  agt: 8,
  ags: 8,
  agst: 8,
  agus: 8,
  agust: 8,
  mrt: 3,
  aug: 8,
  sep: 9,
  sept: 9,
  okt: 10,
  oct: 10,
  nov: 11,
  nop: 11,
  des: 12,
  dec: 12,
};

const DMY = /^(\d{1,2})([/-])(\d{1,2})\2(\d{4})$/;
const YMD = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
// `28 November 2026`, and `28-Nov-2026` as Sheets and Excel show their dd-mmm-yyyy format.
const D_MONTH_Y = /^(\d{1,2})(?:\s+|\s*-\s*)(\p{L}+)\.?(?:\s+|\s*-\s*)(\d{4})$/u;
// `28/11/26`, `28 Nov 26`: the century is not written. Refused (a birth year 85 and a cash year 26 would
// need different guesses), but with a message that asks for the four-digit year instead of "not a date".
const SHORT_YEAR = /^\d{1,2}(?:[/-]\d{1,2}[/-]|(?:\s+|\s*-\s*)\p{L}+\.?(?:\s+|\s*-\s*))\d{2}$/u;

/** The calendar date a text means, day-month-year, or undefined when it is none of the known forms. */
export function parseDateText(raw: string): IsoDate | undefined {
  const s = raw.trim();
  let year: number;
  let month: number;
  let day: number;
  let m: RegExpExecArray | null;
  if ((m = DMY.exec(s))) [day, month, year] = [Number(m[1]), Number(m[3]), Number(m[4])];
  else if ((m = YMD.exec(s))) [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else if ((m = D_MONTH_Y.exec(s))) {
    const named = MONTHS[(m[2] ?? '').toLowerCase()];
    if (named === undefined) return undefined;
    [day, month, year] = [Number(m[1]), named, Number(m[3])];
  } else return undefined;
  return isValidYmd(year, month, day) ? fromYmd(year, month, day) : undefined;
}

export function readDate(cell: Cell | undefined): ValueReading<IsoDate> {
  if (isEmptyCell(cell)) return emptyReading;
  if (isDateCell(cell)) {
    if (!isIsoDate(cell.date)) return invalidReading('value.date.invalid', { value: cell.date });
    return tooLate(cell.date, cell) ?? okReading(cell.date);
  }
  // A whole number from 2000 to 2100 as a date serial: a date whose cell lost its date format (typed
  // into a Number column, pasted as values). Still an error (docs/book.md §2), with the date it may be and
  // a fix that stores it as that date.
  if (typeof cell === 'number' && Number.isInteger(cell) && cell >= 36526 && cell <= 73415) {
    const date = addDays('1899-12-30', cell);
    return {
      status: 'invalid',
      note: {
        code: 'value.date.invalid',
        args: { value: shownNumber(cell), hint: 'serial', date: formatShortDate(date) },
        fix: { value: { date }, label: storeAsDate(date) },
      },
    };
  }
  if (typeof cell !== 'string') return invalidReading('value.date.invalid', { value: shownFigure(cell) });
  const date = parseDateText(cell);
  if (date === undefined) {
    const value = cell.trim();
    return invalidReading(
      'value.date.invalid',
      SHORT_YEAR.test(value) ? { value, hint: 'shortYear' } : { value },
    );
  }
  const late = tooLate(date, cell);
  if (late) return late;
  return okReading(date, {
    code: 'value.date.text',
    args: { value: cell.trim(), date: formatShortDate(date) },
    fix: { value: { date }, label: storeAsDate(date) },
  });
}

const storeAsDate = (date: IsoDate) => ({
  id: `Simpan sebagai tanggal ${formatLongDate(date, 'id')}`,
  en: `Store as the date ${formatLongDate(date, 'en')}`,
});
