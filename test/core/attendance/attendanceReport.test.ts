import fc from 'fast-check';
import {
  attendanceReport,
  lastMeetingsRate,
  type AttendanceReport,
} from '../../../src/core/attendance/attendanceReport';
import { isMemberActiveOn } from '../../../src/core/book/memberActivity';
import type { AttendanceMark } from '../../../src/core/book/schema';
import { defaultSettings, type Book, type Member } from '../../../src/core/book/types';
import type { IsoDate } from '../../../src/core/cell';
import { addDays } from '../../../src/core/isoDate';
import { readBook } from '../../../src/core/book/readBook';
import { TODAY, tabSource } from '../book/fixtures';
import { exampleTabs, MEETINGS } from './attendanceExample';

const reading = () => readBook(tabSource(exampleTabs()), { today: TODAY });

describe('attendance figures of the hand-worked example (8 members, 5 meetings)', () => {
  it('reads the example without a problem in Daftar Hadir', () => {
    expect(reading().problems.filter((p) => p.tab === 'Daftar Hadir')).toEqual([]);
  });

  it("gives each meeting's rate: (H + W) ÷ members active that day, A008 counted from the 3rd", () => {
    const report = attendanceReport(reading().book, TODAY);
    expect(report.meetings.map((m) => [m.date, m.present, m.active])).toEqual([
      [MEETINGS[0], 5, 7],
      [MEETINGS[1], 5, 7],
      [MEETINGS[2], 5, 8],
      [MEETINGS[3], 6, 8],
      [MEETINGS[4], 4, 8],
    ]);
    expect(report.meetings.map((m) => m.rate)).toEqual([5 / 7, 5 / 7, 5 / 8, 6 / 8, 4 / 8]);
    // The W of A001 at the 4th meeting counts as present, and is counted as represented.
    expect(report.meetings[3]).toMatchObject({ represented: 1, excused: 0 });
    // I (A002) at the 2nd, S (A004) at the 1st: excused, not present.
    expect(report.meetings[0]).toMatchObject({ excused: 1 });
    expect(report.meetings[1]).toMatchObject({ excused: 1 });
  });

  it('counts households present: a household with any member H or W', () => {
    const report = attendanceReport(reading().book, TODAY);
    // Households: A001+A002, A003+A004, A005, A006, A007, and A008 from the 3rd meeting.
    expect(report.meetings.map((m) => [m.households.present, m.households.active])).toEqual([
      [4, 5],
      [4, 5],
      [4, 6],
      [4, 6],
      [3, 6],
    ]);
  });

  it('gives rates by gender', () => {
    const report = attendanceReport(reading().book, TODAY);
    expect(report.meetings[0]?.byGender).toEqual({
      L: { present: 3, active: 4, rate: 3 / 4 },
      P: { present: 2, active: 3, rate: 2 / 3 },
    });
    expect(report.meetings[2]?.byGender).toEqual({
      L: { present: 1, active: 4, rate: 1 / 4 },
      P: { present: 4, active: 4, rate: 1 },
    });
    expect(report.meetings[4]?.byGender).toEqual({
      L: { present: 2, active: 4, rate: 2 / 4 },
      P: { present: 2, active: 4, rate: 2 / 4 },
    });
  });

  it("gives each member's rate over their last 4 meetings and the year, counting only meetings while active", () => {
    const report = attendanceReport(reading().book, TODAY);
    const of = (id: string) => report.members.find((m) => m.memberId === id);
    expect(of('A001')).toMatchObject({
      last4: { present: 4, active: 4, rate: 1 },
      year: { present: 5, active: 5 },
    });
    expect(of('A002')).toMatchObject({ last4: { present: 2, active: 4 }, year: { present: 3, active: 5 } });
    expect(of('A005')).toMatchObject({ last4: { present: 1, active: 4 }, year: { present: 1, active: 5 } });
    expect(of('A007')).toMatchObject({
      last4: { present: 0, active: 4, rate: 0 },
      year: { present: 1, active: 5 },
    });
    // A008 joined after the 2nd meeting: 3 meetings while active.
    expect(of('A008')).toMatchObject({ last4: { present: 2, active: 3 }, year: { present: 2, active: 3 } });
  });

  it('lists to visit the members absent (A or blank) at each of their last 3 meetings, most absences first', () => {
    const report = attendanceReport(reading().book, TODAY);
    expect(report.toVisit).toEqual([
      { memberId: 'A007', name: 'Eko', absences: 4, lastPresent: MEETINGS[0] },
      { memberId: 'A005', name: 'Rudi', absences: 3, lastPresent: MEETINGS[1] },
    ]);
  });

  it('sums the last 4 meetings: present over active, not an average of rates', () => {
    const report = attendanceReport(reading().book, TODAY);
    expect(lastMeetingsRate(report, 4)).toEqual({ present: 20, active: 31, rate: 20 / 31 });
  });

  it('counts only meetings up to the as-of date', () => {
    const report = attendanceReport(reading().book, '2026-04-30');
    expect(report.meetings.map((m) => m.date)).toEqual(MEETINGS.slice(0, 3));
    // As of the 3rd meeting, nobody has 3 absences in a row yet … A007 has 2 (A, blank).
    expect(report.toVisit).toEqual([]);
  });

  it('gives no meetings and nobody to visit for a book without Daftar Hadir', () => {
    const { book } = reading();
    const without = { ...book, attendance: undefined };
    const report = attendanceReport(without, TODAY);
    expect(report.meetings).toEqual([]);
    expect(report.toVisit).toEqual([]);
    expect(lastMeetingsRate(report, 4)).toEqual({ present: 0, active: 0, rate: null });
  });
});

