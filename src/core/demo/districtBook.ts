// A district office's combined book for measuring speed: at scale 1, 5,000 members, 5,000 loans and
// 100,000 Kas rows over a year, with a few typing slips per thousand rows so that the checks have
// long lists to page. Pure and deterministic (seeded, no clock), like the demo book. With `duties`, it
// also has the four input tabs of a district's duties and credit changes (docs/book.md §7, §9):
// `Perubahan Pinjaman`, `Daftar Hadir`, `RUK` and `Saprodi`, in proportion to the members.
import { seeded } from './seededRandom';
import type { Cell, IsoDate } from '../cell';
import { addDays, formatShortDate, monthName, toYmd } from '../isoDate';
import { loanSchedule } from '../credit/loanSchedule';
import { formatRupiah } from '../money';
import {
  activitiesTab,
  attendanceTab,
  cashTab,
  loanChangesTab,
  loansTab,
  membersTab,
  planTab,
  saprodiTab,
  settingsTab,
  type ActivityType,
  type AttendanceMark,
  type TabSpec,
} from '../book/schema';
import type { DemoBook, DemoTab } from './demoBook';
import { headerCells, rowCells } from '../book/tabCells';

/** The sizes of the book at scale 1 (the issue's ×1). */
export const DISTRICT_SIZE = { members: 5_000, loans: 5_000, cashRows: 100_000, activities: 200 } as const;

/**
 * The duty tabs with `duties`, at scale 1: a monthly meeting of every member over the year (5,000
 * rows of 12 meetings), one RUK row for every 10 members, a season of NPK and Urea for every member
 * and of NPK for every other one (12,500 rows), a rescheduling of every 25th loan and the write-off
 * of every 50th loan that stopped paying early.
 */
export const DISTRICT_DUTIES = { meetings: 12, membersPerPlanRow: 10, rescheduleEvery: 25, writeOffEvery: 50 } as const;

export interface DistrictOptions {
  /** Adds `Perubahan Pinjaman`, `Daftar Hadir`, `RUK` and `Saprodi` (see DISTRICT_DUTIES). */
  readonly duties?: boolean;
}

/** The book starts a year before today. */
const WINDOW_DAYS = 365;

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const FIRST = ['Dadang', 'Euis', 'Asep', 'Cecep', 'Iis', 'Tatang', 'Entin', 'Yayat', 'Ujang', 'Enok', 'Ade', 'Siti'];
const LAST = ['Suherman', 'Komariah', 'Hidayat', 'Rosita', 'Sutisna', 'Kartini', 'Supriatna', 'Suryana', 'Rukmana'];

interface KasRow {
  readonly date: IsoDate;
  readonly order: number;
  readonly cells: Record<string, Cell>;
}

/**
 * The district book as of `today`, `scale` times the sizes of `DISTRICT_SIZE` (0.1 gives 500
 * members, 500 loans and 10,000 Kas rows). Loans repay monthly; one in ten stops paying after two
 * installments and one in seven pays ten days late; every 400th amount and every 50th NIK is typed
 * as text, so the checks find problems (with fixes) in proportion to the rows.
 */
