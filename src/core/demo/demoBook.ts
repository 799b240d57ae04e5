// The demo book: a realistic farmer group's input tabs as grids, dated relative to a given today.
// Pure and deterministic (a seeded generator, no clock): the same today gives the same cells.
import { seeded } from './seededRandom';
import type { Cell, Grid, IsoDate } from '../cell';
import { addDays, fromYmd, formatShortDate, toYmd } from '../isoDate';
import { loanSchedule } from '../credit/loanSchedule';
import { divideHalfUp, formatRupiah, type Rupiah } from '../money';
import {
  activitiesTab,
  cashTab,
  loanChangesTab,
  loansTab,
  membersTab,
  settingsTab,
  type ActivityType,
  type Category,
  type Frequency,
  type InterestMethod,
  type TabSpec,
} from '../book/schema';
import { isMemberActiveOn } from '../book/memberActivity';
import { headerCells, rowCells } from '../book/tabCells';
import {
  attendanceGrid,
  demoMeetings,
  demoPlan,
  planGrid,
  saprodiGrid,
  MEETING_DAYS,
  OVER_LIMIT_MEMBER,
  type DemoMeetings,
} from './demoDuties';

/** One input tab of the demo: its grid, and the 1-based sheet row that holds its header. */
export interface DemoTab {
  readonly spec: TabSpec<string>;
  readonly name: string;
  readonly headerRow: number;
  readonly grid: Grid;
}

/** A data problem put into the demo on purpose, for the checks to find. */
export interface DeliberateProblem {
  readonly tab: string;
  readonly row: number;
  readonly column: string;
  readonly what: string;
}

export interface DemoBook {
  readonly today: IsoDate;
  readonly groupName: string;
  readonly tabs: readonly DemoTab[];
  readonly deliberate: readonly DeliberateProblem[];
}

const GROUP = {
  name: 'Kelompok Tani Mekar Sari',
  village: 'Cikandang',
  district: 'Cikajang',
  regency: 'Garut',
  province: 'Jawa Barat',
  facilitator: 'Rudi Hartono, S.P.',
  /** NIK digits 1-6: province 32 (Jawa Barat), regency 05 (Garut), district 17. */
  nikRegion: '320517',
};

type Sex = 'L' | 'P';
type Relation = 'head' | 'spouse' | 'child' | 'single';

interface MemberSeed {
  readonly id: string;
  readonly name: string;
  readonly sex: Sex;
  readonly relation: Relation;
  readonly head?: string;
  readonly role?: 'Ketua' | 'Sekretaris' | 'Bendahara';
  readonly dusun: string;
  readonly commodity: string;
}

// Households of Cikandang: each head first, then the household's other members.
const MEMBER_SEEDS: readonly MemberSeed[] = [
  { id: 'A001', name: 'Dadang Suherman', sex: 'L', relation: 'head', role: 'Ketua', dusun: 'Dusun Cikandang', commodity: 'Kentang' },
  { id: 'A002', name: 'Euis Komariah', sex: 'P', relation: 'spouse', head: 'A001', dusun: 'Dusun Cikandang', commodity: 'Kentang' },
  { id: 'A003', name: 'Asep Saepul Rohman', sex: 'L', relation: 'child', head: 'A001', dusun: 'Dusun Cikandang', commodity: 'Cabai Merah' },
  { id: 'A004', name: 'Cecep Hidayat', sex: 'L', relation: 'head', dusun: 'Dusun Cikandang', commodity: 'Kubis' },
  { id: 'A005', name: 'Iis Rosita', sex: 'P', relation: 'spouse', head: 'A004', role: 'Bendahara', dusun: 'Dusun Cikandang', commodity: 'Kubis' },
  { id: 'A006', name: 'Tatang Sutisna', sex: 'L', relation: 'head', dusun: 'Dusun Sukamulya', commodity: 'Kentang' },
  { id: 'A007', name: 'Entin Kartini', sex: 'P', relation: 'spouse', head: 'A006', dusun: 'Dusun Sukamulya', commodity: 'Tomat' },
  { id: 'A008', name: 'Yayat Supriatna', sex: 'L', relation: 'head', role: 'Sekretaris', dusun: 'Dusun Sukamulya', commodity: 'Wortel' },
  { id: 'A009', name: 'Neng Yuyun Yuningsih', sex: 'P', relation: 'spouse', head: 'A008', dusun: 'Dusun Sukamulya', commodity: 'Wortel' },
  { id: 'A010', name: 'Ujang Suryana', sex: 'L', relation: 'head', dusun: 'Dusun Sukamulya', commodity: 'Kubis' },
  { id: 'A011', name: 'Enok Sumiati', sex: 'P', relation: 'spouse', head: 'A010', dusun: 'Dusun Sukamulya', commodity: 'Kubis' },
  { id: 'A012', name: 'Deden Sopian', sex: 'L', relation: 'child', head: 'A010', dusun: 'Dusun Sukamulya', commodity: 'Bawang Daun' },
  { id: 'A013', name: 'Ade Rukmana', sex: 'L', relation: 'head', dusun: 'Dusun Babakan', commodity: 'Cabai Merah' },
  { id: 'A014', name: 'Nining Rohaeti', sex: 'P', relation: 'spouse', head: 'A013', dusun: 'Dusun Babakan', commodity: 'Cabai Merah' },
  { id: 'A015', name: 'Agus Salim', sex: 'L', relation: 'head', dusun: 'Dusun Babakan', commodity: 'Kentang' },
  { id: 'A016', name: 'Siti Aminah', sex: 'P', relation: 'spouse', head: 'A015', dusun: 'Dusun Babakan', commodity: 'Kentang' },
  { id: 'A017', name: 'Wawan Setiawan', sex: 'L', relation: 'head', dusun: 'Dusun Babakan', commodity: 'Kentang' },
  { id: 'A018', name: 'Rina Marlina', sex: 'P', relation: 'spouse', head: 'A017', dusun: 'Dusun Babakan', commodity: 'Tomat' },
  { id: 'A019', name: 'Iwan Ridwan', sex: 'L', relation: 'head', dusun: 'Dusun Cikandang', commodity: 'Kubis' },
  { id: 'A020', name: 'Ai Nurhasanah', sex: 'P', relation: 'spouse', head: 'A019', dusun: 'Dusun Cikandang', commodity: 'Bawang Daun' },
  { id: 'A021', name: 'Jajang Nurjaman', sex: 'L', relation: 'head', dusun: 'Dusun Cikandang', commodity: 'Wortel' },
  { id: 'A022', name: 'Eti Rohaeti', sex: 'P', relation: 'spouse', head: 'A021', dusun: 'Dusun Cikandang', commodity: 'Wortel' },
  { id: 'A023', name: 'Mamat Rahmat', sex: 'L', relation: 'head', dusun: 'Dusun Sukamulya', commodity: 'Kentang' },
  { id: 'A024', name: 'Imas Masitoh', sex: 'P', relation: 'spouse', head: 'A023', dusun: 'Dusun Sukamulya', commodity: 'Kentang' },
  { id: 'A025', name: 'Endang Sobandi', sex: 'L', relation: 'head', dusun: 'Dusun Babakan', commodity: 'Kubis' },
  { id: 'A026', name: 'Lilis Suryani', sex: 'P', relation: 'spouse', head: 'A025', dusun: 'Dusun Babakan', commodity: 'Tomat' },
  { id: 'A027', name: 'Apep Saepuloh', sex: 'L', relation: 'single', dusun: 'Dusun Babakan', commodity: 'Cabai Merah' },
  { id: 'A028', name: 'Oom Komariah', sex: 'P', relation: 'single', dusun: 'Dusun Cikandang', commodity: 'Bawang Daun' },
  { id: 'A029', name: 'Yanti Susanti', sex: 'P', relation: 'single', dusun: 'Dusun Sukamulya', commodity: 'Tomat' },
  { id: 'A030', name: 'Dede Kurniawan', sex: 'L', relation: 'single', dusun: 'Dusun Cikandang', commodity: 'Kentang' },
];