/**
 * docs/book.md §9 written list by list, as the report was first written: each meeting's active
 * members, their marks, the present among them, the households of each; each member's meetings
 * while active, the last 4 of them, those of the year, the absences back from the last.
 */
function byDefinition(book: Book, asOf: IsoDate): AttendanceReport {
  const sheet = book.attendance;
  const meetings = (sheet?.meetings ?? [])
    .map((m, index) => ({ ...m, index }))
    .filter((m) => m.date <= asOf)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.col - b.col));
  const members = book.members.filter((m, i) => book.members.findIndex((x) => x.id === m.id) === i);
  const mark = (m: Member, index: number): AttendanceMark | null =>
    sheet?.rows.find((r) => r.memberId === m.id)?.marks[index] ?? null;
  const present = (x: AttendanceMark | null) => x === 'H' || x === 'W';
  const rate = (p: number, a: number) => ({ present: p, active: a, rate: a === 0 ? null : p / a });
  const home = (m: Member) => m.householdHead ?? m.id;
  const meetingFigures = meetings.map((meeting) => {
    const active = members.filter((m) => isMemberActiveOn(m, meeting.date));
    const here = active.filter((m) => present(mark(m, meeting.index)));
    const gender = (g: 'L' | 'P') =>
      rate(here.filter((m) => m.gender === g).length, active.filter((m) => m.gender === g).length);
    return {
      date: meeting.date,
      col: meeting.col,
      header: meeting.header,
      present: here.length,
      represented: active.filter((m) => mark(m, meeting.index) === 'W').length,
      excused: active.filter((m) => ['I', 'S'].includes(mark(m, meeting.index) ?? '')).length,
      active: active.length,
      rate: active.length === 0 ? null : here.length / active.length,
      households: rate(new Set(here.map(home)).size, new Set(active.map(home)).size),
      byGender: { L: gender('L'), P: gender('P') },
    };
  });
  const figures = members
    .filter((m) => isMemberActiveOn(m, asOf))
    .map((m) => {
      const own = meetings.filter((meeting) => isMemberActiveOn(m, meeting.date));
      const marks = own.map((meeting) => mark(m, meeting.index));
      const last4 = marks.slice(-4);
      const inYear = marks.filter((_, i) => own[i]!.date.startsWith(asOf.slice(0, 4)));
      let run = 0;
      while (run < marks.length && [null, 'A'].includes(marks[marks.length - 1 - run] ?? null)) run += 1;
      const lastHere = own.filter((_, i) => present(marks[i] ?? null)).pop();
      return {
        member: m,
        run,
        lastPresent: lastHere?.date ?? null,
        figure: {
          memberId: m.id,
          name: m.name,
          gender: m.gender ?? null,
          last4: rate(last4.filter(present).length, last4.length),
          year: rate(inYear.filter(present).length, inYear.length),
          absencesInARow: run,
        },
      };
    });
  const toVisit = figures
    .filter((f) => f.run >= 3)
    .map((f) => ({ memberId: f.member.id, name: f.member.name, absences: f.run, lastPresent: f.lastPresent }))
    .sort((a, b) => b.absences - a.absences || (a.memberId < b.memberId ? -1 : 1));
  return { asOf, meetings: meetingFigures, members: figures.map((f) => f.figure), toVisit };
}

