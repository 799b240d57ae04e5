// ISO 8601 weeks (`2026-W48`): the week of a date, its Monday, and reading a week typed by a person.
import { addDays, fromYmd, isoWeekday, toDayNumber, toYmd } from '../isoDate';
import type { IsoDate } from '../cell';
import type { Bilingual } from '../text';

export interface IsoWeek {
  /** The ISO week-numbering year: the year that holds the week's Thursday. */
  readonly year: number;
  /** 1..52 or 53. */
  readonly week: number;
}

/** Why a week string was refused; the same shape as an API error, so the API passes it on as is. */
export interface WeekRefusal {
  readonly code: 'week.invalid';
  readonly message: Bilingual;
}

export type IsoWeekParse =
  | { readonly ok: true; readonly week: IsoWeek; readonly value: string }
  | { readonly ok: false; readonly error: WeekRefusal };

// Years a week may name: far enough from the calendar's ends that a week's days never leave it.
const MIN_YEAR = 1000;
const MAX_YEAR = 9998;

/** `2026-W48`. */
export function formatIsoWeek(w: IsoWeek): string {
  return `${String(w.year).padStart(4, '0')}-W${String(w.week).padStart(2, '0')}`;
}

/**
 * The ISO week of a date. A week runs Monday to Sunday and belongs to the year that holds its
 * Thursday, so 29 December 2025 is in 2026-W01 and 1 January 2027 is in 2026-W53.
 */
export function isoWeekOf(date: IsoDate): IsoWeek {
  const thursday = addDays(date, 4 - isoWeekday(date));
  const year = toYmd(thursday).year;
  const week = Math.floor((toDayNumber(thursday) - toDayNumber(fromYmd(year, 1, 1))) / 7) + 1;
  return { year, week };
}

/** 52 or 53: 28 December is always in the year's last ISO week. */
export function isoWeeksInYear(year: number): number {
  return isoWeekOf(fromYmd(year, 12, 28)).week;
}

/** The Monday of an ISO week: week 1 is the week holding 4 January. */
export function isoWeekMonday(w: IsoWeek): IsoDate {
  const jan4 = fromYmd(w.year, 1, 4);
  return addDays(jan4, 1 - isoWeekday(jan4) + 7 * (w.week - 1));
}

/** The week `n` weeks later (earlier when `n` is negative), across year ends. */
export function addIsoWeeks(w: IsoWeek, n: number): IsoWeek {
  return isoWeekOf(addDays(isoWeekMonday(w), 7 * n));
}

const WEEK_TEXT = /^(\d{4})-?W(\d{1,2})$/i;

/**
 * Reads `2026-W48` (also `2026-w48`, `2026W48`, `2026-W5`, surrounding spaces) into an ISO week;
 * anything else, and a week the year does not have (`2025-W53`), is refused with a message.
 */
export function parseIsoWeek(raw: string): IsoWeekParse {
  const typed = String(raw).trim();
  const m = WEEK_TEXT.exec(typed);
  if (!m) {
    return refuse(
      `"${typed}" bukan minggu yang dikenal. Tulis tahun dan minggu ISO, misalnya 2026-W48.`,
      `"${typed}" is not a week. Write the year and the ISO week, e.g. 2026-W48.`,
    );
  }
  const year = Number(m[1]);
  const week = Number(m[2]);
  if (year < MIN_YEAR || year > MAX_YEAR) {
    return refuse(
      `Tahun ${year} pada "${typed}" di luar jangkauan (${MIN_YEAR}–${MAX_YEAR}).`,
      `The year ${year} in "${typed}" is out of range (${MIN_YEAR}–${MAX_YEAR}).`,
    );
  }
  const weeks = isoWeeksInYear(year);
  if (week < 1 || week > weeks) {
    const shown = formatIsoWeek({ year, week });
    return refuse(
      `Minggu ${shown} tidak ada: tahun ${year} hanya punya ${weeks} minggu ISO (W01–W${weeks}).`,
      `Week ${shown} does not exist: ${year} has only ${weeks} ISO weeks (W01–W${weeks}).`,
    );
  }
  const parsed = { year, week };
  return { ok: true, week: parsed, value: formatIsoWeek(parsed) };
}

function refuse(id: string, en: string): IsoWeekParse {
  return { ok: false, error: { code: 'week.invalid', message: { id, en } } };
}