/** The member who left the group during the demo's three months, and the one who joined. */
const LEAVER = 'A027';
const NEWCOMER = 'A030';
/** Deliberate problems: a NIK stored as a number, a phone number that lost its leading zero. */
const NUMERIC_NIK = 'A013';
const NUMERIC_PHONE = 'A019';

/** The cash book starts about three months before today. */
const WINDOW_DAYS = 92;
/** What each member pays once on joining, as the group's rules say. */
const SIMPANAN_POKOK = 50_000;
/**
 * Before those three months, a year of history (meetings, savings, loans repaid and a fine), so that
 * the book covers every month of the current calendar year and `npm start` shows its SHU.
 */
const HISTORY_DAYS = 365;

interface DemoMember extends MemberSeed {
  readonly nik: string;
  readonly birthDate: IsoDate;
  readonly phone: string | null;
  readonly joinDate: IsoDate;
  readonly leaveDate?: IsoDate;
  readonly landHa: number;
}

const PHONE_PREFIXES = ['0812', '0813', '0821', '0822', '0852', '0853', '0857', '0878', '0895', '0838'];

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function makeMembers(today: IsoDate, rand: () => number, opening: IsoDate): DemoMember[] {
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const thisYear = toYmd(today).year;
  const birthYear = new Map<string, number>();
  return MEMBER_SEEDS.map((seed, index) => {
    let year: number;
    if (seed.relation === 'head') year = thisYear - int(34, 62);
    else if (seed.relation === 'spouse') year = (birthYear.get(seed.head ?? '') ?? thisYear - 45) + int(1, 6);
    else if (seed.relation === 'child') year = thisYear - int(20, 25);
    else year = thisYear - int(23, 55);
    birthYear.set(seed.id, year);
    const month = int(1, 12);
    const day = int(1, 28);
    const birthDate = fromYmd(year, month, day);
    // NIK: region, DDMMYY of birth (DD + 40 for women), then a serial within that birth date.
    const nikDay = seed.sex === 'P' ? day + 40 : day;
    const nik = `${GROUP.nikRegion}${pad(nikDay, 2)}${pad(month, 2)}${pad(year % 100, 2)}${pad(index + 1, 4)}`;
    const hasPhone = rand() > 0.15;
    const prefix = PHONE_PREFIXES[int(0, PHONE_PREFIXES.length - 1)] ?? '0812';
    const rest = pad(int(0, 99_999_999), 8);
    const phone = hasPhone || seed.id === NUMERIC_PHONE ? `${prefix}${rest}` : null;
    // Founders joined about four years ago; children later; the newcomer three weeks ago.
    const joinDate =
      seed.id === NEWCOMER
        ? addDays(today, -22)
        : seed.relation === 'child'
          ? addDays(opening, -int(120, 500))
          : addDays(today, -int(1400, 1480));
    const drawnHa = Math.round((0.15 + rand() * 1.1) * 20) / 20;
    const landHa = seed.id === OVER_LIMIT_MEMBER.id ? OVER_LIMIT_MEMBER.landHa : drawnHa;
    return {
      ...seed,
      nik,
      birthDate,
      phone,
      joinDate,
      ...(seed.id === LEAVER ? { leaveDate: addDays(opening, 50) } : {}),
      landHa,
    };
  });
}

/** Writes a phone number the way people type it: mostly plain, some with dashes or spaces. */
function typedPhone(phone: string, index: number): string {
  if (index % 7 === 3) return `${phone.slice(0, 4)}-${phone.slice(4, 8)}-${phone.slice(8)}`;
  if (index % 9 === 5) return `${phone.slice(0, 4)} ${phone.slice(4, 8)} ${phone.slice(8)}`;
  return phone;
}

