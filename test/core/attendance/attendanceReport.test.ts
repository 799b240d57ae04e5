import { attendanceReport, lastMeetingsRate } from '../../../src/core/attendance/attendanceReport';
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
