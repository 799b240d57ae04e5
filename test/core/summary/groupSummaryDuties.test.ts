// The summary's figures of the facilitator's other duties (docs/book.md §9), worked by hand on two
// small groups: attendance of the last 4 meetings, women's share, RUK on time, saprodi right; the
// totals divide sum by sum, as PAR30's do, never average the groups' ratios.
import type { AttendanceMark } from '../../../src/core/book/schema';
import type { Book, Member, PlanRow, SaprodiRow } from '../../../src/core/book/types';
import { creditReport } from '../../../src/core/credit/creditReport';
import type { ReviewedBook } from '../../../src/core/reviewBook';
import { memberSavings } from '../../../src/core/savings/memberSavings';
import { dutiesFigures, groupSummary, groupSummaryRow } from '../../../src/core/summary/groupSummary';
import { activity, bookOf, member, type Rowless } from '../bookBuilder';

const asOf = '2026-05-31';

function checked(book: Book): ReviewedBook {
  return { book, problems: [], credit: creditReport(book, asOf), savings: memberSavings(book, asOf) };
}

function attendance(dates: readonly string[], marks: Record<string, readonly (AttendanceMark | null)[]>) {
  return {
    tab: 'Daftar Hadir',
    headerRow: 1,
    meetings: dates.map((date, i) => ({ date, col: i + 3, header: date })),
    rows: Object.entries(marks).map(([memberId, m], i) => ({
      tab: 'Daftar Hadir',
      row: i + 2,
      memberId,
      marks: m,
    })),
  };
}

const planRow = (code: string, month: string): PlanRow => ({
  tab: 'RUK',
  row: 2,
  code,
  activity: `Kegiatan ${code}`,
  type: 'Rapat/Diskusi Kelompok',
  month,
});

const saprodi = (memberId: string, kind: SaprodiRow['kind'], extra: Partial<SaprodiRow>): SaprodiRow => ({
  tab: 'Saprodi',
  row: 2,
  season: 'MT I 2026',
  memberId,
  commodity: 'Padi',
  areaHa: 0.5,
  kind,
  plannedKg: 100,
  ...extra,
});

// Makmur. A003 joins 10 March; A005 left 15 February; A004's gender is not written.
const makmurMembers: Rowless<Member>[] = [
  member('A001', 'Budi', { gender: 'L' }),
  member('A002', 'Siti', { gender: 'P' }),
  member('A003', 'Ani', { gender: 'P', joinDate: '2026-03-10' }),
  member('A004', 'Joko'),
  member('A005', 'Rudi', { gender: 'L', status: 'Keluar', leaveDate: '2026-02-15' }),
];
const makmur: Book = {
  ...bookOf({
    members: makmurMembers,
    activities: [
      activity('2026-02-10', 'Rapat/Diskusi Kelompok', 'R01', { planCode: 'R01' }),
      activity('2026-04-05', 'Rapat/Diskusi Kelompok', 'R02', { planCode: 'R02' }),
      activity('2026-05-25', 'Rapat/Diskusi Kelompok', 'R05', { planCode: 'R05' }),
      activity('2025-12-20', 'Rapat/Diskusi Kelompok', 'R06', { planCode: 'R06' }),
    ],
  }),
  attendance: attendance(['2026-01-20', '2026-02-20', '2026-03-20', '2026-04-20', '2026-05-20'], {
    A001: ['H', 'H', 'A', 'H', 'W'],
    A002: ['H', 'A', 'H', 'H', 'H'],
    A003: [null, null, 'H', 'A', null],
    A004: ['A', 'A', 'A', 'A', 'A'],
    A005: ['H', null, null, null, null],
  }),
  plan: [
    planRow('R01', '2026-02'), // done 10 Feb, in its month: Terlaksana, due
    planRow('R02', '2026-03'), // done 5 April: Terlambat, due, not on time
    planRow('R03', '2026-04'), // not done, April over: Tidak Terlaksana, due
    planRow('R04', '2026-05'), // not done, May runs through the 31st: Belum, not due
    planRow('R05', '2026-06'), // done 25 May, before its month: Terlaksana, counted as due
    planRow('R06', '2025-11'), // last year's row, done late: not this year's plan
  ],
  saprodi: [
    // Received in full before planting, by an active member: right on all three.
    saprodi('A001', 'NPK', { receivedKg: 100, receivedDate: '2026-04-01', plantingDate: '2026-04-10' }),
    // 90 of 100 kg: wrong amount.
    saprodi('A002', 'Urea', { receivedKg: 90, receivedDate: '2026-04-01', plantingDate: '2026-04-10' }),
    // A005 left on 15 February: wrong person.
    saprodi('A005', 'NPK', { receivedKg: 100, receivedDate: '2026-04-01', plantingDate: '2026-04-10' }),
    // Received five days after planting: wrong time.
    saprodi('A001', 'Urea', { receivedKg: 100, receivedDate: '2026-04-15', plantingDate: '2026-04-10' }),
    // Planting on 15 June, after the date: not counted yet.
    saprodi('A002', 'NPK', { plantingDate: '2026-06-15' }),
    // Received in May without a planting date: counted, its time cannot be told, so not right.
    saprodi('A003', 'NPK', { receivedKg: 100, receivedDate: '2026-05-01' }),
  ],
};

