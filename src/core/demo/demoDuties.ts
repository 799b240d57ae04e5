// The demo book's facilitator duties (docs/book.md §9): a year of monthly meetings in a
// hand-laid Daftar Hadir, a RUK with rows in every status, and two seasons of saprodi.
import type { Cell, IsoDate } from '../cell';
import { addDays, formatShortDate, fromYmd, monthName, toYmd } from '../isoDate';
import { attendanceTab, planTab, saprodiTab, type AttendanceMark, type ActivityType, type SaprodiKind } from '../book/schema';

/** What the demo needs to know of a member here. */
export interface DutiesMember {
  readonly id: string;
  readonly name: string;
  readonly head?: string;
  readonly relation: string;
  readonly joinDate: IsoDate;
  readonly leaveDate?: IsoDate;
  readonly landHa: number;
  readonly commodity: string;
}

export interface DutiesTab {
  readonly spec: typeof attendanceTab | typeof planTab | typeof saprodiTab;
  readonly name: string;
  readonly headerRow: number;
  readonly grid: Cell[][];
}

/** Members who stopped coming: absent at the last three meetings, so the journal lists them to visit. */
export const DEMO_TO_VISIT = ['A007', 'A023'] as const;

/** The days (from the cash book's opening) of the three monthly meetings inside its window. */
export const MEETING_DAYS = [5, 35, 65] as const;

const isActive = (m: DutiesMember, date: IsoDate) =>
  m.joinDate <= date && (m.leaveDate === undefined || date <= m.leaveDate);

export interface DemoMeetings {
  /** Oldest first: nine monthly meetings before the window, then the three in it. */
  readonly dates: readonly IsoDate[];
  readonly marks: ReadonlyMap<string, readonly (AttendanceMark | null)[]>;
  /** H + W of the members active at each meeting: the Kegiatan head count. */
  readonly present: readonly number[];
}

/** A year of meetings: each active member mostly present, households sending one another (W) now and then. */
export function demoMeetings(
  on: (day: number) => IsoDate,
  members: readonly DutiesMember[],
  rand: () => number,
): DemoMeetings {
  const dates = [...[9, 8, 7, 6, 5, 4, 3, 2, 1].map((k) => on(MEETING_DAYS[0] - 30 * k)), ...MEETING_DAYS.map(on)];
  const last = dates.length - 1;
  const marks = new Map<string, (AttendanceMark | null)[]>();
  for (const m of members) {
    const inHousehold = m.relation === 'head' || m.relation === 'spouse';
    marks.set(
      m.id,
      dates.map((date, i): AttendanceMark | null => {
        if (!isActive(m, date)) return null;
        if ((DEMO_TO_VISIT as readonly string[]).includes(m.id) && i > last - 3) return i === last ? null : 'A';
        if (m.id === 'A001') return 'H';
        const r = rand();
        if (r < 0.72) return 'H';
        if (r < 0.8) return inHousehold ? 'W' : 'H';
        if (r < 0.87) return 'I';
        if (r < 0.91) return 'S';
        return r < 0.96 ? 'A' : null;
      }),
    );
  }
  const present = dates.map(
    (date, i) =>
      members.filter((m) => isActive(m, date) && ['H', 'W'].includes(marks.get(m.id)?.[i] ?? '')).length,
  );
  return { dates, marks, present };
}

/**
 * `Daftar Hadir` as a secretary lays it out: a title, a No column, the oldest meeting's date written
 * as text in its header, a Jumlah column and a JUMLAH row (which the add-on passes over).
 */
export function attendanceGrid(groupName: string, meetings: DemoMeetings, members: readonly DutiesMember[]): DutiesTab {
  const header: Cell[] = [
    'No',
    'ID Anggota',
    'Nama',
    ...meetings.dates.map((d, i): Cell => (i === 0 ? `Rapat ${formatShortDate(d)}` : { date: d })),
    'Jumlah',
  ];
  const grid: Cell[][] = [[`DAFTAR HADIR RAPAT ANGGOTA ${groupName.toUpperCase()}`], [], header];
  members.forEach((m, i) => {
    const marks = meetings.marks.get(m.id) ?? [];
    grid.push([i + 1, m.id, m.name, ...marks, marks.filter((x) => x === 'H' || x === 'W').length]);
  });
  grid.push([null, 'JUMLAH HADIR', null, ...meetings.present, null]);
  return { spec: attendanceTab, name: attendanceTab.name, headerRow: 3, grid };
}

/** A plan row of the demo, and the activity or cash rows that carry its code. */
interface DemoPlanRow {
  readonly code: string;
  readonly activity: string;
  readonly type: ActivityType;
  readonly month: IsoDate;
  readonly target: number | null;
  readonly unit: string | null;
  readonly cost: number | null;
  readonly source: string;
  readonly responsible: string;
}

/**
 * The RUK: done in its month (R01, R02, R03, R06), done late (R04), not done with its month over
 * (R05), not yet done (R07 this month, R08 next month, R09 later).
 */
