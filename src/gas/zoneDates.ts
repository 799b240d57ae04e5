// Calendar dates of the spreadsheet's time zone: a Sheets date cell is the instant of local
// midnight in that zone, so it is read and written in that zone, never in the script's or UTC.
import type { DateCell, IsoDate } from '../core/cell';
import { fromYmd, toYmd } from '../core/isoDate';
import { madeOnce } from '../core/madeOnce';

export interface ZoneDates {
  readonly timeZone: string;
  /** The calendar date a date cell shows. */
  toIso(date: Date): IsoDate;
  /** That date as the core's cell: one frozen object per instant, shared by every cell holding it. */
  toCell(date: Date): DateCell;
  /** The `Date` that Sheets stores as midnight of `iso` in the zone. */
  fromIso(iso: IsoDate): Date;
}

interface Parts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
}

/** Apps Script's own formatter, the fallback when the runtime's Intl lacks the zone. */
export type FormatDate = (date: Date, timeZone: string, pattern: string) => string;

export function zoneDates(timeZone: string, formatDate: FormatDate): ZoneDates {
  // One Intl formatter per execution converts any number of cells without a service call.
  let parts: (date: Date) => Parts;
  try {
    const fmt = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    const byParts = (date: Date): Parts => {
      const out: Record<string, number> = {};
      for (const p of fmt.formatToParts(date)) if (p.type !== 'literal') out[p.type] = Number(p.value);
      return out as unknown as Parts;
    };
    // The formatted text read back is a third of formatToParts' cost (its eleven part objects); any
    // other shape than `11/25/2026, 00:00:00` (another ICU, an era) is read by the parts.
    const shape = /^(\d+)\/(\d+)\/(\d+), (\d+):(\d+):(\d+)$/;
    parts = (date) => {
      const m = shape.exec(fmt.format(date));
      if (!m) return byParts(date);
      return { year: +m[3]!, month: +m[1]!, day: +m[2]!, hour: +m[4]!, minute: +m[5]!, second: +m[6]! };
    };
  } catch {
    parts = (date) => {
      const [y, mo, d, h, mi, s] = formatDate(date, timeZone, 'yyyy-MM-dd-HH-mm-ss').split('-').map(Number);
      return { year: y!, month: mo!, day: d!, hour: h!, minute: mi!, second: s! };
    };
  }
  const offset = (t: number): number => {
    const p = parts(new Date(t));
    return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - Math.floor(t / 1000) * 1000;
  };
  // Many cells hold the same day (a district book's 100,000 Kas dates are a few hundred days):
  // each instant's cell is made once, and frozen since it is shared.
  const cellAt = madeOnce((t: number): DateCell => {
    const p = parts(new Date(t));
    return Object.freeze({ date: fromYmd(p.year, p.month, p.day) });
  });
  const toCell = (date: Date): DateCell => cellAt(date.getTime());
  const toIso = (date: Date): IsoDate => toCell(date).date;
  // Each day's instant is worked out once (three formatter calls): a generated tab writes the same
  // days many times (5,000 loans' dates in Saldo Pinjaman). A new Date each time, as Dates are mutable.
  const instantOf = madeOnce((iso: IsoDate): number => {
    const { year, month, day } = toYmd(iso);
    const wall = Date.UTC(year, month - 1, day);
    // The second pass corrects the offset when midnight lies across a DST change; where
    // midnight does not exist (clocks jump from 00:00 to 01:00) the first pass gives 01:00.
    const first = wall - offset(wall);
    const second = wall - offset(first);
    return toIso(new Date(second)) === iso ? second : first;
  });
  return {
    timeZone,
    toIso,
    toCell,
    fromIso: (iso) => new Date(instantOf(iso)),
  };
}