// Lestari: four members, one meeting, no RUK and no Saprodi.
const lestari: Book = {
  ...bookOf({
    settings: { groupName: 'Kelompok Tani Lestari' },
    members: [
      member('B001', 'Euis', { gender: 'P' }),
      member('B002', 'Iis', { gender: 'P' }),
      member('B003', 'Asep', { gender: 'L' }),
      member('B004', 'Dadang', { gender: 'L' }),
    ],
  }),
  attendance: attendance(['2026-05-10'], { B001: ['H'], B002: ['W'], B003: ['A'], B004: ['H'] }),
};

describe('the duties figures of one group', () => {
  it('Makmur, worked by hand', () => {
    // Last 4 meetings: 20 Feb (active A001 A002 A004; present A001) 1/3; 20 Mar (A003 joined:
    // 4 active; A002 A003) 2/4; 20 Apr (A001 A002) 2/4; 20 May (A001 W, A002) 2/4: 7 of 15.
    // Women: active A001 L, A002 P, A003 P, A004 unknown (A005 left): 2 of 3.
    // RUK 2026: R01 and R05 on time, of R01 R02 R03 R05 due. Saprodi: 1 right of 5 counted.
    expect(dutiesFigures(makmur, asOf)).toEqual({
      attendancePresent: 7,
      attendanceActive: 15,
      attendanceLast4: 7 / 15,
      activeWomen: 2,
      activeWithGender: 3,
      womenShare: 2 / 3,
      rukOnTime: { done: 2, due: 4 },
      saprodiRight: { right: 1, rows: 5 },
    });
  });

  it('Lestari: one meeting, W counts as present; no plan and no saprodi give 0 of 0', () => {
    expect(dutiesFigures(lestari, asOf)).toEqual({
      attendancePresent: 3,
      attendanceActive: 4,
      attendanceLast4: 0.75,
      activeWomen: 2,
      activeWithGender: 4,
      womenShare: 0.5,
      rukOnTime: { done: 0, due: 0 },
      saprodiRight: { right: 0, rows: 0 },
    });
  });

  it('RUK on time: none due when Kegiatan was not read (missing, or its header row not found), never 0 of 4', () => {
    const { activities: _, ...tabNames } = makmur.tabNames;
    expect(dutiesFigures({ ...makmur, activities: [], tabNames }, asOf).rukOnTime).toEqual({
      done: 0,
      due: 0,
    });
  });

  it('a book without Daftar Hadir and without a gender written has no rate at all', () => {
    const figures = dutiesFigures(bookOf({ members: [member('C001', 'Ujang')] }), asOf);
    expect(figures.attendanceLast4).toBeNull();
    expect(figures.womenShare).toBeNull();
  });

  it('counts only meetings up to the as-of date: on 15 March, the last 4 are 20 Jan and 20 Feb', () => {
    // 20 Jan: A001 A002 A004 A005 active, present A001 A002 A005 (3 of 4); 20 Feb: 1 of 3.
    const early = dutiesFigures(makmur, '2026-03-15');
    expect([early.attendancePresent, early.attendanceActive]).toEqual([4, 7]);
    // R01 done on time; R02's month not over yet: 1 of 1.
    expect(early.rukOnTime).toEqual({ done: 1, due: 1 });
  });
});

describe('the totals', () => {
  const a = groupSummaryRow('makmur.xlsx', checked(makmur), asOf);
  const b = groupSummaryRow('lestari.xlsx', checked(lestari), asOf);
  const totals = groupSummary([a, b], asOf, asOf).totals;

  it('divide sum by sum over the groups, not the average of their ratios', () => {
    expect(totals).toMatchObject({
      attendancePresent: 10,
      attendanceActive: 19,
      attendanceLast4: 10 / 19,
      activeWomen: 4,
      activeWithGender: 7,
      womenShare: 4 / 7,
      rukOnTime: { done: 2, due: 4 },
      saprodiRight: { right: 1, rows: 5 },
    });
    // The average of 7/15 and 3/4 would say 60,8 %; of 2/3 and 1/2, 58,3 %.
    expect(totals.attendanceLast4).not.toBeCloseTo((7 / 15 + 0.75) / 2, 3);
    expect(totals.womenShare).not.toBeCloseTo((2 / 3 + 0.5) / 2, 3);
  });
});
