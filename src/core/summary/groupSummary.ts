// One row per group's book for a supervisor (the `summary` command, tab `Ringkasan Kelompok`):
// members, cash, savings, loans, PAR30, problems and the facilitator's other duties (attendance,
// women's share, RUK on time, saprodi right), plus a totals row over all the books.
import { attendanceReport, lastMeetingsRate } from '../attendance/attendanceReport';
import { isMemberActiveOn } from '../book/memberActivity';
import type { Book, Member } from '../book/types';
import type { ReviewedBook } from '../reviewBook';
import type { IsoDate } from '../cell';
import { formatShortDate } from '../isoDate';
import { cashBalanceOn } from '../cash/cashBalance';
import { creditReport } from '../credit/creditReport';
import { ratio } from '../credit/portfolio';
import type { Rupiah } from '../money';
import { countBySeverity } from '../problems/problem';
import { planKnown, planReport } from '../plan/planReport';
import { saprodiRightAsOf } from '../saprodi/saprodiReport';
import { memberSavings } from '../savings/memberSavings';
import { text as t, type Bilingual } from '../text';
import { missingFor, unreadFor, type Report } from '../book/reportNeeds';
import type { Problem } from '../problems/problem';

/** How many meetings back the attendance rate looks (docs/book.md §9). */
export const SUMMARY_MEETINGS = 4;

/** The figures of docs/book.md §9 a supervisor compares across groups, each kept as a ratio's parts. */
export interface DutiesFigures {
  /** Members present (H + W) at the last 4 meetings up to the as-of date, summed over them. */
  readonly attendancePresent: number;
  /** Members active at those meetings, summed over them. */
  readonly attendanceActive: number;
  /** attendancePresent ÷ attendanceActive; null with no meeting (or no member active at any). */
  readonly attendanceLast4: number | null;
  /** Members active on the as-of date whose `Jenis Kelamin` is P, and those whose gender is given. */
  readonly activeWomen: number;
  readonly activeWithGender: number;
  /** activeWomen ÷ activeWithGender; null when no active member's gender is given. */
  readonly womenShare: number | null;
  /**
   * `RUK` rows of the as-of date's year done on time (`Terlaksana`) out of those due; none due when
   * `Kegiatan` was not read, as what was done cannot be told (never 0 of them on time).
   */
  readonly rukOnTime: { readonly done: number; readonly due: number };
  /** `Saprodi` rows planted (or received) by the as-of date that are right on all three counts. */
  readonly saprodiRight: { readonly right: number; readonly rows: number };
}

/** A book's money figures, each made of its tabs (src/core/book/reportTabs.ts, `summary…`). */
export type MoneyFigures = 'cash' | 'savings' | 'loans';

const figureReports: Readonly<Record<MoneyFigures, Report>> = {
  cash: 'summaryCash',
  savings: 'summarySavings',
  loans: 'summaryLoans',
};

/** Figures of a book that could not be computed, and why (`tanpa tab Kas`). */
export interface NotComputed {
  readonly figures: MoneyFigures;
  readonly reason: Bilingual;
}

/** The words for each kind of figure, in a note: `Kas, simpanan, pinjaman: tanpa tab Kas`. */
export const figuresLabel: Readonly<Record<MoneyFigures, Bilingual>> = {
  cash: t('kas', 'cash'),
  savings: t('simpanan', 'savings'),
  loans: t('pinjaman', 'loans'),
};

/**
 * The money figures a book without a tab they are made of (or with its header row unread) cannot
 * give (docs/book.md §4): without Kas every loan looks unpaid and the cash and savings nil; without
 * Anggota the savings have no one to belong to; without Pinjaman no loan is read.
 */
