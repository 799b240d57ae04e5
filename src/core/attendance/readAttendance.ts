// Reads `Daftar Hadir` (docs/book.md §9) as a secretary means it: a title above the header, a
// number column, dates as text in the headers, a Jumlah column or row are all read or passed over.
import { cellText, isDateCell, isEmptyCell, type Cell, type IsoDate } from '../cell';
import { isMemberActiveOn } from '../book/memberActivity';
import { otherLetters, type MemberIndex } from '../book/memberLookup';
import { gridCell, gridRowLength } from '../book/gridCell';
import { findTab } from '../book/findTab';
import { problemAt, type ProblemPlace, placeAt } from '../problems/problemCatalogue';
import { RowReader, type OpenTab } from '../book/rowReader';
import { attendanceTab, matchListValue, type AttendanceColumn, type AttendanceMark } from '../book/schema';
import { firstNonEmpty, openTab, type TabSource } from '../book/tabRows';
import type { Activity, AttendanceMeeting, AttendanceRow, AttendanceSheet } from '../book/types';
import { formatShortDate, isIsoDate } from '../isoDate';
import type { Problem } from '../problems/problem';
import { parseDateText, MAX_BOOK_YEAR } from '../values/readDate';
import { formulaErrorOf } from '../values/formulaError';
import { shownCell, shownFigure } from '../values/shownCell';

export interface AttendanceContext {
  readonly today: IsoDate;
  readonly members: MemberIndex;
  /** `Kegiatan` as read: each meeting should have a row that day, with the same head count. */
  /** Undefined where `Kegiatan` was not read: no meeting is then said to lack its activity. */
  readonly activities: readonly Activity[] | undefined;
}

// A date inside a longer header: `Pertemuan 1 (12/01/2026)`, `Rapat 12 Januari 2026`, `12.01.2026`.
const DATE_IN_TEXT = [
  /\d{1,2}[/.-]\d{1,2}[/.-]\d{4}/,
  /\d{4}-\d{1,2}-\d{1,2}/,
  /\d{1,2}\s+\p{L}+\.?\s+\d{4}/u,
];

/** Headers of columns a secretary adds beside the meetings: never a meeting, whatever they hold. */
const NOT_A_MEETING =
  /^(no|nomor|jumlah|jml|total|rekap|persen|persentase|%|keterangan|ket|catatan|paraf|ttd|tanda ?tangan|alamat|dusun)/i;

// The first words of a row people add below the members: `Jumlah`, `Total hadir`, `Rekap`, `%`.
const SUMMARY_ROW = /^(jumlah|total|rekap|persentase|%)(?![\p{L}\p{N}])/iu;

/** The meeting date a header means, or undefined: a date cell, a date as text, or a date in a text. */
export function meetingDate(header: Cell): IsoDate | undefined {
  if (isDateCell(header)) return isIsoDate(header.date) ? header.date : undefined;
  if (typeof header !== 'string') return undefined;
  const whole = parseDateText(header.replace(/\./g, '/'));
  if (whole !== undefined) return whole;
  for (const pattern of DATE_IN_TEXT) {
    const found = pattern.exec(header)?.[0];
    const date = found === undefined ? undefined : parseDateText(found.replace(/\./g, '/'));
    if (date !== undefined) return date;
  }
  return undefined;
}

/** A cell's mark: H, W, I, S, A, null for blank, or undefined when it is no mark at all. */
export function readMark(cell: Cell): AttendanceMark | null | undefined {
  if (isEmptyCell(cell)) return null;
  if (typeof cell !== 'string') return undefined;
  return matchListValue('attendanceMark', cell);
}

interface MeetingColumn extends AttendanceMeeting {
  /** 0-based column in the grid. */
  readonly index: number;
}

export interface AttendanceReading {
  readonly sheet?: AttendanceSheet;
  readonly tab?: string;
}

/**
 * Never reports a missing tab: `Daftar Hadir` is an extension a book may not have yet (the
 * sidebar lists it among the tabs `Siapkan Buku` creates).
 */