export function districtBook(today: IsoDate, scale = 1, options: DistrictOptions = {}): DemoBook {
  const rand = seeded(14_2026);
  const memberCount = Math.max(1, Math.round(DISTRICT_SIZE.members * scale));
  const loanCount = Math.max(1, Math.round(DISTRICT_SIZE.loans * scale));
  const cashCount = Math.max(loanCount, Math.round(DISTRICT_SIZE.cashRows * scale));
  const activityCount = Math.max(1, Math.round(DISTRICT_SIZE.activities * scale));
  const opening = addDays(today, -WINDOW_DAYS);
  const memberId = (i: number) => `A${pad(i + 1, 6)}`;
  const nameOf = (i: number) => `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]} ${i + 1}`;

  const members: Cell[][] = [headerCells(membersTab)];
  const landOf: number[] = [];
  for (let i = 0; i < memberCount; i += 1) {
    const nik = `320517${pad(1 + (i % 28), 2)}${pad(1 + (i % 12), 2)}${pad(60 + (i % 40), 2)}${pad(i % 10_000, 4)}`;
    const byKey: Record<string, Cell> = {
      memberId: memberId(i),
      name: nameOf(i),
      nik: i % 50 === 7 ? Number(nik) : nik,
      gender: i % 2 ? 'P' : 'L',
      birthDate: { date: addDays(today, -(9_000 + Math.floor(rand() * 12_000))) },
      role: i === 0 ? 'Ketua' : i === 1 ? 'Bendahara' : 'Anggota',
      phone: `0812${pad(Math.floor(rand() * 1e8), 8)}`,
      joinDate: { date: addDays(opening, -Math.floor(rand() * 1_000)) },
      status: 'Aktif',
      address: `Dusun ${1 + (i % 40)}`,
      landHa: (landOf[i] = Math.round((0.15 + rand()) * 20) / 20),
      commodity: ['Padi', 'Kentang', 'Kubis', 'Jagung'][i % 4]!,
    };
    members.push(rowCells(membersTab, byKey));
  }

  const cash: KasRow[] = [];
  const addCash = (date: IsoDate, cells: Record<string, Cell>) => {
    if (date <= today) cash.push({ date, order: cash.length, cells });
  };
  const loans: Cell[][] = [headerCells(loansTab)];
  const changes: Cell[][] = [headerCells(loanChangesTab)];
  for (let i = 0; i < loanCount && cash.length < cashCount; i += 1) {
    const id = `P${pad(i + 1, 6)}`;
    const borrower = i % memberCount;
    const disbursed = addDays(opening, Math.floor((i * 300) / loanCount));
    const principal = (10 + (i % 41)) * 100_000;
    const terms = { disbursed, principal, monthlyRate: 0.015, method: 'Flat' as const, installments: 10, frequency: 'Bulanan' as const };
    loans.push(
      rowCells(loansTab, {
        loanId: id,
        memberId: memberId(borrower),
        disbursed: { date: disbursed },
        principal,
        ratePercent: 1.5,
        method: 'Flat',
        installments: 10,
        frequency: 'Bulanan',
        purpose: 'Modal tanam',
        source: 'Dana bergulir',
      }),
    );
    addCash(disbursed, {
      receiptNo: `BK-${pad(i + 1, 6)}`,
      description: `Pencairan pinjaman ${id}`,
      category: 'Pencairan Pinjaman',
      memberId: memberId(borrower),
      loanId: id,
      amountOut: principal,
    });
    const day = Math.floor((i * 300) / loanCount);
    // A late payer rescheduled after its third installment: its later repayments keep the old dates.
    if (i % DISTRICT_DUTIES.rescheduleEvery === 5 && day <= 260)
      changes.push(
        rowCells(loanChangesTab, {
          loanId: id,
          date: { date: addDays(disbursed, 95) },
          kind: 'Jadwal Ulang',
          installments: 12,
          frequency: 'Bulanan',
          reason: 'Gagal panen; keputusan rapat anggota',
        }),
      );
    // A loan that stopped paying after two installments, in Kol 5 by a week ago: written off.
    if (i % DISTRICT_DUTIES.writeOffEvery === 3 && day <= 60)
      changes.push(
        rowCells(loanChangesTab, {
          loanId: id,
          date: { date: addDays(today, -7) },
          kind: 'Hapus Buku',
          reason: 'Tidak dapat ditagih; keputusan rapat anggota',
        }),
      );
    for (const inst of loanSchedule(terms)) {
      if (i % 10 === 3 && inst.no > 2) break;
      const date = addDays(inst.due, i % 7 === 5 ? 10 : 0);
      addCash(date, {
        receiptNo: `BM-${pad(i + 1, 6)}-${pad(inst.no, 2)}`,
        description: `Angsuran ke-${inst.no} ${id}`,
        category: 'Angsuran Pinjaman',
        memberId: memberId(borrower),
        loanId: id,
        amountIn: inst.principal + inst.jasa,
      });
    }
  }
  // The rest of the rows: members' monthly savings, meeting after meeting.
  for (let k = 0; cash.length < cashCount; k += 1) {
    const m = k % memberCount;
    const date = addDays(opening, (Math.floor(k / memberCount) * 30 + (m % 28)) % WINDOW_DAYS);
    cash.push({
      date,
      order: cash.length,
      cells: { description: `Simpanan wajib - ${nameOf(m)}`, category: 'Simpanan Wajib', memberId: memberId(m), amountIn: 10_000 },
    });
  }
  cash.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.order - b.order));
  const kas: Cell[][] = [headerCells(cashTab)];
  cash.slice(0, cashCount).forEach((row, r) => {
    const cells: Record<string, Cell> = { ...row.cells, date: { date: row.date } };
    // A typing slip every 400 rows: the amount typed as text, which the checks offer to fix.
    if (r % 400 === 199 && typeof cells.amountIn === 'number') cells.amountIn = formatRupiah(cells.amountIn);
    kas.push(rowCells(cashTab, cells));
  });

  const activities: Cell[][] = [headerCells(activitiesTab)];
  const activityDates: IsoDate[] = [];
  const planRows = options.duties ? Math.max(1, Math.round(memberCount / DISTRICT_DUTIES.membersPerPlanRow)) : 0;
  for (let i = 0; i < activityCount; i += 1) {
    const date = addDays(opening, Math.floor((i * WINDOW_DAYS) / activityCount));
    activityDates.push(date);
    const byKey: Record<string, Cell> = {
      date: i % 100 === 42 ? formatShortDate(date) : { date },
      type: 'Rapat/Diskusi Kelompok',
      description: `Rapat kelompok ${i + 1}`,
      attendance: 10 + (i % 30),
      results: 'Disepakati jadwal tanam',
      nextSteps: 'Tindak lanjut di rapat berikutnya',
      recordedBy: nameOf(i % memberCount),
      // With duties, every other activity carries out a RUK row.
      ...(planRows > 0 && i % 2 === 0 ? { planCode: planCode(i % planRows), volume: 1 } : {}),
    };
    activities.push(rowCells(activitiesTab, byKey));
  }

  const settings: Cell[][] = [
    headerCells(settingsTab),
    ['Nama Kelompok', 'Gapoktan Kecamatan Cikajang'],
    ['Kabupaten', 'Garut'],
    ['Provinsi', 'Jawa Barat'],
    ['Saldo Awal Kas', 250_000_000],
    ['Tanggal Saldo Awal', { date: opening }],
    ['Awal Minggu', 'Senin'],
    ['Bahasa', 'id'],
  ];
  const tab = (spec: TabSpec, grid: Cell[][], headerRow = 1): DemoTab => ({ spec, name: spec.name, headerRow, grid });
  const tabs = [tab(settingsTab, settings), tab(membersTab, members), tab(cashTab, kas), tab(loansTab, loans), tab(activitiesTab, activities)];
  if (options.duties) {
    const ids = Array.from({ length: memberCount }, (_, i) => memberId(i));
    tabs.push(
      tab(loanChangesTab, changes),
      tab(attendanceTab, attendanceGrid(ids, activityDates, rand), 2),
      tab(planTab, planGrid(planRows, opening)),
      tab(saprodiTab, saprodiGrid(ids, landOf, today)),
    );
  }
  return { today, groupName: 'Gapoktan Kecamatan Cikajang', tabs, deliberate: [] };
}