export function notComputed(
  book: Pick<Book, 'tabNames' | 'settings'>,
  problems: readonly Pick<Problem, 'code' | 'tab'>[],
  asOf?: IsoDate,
): NotComputed[] {
  // The tabs read, and those there whose header row was not found (not in `tabNames`).
  const names = [
    ...Object.values(book.tabNames),
    ...problems.flatMap((p) => (p.code === 'tab.header.notFound' && p.tab !== undefined ? [p.tab] : [])),
  ];
  const out: NotComputed[] = [];
  for (const figures of ['cash', 'savings', 'loans'] as const) {
    const missing = missingFor(names, figureReports[figures])[0];
    const unread = missing ? undefined : unreadFor(names, problems, figureReports[figures]);
    if (missing) out.push({ figures, reason: t(`tanpa tab ${missing.name}`, `no ${missing.name} tab`) });
    else if (unread)
      out.push({
        figures,
        reason: t(`baris judul tab ${unread} tidak ditemukan`, `the header row of tab ${unread} not found`),
      });
  }
  // The book holds cash from Tanggal Saldo Awal on (docs/book.md §6): before it, not the later
  // opening balance as that day's cash.
  const begins = book.settings.openingDate;
  if (asOf !== undefined && begins !== undefined && asOf < begins && !out.some((u) => u.figures === 'cash'))
    out.push({
      figures: 'cash',
      reason: t(
        `sebelum Tanggal Saldo Awal ${formatShortDate(begins)}`,
        `before Tanggal Saldo Awal ${formatShortDate(begins)}`,
      ),
    });
  return out;
}

export interface GroupSummaryRow extends DutiesFigures {
  readonly file: string;
  /** `Nama Kelompok`; '' when the book has none. */
  readonly groupName: string;
  readonly village: string | null;
  readonly district: string | null;
  /** Members active on the as-of date (joined, not yet left). */
  readonly activeMembers: number;
  /**
   * `Saldo Awal Kas` and every `Kas` row dated on or before the as-of date. This figure and those
   * below are null when not computed (`notComputed` says why), and left out of the totals.
   */
  readonly cashBalance: Rupiah | null;
  /** Savings of all members as of the as-of date (pokok + wajib + sukarela − withdrawn). */
  readonly savings: Rupiah | null;
  /** Loans disbursed by the as-of date and not yet `Lunas`. */
  readonly openLoans: number | null;
  readonly outstandingPrincipal: Rupiah | null;
  readonly arrears: Rupiah | null;
  /** Outstanding principal of loans more than 30 days past due: PAR30's numerator. */
  readonly atRisk30: Rupiah | null;
  /** atRisk30 ÷ outstandingPrincipal; null when nothing is outstanding (or not computed). */
  readonly par30: number | null;
  /** Loans not yet `Lunas` in Kol 5 (Macet). */
  readonly kol5Loans: number | null;
  /** Loans not yet `Lunas` with at least one day past due. */
  readonly pastDueLoans: number | null;
  /** Problems of the book as of today (what `check` says). */
  readonly errors: number;
  readonly warnings: number;
  /** The latest date of a `Kegiatan` row and of a `Kas` row, whatever the as-of date; null when none. */
  readonly lastActivity: IsoDate | null;
  readonly lastCash: IsoDate | null;
  /** The money figures above that could not be computed, and why; empty when all were. */
  readonly notComputed: readonly NotComputed[];
}

/** A file that could not be read as a book: its one-line reason. */
export interface GroupSummaryFailure {
  readonly file: string;
  readonly error: { readonly code: string; readonly message: Bilingual };
}

export type GroupSummaryEntry = GroupSummaryRow | GroupSummaryFailure;

/** Sums over the books read; attendanceLast4 and womenShare are sum ÷ sum, as PAR30 is. */
export interface GroupSummaryTotals extends DutiesFigures {
  /** Books read, and files that could not be read. */
  readonly books: number;
  readonly unreadable: number;
  readonly activeMembers: number;
  readonly cashBalance: Rupiah;
  readonly savings: Rupiah;
  readonly openLoans: number;
  readonly outstandingPrincipal: Rupiah;
  readonly arrears: Rupiah;
  readonly atRisk30: Rupiah;
  /** Sum of atRisk30 ÷ sum of outstanding principal over all books: a portfolio ratio, not an average. */
  readonly par30: number | null;
  readonly kol5Loans: number;
  readonly pastDueLoans: number;
  readonly errors: number;
  readonly warnings: number;
  /** The books whose figures (which) are not in these sums, not being computed, in the order given. */
  readonly notInTotals: readonly { readonly file: string; readonly figures: readonly MoneyFigures[] }[];
}