interface DemoLoan {
  readonly id: string;
  readonly memberId: string;
  readonly day: number;
  readonly principal: Rupiah;
  readonly ratePercent: number;
  readonly method: InterestMethod;
  readonly installments: number;
  readonly frequency: Frequency;
  readonly purpose: string;
  readonly source: string;
  /** How the borrower repays: on time, late by some days, or not at all after some installments. */
  readonly behaviour:
    | { readonly kind: 'onTime'; readonly daysEarly: number }
    | { readonly kind: 'late'; readonly daysLate: number }
    | { readonly kind: 'stops'; readonly paidInstallments: number }
    | { readonly kind: 'partial'; readonly daysLate: number; readonly fraction: number }
    | { readonly kind: 'oneLate'; readonly lateInstallment: number; readonly daysLate: number };
}

const LOANS: readonly DemoLoan[] = [
  { id: 'P001', memberId: 'A004', day: 8, principal: 2_000_000, ratePercent: 1.5, method: 'Flat', installments: 10, frequency: 'Bulanan', purpose: 'Modal tanam kubis', source: 'Dana bergulir', behaviour: { kind: 'onTime', daysEarly: 0 } },
  { id: 'P002', memberId: 'A010', day: 8, principal: 1_500_000, ratePercent: 1.5, method: 'Flat', installments: 6, frequency: 'Bulanan', purpose: 'Pupuk dan obat kubis', source: 'Dana bergulir', behaviour: { kind: 'late', daysLate: 9 } },
  { id: 'P003', memberId: 'A015', day: 10, principal: 3_000_000, ratePercent: 1, method: 'Menurun', installments: 12, frequency: 'Bulanan', purpose: 'Bibit kentang G2', source: 'Dana bergulir', behaviour: { kind: 'onTime', daysEarly: 2 } },
  { id: 'P004', memberId: 'A023', day: 10, principal: 2_500_000, ratePercent: 1.25, method: 'Menurun', installments: 10, frequency: 'Bulanan', purpose: 'Modal tanam kentang', source: 'Dana bergulir', behaviour: { kind: 'stops', paidInstallments: 0 } },
  { id: 'P005', memberId: 'A017', day: 12, principal: 5_000_000, ratePercent: 1.5, method: 'Anuitas', installments: 12, frequency: 'Bulanan', purpose: 'Pompa air dan selang irigasi', source: 'Bantuan/Hibah', behaviour: { kind: 'onTime', daysEarly: 1 } },
  { id: 'P006', memberId: 'A007', day: 15, principal: 1_000_000, ratePercent: 2, method: 'Anuitas', installments: 5, frequency: 'Bulanan', purpose: 'Warung sayur', source: 'Dana bergulir', behaviour: { kind: 'stops', paidInstallments: 1 } },
  { id: 'P007', memberId: 'A020', day: 36, principal: 600_000, ratePercent: 2, method: 'Flat', installments: 12, frequency: 'Mingguan', purpose: 'Dagang bawang daun di pasar', source: 'Dana bergulir', behaviour: { kind: 'oneLate', lateInstallment: 3, daysLate: 3 } },
  { id: 'P008', memberId: 'A026', day: 40, principal: 1_000_000, ratePercent: 1.5, method: 'Flat', installments: 4, frequency: 'Bulanan', purpose: 'Bibit tomat', source: 'Dana bergulir', behaviour: { kind: 'onTime', daysEarly: 0 } },
  { id: 'P009', memberId: 'A006', day: 80, principal: 2_000_000, ratePercent: 1.5, method: 'Menurun', installments: 8, frequency: 'Bulanan', purpose: 'Mulsa plastik', source: 'Dana bergulir', behaviour: { kind: 'onTime', daysEarly: 0 } },
  { id: 'P010', memberId: 'A013', day: 20, principal: 1_200_000, ratePercent: 1.5, method: 'Anuitas', installments: 6, frequency: 'Bulanan', purpose: 'Obat cabai', source: 'Dana bergulir', behaviour: { kind: 'partial', daysLate: 6, fraction: 0.5 } },
  // Rescheduled after the kubis harvest failed (RESCHEDULE below); written off long in Kol 5 (WRITE_OFF); a harvest loan.
  { id: 'P011', memberId: 'A019', day: 2, principal: 1_800_000, ratePercent: 1.5, method: 'Flat', installments: 6, frequency: 'Bulanan', purpose: 'Modal tanam kubis', source: 'Dana bergulir', behaviour: { kind: 'stops', paidInstallments: 1 } },
  { id: 'P012', memberId: 'A028', day: -200, principal: 800_000, ratePercent: 1.5, method: 'Flat', installments: 8, frequency: 'Mingguan', purpose: 'Dagang sayur keliling', source: 'Dana bergulir', behaviour: { kind: 'stops', paidInstallments: 2 } },
  { id: 'P013', memberId: 'A021', day: 30, principal: 2_000_000, ratePercent: 1.5, method: 'Flat', installments: 4, frequency: 'Musiman', purpose: 'Modal tanam wortel, bayar saat panen', source: 'Dana bergulir', behaviour: { kind: 'onTime', daysEarly: 0 } },
  // The year before: loans repaid (one late, with its fine), one still running.
  { id: 'P014', memberId: 'A001', day: -350, principal: 4_000_000, ratePercent: 2, method: 'Flat', installments: 10, frequency: 'Bulanan', purpose: 'Modal tanam kentang musim kemarau', source: 'Dana bergulir', behaviour: { kind: 'onTime', daysEarly: 1 } },
  { id: 'P015', memberId: 'A008', day: -300, principal: 3_000_000, ratePercent: 2, method: 'Menurun', installments: 10, frequency: 'Bulanan', purpose: 'Pupuk wortel', source: 'Dana bergulir', behaviour: { kind: 'late', daysLate: 5 } },
  { id: 'P016', memberId: 'A025', day: -240, principal: 5_000_000, ratePercent: 1.5, method: 'Anuitas', installments: 12, frequency: 'Bulanan', purpose: 'Traktor tangan bersama', source: 'Bantuan/Hibah', behaviour: { kind: 'onTime', daysEarly: 0 } },
  { id: 'P017', memberId: 'A021', day: -200, principal: 2_500_000, ratePercent: 2, method: 'Flat', installments: 8, frequency: 'Bulanan', purpose: 'Bibit wortel', source: 'Dana bergulir', behaviour: { kind: 'onTime', daysEarly: 2 } },
];