export function demoPlan(today: IsoDate, on: (day: number) => IsoDate): DemoPlanRow[] {
  const facilitator = 'Rudi Hartono, S.P.';
  return [
    { code: 'R01', activity: 'Penyusunan RUK musim tanam I', type: 'Penyusunan RUK', month: on(7), target: 1, unit: 'kali', cost: 150_000, source: 'Kas kelompok', responsible: facilitator },
    { code: 'R02', activity: 'Penyaluran pupuk NPK Phonska sesuai RDKK', type: 'Pelayanan Saprodi', month: on(14), target: 40, unit: 'sak', cost: 6_200_000, source: 'Bantuan/Hibah', responsible: 'Iis Rosita' },
    { code: 'R03', activity: 'Pelatihan pengendalian hama terpadu kentang', type: 'Pelatihan', month: on(22), target: 25, unit: 'orang', cost: 300_000, source: 'Dinas Pertanian', responsible: facilitator },
    { code: 'R04', activity: 'Panen dan penjualan bersama kubis', type: 'Pengembangan Usaha Bersama', month: addDays(on(50), -31), target: 4, unit: 'ton', cost: 500_000, source: 'Kas kelompok', responsible: 'Dadang Suherman' },
    { code: 'R05', activity: 'Pembuatan demplot kentang varietas Granola', type: 'Pengembangan Usaha Bersama', month: addDays(today, -40), target: 0.25, unit: 'ha', cost: 1_000_000, source: 'Kas kelompok', responsible: 'Tatang Sutisna' },
    { code: 'R06', activity: 'Kerja bakti saluran irigasi', type: 'Lainnya', month: on(72), target: 300, unit: 'm', cost: null, source: 'Swadaya', responsible: 'Ade Rukmana' },
    { code: 'R07', activity: 'Rapat evaluasi musim tanam I', type: 'Rapat/Diskusi Kelompok', month: today, target: 1, unit: 'kali', cost: 175_000, source: 'Kas kelompok', responsible: 'Dadang Suherman' },
    { code: 'R08', activity: 'Pelatihan pembukuan kelompok', type: 'Administrasi Kelompok', month: addDays(today, 35), target: 10, unit: 'orang', cost: 250_000, source: 'Kas kelompok', responsible: facilitator },
    { code: 'R09', activity: 'Studi banding ke kelompok tani Pangalengan', type: 'Kemitraan & Pemasaran', month: addDays(today, 70), target: 12, unit: 'orang', cost: 2_400_000, source: 'Bantuan/Hibah', responsible: 'Yayat Supriatna' },
  ]; // prettier-ignore
}

/** `RUK`, its month written as people write it: `Maret 2026`, or a date in the month. */
export function planGrid(rows: readonly DemoPlanRow[]): DutiesTab {
  const grid: Cell[][] = [planTab.columns.map((c) => c.header)];
  rows.forEach((r, i) => {
    const { year, month } = toYmd(r.month);
    const byKey: Record<string, Cell> = {
      code: r.code,
      activity: r.activity,
      type: r.type,
      month: i % 3 === 2 ? { date: fromYmd(year, month, 1) } : `${monthName(month, 'id')} ${year}`,
      target: r.target,
      unit: r.unit,
      cost: r.cost,
      fundSource: r.source,
      responsible: r.responsible,
    };
    grid.push(planTab.columns.map((c) => byKey[c.key] ?? null));
  });
  return { spec: planTab, name: planTab.name, headerRow: 1, grid };
}

interface SaprodiLine {
  readonly season: string;
  readonly member: DutiesMember;
  readonly kind: SaprodiKind;
  readonly plannedKg: number;
  readonly receivedKg: number | null;
  readonly receivedDate: IsoDate | null;
  readonly plantingDate: IsoDate;
}

/** Deliberate: one member's Urea of the first season arrived after planting. */
export const LATE_SAPRODI_MEMBER = 'A008';

/**
 * Deliberate: a bigger farmer (his `Luas Lahan` set to this, not drawn) plants it all in the second
 * season, over `Batas Luas Subsidi` (2 ha): his NPK is warned about, his seed (not subsidised) is not.
 */
export const OVER_LIMIT_MEMBER = { id: 'A025', landHa: 2.4 } as const;

/** The second season's commodities already planted six days ago; the others are planted in eight days. */
const PLANTED_FIRST = ['Kentang', 'Tomat'];

/** The member of the second turn whose Organik is still to come: a row not yet due (docs/book.md §9). */
export const ORGANIK_TO_COME = 'A014';

/** Where the demo's deliberate Saprodi problems are: 1-based sheet rows. */
export interface SaprodiDeliberateRows {
  /** The first season's Urea received after planting. */
  readonly lateRow: number;
  /** The second season's NPK handed out under the member who had left the group. */
  readonly leftMemberRow: number;
  /** The second season's NPK of the member planting more than `Batas Luas Subsidi`. */
  readonly overLimitRow: number;
}