export interface GroupSummary {
  readonly asOf: IsoDate;
  readonly today: IsoDate;
  /** In the order the files were given. */
  readonly groups: readonly GroupSummaryEntry[];
  readonly totals: GroupSummaryTotals;
}

export function isSummaryFailure(entry: GroupSummaryEntry): entry is GroupSummaryFailure {
  return 'error' in entry;
}

function latest(dates: readonly IsoDate[]): IsoDate | null {
  let last: IsoDate | null = null;
  for (const d of dates) if (last === null || d > last) last = d;
  return last;
}

/**
 * One book's row. Problems are those of `checked` (as of today, as `check` counts them); the
 * figures are as of `asOf`, recomputed when `checked` was computed for another date.
 */
export function groupSummaryRow(file: string, checked: ReviewedBook, asOf: IsoDate): GroupSummaryRow {
  const { book } = checked;
  const counts = countBySeverity(checked.problems);
  const unknown = notComputed(book, checked.problems, asOf);
  const known = (figures: MoneyFigures) => !unknown.some((u) => u.figures === figures);
  return {
    file,
    groupName: book.settings.groupName,
    village: book.settings.village ?? null,
    district: book.settings.district ?? null,
    activeMembers: new Set(book.members.filter((m) => isMemberActiveOn(m, asOf)).map((m) => m.id)).size,
    cashBalance: known('cash') ? cashBalanceOn(book, asOf) : null,
    savings: known('savings')
      ? (checked.savings.asOf === asOf ? checked.savings : memberSavings(book, asOf)).totals.balance
      : null,
    ...(known('loans') ? loanFigures(checked, asOf) : noLoanFigures),
    errors: counts.error,
    warnings: counts.warning,
    lastActivity: latest(book.activities.map((a) => a.date)),
    lastCash: latest(book.cash.map((c) => c.date)),
    ...dutiesFigures(checked.book, asOf),
    notComputed: unknown,
  };
}

type LoanFigures = Pick<
  GroupSummaryRow,
  'openLoans' | 'outstandingPrincipal' | 'arrears' | 'atRisk30' | 'par30' | 'kol5Loans' | 'pastDueLoans'
>;

const noLoanFigures: LoanFigures = {
  openLoans: null,
  outstandingPrincipal: null,
  arrears: null,
  atRisk30: null,
  par30: null,
  kol5Loans: null,
  pastDueLoans: null,
};

function loanFigures(checked: ReviewedBook, asOf: IsoDate): LoanFigures {
  const credit = checked.credit.asOf === asOf ? checked.credit : creditReport(checked.book, asOf);
  // Written-off loans have left the portfolio (docs/book.md §7): they are not open, nor in Kol 5.
  const open = credit.loans.filter((l) => l.status !== 'Lunas' && l.writtenOff === undefined);
  // The portfolio's PAR30 numerator, kept so that the totals can divide sum by sum.
  const { atRisk30, outstandingPrincipal } = credit.portfolio;
  return {
    openLoans: credit.portfolio.activeLoans,
    outstandingPrincipal,
    arrears: credit.portfolio.arrears,
    atRisk30,
    par30: ratio(atRisk30, outstandingPrincipal),
    kol5Loans: open.filter((l) => l.kol === 5).length,
    pastDueLoans: open.filter((l) => l.daysPastDue > 0).length,
  };
}

