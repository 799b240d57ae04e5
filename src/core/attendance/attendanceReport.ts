// Participation figures from `Daftar Hadir` (docs/book.md §9): each meeting's rate, households
// present and rates by gender; each member's rate; the members to visit.
import { madeOnce } from '../madeOnce';
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

/**
 * The rate in whole percent, half up as §5 rounds: worked from the counts, since 23 ÷ 40 as a
 * fraction times 100 is 57.4999… and would round to 57, not 58.
 */
export function wholePercent(c: PresenceCount): number {
  return Math.round((c.present * 100) / c.active);
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
  // Each member's marks and household found once, not once a meeting: a district book's 5,000
  // members at 12 meetings made some 20 lists a meeting, on every click that shows participation.
  const marksByMember = members.map((m) => marksOf.get(m.id));
  const mark = (k: number, index: number): AttendanceMark | null => marksByMember[k]?.[index] ?? null;
  let households = 0;
  const householdNo = madeOnce(() => households++);
  const homeOf = members.map((m) => householdNo(m.householdHead ?? m.id));
  // The last meeting that counted each household, active and present: no set of names a meeting.
  const homeActiveAt = new Int32Array(households).fill(-1);
  const homePresentAt = new Int32Array(households).fill(-1);

  const meetingFigures = meetings.map((meeting, j): MeetingAttendance => {
    let active = 0;
    let present = 0;
    let represented = 0;
    let excused = 0;
    let homes = 0;
    let homesPresent = 0;
    const gendered = { L: { present: 0, active: 0 }, P: { present: 0, active: 0 } };
    members.forEach((m, k) => {
      if (!isMemberActiveOn(m, meeting.date)) return;
      const x = mark(k, meeting.index);
      const here = isPresent(x);
      const home = homeOf[k]!;
      active += 1;
      if (homeActiveAt[home] !== j) {
        homeActiveAt[home] = j;
        homes += 1;
      }
      if (here) {
        present += 1;
        if (homePresentAt[home] !== j) {
          homePresentAt[home] = j;
          homesPresent += 1;
        }
      }
      if (x === 'W') represented += 1;
      else if (x === 'I' || x === 'S') excused += 1;
      if (m.gender === 'L' || m.gender === 'P') {
        gendered[m.gender].active += 1;
        if (here) gendered[m.gender].present += 1;
      }
    });
    return {
      date: meeting.date,
      col: meeting.col,
      header: meeting.header,
      present,
      represented,
      excused,
      active,
      rate: active === 0 ? null : present / active,
      households: count(homesPresent, homes),
      byGender: {
        L: count(gendered.L.present, gendered.L.active),
        P: count(gendered.P.present, gendered.P.active),
      },
    };
  });

  const year = asOf.slice(0, 4);
  const memberFigures: MemberAttendance[] = [];
  const toVisit: MemberToVisit[] = [];
  members.forEach((m, k) => {
    if (!isMemberActiveOn(m, asOf)) return;
    // The member's meetings while active, from the latest back.
    let last4 = 0;
    let last4Present = 0;
    let inYear = 0;
    let inYearPresent = 0;
    let run = 0;
    let runGoesOn = true;
    let lastPresent: IsoDate | null = null;
    for (let j = meetings.length - 1; j >= 0; j -= 1) {
      const meeting = meetings[j]!;
      if (!isMemberActiveOn(m, meeting.date)) continue;
      const x = mark(k, meeting.index);
      const here = isPresent(x);
      if (last4 < 4) {
        last4 += 1;
        if (here) last4Present += 1;
      }
      if (meeting.date.startsWith(year)) {
        inYear += 1;
        if (here) inYearPresent += 1;
      }
      if (runGoesOn && isAbsent(x)) run += 1;
      else runGoesOn = false;
      if (here && lastPresent === null) lastPresent = meeting.date;
    }
    memberFigures.push({
      memberId: m.id,
      name: m.name,
      gender: m.gender ?? null,
      last4: count(last4Present, last4),
      year: count(inYearPresent, inYear),
      absencesInARow: run,
    });
    if (run >= ABSENCES_TO_VISIT) toVisit.push({ memberId: m.id, name: m.name, absences: run, lastPresent });
  });
  toVisit.sort((a, b) => b.absences - a.absences || (a.memberId < b.memberId ? -1 : 1));
  return { asOf, meetings: meetingFigures, members: memberFigures, toVisit };
}
