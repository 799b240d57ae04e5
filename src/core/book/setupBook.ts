// `Siapkan Buku`: which input tabs of docs/book.md a book lacks, and what each new tab starts with.
import type { Cell, IsoDate } from '../cell';
import { formatShortDate } from '../isoDate';
import { findTab } from './findTab';
import { isMemberActiveOn } from './memberActivity';
import { ATTENDANCE_MEETING_NOTE, attendanceTab, inputTabs, settingKeys, type TabSpec } from './schema';
import type { Member } from './types';
import { settingExampleCell } from './upgradeBook';

/** A meeting's column in Daftar Hadir, in pixels: its date (or `Rapat dd/mm/yyyy`) shows whole. */
export const MEETING_COLUMN_WIDTH = 90;

export interface NewTab {
  readonly spec: TabSpec;
  /**
   * Rows below the header: the keys of `Pengaturan` with their example values; in `Daftar Hadir`
   * the active members; none elsewhere.
   */
  readonly rows: readonly (readonly Cell[])[];
}

/** What a new book's tabs start from: today's date and the members already in `Anggota`. */
export interface SetupContext {
  readonly today: IsoDate;
  readonly members: readonly Member[];
}

/** The input tabs missing from a book with these tab names (found as the checks find them), in the order of docs/book.md. */
export function missingInputTabs(names: readonly string[]): TabSpec[] {
  return inputTabs.filter((spec) => findTab(names, spec) === undefined);
}

/**
 * `Daftar Hadir` as created (docs/book.md §9): the member columns, then a first meeting column
 * headed by today's date for the secretary to rename, with the attendance codes as its dropdown; one
 * row per member active today, filled in once, never refreshed (the tab is the secretary's from then on).
 */
function newAttendanceTab(ctx: SetupContext): NewTab {
  const meeting = {
    key: 'meeting',
    header: formatShortDate(ctx.today),
    aliases: [],
    required: false,
    note: ATTENDANCE_MEETING_NOTE,
    kind: 'list',
    list: 'attendanceMark',
    width: MEETING_COLUMN_WIDTH,
  } as const;
  const spec: TabSpec = {
    ...attendanceTab,
    columns: [...attendanceTab.columns, meeting],
    // Each later meeting's column already has the codes and a meeting's width (a print audit: the
    // secretary's second meeting got neither).
    spareColumns: { ...meeting, header: '' },
  };
  const seen = new Set<string>();
  const rows = ctx.members.flatMap((m): Cell[][] => {
    if (seen.has(m.id) || !isMemberActiveOn(m, ctx.today)) return [];
    seen.add(m.id);
    return [[m.id, m.name, null]];
  });
  return { spec, rows };
}

/**
 * What `Siapkan Buku` creates: every missing input tab, nothing else, so running it twice changes
 * nothing the second time. A numeric example (Saldo Awal Kas 0) is written as a number, so the
 * checks do not read it as money typed as text.
 */
export function setupBook(names: readonly string[], ctx: SetupContext): NewTab[] {
  return missingInputTabs(names).map((spec) => {
    if (spec.key === 'attendance') return newAttendanceTab(ctx);
    return {
      spec,
      rows: spec.key === 'settings' ? settingKeys.map((s): Cell[] => [s.name, settingExampleCell(s)]) : [],
    };
  });
}