/** One book's §9 figures as of `asOf`. */
export function dutiesFigures(book: Book, asOf: IsoDate): DutiesFigures {
  const attendance = lastMeetingsRate(attendanceReport(book, asOf), SUMMARY_MEETINGS);
  const active = new Map<string, Member>();
  for (const m of book.members) if (!active.has(m.id) && isMemberActiveOn(m, asOf)) active.set(m.id, m);
  const withGender = [...active.values()].filter((m) => m.gender !== undefined);
  const women = withGender.filter((m) => m.gender === 'P').length;
  // The as-of date's year, as the tab `RUK <year>` shows it: a plan is made and judged per year.
  const plan = planReport(book, asOf, { year: Number(asOf.slice(0, 4)) });
  return {
    attendancePresent: attendance.present,
    attendanceActive: attendance.active,
    attendanceLast4: attendance.rate,
    activeWomen: women,
    activeWithGender: withGender.length,
    womenShare: ratio(women, withGender.length),
    rukOnTime: planKnown(book).done ? plan.onTime : { done: 0, due: 0 },
    saprodiRight: saprodiRightAsOf(book, asOf),
  };
}

export function groupSummaryTotals(groups: readonly GroupSummaryEntry[]): GroupSummaryTotals {
  const rows = groups.filter((g): g is GroupSummaryRow => !isSummaryFailure(g));
  // A figure not computed (null) is left out of its sum; `notInTotals` names those books.
  const sum = (f: (r: GroupSummaryRow) => number | null) => rows.reduce((s, r) => s + (f(r) ?? 0), 0);
  const atRisk30 = sum((r) => r.atRisk30);
  const outstandingPrincipal = sum((r) => r.outstandingPrincipal);
  return {
    books: rows.length,
    unreadable: groups.length - rows.length,
    activeMembers: sum((r) => r.activeMembers),
    cashBalance: sum((r) => r.cashBalance),
    savings: sum((r) => r.savings),
    openLoans: sum((r) => r.openLoans),
    outstandingPrincipal,
    arrears: sum((r) => r.arrears),
    atRisk30,
    par30: ratio(atRisk30, outstandingPrincipal),
    kol5Loans: sum((r) => r.kol5Loans),
    pastDueLoans: sum((r) => r.pastDueLoans),
    errors: sum((r) => r.errors),
    warnings: sum((r) => r.warnings),
    attendancePresent: sum((r) => r.attendancePresent),
    attendanceActive: sum((r) => r.attendanceActive),
    attendanceLast4: ratio(
      sum((r) => r.attendancePresent),
      sum((r) => r.attendanceActive),
    ),
    activeWomen: sum((r) => r.activeWomen),
    activeWithGender: sum((r) => r.activeWithGender),
    womenShare: ratio(
      sum((r) => r.activeWomen),
      sum((r) => r.activeWithGender),
    ),
    rukOnTime: { done: sum((r) => r.rukOnTime.done), due: sum((r) => r.rukOnTime.due) },
    saprodiRight: { right: sum((r) => r.saprodiRight.right), rows: sum((r) => r.saprodiRight.rows) },
    notInTotals: rows
      .filter((r) => r.notComputed.length > 0)
      .map((r) => ({ file: r.file, figures: r.notComputed.map((u) => u.figures) })),
  };
}

/**
 * Said under the totals for a book whose figures are not in them:
 * `Tidak termasuk dalam Jumlah: nokas.xlsx (kas, simpanan, pinjaman: tanpa tab Kas)`.
 */
export function notInTotalsNote(rows: readonly GroupSummaryRow[]): Bilingual | undefined {
  const books = rows.filter((r) => r.notComputed.length > 0);
  if (books.length === 0) return undefined;
  const part = (r: GroupSummaryRow, lang: 'id' | 'en') => {
    // Figures of one reason together: `kas, simpanan, pinjaman: tanpa tab Kas`.
    const reasons = new Map<string, string[]>();
    for (const u of r.notComputed) {
      const reason = u.reason[lang];
      reasons.set(reason, [...(reasons.get(reason) ?? []), figuresLabel[u.figures][lang]]);
    }
    return `${r.file} (${[...reasons].map(([reason, figures]) => `${figures.join(', ')}: ${reason}`).join('; ')})`;
  };
  return t(
    `Tidak dapat dihitung, ditulis – dan tidak termasuk dalam Jumlah: ${books.map((r) => part(r, 'id')).join(', ')}`,
    `Not computable, shown as – and left out of the Total: ${books.map((r) => part(r, 'en')).join(', ')}`,
  );
}

