// Reads a NIK (Indonesian national identity number) and what its digits say (docs/book.md §3, Anggota `NIK`).
import { cellText, isEmptyCell, type Cell } from '../cell';
import { daysInMonth } from '../isoDate';
import type { ValueNote } from './valueReading';

/** Digits 1-2 of a NIK: the province codes in use (Kemendagri). */
const PROVINCE_CODES = new Set([
  11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 31, 32, 33, 34, 35, 36, 51, 52, 53, 61, 62, 63, 64, 65, 71, 72, 73,
  74, 75, 76, 81, 82, 91, 92, 93, 94, 95, 96,
]);

export interface NikBirth {
  readonly day: number;
  readonly month: number;
  /** Two digits only: the NIK does not say the century. */
  readonly yy: number;
  readonly female: boolean;
}

export interface NikReading {
  /** The NIK as text, when the cell holds one; set even when the NIK breaks a rule. */
  readonly nik?: string;
  /** Its birth date and sex, when digits 7-12 are a date. */
  readonly birth?: NikBirth;
  /** Warnings and errors, in the order found. */
  readonly notes: readonly ValueNote[];
}

/** Digits 7-12 as DDMMYY, the day raised by 40 for women. */
export function nikBirth(nik: string): NikBirth | undefined {
  const dd = Number(nik.slice(6, 8));
  const month = Number(nik.slice(8, 10));
  const yy = Number(nik.slice(10, 12));
  const female = dd > 40;
  const day = female ? dd - 40 : dd;
  // Any century: 29 February is accepted for every two-digit year that is a leap year in 2000-2099.
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(2000 + yy, month)) return undefined;
  return { day, month, yy, female };
}

export function readNik(cell: Cell | undefined): NikReading {
  if (isEmptyCell(cell)) return { notes: [] };
  const notes: ValueNote[] = [];
  let nik: string;
  if (typeof cell === 'number') {
    nik =
      Number.isSafeInteger(cell) || (Number.isInteger(cell) && cell < 1e21) ? String(cell) : cellText(cell);
    // Sheets keep 15 significant digits: a 16-digit NIK typed as a number may already have lost its last digit.
    notes.push({ code: 'member.nik.number', args: { value: nik } });
  } else {
    nik = cellText(cell).replace(/\s+/g, '');
  }
  if (!/^\d+$/.test(nik)) {
    notes.push({ code: 'member.nik.digits', args: { value: nik } });
    return { nik, notes };
  }
  if (nik.length !== 16) {
    notes.push({ code: 'member.nik.length', args: { value: nik, length: nik.length } });
    return { nik, notes };
  }
  const province = Number(nik.slice(0, 2));
  if (!PROVINCE_CODES.has(province))
    notes.push({ code: 'member.nik.province', args: { value: nik, code: nik.slice(0, 2) } });
  const birth = nikBirth(nik);
  if (!birth) notes.push({ code: 'member.nik.date', args: { value: nik } });
  return birth ? { nik, birth, notes } : { nik, notes };
}
