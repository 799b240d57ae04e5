// The attendance example worked by hand: 8 members (two households of two, four alone), 5 meetings,
// A008 joining between the 2nd and the 3rd, A001 represented (W) at the 4th.
import type { Cell, Grid } from '../../../src/core/cell';
import type { MemberColumn } from '../../../src/core/book/schema';
import { activitiesGrid, d, membersGrid, sampleTabs, type Row } from '../book/fixtures';

export const MEETINGS = ['2026-02-05', '2026-03-05', '2026-04-05', '2026-05-05', '2026-06-05'] as const;

const member = (
  memberId: string,
  name: string,
  gender: 'L' | 'P',
  extra: Row<MemberColumn> = {},
): Row<MemberColumn> => ({ memberId, name, gender, joinDate: d('2026-01-01'), ...extra });

export const exampleMembers: readonly Row<MemberColumn>[] = [
  member('A001', 'Budi', 'L', { role: 'Ketua' }),
  member('A002', 'Siti', 'P', { householdHead: 'A001', role: 'Bendahara' }),
  member('A003', 'Joko', 'L'),
  member('A004', 'Ani', 'P', { householdHead: 'A003' }),
  member('A005', 'Rudi', 'L'),
  member('A006', 'Dewi', 'P'),
  member('A007', 'Eko', 'L'),
  member('A008', 'Rina', 'P', { joinDate: d('2026-03-10') }),
];

/** Marks at the 5 meetings; null is a blank cell. */
export const exampleMarks: Readonly<Record<string, readonly (string | null)[]>> = {
  A001: ['H', 'H', 'H', 'W', 'H'],
  A002: ['H', 'I', 'H', 'H', 'A'],
  A003: ['H', 'H', 'A', 'H', 'H'],
  A004: ['S', 'H', 'H', 'H', 'H'],
  A005: ['A', 'H', 'A', 'A', null],
  A006: ['H', 'H', 'H', 'H', 'H'],
  A007: ['H', 'A', null, 'A', 'A'],
  A008: [null, null, 'H', 'H', 'A'],
};

/** Present (H + W) at each meeting, worked by hand from the marks above. */
export const examplePresent = [5, 5, 5, 6, 4];

/** `Daftar Hadir` as the add-on's own layout: ID Anggota, Nama, one date column per meeting. */
export function exampleAttendanceGrid(): Cell[][] {
  const names = Object.fromEntries(exampleMembers.map((m) => [m.memberId, m.name]));
  return [
    ['ID Anggota', 'Nama', ...MEETINGS.map((m) => d(m))],
    ...Object.entries(exampleMarks).map(([id, marks]): Cell[] => [id, names[id] ?? null, ...marks]),
  ];
}

/** The example's tabs: every meeting recorded in `Kegiatan` with its head count. */
export function exampleTabs(attendance: Cell[][] = exampleAttendanceGrid()): Record<string, Grid> {
  return {
    ...sampleTabs({
      Anggota: membersGrid(exampleMembers),
      Kegiatan: activitiesGrid(
        MEETINGS.map((date, i) => ({
          date: d(date),
          type: 'Rapat/Diskusi Kelompok',
          description: `Rapat bulanan ${i + 1}`,
          attendance: examplePresent[i] ?? 0,
        })),
      ),
    }),
    'Daftar Hadir': attendance,
  };
}