export function readAttendance(
  source: TabSource,
  problems: Problem[],
  ctx: AttendanceContext,
): AttendanceReading {
  if (findTab(source.tabNames(), attendanceTab) === undefined) return {};
  const open = openTab(source, attendanceTab, problems);
  if (!open) return {};
  const { grid, header, tab } = open;
  const known = new Set(
    Object.values<{ col: number } | undefined>(header.columns).flatMap((c) => (c ? [c.col - 1] : [])),
  );
  const idCol = (header.columns.memberId?.col ?? 1) - 1;
  const headerIndex = header.row - 1;
  const at = (row: number, index: number, column: string): ProblemPlace =>
    placeAt(tab, row, column, index + 1);

  // Rows below the header that hold anything in a known or meeting-like column.
  const bodyRows: number[] = [];
  for (let r = header.row; r < grid.length; r++) bodyRows.push(r);

  const meetings: MeetingColumn[] = [];
  const width = gridRowLength(grid, headerIndex);
  const firstOfDate = new Map<IsoDate, MeetingColumn>();
  for (let c = 0; c < width; c++) {
    if (known.has(c)) continue;
    const cell = gridCell(grid, headerIndex, c);
    if (isEmptyCell(cell) || formulaErrorOf(cell) !== undefined) continue;
    const shown = shownCell(cell).trim();
    const hasMarks = bodyRows.some((r) => {
      const mark = readMark(gridCell(grid, r, c));
      return mark !== null && mark !== undefined;
    });
    const date = meetingDate(cell);
    if (date === undefined || Number(date.slice(0, 4)) > MAX_BOOK_YEAR) {
      if (hasMarks && !NOT_A_MEETING.test(shown))
        problems.push(
          problemAt('attendance.meeting.dateInvalid', at(header.row, c, shown), { value: shownFigure(cell) }),
        );
      continue;
    }
    const first = firstOfDate.get(date);
    if (first) {
      problems.push(
        problemAt('attendance.meeting.duplicate', at(header.row, c, shown), {
          date: formatShortDate(date),
          firstColumn: first.header,
        }),
      );
      continue;
    }
    const meeting: MeetingColumn = { date, col: c + 1, header: shown, index: c };
    firstOfDate.set(date, meeting);
    if (date > ctx.today) {
      const args = { date: formatShortDate(date), today: formatShortDate(ctx.today) };
      problems.push(
        problemAt(
          hasMarks ? 'attendance.meeting.future' : 'attendance.meeting.upcoming',
          at(header.row, c, shown),
          args,
        ),
      );
      continue;
    }
    // A column of a past day with no mark at all is a meeting not written down yet (Siapkan Buku
    // heads the first one with its own date), not one everybody missed: counted once marked.
    if (!hasMarks) {
      problems.push(
        problemAt('attendance.meeting.unrecorded', at(header.row, c, shown), { date: formatShortDate(date) }),
      );
      continue;
    }
    meetings.push(meeting);
  }
  meetings.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.col - b.col));
  if (meetings.length === 0 && firstOfDate.size === 0)
    problems.push(problemAt('attendance.meeting.none', placeAt(tab, header.row)));

  const rows: AttendanceRow[] = [];
  const firstRow = new Map<string, number>();
  for (const r of bodyRows) {
    const row = readMemberRow(open, r, meetings, ctx, firstRow, idCol);
    if (row) rows.push(row);
  }

  checkAgainstMembers(open, meetings, rows, ctx, problems, idCol);
  // Without Kegiatan read, or without Anggota (each row's member unknown, so no count), nothing to compare.
  if (ctx.activities && ctx.members.ids)
    checkAgainstActivities(open, meetings, rows, ctx.activities, problems);
  return {
    sheet: { tab, headerRow: header.row, meetings: meetings.map(({ index: _, ...m }) => m), rows },
    tab,
  };
}

