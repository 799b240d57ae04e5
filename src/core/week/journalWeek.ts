// The journal's week: seven days from the book's `Awal Minggu`, labelled by an ISO week.
//
// With the default first day, Monday, a journal week is exactly an ISO week. With another first day
// (`Awal Minggu` = Minggu/Sunday, say) the seven days straddle two ISO weeks; the journal week then
// takes the label of the ISO week that holds most of its days, which is the ISO week of its fourth
// day. That is the ISO rule itself (a week belongs to the year holding its Thursday, its fourth
// day), it gives every ISO week exactly one journal week and every journal week one label, and it
// keeps the label close to the dates: with Sunday first, Sunday 22 – Saturday 28 November 2026 is
// `2026-W48` (the ISO week of Monday 23 November), not `2026-W47`.
import { addDays, isoWeekday } from '../isoDate';
import type { IsoDate } from '../cell';
import type { Bilingual } from '../text';
import {
  formatIsoWeek,
  isoWeekMonday,
  isoWeekOf,
  parseIsoWeek,
  type IsoWeek,
  type WeekRefusal,
} from './isoWeek';
import { weekDatesText } from './weekLabel';

/** A week the journal can be written for, as the sidebar's week picker offers it. */
export interface WeekOption {
  /** ISO week, `2026-W48`. */
  readonly value: string;
  /** `23–29 November 2026` in both languages. */
  readonly label: Bilingual;
}

export interface JournalWeek {
  /** The label, an ISO week: `2026-W48`. */
  readonly value: string;
  /** ISO weekday the week starts on: 1 = Monday … 7 = Sunday. */
  readonly weekStart: number;
  /** First and last day, inclusive. */
  readonly start: IsoDate;
  readonly end: IsoDate;
  /** `23–29 November 2026` in both languages. */
  readonly label: Bilingual;
}

export type JournalWeekParse =
  { readonly ok: true; readonly week: JournalWeek } | { readonly ok: false; readonly error: WeekRefusal };

/** `Awal Minggu` as an ISO weekday; anything but a whole number 1..7 means the default, Monday. */
export function normaliseWeekStart(weekStart: number): number {
  return Number.isInteger(weekStart) && weekStart >= 1 && weekStart <= 7 ? weekStart : 1;
}

/** The journal week labelled by an ISO week. */
export function journalWeekOfIso(iso: IsoWeek, weekStart: number): JournalWeek {
  const first = normaliseWeekStart(weekStart);
  // First days Monday..Thursday fall in the labelling ISO week itself; Friday..Sunday in the one before.
  const start = addDays(isoWeekMonday(iso), first <= 4 ? first - 1 : first - 8);
  return build(start, first);
}

/** The journal week holding a date. */
export function journalWeekOf(date: IsoDate, weekStart: number): JournalWeek {
  const first = normaliseWeekStart(weekStart);
  return build(addDays(date, -((isoWeekday(date) - first + 7) % 7)), first);
}

/** Reads a week string (`2026-W48`); a week that does not exist is refused with a message. */
export function parseJournalWeek(raw: string, weekStart: number): JournalWeekParse {
  const parsed = parseIsoWeek(raw);
  return parsed.ok ? { ok: true, week: journalWeekOfIso(parsed.week, weekStart) } : parsed;
}

/** The week `n` weeks after this one (before it when `n` is negative). */
export function shiftWeek(week: JournalWeek, n: number): JournalWeek {
  return build(addDays(week.start, 7 * n), week.weekStart);
}

export function previousWeek(week: JournalWeek): JournalWeek {
  return shiftWeek(week, -1);
}

export function nextWeek(week: JournalWeek): JournalWeek {
  return shiftWeek(week, 1);
}

/** The sidebar's week picker: the week holding `today` first, then the `count - 1` weeks before it. */
export function recentWeeks(today: IsoDate, weekStart: number, count = 8): WeekOption[] {
  const current = journalWeekOf(today, weekStart);
  const options: WeekOption[] = [];
  for (let i = 0; i < count; i += 1) {
    const w = shiftWeek(current, -i);
    options.push({ value: w.value, label: w.label });
  }
  return options;
}

function build(start: IsoDate, weekStart: number): JournalWeek {
  const end = addDays(start, 6);
  return {
    value: formatIsoWeek(isoWeekOf(addDays(start, 3))),
    weekStart,
    start,
    end,
    label: weekDatesText(start, end),
  };
}