/**
 * `Perubahan Pinjaman` of the demo (docs/book.md §7), at the meeting of day 65: P011 is rescheduled
 * into 12 weekly installments after a failed harvest (paid on time twice, then a few days late, so
 * its Kol stays held); P012, unpaid for over 200 days (Kol 5, Macet), is written off, its borrower
 * gone, and a relative later pays some back; at that meeting its fines are waived (Hapus Denda).
 */
const RESCHEDULE = { loanId: 'P011', day: 65, installments: 12, frequency: 'Mingguan' as const, reason: 'Gagal panen kubis; keputusan rapat anggota' };
const WRITE_OFF = { loanId: 'P012', day: 65, reason: 'Peminjam pindah ke luar daerah dan tidak dapat dihubungi; keputusan rapat anggota', recoveryDay: 80, recovery: 150_000 };
const WAIVE_FINES = { loanId: 'P012', day: 80, reason: 'Keluarga peminjam membayar sebagian; denda dihapus, keputusan rapat anggota' };
/** New installments of P011 paid this many days after their due date: on time, on time, late. */
const RESCHEDULED_DELAYS = [0, 0, 4];

/** The loan's terms as the credit engine takes them. */
function termsOf(loan: DemoLoan, disbursed: IsoDate) {
  return {
    disbursed,
    principal: loan.principal,
    monthlyRate: loan.ratePercent / 100,
    method: loan.method,
    installments: loan.installments,
    frequency: loan.frequency,
  };
}

interface CashRow {
  readonly date: IsoDate;
  readonly description: string;
  readonly category: Category;
  readonly memberId?: string;
  readonly loanId?: string;
  readonly amountIn: Rupiah;
  readonly amountOut: Rupiah;
  /** Rows of loans, sales, purchases and costs carry a receipt; the meeting's savings do not. */
  readonly receipt: boolean;
  /** Deliberate: the amount typed as text. */
  readonly amountAsText?: boolean;
  /** Deliberate: this row repeats the receipt number of the row before it that has one. */
  readonly duplicateReceipt?: boolean;
  /** `Kode RUK`: the plan row this money went to. */
  readonly planCode?: string;
}

interface ActivityRow {
  readonly date: IsoDate;
  readonly type: ActivityType;
  readonly description: string;
  readonly attendance: number;
  readonly results: string;
  readonly nextSteps: string;
  readonly recordedBy: string;
  /** Deliberate: the date typed as text. */
  readonly dateAsText?: boolean;
  /** `Kode RUK` and `Volume`: the plan row carried out and how much of it. */
  readonly planCode?: string;
  readonly volume?: number;
}

/** The book's own rule (`isMemberActiveOn`), on the status the member's row will show. */
function isActive(member: DemoMember, date: IsoDate): boolean {
  return isMemberActiveOn({ ...member, status: member.leaveDate ? 'Keluar' : 'Aktif' }, date);
}

