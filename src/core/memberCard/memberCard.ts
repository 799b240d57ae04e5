// The member card (docs/book.md §8): one member's own money as of a date — savings movements with
// a running balance, the balance by kind, each loan's schedule with what was paid, arrears, the next
// installment — from the same credit engine and savings as `Saldo Pinjaman` and `Simpanan`.
import { sortByDateThenRow } from '../byDateThenRow';
import { isMemberActiveOn } from '../book/memberActivity';
import type { Category } from '../book/schema';
import type { Book, CashEntry, Loan, Member } from '../book/types';
import type { IsoDate } from '../cell';
import type { CreditReport, InstallmentState, Kol, LoanBalance, LoanStatus } from '../credit/types';
import type { Rupiah } from '../money';
import {
  savingsMove,
  savingsRowsByMember,
  type MemberSavings,
  type SavingsReport,
} from '../savings/memberSavings';
import { maskNik } from '../values/maskNik';
import { addTo, firstByKey } from '../listsByKey';
import { attendanceReport, wholePercent, type PresenceCount } from '../attendance/attendanceReport';
import { text as t, type Bilingual } from '../text';

export interface SavingsMovement {
  readonly date: IsoDate;
  readonly receiptNo: string | null;
  readonly description: string;
  readonly category: Category;
  readonly amountIn: Rupiah;
  readonly amountOut: Rupiah;
  /** The member's savings after this row (rows in date order, ties in sheet order). */
  readonly balance: Rupiah;
}

export interface CardLoan {
  readonly loanId: string;
  readonly disbursed: IsoDate;
  readonly principal: Rupiah;
  readonly monthlyRate: number;
  readonly method: Loan['method'];
  readonly frequency: Loan['frequency'];
  /** The number of installments `Pinjaman` gives: the schedule also holds a rescheduling's. */
  readonly installments: number;
  /**
   * The installments in force: after a `Jadwal Ulang`, the old ones due by it closed at what was
   * paid on them (`closedOn`), then the new ones numbered from 1 (`rescheduledOn`).
   */
  readonly schedule: readonly InstallmentState[];
  readonly repaid: Rupiah;
  readonly arrears: Rupiah;
  readonly arrearsPrincipal: Rupiah;
  readonly arrearsJasa: Rupiah;
  readonly daysPastDue: number;
  readonly kol: Kol;
  /** A Kol held since a `Jadwal Ulang` (docs/book.md §7), and the Kol its days past due give. */
  readonly kolHeld?: { readonly kol: Kol; readonly since: IsoDate };
  readonly kolByDays: Kol;
  readonly status: LoanStatus;
  readonly outstandingPrincipal: Rupiah;
  /** Fines charged and not paid or waived (docs/book.md §7); 0 when the book charges none. */
  readonly finesOwed: Rupiah;
  /** `Angsuran Berikut`: the first installment not fully settled whose due date is after the as-of date. */
  readonly nextInstallment: { readonly no: number; readonly due: IsoDate; readonly amount: Rupiah } | null;
  /** Once written off (docs/book.md §7): the date and the principal written off; its status reads `Hapus Buku <date>`. */
  readonly writtenOff?: { readonly date: IsoDate; readonly principal: Rupiah };
  /** Repayments after the write-off (docs/book.md §7). */
  readonly recoveries: Rupiah;
  /** The last `Jadwal Ulang` applied: its status reads `Jadwal Ulang <date>` beside it. */
  readonly rescheduledOn?: IsoDate;
}

export interface MemberCard {
  readonly asOf: IsoDate;
  readonly member: {
    readonly id: string;
    readonly name: string;
    /** `3507••••••••0185`, never the whole NIK; null when none is written. */
    readonly nik: string | null;
    readonly role: Member['role'];
    readonly joinDate: IsoDate;
    readonly status: Member['status'];
    readonly leaveDate: IsoDate | null;
  };
  readonly savings: {
    readonly movements: readonly SavingsMovement[];
    readonly pokok: Rupiah;
    readonly wajib: Rupiah;
    readonly sukarela: Rupiah;
    readonly withdrawn: Rupiah;
    readonly balance: Rupiah;
  };
  readonly loans: readonly CardLoan[];
  /**
   * The member's meetings in `Daftar Hadir` (docs/book.md §9): present (H or W) at the last 4 while
   * active, and at those of the as-of date's year; null when the book has no `Daftar Hadir` or the
   * member is not active on the card's date.
   */
  readonly attendance: { readonly last4: PresenceCount; readonly year: PresenceCount } | null;
  /** Arrears of every loan, and their fines owed. */
  readonly totalArrears: Rupiah;
  readonly totalFinesOwed: Rupiah;
  readonly outstandingPrincipal: Rupiah;
}

/** What the card is made from: the book and the credit and savings reports as of the card's date. */
export interface CardSources {
  readonly book: Book;
  readonly credit: CreditReport;
  readonly savings: SavingsReport;
}

/** What the cards of one date read, by member ID (lists in book order; the first row of a repeated ID). */
interface CardIndex {
  readonly savingsRows: ReadonlyMap<string, CashEntry[]>;
  readonly savings: ReadonlyMap<string, MemberSavings>;
  readonly loans: ReadonlyMap<string, LoanBalance[]>;
  readonly terms: ReadonlyMap<string, Loan>;
  readonly attendance?: ReadonlyMap<string, MemberCard['attendance']>;
}

