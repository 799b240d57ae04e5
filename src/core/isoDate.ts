// Calendar dates as `yyyy-mm-dd` strings, with integer arithmetic only: no clock, no time zone.
import type { IsoDate } from './cell';

export type { IsoDate } from './cell';

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface Ymd {
  readonly year: number;
  readonly month: number; // 1..12
  readonly day: number; // 1..31
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** The days of each month of a common year: one table, not a list made per call (a loan's schedule asks for thousands). */
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : (MONTH_DAYS[month - 1] ?? 0);
}

export function isValidYmd(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= 1 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

// A book holds a few thousand distinct dates in 100,000 cells: each is checked once.
const knownIsoDates = new Set<string>();

export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  if (knownIsoDates.has(value)) return true;
  const m = ISO.exec(value);
  if (m === null || !isValidYmd(Number(m[1]), Number(m[2]), Number(m[3]))) return false;
  if (knownIsoDates.size > 100_000) knownIsoDates.clear();
  knownIsoDates.add(value);
  return true;
}

export function toYmd(date: IsoDate): Ymd {
  if (!ISO.test(date)) throw new Error(`invalid.isoDate: ${date}`);
  // The digits read in place (a loan's schedule asks for thousands of dates): no match to allocate.
  const digit = (i: number) => date.charCodeAt(i) - 48;
  return {
    year: digit(0) * 1000 + digit(1) * 100 + digit(2) * 10 + digit(3),
    month: digit(5) * 10 + digit(6),
    day: digit(8) * 10 + digit(9),
  };
}

export function fromYmd(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

// Days since 1970-01-01 for a proleptic Gregorian date (H. Hinnant's days_from_civil).
export function toDayNumber(date: IsoDate): number {
  const { year, month, day } = toYmd(date);
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function fromDayNumber(n: number): IsoDate {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return fromYmd(year, month, day);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** `b - a` in days. */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return toDayNumber(b) - toDayNumber(a);
}

/** Same day of month `months` later, clamped to that month's last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonthsClamped(date: IsoDate, months: number): IsoDate {
  const { year, month, day } = toYmd(date);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return fromYmd(y, m, Math.min(day, daysInMonth(y, m)));
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: IsoDate): number {
  // 1970-01-01 was a Thursday (4).
  return ((((toDayNumber(date) + 3) % 7) + 7) % 7) + 1;
}

export function compareIsoDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const MONTHS_ID = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
];
const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export function monthName(month: number, lang: 'id' | 'en'): string {
  return (lang === 'en' ? MONTHS_EN : MONTHS_ID)[month - 1] ?? '';
}

/** `28 November 2026` (both languages use day-month-year here). */
export function formatLongDate(date: IsoDate, lang: 'id' | 'en'): string {
  const { year, month, day } = toYmd(date);
  return `${day} ${monthName(month, lang)} ${year}`;
}

/** `28/11/2026`, the short form people type in Indonesia. */
export function formatShortDate(date: IsoDate): string {
  const { year, month, day } = toYmd(date);
  return `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
}

/**
 * `30 November 2026 19:55` from `2026-11-30 19:55` (a generated tab's "made at"), `30 November 2026`
 * from the day alone: written out like the tab's other dates, not as an ISO date beside Indonesian
 * text. Other text is returned as is.
 */
export function formatLongDateTime(at: string, lang: 'id' | 'en'): string {
  const m = /^(\d{4}-\d{2}-\d{2})( \d{2}:\d{2})?$/.exec(at);
  return m && isIsoDate(m[1] ?? '') ? `${formatLongDate(m[1] as IsoDate, lang)}${m[2] ?? ''}` : at;
}