/**
 * Two seasons: the first planted on day 20 (NPK handed out on day 14, Urea on day 16, one member's
 * short and one after planting). The second is planted in two turns, potatoes and tomatoes six days
 * ago and the rest in eight days: NPK handed out thirteen days ago (one member's short, and one share
 * under the member who left the group six weeks ago), Organik before each turn, the second turn's
 * today but for one member, whose Organik is still to come (not yet due); one member, who stopped
 * coming, has received nothing though her tomatoes are planted; one bigger farmer plants over the
 * subsidy area limit.
 */
export function saprodiGrid(
  today: IsoDate,
  on: (day: number) => IsoDate,
  members: readonly DutiesMember[],
): DutiesTab & SaprodiDeliberateRows {
  const first = `MT I ${toYmd(on(14)).year}`;
  const second = `MT II ${toYmd(addDays(today, 20)).year}`;
  const lines: SaprodiLine[] = [];
  const kg = (ha: number, perHa: number) => Math.max(25, Math.round((ha * perHa) / 25) * 25);
  const growers = members.filter((m) => isActive(m, on(14)) && m.relation !== 'child').slice(0, 18);
  for (const m of growers) {
    const npk = kg(m.landHa, 250);
    const urea = kg(m.landHa, 200);
    lines.push({ season: first, member: m, kind: 'NPK', plannedKg: npk, receivedKg: npk, receivedDate: on(14), plantingDate: on(20) });
    const short = m.id === 'A010';
    const late = m.id === LATE_SAPRODI_MEMBER;
    lines.push({ season: first, member: m, kind: 'Urea', plannedKg: urea, receivedKg: short ? urea - 25 : urea, receivedDate: late ? on(24) : on(16), plantingDate: on(20) });
  }
  const npkDay = addDays(today, -13);
  const turn = (m: DutiesMember) =>
    PLANTED_FIRST.includes(m.commodity)
      ? { planting: addDays(today, -6), organikDay: addDays(today, -9) }
      : { planting: addDays(today, 8), organikDay: today };
  const stoppedComing = DEMO_TO_VISIT[0];
  const left = members.find((m) => m.leaveDate !== undefined && m.leaveDate < npkDay);
  const big = members.find((m) => m.id === OVER_LIMIT_MEMBER.id);
  members
    .filter((m) => isActive(m, today) && m.relation !== 'child')
    .slice(0, 12)
    .forEach((m) => {
      const { planting, organikDay } = turn(m);
      const nothing = m.id === stoppedComing;
      const npk = kg(m.landHa, 250);
      const npkReceived = m.id === 'A006' ? npk - 25 : npk;
      lines.push({ season: second, member: m, kind: 'NPK', plannedKg: npk, receivedKg: nothing ? null : npkReceived, receivedDate: nothing ? null : npkDay, plantingDate: planting });
      const organik = kg(m.landHa, 500);
      const none = nothing || m.id === ORGANIK_TO_COME;
      lines.push({ season: second, member: m, kind: 'Organik', plannedKg: organik, receivedKg: none ? null : organik, receivedDate: none ? null : organikDay, plantingDate: planting });
    }); // prettier-ignore
  if (big) {
    const { planting, organikDay } = turn(big);
    const npk = kg(big.landHa, 250);
    lines.push({ season: second, member: big, kind: 'NPK', plannedKg: npk, receivedKg: npk, receivedDate: npkDay, plantingDate: planting });
    lines.push({ season: second, member: big, kind: 'Benih', plannedKg: 0.5, receivedKg: 0.5, receivedDate: organikDay, plantingDate: planting });
  } // prettier-ignore
  if (left) {
    const npk = kg(left.landHa, 250);
    lines.push({ season: second, member: left, kind: 'NPK', plannedKg: npk, receivedKg: npk, receivedDate: npkDay, plantingDate: turn(left).planting });
  } // prettier-ignore
  const grid: Cell[][] = [saprodiTab.columns.map((c) => c.header)];
  let lateRow = 0;
  let leftMemberRow = 0;
  let overLimitRow = 0;
  for (const l of lines) {
    if (l.member.id === LATE_SAPRODI_MEMBER && l.kind === 'Urea' && l.season === first) lateRow = grid.length + 1;
    if (l.member === left && l.season === second) leftMemberRow = grid.length + 1;
    if (l.member === big && l.kind === 'NPK' && l.season === second) overLimitRow = grid.length + 1;
    const byKey: Record<string, Cell> = {
      season: l.season,
      memberId: l.member.id,
      commodity: l.member.commodity,
      areaHa: l.member.landHa,
      kind: l.kind,
      plannedKg: l.plannedKg,
      receivedKg: l.receivedKg,
      receivedDate: l.receivedDate === null ? null : { date: l.receivedDate },
      plantingDate: { date: l.plantingDate },
    };
    grid.push(saprodiTab.columns.map((c) => byKey[c.key] ?? null));
  }
  return { spec: saprodiTab, name: saprodiTab.name, headerRow: 1, grid, lateRow, leftMemberRow, overLimitRow };
}