/** The demo book for a given today: every date is counted back from it. */
export function demoBook(today: IsoDate): DemoBook {
  const rand = seeded(20261128);
  const opening = addDays(today, -WINDOW_DAYS);
  const on = (day: number) => addDays(opening, day);
  const members = makeMembers(today, rand, opening);
  const byId = new Map(members.map((m) => [m.id, m]));
  const nameOf = (id: string) => byId.get(id)?.name ?? id;

  const cash: CashRow[] = [];
  const add = (row: Omit<CashRow, 'receipt' | 'amountIn' | 'amountOut'> & Partial<CashRow>) =>
    cash.push({ receipt: false, amountIn: 0, amountOut: 0, ...row });

  // Monthly meetings: every active member pays Simpanan Wajib and Iuran; some add Sukarela.
  const meetingDays = [5, 35, 65];
  meetingDays.forEach((day, meeting) => {
    const date = on(day);
    const monthLabel = `${toYmd(date).month}/${toYmd(date).year}`;
    for (const m of members) {
      if (!isActive(m, date)) continue;
      // Simpanan Pokok is paid once by every member; those who joined before this book's first
      // row pay it at its first meeting (the newcomer pays it on joining, below).
      if (meeting === 0 && m.joinDate <= date)
        add({ date, description: `Simpanan pokok - ${m.name}`, category: 'Simpanan Pokok', memberId: m.id, amountIn: SIMPANAN_POKOK });
      add({ date, description: `Simpanan wajib ${monthLabel} - ${m.name}`, category: 'Simpanan Wajib', memberId: m.id, amountIn: 10_000 });
      add({ date, description: `Iuran bulanan ${monthLabel} - ${m.name}`, category: 'Iuran', memberId: m.id, amountIn: 5_000 });
      if (rand() < 0.3 || (m.id === 'A029' && meeting === 0)) {
        const amount = (2 + Math.floor(rand() * 9)) * 10_000;
        add({ date, description: `Simpanan sukarela - ${m.name}`, category: 'Simpanan Sukarela', memberId: m.id, amountIn: amount });
      }
    }
    add({ date, description: `Konsumsi rapat anggota bulan ${monthLabel}`, category: 'Biaya Operasional', amountOut: 175_000, receipt: true });
  });

  // The year of history: a meeting every 30 days, from a generator of its own so that the three
  // months above keep their figures.
  const past = seeded(20251128);
  for (let day = 5 - HISTORY_DAYS; day < 0; day += 30) {
    const date = on(day);
    const monthLabel = `${toYmd(date).month}/${toYmd(date).year}`;
    for (const m of members) {
      if (!isActive(m, date)) continue;
      add({ date, description: `Simpanan wajib ${monthLabel} - ${m.name}`, category: 'Simpanan Wajib', memberId: m.id, amountIn: 10_000 });
      add({ date, description: `Iuran bulanan ${monthLabel} - ${m.name}`, category: 'Iuran', memberId: m.id, amountIn: 5_000 });
      if (past() < 0.25) {
        const amount = (2 + Math.floor(past() * 9)) * 10_000;
        add({ date, description: `Simpanan sukarela - ${m.name}`, category: 'Simpanan Sukarela', memberId: m.id, amountIn: amount });
      }
    }
    add({ date, description: `Konsumsi rapat anggota bulan ${monthLabel}`, category: 'Biaya Operasional', amountOut: 150_000, receipt: true });
  }
  add({ date: on(-180), description: 'Penjualan bersama kentang 3 ton', category: 'Penjualan Hasil', amountIn: 9_600_000, receipt: true });
  add({ date: on(-179), description: 'Fee penjualan kentang untuk kas kelompok', category: 'Lainnya', amountIn: 192_000, receipt: true });
  add({ date: on(-120), description: 'Pembelian pupuk organik 60 sak', category: 'Pembelian Saprodi', amountOut: 2_400_000, receipt: true });

  add({ date: on(6), description: 'Bantuan modal usaha dari Dinas Pertanian Kab. Garut', category: 'Bantuan/Hibah', amountIn: 10_000_000, receipt: true });
  add({ date: on(14), description: 'Pembelian pupuk NPK Phonska 40 sak', category: 'Pembelian Saprodi', amountOut: 6_200_000, receipt: true, planCode: 'R02' });
  add({ date: on(20), description: '- ATK, buku kas dan materai', category: 'Biaya Operasional', amountOut: 85_000, receipt: true });
  add({ date: on(44), description: 'Pembelian bibit kentang G2 400 kg', category: 'Pembelian Saprodi', amountOut: 4_800_000, receipt: true });
  add({ date: on(50), description: 'Penjualan bersama kubis 4,2 ton ke Pasar Induk Caringin', category: 'Penjualan Hasil', amountIn: 5_040_000, receipt: true });
  add({ date: on(50), description: 'Sewa truk angkut kubis ke Bandung', category: 'Biaya Operasional', amountOut: 450_000, receipt: true, planCode: 'R04' });
  add({ date: on(75), description: 'Penjualan kentang 2 ton ke mitra PT Agro Lestari', category: 'Penjualan Hasil', amountIn: 7_300_000, receipt: true });
  add({ date: on(76), description: 'Fee penjualan kentang untuk kas kelompok', category: 'Lainnya', amountIn: 146_000, receipt: true });

  // The member who left withdrew his savings two days before his last day; the newcomer paid Pokok.
  const leaver = byId.get(LEAVER);
  if (leaver?.leaveDate) {
    const date = addDays(leaver.leaveDate, -2);
    const saved = cash
      .filter((c) => c.memberId === LEAVER && c.category.startsWith('Simpanan') && c.date <= date)
      .reduce((s, c) => s + c.amountIn, 0);
    add({ date, description: `Penarikan simpanan, keluar dari kelompok - ${leaver.name}`, category: 'Penarikan Simpanan', memberId: LEAVER, amountOut: saved, receipt: true });
  }
  const newcomer = byId.get(NEWCOMER);
  if (newcomer) {
    add({ date: newcomer.joinDate, description: `Simpanan pokok anggota baru - ${newcomer.name}`, category: 'Simpanan Pokok', memberId: NEWCOMER, amountIn: SIMPANAN_POKOK, receipt: true });
  }
  add({ date: on(58), description: `Penarikan simpanan sukarela - ${nameOf('A029')}`, category: 'Penarikan Simpanan', memberId: 'A029', amountOut: 20_000, receipt: true });

  // Loans: the disbursement, then repayments as each borrower behaves.
  for (const loan of LOANS) {
    const disbursed = on(loan.day);
    add({
      date: disbursed,
      description: `Pencairan pinjaman ${loan.id} - ${nameOf(loan.memberId)}`,
      category: 'Pencairan Pinjaman',
      memberId: loan.memberId,
      loanId: loan.id,
      amountOut: loan.principal,
      receipt: true,
      amountAsText: loan.id === 'P002',
    });
    loanSchedule(termsOf(loan, disbursed)).forEach((inst) => {
      const k = inst.no;
      const due = inst.due;
      const b = loan.behaviour;
      let date: IsoDate | undefined;
      let amount = inst.principal + inst.jasa;
      if (b.kind === 'onTime') date = addDays(due, -b.daysEarly);
      else if (b.kind === 'late') date = addDays(due, b.daysLate);
      else if (b.kind === 'stops') date = k <= b.paidInstallments ? due : undefined;
      else if (b.kind === 'oneLate') date = addDays(due, k === b.lateInstallment ? b.daysLate : 0);
      else if (k === 1) {
        date = addDays(due, b.daysLate);
        amount = divideHalfUp(Math.round(amount * b.fraction), 1000) * 1000;
      }
      if (date === undefined || date > today) return;
      add({
        date,
        description: `Angsuran ke-${k} ${loan.id} - ${nameOf(loan.memberId)}`,
        category: 'Angsuran Pinjaman',
        memberId: loan.memberId,
        loanId: loan.id,
        amountIn: amount,
        receipt: true,
        duplicateReceipt: loan.id === 'P003' && k === 1,
      });
      // Fines paid with each late installment, naming the loan (Denda Keterlambatan 10.000).
      if (b.kind === 'late') {
        add({ date, description: `Denda keterlambatan angsuran ke-${k} ${loan.id} - ${nameOf(loan.memberId)}`, category: 'Denda', memberId: loan.memberId, loanId: loan.id, amountIn: 10_000, receipt: true });
      }
    });
  }

  // P011 after its rescheduling: the remaining principal over 12 weeks from the meeting, the jasa
  // left unpaid of installments due by then carried into the first new one (as the engine does).
  const p011 = LOANS.find((l) => l.id === RESCHEDULE.loanId)!;
  const T = on(RESCHEDULE.day);
  const before = loanSchedule(termsOf(p011, on(p011.day)));
  const settled = before.slice(0, (p011.behaviour as { paidInstallments: number }).paidInstallments);
  const carried = before.filter((i, n) => n >= settled.length && i.due <= T).reduce((sum, i) => sum + i.jasa, 0);
  const remaining = p011.principal - settled.reduce((sum, i) => sum + i.principal, 0);
  loanSchedule({ ...termsOf(p011, T), principal: remaining, installments: RESCHEDULE.installments, frequency: RESCHEDULE.frequency }).forEach((inst, n) => {
    const delay = RESCHEDULED_DELAYS[n];
    if (delay === undefined) return;
    const date = addDays(inst.due, delay);
    if (date > today) return;
    add({ date, description: `Angsuran ke-${inst.no} (jadwal ulang) ${p011.id} - ${nameOf(p011.memberId)}`, category: 'Angsuran Pinjaman', memberId: p011.memberId, loanId: p011.id, amountIn: inst.principal + inst.jasa + (n === 0 ? carried : 0), receipt: true });
  });
  const p012 = LOANS.find((l) => l.id === WRITE_OFF.loanId)!;
  add({ date: on(WRITE_OFF.recoveryDay), description: `Pembayaran dari keluarga, pinjaman ${p012.id} yang sudah dihapus buku - ${nameOf(p012.memberId)}`, category: 'Angsuran Pinjaman', memberId: p012.memberId, loanId: p012.id, amountIn: WRITE_OFF.recovery, receipt: true });

  // People write the cash book in date order; rows of one day keep the order they were written in.
  const ordered = cash
    .map((row, index) => ({ row, index }))
    .filter(({ row }) => row.date <= today)
    .sort((a, b) => (a.row.date < b.row.date ? -1 : a.row.date > b.row.date ? 1 : a.index - b.index))
    .map(({ row }) => row);

  // A generator of its own, so that the meetings leave the cash book's numbers as they were.
  const meetings = demoMeetings(on, members, seeded(20260905));
  const activities = makeActivities(today, on, meetings);

  const deliberate: DeliberateProblem[] = [];
  const saprodi = saprodiGrid(today, on, members);
  const tabs: DemoTab[] = [
    settingsGrid(addDays(opening, -HISTORY_DAYS)),
    membersGrid(members, deliberate),
    cashGrid(ordered, deliberate),
    loansGrid(opening),
    activitiesGrid(activities, deliberate),
    loanChangesGrid(opening),
    attendanceGrid(GROUP.name, meetings, members),
    planGrid(demoPlan(today, on)),
    saprodi,
  ];
  deliberate.push(
    { tab: saprodi.name, row: saprodi.lateRow, column: 'Tanggal Terima', what: 'farm inputs received after planting' },
    { tab: saprodi.name, row: saprodi.leftMemberRow, column: 'ID Anggota', what: 'farm inputs handed out under a member who has left' },
    { tab: saprodi.name, row: saprodi.overLimitRow, column: 'Jenis', what: 'subsidised inputs for an area over the subsidy limit' },
  ); // prettier-ignore
  return { today, groupName: GROUP.name, tabs, deliberate };
}