/** Every member's part of the sources, found in one pass over each. */
function cardIndex({ book, credit, savings }: CardSources): CardIndex {
  const savingsRows = savingsRowsByMember(book.cash, credit.asOf);
  const byMember = firstByKey(savings.members, (s) => s.memberId);
  const loans = new Map<string, LoanBalance[]>();
  for (const l of credit.loans) addTo(loans, l.memberId, l);
  const terms = firstByKey(book.loans, (l) => l.id);
  if (!book.attendance) return { savingsRows, savings: byMember, loans, terms };
  const attendance = firstByKey(
    attendanceReport(book, credit.asOf).members,
    (a) => a.memberId,
    (a): MemberCard['attendance'] => ({ last4: a.last4, year: a.year }),
  );
  return { savingsRows, savings: byMember, loans, terms, attendance };
}

/**
 * The cards of `members`, in their order: each member's rows are found once for all of them, so that
 * the cards of a whole district book (5,000 members, 100,000 Kas rows) stay linear in its rows.
 */
export function memberCards(sources: CardSources, members: readonly Member[]): MemberCard[] {
  return [...eachMemberCard(sources, members)];
}

/**
 * `memberCards`, each card made when it is asked for: a tab made from them card by card lets each
 * go once its rows are made, instead of holding all 5,000 of a district book until the last.
 */
export function* eachMemberCard(sources: CardSources, members: readonly Member[]): Generator<MemberCard> {
  const index = cardIndex(sources);
  for (const m of members) yield cardOf(sources.credit.asOf, index, m);
}

/** One member's card; for several, `memberCards` finds each member's rows once for all of them. */
export function memberCard(sources: CardSources, member: Member): MemberCard {
  return cardOf(sources.credit.asOf, cardIndex(sources), member);
}

function cardOf(asOf: IsoDate, index: CardIndex, member: Member): MemberCard {
  // In place: the index's lists are made for these cards alone, and most are in order already.
  const rows = sortByDateThenRow(index.savingsRows.get(member.id) ?? []);
  let balance = 0;
  // As the Simpanan tab counts them: a row on the wrong side (an error on it) moves nothing, so the
  // running balance ends at the card's own total.
  const movements = rows.flatMap((e): SavingsMovement[] => {
    const [amountIn, amountOut] = savingsMove(e);
    if (!amountIn && !amountOut) return [];
    balance += amountIn - amountOut;
    return [
      {
        date: e.date,
        receiptNo: e.receiptNo ?? null,
        description: e.description,
        category: e.category,
        amountIn,
        amountOut,
        balance,
      },
    ];
  });
  const byKind: MemberSavings | undefined = index.savings.get(member.id);
  const loans = (index.loans.get(member.id) ?? []).map((l): CardLoan => {
    const loan = index.terms.get(l.loanId)!;
    return {
      loanId: l.loanId,
      disbursed: l.disbursed,
      principal: l.principal,
      monthlyRate: loan.monthlyRate,
      method: loan.method,
      frequency: loan.frequency,
      installments: loan.installments,
      schedule: l.installments,
      repaid: l.repaid,
      arrears: l.arrears,
      arrearsPrincipal: l.arrearsPrincipal,
      arrearsJasa: l.arrearsJasa,
      daysPastDue: l.daysPastDue,
      kol: l.kol,
      ...(l.kolHeld && { kolHeld: { ...l.kolHeld } }),
      kolByDays: l.kolByDays,
      status: l.status,
      outstandingPrincipal: l.outstandingPrincipal,
      finesOwed: l.finesOwed,
      nextInstallment: l.nextInstallment ?? null,
      ...(l.writtenOff && { writtenOff: { ...l.writtenOff } }),
      recoveries: l.recoveries,
      ...(l.rescheduledOn && { rescheduledOn: l.rescheduledOn }),
    };
  });
  return {
    asOf,
    member: {
      id: member.id,
      name: member.name,
      nik: member.nik ? maskNik(member.nik) : null,
      role: member.role,
      joinDate: member.joinDate,
      status: member.status,
      leaveDate: member.leaveDate ?? null,
    },
    savings: {
      movements,
      pokok: byKind?.pokok ?? 0,
      wajib: byKind?.wajib ?? 0,
      sukarela: byKind?.sukarela ?? 0,
      withdrawn: byKind?.withdrawn ?? 0,
      balance: byKind?.balance ?? 0,
    },
    loans,
    attendance: index.attendance?.get(member.id) ?? null,
    totalArrears: loans.reduce((s, l) => s + l.arrears, 0),
    totalFinesOwed: loans.reduce((s, l) => s + l.finesOwed, 0),
    outstandingPrincipal: loans.reduce((s, l) => s + l.outstandingPrincipal, 0),
  };
}

/**
 * `3/4 (75 %) pertemuan terakhir; tahun 2026: 9/11 (82 %)`, as the card and `card` say it;
 * `belum ada pertemuan` before the member's first meeting.
 */
export function cardAttendanceText(a: NonNullable<MemberCard['attendance']>, year: string): Bilingual {
  if (a.last4.active === 0) return t('belum ada pertemuan', 'no meeting yet');
  // No meeting yet in the year: nothing to divide by, shown as `–` (docs/book.md §5), never 0 %.
  const share = (c: PresenceCount) =>
    c.rate === null ? '–' : `${c.present}/${c.active} (${wholePercent(c)} %)`;
  return t(
    `${share(a.last4)} pertemuan terakhir; tahun ${year}: ${share(a.year)}`,
    `${share(a.last4)} of the last meetings; in ${year}: ${share(a.year)}`,
  );
}

/** The member of an ID (the first row when the ID is repeated), or undefined. */
export function findMember(book: Book, memberId: string): Member | undefined {
  const wanted = memberId.trim();
  return book.members.find((m) => m.id === wanted);
}

/** Every member active on the date, in Anggota order, each once. */
export function activeMembersOn(book: Book, date: IsoDate): Member[] {
  const seen = new Set<string>();
  return book.members.filter((m) => {
    if (seen.has(m.id) || !isMemberActiveOn(m, date)) return false;
    seen.add(m.id);
    return true;
  });
}