/** A RUK row's code: `R0001`. */
const planCode = (i: number) => `R${pad(i + 1, 4)}`;

/**
 * `Daftar Hadir`: a title row, then ID Anggota and one column per monthly meeting, held on the day of
 * an activity (so that each has its `Kegiatan` row); most members present, some excused or absent.
 */
function attendanceGrid(ids: readonly string[], activityDates: readonly IsoDate[], rand: () => number): Cell[][] {
  const dates = Array.from(
    { length: DISTRICT_DUTIES.meetings },
    (_, k) => activityDates[Math.floor((k * activityDates.length) / DISTRICT_DUTIES.meetings)]!,
  ).filter((d, k, all) => all.indexOf(d) === k);
  const marks: readonly (AttendanceMark | null)[] = ['H', 'H', 'H', 'H', 'H', 'H', 'W', 'I', 'S', 'A', null];
  const grid: Cell[][] = [['DAFTAR HADIR RAPAT ANGGOTA'], ['ID Anggota', ...dates.map((date): Cell => ({ date }))]];
  for (const id of ids) grid.push([id, ...dates.map(() => marks[Math.floor(rand() * marks.length)] ?? null)]);
  return grid;
}

/** `RUK`: `count` rows over the year from `opening`, in turn of kind, the month written as text or as a date. */
function planGrid(count: number, opening: IsoDate): Cell[][] {
  const kinds: readonly ActivityType[] = ['Pelatihan', 'Pelayanan Saprodi', 'Rapat/Diskusi Kelompok', 'Kemitraan & Pemasaran'];
  const grid: Cell[][] = [headerCells(planTab)];
  for (let i = 0; i < count; i += 1) {
    const date = addDays(opening, Math.floor((i * WINDOW_DAYS) / count));
    const { year, month } = toYmd(date);
    grid.push(
      rowCells(planTab, {
        code: planCode(i),
        activity: `Rencana kegiatan ${i + 1}`,
        type: kinds[i % kinds.length]!,
        month: i % 2 ? { date } : `${monthName(month, 'id')} ${year}`,
        target: 1,
        unit: 'kali',
        cost: 100_000 * (1 + (i % 20)),
        fundSource: 'Kas kelompok',
      }),
    );
  }
  return grid;
}