export function groupSummary(
  groups: readonly GroupSummaryEntry[],
  asOf: IsoDate,
  today: IsoDate,
): GroupSummary {
  return { asOf, today, groups, totals: groupSummaryTotals(groups) };
}

/**
 * Worst first: unreadable files, then the most errors, then the highest PAR30 (none last), then
 * by file name, so that the order never depends on the order the files were given.
 */
export function worstFirst(groups: readonly GroupSummaryEntry[]): GroupSummaryEntry[] {
  const rank = (g: GroupSummaryEntry): [number, number, number] =>
    isSummaryFailure(g) ? [0, 0, 0] : [1, -g.errors, -(g.par30 ?? -1)];
  return [...groups].sort((a, b) => {
    const ra = rank(a);
    const rb = rank(b);
    for (let i = 0; i < 3; i++) if (ra[i] !== rb[i]) return (ra[i] ?? 0) - (rb[i] ?? 0);
    return a.file < b.file ? -1 : a.file > b.file ? 1 : 0;
  });
}

/** What the totals row and PAR30 mean, shown under the table. */
export const summaryDefinitions: readonly { readonly label: Bilingual; readonly definition: Bilingual }[] = [
  {
    label: t('PAR30', 'PAR30'),
    definition: t(
      'Sisa pokok pinjaman yang menunggak lebih dari 30 hari ÷ sisa pokok semua pinjaman kelompok itu, pada tanggal laporan.',
      "Outstanding principal of loans more than 30 days past due ÷ outstanding principal of all the group's loans, on the report date.",
    ),
  },
  {
    label: t('Jumlah', 'Total'),
    definition: t(
      'Jumlah semua buku yang terbaca. PAR30 di baris ini dihitung ulang sebagai rasio portofolio (jumlah sisa pokok menunggak > 30 hari semua kelompok ÷ jumlah sisa pokok semua kelompok), bukan rata-rata PAR30 kelompok.',
      "Sums over every book read. PAR30 on this row is recomputed as a portfolio ratio (all groups' outstanding principal more than 30 days past due ÷ all groups' outstanding principal), not an average of the groups' PAR30.",
    ),
  },
  {
    label: t('Kesalahan, Peringatan', 'Errors, Warnings'),
    definition: t(
      'Masalah buku per hari ini, seperti yang dihitung perintah check. Kegiatan/Kas terakhir: tanggal baris terakhir; buku yang lama tidak diisi juga temuan.',
      "The book's problems as of today, as the check command counts them. Last Kegiatan/Kas: the date of the latest row; a book not kept up to date is a finding too.",
    ),
  },
  {
    label: t('Kehadiran, Perempuan, RUK, Saprodi', 'Attendance, Women, RUK, Saprodi'),
    definition: t(
      'Kehadiran: anggota hadir (H + W) di 4 pertemuan terakhir Daftar Hadir ÷ anggota aktif pada pertemuan itu. Anggota Perempuan: anggota aktif perempuan ÷ anggota aktif yang Jenis Kelaminnya diisi. RUK Tepat Waktu: baris RUK tahun tanggal laporan yang terlaksana pada bulannya ÷ yang jatuh tempo (tidak ada yang jatuh tempo bila tab Kegiatan tidak terbaca). Saprodi Tepat: baris Saprodi yang tepat orang, jumlah dan waktu ÷ baris yang sudah tanam (atau diterima) pada tanggal laporan. Di baris Jumlah: jumlah ÷ jumlah semua kelompok, seperti PAR30.',
      "Attendance: members present (H + W) at the last 4 meetings of Daftar Hadir ÷ members active at them. Women Members: active women ÷ active members whose gender is given. RUK On Time: RUK rows of the report date's year done in their month ÷ those due (none due where the Kegiatan tab was not read). Saprodi Right: Saprodi rows right on person, amount and time ÷ rows planted (or received) by the report date. On the Total row: sum ÷ sum over all groups, as PAR30.",
    ),
  },
];