function readMemberRow(
  open: OpenTab<AttendanceColumn>,
  r: number,
  meetings: readonly MeetingColumn[],
  ctx: AttendanceContext,
  firstRow: Map<string, number>,
  idCol: number,
): AttendanceRow | undefined {
  const { grid, tab, problems } = open;
  const nameCol = open.header.columns.name?.col;
  const cells = meetings.map((m) => gridCell(grid, r, m.index));
  const idCell = gridCell(grid, r, idCol);
  const nameCell = nameCol === undefined ? null : gridCell(grid, r, nameCol - 1);
  if (isEmptyCell(idCell) && isEmptyCell(nameCell) && cells.every((c) => isEmptyCell(c))) return undefined;
  // `Jumlah` written in the No, ID or Nama column: a summary row, unless it is a member's ID.
  if (isEmptyCell(idCell) || !ctx.members.ids?.has(cellText(idCell).trim())) {
    const first = firstNonEmpty(grid, r);
    if (typeof first === 'string' && SUMMARY_ROW.test(first.trim())) {
      problems.push(problemAt('attendance.row.summary', placeAt(tab, r + 1), { value: first.trim() }));
      return undefined;
    }
  }
  const reader = new RowReader(open, r + 1);
  const memberId = reader.identifier('memberId');
  if (memberId === undefined) {
    if (!reader.hasError('memberId')) reader.report('memberId', 'attendance.member.missing');
    return undefined;
  }
  const seen = firstRow.get(memberId);
  if (seen !== undefined) {
    reader.report('memberId', 'attendance.member.duplicate', { value: memberId, firstRow: seen });
    return undefined;
  }
  firstRow.set(memberId, r + 1);
  const member = ctx.members.byId.get(memberId);
  if (!member) {
    if (ctx.members.ids?.has(memberId) === false)
      reader.report(
        'memberId',
        'attendance.member.unknown',
        { value: memberId },
        otherLetters(ctx.members.byId, memberId),
      );
    return undefined;
  }
  const marks = meetings.map((m, i): AttendanceMark | null => {
    const cell = cells[i] ?? null;
    const place = placeAt(tab, r + 1, m.header, m.col);
    const error = formulaErrorOf(cell);
    if (error !== undefined) {
      problems.push(problemAt('value.formulaError', place, { value: error }));
      return null;
    }
    const mark = readMark(cell);
    if (mark === undefined) {
      problems.push(problemAt('attendance.mark.unknown', place, { value: shownFigure(cell) }));
      return null;
    }
    if (mark !== null && !isMemberActiveOn(member, m.date)) {
      problems.push(
        problemAt('attendance.mark.inactive', place, {
          value: memberId,
          date: formatShortDate(m.date),
          joinDate: formatShortDate(member.joinDate),
          leaveDate: member.status === 'Keluar' && member.leaveDate ? formatShortDate(member.leaveDate) : '',
          mark: shownCell(cell).trim(),
        }),
      );
      return null;
    }
    return mark;
  });
  return { tab, row: r + 1, memberId, marks };
}

/**
 * An active member with no row counts as absent everywhere: worth a warning, once per member, at the
 * `ID Anggota` cell of the first empty row below the tab's last, where the row would be added.
 */
function checkAgainstMembers(
  open: OpenTab<AttendanceColumn>,
  meetings: readonly MeetingColumn[],
  rows: readonly AttendanceRow[],
  ctx: AttendanceContext,
  problems: Problem[],
  idCol: number,
): void {
  const listed = new Set(rows.map((r) => r.memberId));
  let last = open.grid.length;
  while (last > open.header.row && (open.grid[last - 1] ?? []).every(isEmptyCell)) last -= 1;
  const column = open.header.columns.memberId?.header ?? 'ID Anggota';
  for (const member of ctx.members.byId.values()) {
    if (listed.has(member.id)) continue;
    if (!meetings.some((m) => isMemberActiveOn(member, m.date))) continue;
    problems.push(
      problemAt('attendance.member.notListed', placeAt(open.tab, last + 1, column, idCol + 1), {
        value: member.id,
        name: member.name,
      }),
    );
  }
}

/** Each meeting should be a `Kegiatan` row that day, whose `Jumlah Hadir`, when given, is H + W. */
function checkAgainstActivities(
  open: OpenTab<AttendanceColumn>,
  meetings: readonly MeetingColumn[],
  rows: readonly AttendanceRow[],
  activities: readonly Activity[],
  problems: Problem[],
): void {
  meetings.forEach((m, i) => {
    const place = placeAt(open.tab, open.header.row, m.header, m.col);
    const sameDay = activities.filter((a) => a.date === m.date);
    if (sameDay.length === 0) {
      problems.push(problemAt('attendance.meeting.noActivity', place, { date: formatShortDate(m.date) }));
      return;
    }
    const present = rows.filter((r) => r.marks[i] === 'H' || r.marks[i] === 'W').length;
    const counted = sameDay.filter((a) => a.attendance !== undefined);
    if (counted.length === 0 || counted.some((a) => a.attendance === present)) return;
    const first = counted[0]!;
    problems.push(
      problemAt('attendance.meeting.countMismatch', place, {
        activityRow: first.row,
        recorded: first.attendance ?? 0,
        date: formatShortDate(m.date),
        present,
      }),
    );
  });
}