describe('the report against its definition (fast-check)', () => {
  it('gives every meeting, member and member to visit as the definition does, households and leavers included', () => {
    // A short window and few IDs, so that meetings fall while members are active and households
    // (a head shared, or a member naming another as head) often have two members at one meeting.
    const day = fc.integer({ min: 0, max: 120 }).map((d) => addDays('2026-01-01', d));
    const ids = ['A1', 'A2', 'A3', 'A4', 'A5'];
    const member = fc.record({
      id: fc.constantFrom(...ids),
      gender: fc.option(fc.constantFrom<'L' | 'P'>('L', 'P'), { nil: undefined }),
      head: fc.option(fc.constantFrom('A1', 'A2', 'X9'), { nil: undefined, freq: 2 }),
      joinDate: day,
      leaveDate: fc.option(day, { nil: undefined, freq: 1 }),
    });
    const mark = fc.constantFrom<AttendanceMark | null>('H', 'H', 'W', 'I', 'S', 'A', null);
    fc.assert(
      fc.property(
        fc.array(member, { maxLength: 9 }),
        fc.array(day, { maxLength: 8 }),
        fc.array(
          fc.record({ id: fc.constantFrom(...ids), marks: fc.array(mark, { minLength: 8, maxLength: 8 }) }),
          { minLength: 3, maxLength: 9 },
        ),
        // As of a day past most meetings (and some after it), or before them all.
        fc.integer({ min: -10, max: 180 }).map((d) => addDays('2026-01-01', d)),
        (people, dates, rows, asOf) => {
          const book: Book = {
            settings: defaultSettings,
            members: people.map((p, i): Member => ({
              tab: 'Anggota',
              row: i + 2,
              id: p.id,
              name: `Anggota ${i}`,
              role: 'Anggota',
              joinDate: p.joinDate,
              status: p.leaveDate === undefined ? 'Aktif' : 'Keluar',
              ...(p.leaveDate !== undefined && { leaveDate: p.leaveDate }),
              ...(p.gender !== undefined && { gender: p.gender }),
              ...(p.head !== undefined && { householdHead: p.head }),
            })),
            cash: [],
            loans: [],
            activities: [],
            tabNames: {},
            attendance: {
              tab: 'Daftar Hadir',
              headerRow: 1,
              meetings: dates.map((date, i) => ({ date, col: 3 + i, header: date })),
              rows: rows.map((r, i) => ({ tab: 'Daftar Hadir', row: i + 2, memberId: r.id, marks: r.marks })),
            },
          };
          expect(attendanceReport(book, asOf)).toEqual(byDefinition(book, asOf));
        },
      ),
      { numRuns: 300, seed: 20261202 },
    );
  });
});