function makeActivities(
  today: IsoDate,
  on: (day: number) => IsoDate,
  meetings: DemoMeetings,
): ActivityRow[] {
  // The head count of each monthly meeting is what Daftar Hadir says: H + W.
  const present = (day: number) => meetings.present[meetings.dates.indexOf(on(day))] ?? 0;
  const secretary = 'Yayat Supriatna';
  const facilitator = GROUP.facilitator;
  const rows: ActivityRow[] = [
    { date: on(5), type: 'Rapat/Diskusi Kelompok', description: 'Rapat anggota bulanan: simpanan wajib, iuran dan rencana tanam musim hujan', attendance: present(5), results: 'Disepakati jadwal tanam kentang mulai minggu ketiga; iuran tetap Rp 5.000', nextSteps: 'Bendahara menyusun daftar kebutuhan pupuk per anggota', recordedBy: secretary },
    { date: on(7), type: 'Penyusunan RUK', description: 'Penyusunan Rencana Usaha Kelompok (RUK) musim tanam I', attendance: 12, results: 'RUK disusun: kebutuhan pupuk 40 sak, bibit kentang 400 kg, modal pinjaman 20 juta', nextSteps: 'RUK diajukan ke BPP Cikajang untuk diverifikasi', recordedBy: facilitator, planCode: 'R01', volume: 1 },
    { date: on(8), type: 'Kredit', description: 'Pencairan pinjaman dana bergulir tahap I kepada anggota', attendance: 8, results: 'Pinjaman P001 dan P002 dicairkan; P003 sampai P005 menyusul minggu ini', nextSteps: 'Bendahara mencatat angsuran setiap rapat bulanan', recordedBy: 'Iis Rosita' },
    { date: on(14), type: 'Pelayanan Saprodi', description: 'Penyaluran pupuk NPK Phonska 40 sak kepada anggota', attendance: 18, results: '40 sak tersalur ke 18 anggota sesuai RUK', nextSteps: 'Catat pembayaran pupuk anggota setelah panen', recordedBy: secretary, planCode: 'R02', volume: 40 },
    { date: on(22), type: 'Pelatihan', description: 'Pelatihan pengendalian hama terpadu (PHT) kentang bersama PPL', attendance: 21, results: 'Anggota mampu mengenali gejala busuk daun dan cara pengendaliannya', nextSteps: 'Praktik pengamatan hama di lahan demplot setiap minggu', recordedBy: facilitator, dateAsText: true, planCode: 'R03', volume: 21 },
    { date: on(28), type: 'Administrasi Kelompok', description: 'Pembaruan buku anggota dan buku kas kelompok', attendance: 4, results: 'Buku anggota dilengkapi NIK dan nomor HP', nextSteps: 'Lengkapi NIK anggota yang belum ada', recordedBy: secretary },
    { date: on(35), type: 'Rapat/Diskusi Kelompok', description: 'Rapat anggota bulanan: persiapan panen kubis dan aturan angsuran', attendance: present(35), results: 'Panen bersama kubis disepakati pertengahan bulan; denda keterlambatan angsuran Rp 10.000', nextSteps: 'Ketua mengingatkan peminjam yang terlambat', recordedBy: secretary },
    { date: on(45), type: 'Kemitraan & Pemasaran', description: 'Pertemuan dengan pedagang Pasar Induk Caringin tentang harga kubis', attendance: 6, results: 'Harga kubis disepakati Rp 1.200/kg di lahan untuk panen bersama', nextSteps: 'Jadwalkan panen bersama dan sewa truk', recordedBy: facilitator },
    { date: on(50), type: 'Pengembangan Usaha Bersama', description: 'Panen dan penjualan bersama kubis', attendance: 15, results: '4,2 ton kubis terjual Rp 5.040.000', nextSteps: 'Rencanakan penjualan bersama kentang dengan mitra', recordedBy: secretary, planCode: 'R04', volume: 4.2 },
    { date: on(65), type: 'Rapat/Diskusi Kelompok', description: 'Rapat anggota bulanan', attendance: present(65), results: '- Semua anggota sepakat ikut penjualan bersama kentang', nextSteps: 'Sekretaris menghubungi PT Agro Lestari', recordedBy: secretary },
    { date: on(72), type: 'Lainnya', description: 'Kerja bakti perbaikan saluran irigasi Dusun Babakan', attendance: 26, results: 'Saluran sepanjang 300 m dibersihkan', nextSteps: 'Jadwalkan kerja bakti berikutnya setelah panen', recordedBy: secretary, planCode: 'R06', volume: 300 },
    { date: addDays(today, -1), type: 'Administrasi Kelompok', description: 'Rekap data kelompok untuk laporan ke BPP', attendance: 3, results: 'Rekap anggota, simpanan dan pinjaman selesai', nextSteps: 'Serahkan rekap ke BPP Cikajang', recordedBy: facilitator },
    { date: today, type: 'Kredit', description: 'Kunjungan penagihan angsuran tertunggak (P004, P006)', attendance: 3, results: 'Kedua peminjam berjanji membayar pada rapat bulan depan', nextSteps: 'Tagih kembali P004 dan P006; laporkan di rapat bulanan', recordedBy: 'Dadang Suherman' },
  ];
  // The year's earlier monthly meetings, before the cash book's window.
  const topics = ['iuran dan simpanan', 'jadwal tanam', 'pengairan', 'harga panen', 'dana bergulir', 'pupuk bersubsidi', 'kebersihan saluran', 'rencana penjualan', 'persiapan RUK'];
  meetings.dates.slice(0, -MEETING_DAYS.length).forEach((date, i) => {
    rows.push({ date, type: 'Rapat/Diskusi Kelompok', description: `Rapat anggota bulanan: ${topics[i % topics.length] ?? ''}`, attendance: meetings.present[i] ?? 0, results: 'Notulen rapat dibacakan dan disetujui', nextSteps: 'Dibahas lagi di rapat bulan depan', recordedBy: secretary });
  }); // prettier-ignore
  return rows.filter((r) => r.date <= today).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

function settingsGrid(opening: IsoDate): DemoTab {
  const grid: Cell[][] = [
    headerCells(settingsTab),
    ['Nama Kelompok', GROUP.name],
    ['Desa', GROUP.village],
    ['Kecamatan', GROUP.district],
    ['Kabupaten', GROUP.regency],
    ['Provinsi', GROUP.province],
    ['Nama Pendamping', GROUP.facilitator],
    ['Nama Ketua', 'Dadang Suherman'],
    ['Nama Bendahara', 'Iis Rosita'],
    ['Saldo Awal Kas', 23_500_000],
    ['Tanggal Saldo Awal', { date: opening }],
    ['Awal Minggu', 'Senin'],
    ['Bahasa', 'id'],
    ['Batas Kolektibilitas', '90;120;180'],
    ['Denda Keterlambatan', 10_000],
    ['Masa Tenggang Denda', 3],
    ['Pendapatan SHU', 'Denda; Lainnya'],
    ['Biaya SHU', 'Biaya Operasional'],
    ['Pembagian SHU', 'Cadangan 25; Jasa Simpanan 30; Jasa Pinjaman 25; Pengurus 10; Sosial 10'],
    ['Batas Luas Subsidi', 2],
  ];
  return { spec: settingsTab, name: settingsTab.name, headerRow: 1, grid };
}

function membersGrid(members: readonly DemoMember[], deliberate: DeliberateProblem[]): DemoTab {
  const grid: Cell[][] = [headerCells(membersTab)];
  members.forEach((m, index) => {
    const row = grid.length + 1;
    let nik: Cell = m.nik;
    if (m.id === NUMERIC_NIK) {
      // As a spreadsheet keeps a number: 15 significant digits, the 16th already lost (…13 → …10).
      nik = Number(`${m.nik.slice(0, 15)}0`);
      deliberate.push({ tab: membersTab.name, row, column: 'NIK', what: 'NIK stored as a number' });
    }
    let phone: Cell = m.phone === null ? null : typedPhone(m.phone, index);
    if (m.id === NUMERIC_PHONE && m.phone !== null) {
      phone = Number(m.phone);
      deliberate.push({ tab: membersTab.name, row, column: 'No HP', what: 'phone number lost its leading zero' });
    }
    const byKey: Record<string, Cell> = {
      memberId: m.id,
      name: m.name,
      nik,
      gender: m.sex,
      birthDate: { date: m.birthDate },
      role: m.role ?? 'Anggota',
      householdHead: m.head ?? null,
      phone,
      joinDate: { date: m.joinDate },
      status: m.leaveDate ? 'Keluar' : 'Aktif',
      leaveDate: m.leaveDate ? { date: m.leaveDate } : null,
      address: m.dusun,
      landHa: m.landHa,
      commodity: m.commodity,
      note: m.id === NEWCOMER ? 'Anggota baru' : m.leaveDate ? 'Pindah ke Bandung' : null,
    };
    grid.push(rowCells(membersTab, byKey));
  });
  return { spec: membersTab, name: membersTab.name, headerRow: 1, grid };
}

/** `Kas` has a title above its header, as many real books do, to exercise the header search. */
function cashGrid(rows: readonly CashRow[], deliberate: DeliberateProblem[]): DemoTab {
  const grid: Cell[][] = [[`BUKU KAS ${GROUP.name.toUpperCase()}`], [], headerCells(cashTab)];
  let inNo = 0;
  let outNo = 0;
  let lastReceipt: string | null = null;
  for (const r of rows) {
    const row = grid.length + 1;
    let receipt: string | null = null;
    if (r.duplicateReceipt && lastReceipt) {
      receipt = lastReceipt;
      deliberate.push({ tab: cashTab.name, row, column: 'No Bukti', what: 'duplicate receipt number' });
    } else if (r.receipt) {
      receipt = r.amountIn > 0 ? `BM-${pad(++inNo, 3)}` : `BK-${pad(++outNo, 3)}`;
    }
    if (receipt) lastReceipt = receipt;
    let amountOut: Cell = r.amountOut || null;
    if (r.amountAsText) {
      amountOut = formatRupiah(r.amountOut);
      deliberate.push({ tab: cashTab.name, row, column: 'Keluar', what: 'money typed as text' });
    }
    const byKey: Record<string, Cell> = {
      date: { date: r.date },
      receiptNo: receipt,
      description: r.description,
      category: r.category,
      memberId: r.memberId ?? null,
      loanId: r.loanId ?? null,
      amountIn: r.amountIn || null,
      amountOut,
      planCode: r.planCode ?? null,
    };
    grid.push(rowCells(cashTab, byKey));
  }
  return { spec: cashTab, name: cashTab.name, headerRow: 3, grid };
}

function loansGrid(opening: IsoDate): DemoTab {
  const grid: Cell[][] = [headerCells(loansTab)];
  for (const loan of LOANS) {
    const byKey: Record<string, Cell> = {
      loanId: loan.id,
      memberId: loan.memberId,
      disbursed: { date: addDays(opening, loan.day) },
      principal: loan.principal,
      ratePercent: loan.ratePercent,
      method: loan.method,
      installments: loan.installments,
      frequency: loan.frequency,
      purpose: loan.purpose,
      source: loan.source,
      note: null,
    };
    grid.push(rowCells(loansTab, byKey));
  }
  return { spec: loansTab, name: loansTab.name, headerRow: 1, grid };
}

/** The write-off comes as groups decide one: on a loan long in Kol 5, so the checks have nothing to say. */
function loanChangesGrid(opening: IsoDate): DemoTab {
  const grid: Cell[][] = [headerCells(loanChangesTab)];
  grid.push(
    rowCells(loanChangesTab, {
      loanId: RESCHEDULE.loanId,
      date: { date: addDays(opening, RESCHEDULE.day) },
      kind: 'Jadwal Ulang',
      installments: RESCHEDULE.installments,
      ratePercent: null,
      method: null,
      frequency: RESCHEDULE.frequency,
      reason: RESCHEDULE.reason,
    }),
  );
  grid.push(
    rowCells(loanChangesTab, {
      loanId: WRITE_OFF.loanId,
      date: { date: addDays(opening, WRITE_OFF.day) },
      kind: 'Hapus Buku',
      installments: null,
      ratePercent: null,
      method: null,
      frequency: null,
      reason: WRITE_OFF.reason,
    }),
  );
  grid.push(
    rowCells(loanChangesTab, {
      loanId: WAIVE_FINES.loanId,
      date: { date: addDays(opening, WAIVE_FINES.day) },
      kind: 'Hapus Denda',
      installments: null,
      ratePercent: null,
      method: null,
      frequency: null,
      reason: WAIVE_FINES.reason,
    }),
  );
  return { spec: loanChangesTab, name: loanChangesTab.name, headerRow: 1, grid };
}

function activitiesGrid(rows: readonly ActivityRow[], deliberate: DeliberateProblem[]): DemoTab {
  const grid: Cell[][] = [headerCells(activitiesTab)];
  for (const a of rows) {
    const row = grid.length + 1;
    if (a.dateAsText) {
      deliberate.push({ tab: activitiesTab.name, row, column: 'Tanggal', what: 'date typed as text' });
    }
    const byKey: Record<string, Cell> = {
      date: a.dateAsText ? formatShortDate(a.date) : { date: a.date },
      type: a.type,
      description: a.description,
      attendance: a.attendance,
      results: a.results,
      nextSteps: a.nextSteps,
      recordedBy: a.recordedBy,
      planCode: a.planCode ?? null,
      volume: a.volume ?? null,
    };
    grid.push(rowCells(activitiesTab, byKey));
  }
  return { spec: activitiesTab, name: activitiesTab.name, headerRow: 1, grid };
}
