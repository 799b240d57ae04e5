// The member card (docs/book.md §8): one member's own money as of a date — savings movements with
// a running balance, the balance by kind, each loan's schedule with what was paid, arrears, the next
// installment — from the same credit engine and savings as `Saldo Pinjaman` and `Simpanan`.
import { byDateThenRow } from '../byDateThenRow';
import { isMemberActiveOn } from '../book/memberActivity';
import type { Category } from '../book/schema';
import type { Book, Loan, Member } from '../book/types';
import type { IsoDate } from '../cell';
import type { CreditReport, InstallmentState, Kol, LoanStatus } from '../credit/types';
import type { Rupiah } from '../money';
import type { MemberSavings, SavingsReport } from '../savings/memberSavings';
import { maskNik } from '../values/maskNik';

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
  readonly schedule: readonly InstallmentState[];
  readonly repaid: Rupiah;
  readonly arrears: Rupiah;
  readonly arrearsPrincipal: Rupiah;
  readonly arrearsJasa: Rupiah;
  readonly daysPastDue: number;
  readonly kol: Kol;
  readonly status: LoanStatus;
  readonly outstandingPrincipal: Rupiah;
  /** Fines charged and not paid or waived (docs/book.md §7); 0 when the book charges none. */
  readonly finesOwed: Rupiah;
  /** `Angsuran Berikut`: the first installment not fully settled whose due date is after the as-of date. */
  readonly nextInstallment: { readonly no: number; readonly due: IsoDate; readonly amount: Rupiah } | null;
  /** Once written off (docs/book.md §7): the date and the principal written off; its status reads `Hapus Buku <date>`. */
  readonly writtenOff?: { readonly date: IsoDate; readonly principal: Rupiah };
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
  /** Arrears of every loan, and their fines owed. */
  readonly totalArrears: Rupiah;
  readonly totalFinesOwed: Rupiah;
  readonly outstandingPrincipal: Rupiah;
}

const savingsCategories: ReadonlySet<Category> = new Set([
  'Simpanan Pokok',
  'Simpanan Wajib',
  'Simpanan Sukarela',
  'Penarikan Simpanan',
]);

/** What the card is made from: the book and the credit and savings reports as of the card's date. */
export interface CardSources {
  readonly book: Book;
  readonly credit: CreditReport;
  readonly savings: SavingsReport;
}

export function memberCard(sources: CardSources, member: Member): MemberCard {
  const { book, credit, savings } = sources;
  const asOf = credit.asOf;
  const rows = book.cash
    .filter((e) => e.memberId === member.id && savingsCategories.has(e.category) && e.date <= asOf)
    .sort(byDateThenRow);
  let balance = 0;
  const movements = rows.map((e): SavingsMovement => {
    balance += e.amountIn - e.amountOut;
    return {
      date: e.date,
      receiptNo: e.receiptNo ?? null,
      description: e.description,
      category: e.category,
      amountIn: e.amountIn,
      amountOut: e.amountOut,
      balance,
    };
  });
  const byKind: MemberSavings | undefined = savings.members.find((s) => s.memberId === member.id);
  const terms = new Map<string, Loan>();
  for (const l of book.loans) if (!terms.has(l.id)) terms.set(l.id, l);
  const loans = credit.loans
    .filter((l) => l.memberId === member.id)
    .map((l): CardLoan => {
      const loan = terms.get(l.loanId)!;
      return {
        loanId: l.loanId,
        disbursed: l.disbursed,
        principal: l.principal,
        monthlyRate: loan.monthlyRate,
        method: loan.method,
        frequency: loan.frequency,
        schedule: l.installments,
        repaid: l.repaid,
        arrears: l.arrears,
        arrearsPrincipal: l.arrearsPrincipal,
        arrearsJasa: l.arrearsJasa,
        daysPastDue: l.daysPastDue,
        kol: l.kol,
        status: l.status,
        outstandingPrincipal: l.outstandingPrincipal,
        finesOwed: l.finesOwed,
        nextInstallment: l.nextInstallment ?? null,
        ...(l.writtenOff && { writtenOff: { ...l.writtenOff } }),
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
    totalArrears: loans.reduce((s, l) => s + l.arrears, 0),
    totalFinesOwed: loans.reduce((s, l) => s + l.finesOwed, 0),
    outstandingPrincipal: loans.reduce((s, l) => s + l.outstandingPrincipal, 0),
  };
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