/**
 * `Saprodi`: NPK and Urea for every member in the season planted three months ago (one in twenty
 * received short, one in thirty after planting), and NPK for every other member in the season planted
 * next month, half of it received.
 */
function saprodiGrid(ids: readonly string[], landOf: readonly number[], today: IsoDate): Cell[][] {
  const planted = addDays(today, -90);
  const next = addDays(today, 30);
  const season = (date: IsoDate, n: string) => `MT ${n} ${toYmd(date).year}`;
  const grid: Cell[][] = [headerCells(saprodiTab)];
  const row = (i: number, seasonName: string, kind: string, perHa: number, received: IsoDate | null, plantingDate: IsoDate) => {
    const plannedKg = Math.max(25, Math.round((landOf[i]! * perHa) / 25) * 25);
    grid.push(
      rowCells(saprodiTab, {
        season: seasonName,
        memberId: ids[i]!,
        commodity: 'Padi',
        areaHa: landOf[i]!,
        kind,
        plannedKg,
        receivedKg: received === null ? null : i % 20 === 9 ? plannedKg - 25 : plannedKg,
        receivedDate: received === null ? null : { date: received },
        plantingDate: { date: plantingDate },
      }),
    );
  };
  ids.forEach((_, i) => {
    row(i, season(planted, 'I'), 'NPK', 250, addDays(planted, i % 30 === 11 ? 3 : -6), planted);
    row(i, season(planted, 'I'), 'Urea', 200, addDays(planted, -4), planted);
  });
  ids.forEach((_, i) => {
    if (i % 2 === 0) row(i, season(next, 'II'), 'NPK', 250, i % 4 === 0 ? addDays(today, -1) : null, next);
  });
  return grid;
}
