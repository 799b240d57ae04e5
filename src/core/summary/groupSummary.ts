// One row per group's book for a supervisor (the `summary` command, tab `Ringkasan Kelompok`):
// members, cash, savings, loans, PAR30 and problems, plus a totals row over all the books.
import { isMemberActiveOn } from '../book/memberActivity';
import type { ReviewedBook } from '../reviewBook';
import type { IsoDate } from '../cell';
import { cashBalanceOn } from '../cash/cashBalance';
import { creditReport } from '../credit/creditReport';
import { ratio } from '../credit/portfolio';
import type { Rupiah } from '../money';
import { countBySeverity } from '../problems/problem';
import { memberSavings } from '../savings/memberSavings';
import type { Bilingual } from '../text';

export interface GroupSummaryRow {
  readonly file: string;
  /** `Nama Kelompok`; '' when the book has none. */
  readonly groupName: string;
  readonly village: string | null;
  readonly district: string | null;
  /** Members active on the as-of date (joined, not yet left). */
  readonly activeMembers: number;
  /** `Saldo Awal Kas` and every `Kas` row dated on or before the as-of date. */
  readonly cashBalance: Rupiah;
  /** Savings of all members as of the as-of date (pokok + wajib + sukarela − withdrawn). */
  readonly savings: Rupiah;
  /** Loans disbursed by the as-of date and not yet `Lunas`. */
  readonly openLoans: number;
  readonly outstandingPrincipal: Rupiah;
  readonly arrears: Rupiah;
  /** Outstanding principal of loans more than 30 days past due: PAR30's numerator. */
  readonly atRisk30: Rupiah;
  /** atRisk30 ÷ outstandingPrincipal; null when nothing is outstanding. */
  readonly par30: number | null;
  /** Loans not yet `Lunas` in Kol 5 (Macet). */
  readonly kol5Loans: number;
  /** Loans not yet `Lunas` with at least one day past due. */
  readonly pastDueLoans: number;
  /** Problems of the book as of today (what `check` says). */
  readonly errors: number;
  readonly warnings: number;
  /** The latest date of a `Kegiatan` row and of a `Kas` row, whatever the as-of date; null when none. */
  readonly lastActivity: IsoDate | null;
  readonly lastCash: IsoDate | null;
}

/** A file that could not be read as a book: its one-line reason. */
export interface GroupSummaryFailure {
  readonly file: string;
  readonly error: { readonly code: string; readonly message: Bilingual };
}

export type GroupSummaryEntry = GroupSummaryRow | GroupSummaryFailure;

export interface GroupSummaryTotals {
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
  const credit = checked.credit.asOf === asOf ? checked.credit : creditReport(book, asOf);
  const savings = checked.savings.asOf === asOf ? checked.savings : memberSavings(book, asOf);
  const counts = countBySeverity(checked.problems);
  // Written-off loans have left the portfolio (docs/book.md §7): they are not open, nor in Kol 5.
  const open = credit.loans.filter((l) => l.status !== 'Lunas' && l.writtenOff === undefined);
  // The portfolio's PAR30 numerator, kept so that the totals can divide sum by sum.
  const atRisk30 = credit.portfolio.atRisk30;
  const outstandingPrincipal = credit.portfolio.outstandingPrincipal;
  return {
    file,
    groupName: book.settings.groupName,
    village: book.settings.village ?? null,
    district: book.settings.district ?? null,
    activeMembers: new Set(book.members.filter((m) => isMemberActiveOn(m, asOf)).map((m) => m.id)).size,
    cashBalance: cashBalanceOn(book, asOf),
    savings: savings.totals.balance,
    openLoans: credit.portfolio.activeLoans,
    outstandingPrincipal,
    arrears: credit.portfolio.arrears,
    atRisk30,
    par30: ratio(atRisk30, outstandingPrincipal),
    kol5Loans: open.filter((l) => l.kol === 5).length,
    pastDueLoans: open.filter((l) => l.daysPastDue > 0).length,
    errors: counts.error,
    warnings: counts.warning,
    lastActivity: latest(book.activities.map((a) => a.date)),
    lastCash: latest(book.cash.map((c) => c.date)),
  };
}

export function groupSummaryTotals(groups: readonly GroupSummaryEntry[]): GroupSummaryTotals {
  const rows = groups.filter((g): g is GroupSummaryRow => !isSummaryFailure(g));
  const sum = (f: (r: GroupSummaryRow) => number) => rows.reduce((s, r) => s + f(r), 0);
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
  };
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
    label: { id: 'PAR30', en: 'PAR30' },
    definition: {
      id: 'Sisa pokok pinjaman yang menunggak lebih dari 30 hari ÷ sisa pokok semua pinjaman kelompok itu, pada tanggal laporan.',
      en: "Outstanding principal of loans more than 30 days past due ÷ outstanding principal of all the group's loans, on the report date.",
    },
  },
  {
    label: { id: 'Jumlah', en: 'Total' },
    definition: {
      id: 'Jumlah semua buku yang terbaca. PAR30 di baris ini dihitung ulang sebagai rasio portofolio (jumlah sisa pokok menunggak > 30 hari semua kelompok ÷ jumlah sisa pokok semua kelompok), bukan rata-rata PAR30 kelompok.',
      en: "Sums over every book read. PAR30 on this row is recomputed as a portfolio ratio (all groups' outstanding principal more than 30 days past due ÷ all groups' outstanding principal), not an average of the groups' PAR30.",
    },
  },
  {
    label: { id: 'Kesalahan, Peringatan', en: 'Errors, Warnings' },
    definition: {
      id: 'Masalah buku per hari ini, seperti yang dihitung perintah check. Kegiatan/Kas terakhir: tanggal baris terakhir; buku yang lama tidak diisi juga temuan.',
      en: "The book's problems as of today, as the check command counts them. Last Kegiatan/Kas: the date of the latest row; a book not kept up to date is a finding too.",
    },
  },
];
