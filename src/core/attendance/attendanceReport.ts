// Participation figures from `Daftar Hadir` (docs/book.md §9): each meeting's rate, households
// present and rates by gender; each member's rate; the members to visit.
import { isMemberActiveOn } from '../book/memberActivity';
import type { AttendanceMark, Gender } from '../book/schema';
import type { Book, Member } from '../book/types';
import type { IsoDate } from '../cell';
import { firstByKey } from '../listsByKey';

/** Present (H + W) out of a number of people or households; `rate` null when there are none. */
export interface PresenceCount {
  readonly present: number;
  readonly active: number;
  readonly rate: number | null;
}

export interface MeetingAttendance {
  readonly date: IsoDate;
  /** The meeting's column in `Daftar Hadir` (1-based) and its header as written. */
  readonly col: number;
  readonly header: string;
  /** Members active that day marked H or W. */
  readonly present: number;
  /** Of them, marked W: a household member came in their place. */
  readonly represented: number;
  /** Members active that day marked I or S. */
  readonly excused: number;
  /** Members of `Anggota` active that day (joined, not yet left), with or without a row. */
  readonly active: number;
  /** present ÷ active; null when no member was active. */
  readonly rate: number | null;
  /** Households (a head and the members naming them in `Kepala Keluarga`) with any member H or W. */
  readonly households: PresenceCount;
  /** Among members whose `Jenis Kelamin` is given. */
  readonly byGender: Readonly<Record<Gender, PresenceCount>>;
}

export interface MemberAttendance {
  readonly memberId: string;
  readonly name: string;
  readonly gender: Gender | null;
  /** The member's last 4 meetings while active, up to the as-of date. */
  readonly last4: PresenceCount;
  /** The meetings of the as-of date's calendar year while the member was active. */
  readonly year: PresenceCount;
  /** Meetings in a row, back from the member's last, marked A or left blank. */
  readonly absencesInARow: number;
}

/** A member absent (A or blank) at each of their last 3 meetings while active: to visit. */
export interface MemberToVisit {
  readonly memberId: string;
  readonly name: string;
  /** Meetings in a row the member missed, counted back from the last (3 or more). */
  readonly absences: number;
  /** The last meeting the member attended (H or W) while active; null when none. */
  readonly lastPresent: IsoDate | null;
}

export interface AttendanceReport {
  readonly asOf: IsoDate;
  /** Meetings dated on or before the as-of date, oldest first. */
  readonly meetings: readonly MeetingAttendance[];
  /** Members active on the as-of date, in `Anggota` order. */
  readonly members: readonly MemberAttendance[];
  /** Most absences first, then by member ID. */
  readonly toVisit: readonly MemberToVisit[];
}

/** How many meetings in a row make a member one to visit (docs/book.md §9). */
export const ABSENCES_TO_VISIT = 3;

const isPresent = (mark: AttendanceMark | null) => mark === 'H' || mark === 'W';
const isAbsent = (mark: AttendanceMark | null) => mark === null || mark === 'A';

function count(present: number, active: number): PresenceCount {
  return { present, active, rate: active === 0 ? null : present / active };
}

/** The meetings whose figures the last 4 meetings are: present and active summed, then divided. */
export function lastMeetingsRate(report: Pick<AttendanceReport, 'meetings'>, n: number): PresenceCount {
  const last = report.meetings.slice(-n);
  return count(
    last.reduce((s, m) => s + m.present, 0),
    last.reduce((s, m) => s + m.active, 0),
  );
}

/**
 * The figures as of `asOf`. A member of `Anggota` without a row in `Daftar Hadir` is absent at every
 * meeting while active; a mark in a day the member was not active is not counted (the checks warn).
 */
export function attendanceReport(book: Book, asOf: IsoDate): AttendanceReport {
  const sheet = book.attendance;
  const meetings = (sheet?.meetings ?? [])
    .map((m, index) => ({ ...m, index }))
    .filter((m) => m.date <= asOf)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.col - b.col));
  const members: Member[] = [];
  const seen = new Set<string>();
  for (const m of book.members) {
    if (seen.has(m.id)) continue;
    seen.add(m.id);
    members.push(m);
  }
  const marksOf = firstByKey(
    sheet?.rows ?? [],
    (row) => row.memberId,
    (row) => row.marks,
  );
  const mark = (m: Member, index: number): AttendanceMark | null => marksOf.get(m.id)?.[index] ?? null;
  const household = (m: Member) => m.householdHead ?? m.id;

  const meetingFigures = meetings.map((meeting): MeetingAttendance => {
    const active = members.filter((m) => isMemberActiveOn(m, meeting.date));
    const marks = active.map((m) => ({ m, mark: mark(m, meeting.index) }));
    const present = marks.filter((x) => isPresent(x.mark));
    const homes = new Set(active.map(household));
    const homesPresent = new Set(present.map((x) => household(x.m)));
    const gender = (g: Gender) =>
      count(present.filter((x) => x.m.gender === g).length, active.filter((m) => m.gender === g).length);
    return {
      date: meeting.date,
      col: meeting.col,
      header: meeting.header,
      present: present.length,
      represented: marks.filter((x) => x.mark === 'W').length,
      excused: marks.filter((x) => x.mark === 'I' || x.mark === 'S').length,
      active: active.length,
      rate: active.length === 0 ? null : present.length / active.length,
      households: count(homesPresent.size, homes.size),
      byGender: { L: gender('L'), P: gender('P') },
    };
  });

  const year = asOf.slice(0, 4);
  const memberFigures: MemberAttendance[] = [];
  const toVisit: MemberToVisit[] = [];
  for (const m of members) {
    if (!isMemberActiveOn(m, asOf)) continue;
    const own = meetings.filter((meeting) => isMemberActiveOn(m, meeting.date));
    const marks = own.map((meeting) => mark(m, meeting.index));
    const last4 = marks.slice(-4);
    const inYear = own.flatMap((meeting, i) => (meeting.date.startsWith(year) ? [marks[i] ?? null] : []));
    let run = 0;
    while (run < marks.length && isAbsent(marks[marks.length - 1 - run] ?? null)) run += 1;
    memberFigures.push({
      memberId: m.id,
      name: m.name,
      gender: m.gender ?? null,
      last4: count(last4.filter(isPresent).length, last4.length),
      year: count(inYear.filter(isPresent).length, inYear.length),
      absencesInARow: run,
    });
    if (run >= ABSENCES_TO_VISIT) {
      let lastPresentIndex = marks.length - 1;
      while (lastPresentIndex >= 0 && !isPresent(marks[lastPresentIndex] ?? null)) lastPresentIndex -= 1;
      toVisit.push({
        memberId: m.id,
        name: m.name,
        absences: run,
        lastPresent: lastPresentIndex < 0 ? null : (own[lastPresentIndex]?.date ?? null),
      });
    }
  }
  toVisit.sort((a, b) => b.absences - a.absences || (a.memberId < b.memberId ? -1 : 1));
  return { asOf, meetings: meetingFigures, members: memberFigures, toVisit };
}
