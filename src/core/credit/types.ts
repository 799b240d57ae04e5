// What the credit engine computes (docs/book.md §5); the journal, the sidebar, the generated tabs
// and the command line's `balances --json` all read these.
import type { IsoDate } from '../cell';
import type { Rupiah } from '../money';
import type { Problem } from '../problems/problem';
import type { Bilingual } from '../text';

export interface Installment {
  /** 1..n */
  readonly no: number;
  readonly due: IsoDate;
  readonly principal: Rupiah;
  readonly jasa: Rupiah;
}

export interface InstallmentState extends Installment {
  /** Paid toward this installment by repayments dated on or before the as-of date. */
  readonly paidPrincipal: Rupiah;
  readonly paidJasa: Rupiah;
  /**
   * Date on which it became fully settled, if it is. An installment closed by a rescheduling is
   * settled on the rescheduling date (its `principal` and `jasa` are then what was paid on it).
   */
  readonly settledOn?: IsoDate;
  /** Set on an old installment closed by a `Jadwal Ulang` on this date, at what was paid on it. */
  readonly closedOn?: IsoDate;
  /** Set on the installments of a schedule made by a `Jadwal Ulang` on this date (numbered from 1). */
  readonly rescheduledOn?: IsoDate;
  /** The fine charged on it, if any (docs/book.md §7), and whether it was later waived. */
  readonly fine?: Fine;
}

/** One fine: charged on the day after the grace days of a late installment end. */
export interface Fine {
  readonly installmentNo: number;
  readonly date: IsoDate;
  readonly amount: Rupiah;
  /** Date of the `Hapus Denda` that waived it, when it was waived (as of the report date). */
  readonly waivedOn?: IsoDate;
}

/** What happened to a loan through `Perubahan Pinjaman`, in the command line's words. */
export type LoanChangeCode = 'reschedule' | 'writeOff' | 'waiveFines';

/**
 * How one repayment row was used: `principal` + `jasa` settled installments, `beyond` went past the
 * whole schedule (`credit.overpaid`, after a write-off too), `recovery` came in after a write-off
 * within the schedule. The four add up to `amount`. The jasa part (`jasa`, and a recovery's
 * `recoveryJasa`) is income of the year the row is dated in (SHU, docs/book.md §8).
 */
export interface RepaymentUse {
  readonly tab: string;
  readonly row: number;
  readonly date: IsoDate;
  readonly amount: Rupiah;
  readonly principal: Rupiah;
  readonly jasa: Rupiah;
  readonly beyond: Rupiah;
  readonly recovery: Rupiah;
  /**
   * Of `recovery`, the jasa part: §5's allocation continued over the schedule as it stood on the
   * write-off date, after what was paid by then (docs/book.md §7); it settles nothing.
   */
  readonly recoveryJasa: Rupiah;
}

/** Kol 1 Lancar … Kol 5 Macet. */
export type Kol = 1 | 2 | 3 | 4 | 5;
export type LoanStatus = 'Lunas' | 'Lancar' | 'Menunggak' | 'Macet';

export interface LoanBalance {
  readonly loanId: string;
  readonly memberId: string;
  readonly memberName: string;
  readonly disbursed: IsoDate;
  readonly principal: Rupiah;
  /** Due: the sum of installments (principal + jasa) with due date on or before the as-of date. */
  readonly due: Rupiah;
  /** Paid toward those due installments. */
  readonly paid: Rupiah;
  /** Everything repaid up to the as-of date (including paid in advance): installments' paid parts + overpaid. */
  readonly repaid: Rupiah;
  /** Of `repaid`, the part beyond the whole schedule (reported as `credit.overpaid`). */
  readonly overpaid: Rupiah;
  /** Of `paid`, the part paid on or before each installment's own due date (for the on-time rate). */
  readonly paidOnTime: Rupiah;
  readonly arrears: Rupiah;
  readonly arrearsPrincipal: Rupiah;
  readonly arrearsJasa: Rupiah;
  readonly outstandingPrincipal: Rupiah;
  readonly daysPastDue: number;
  /**
   * The Kol shown and counted: `kolByDays`, or the Kol held since a rescheduling when that is
   * worse (`kolHeld`, docs/book.md §7).
   */
  readonly kol: Kol;
  /** The Kol from days past due alone. */
  readonly kolByDays: Kol;
  /**
   * Set while a rescheduling holds the Kol: the Kol on the rescheduling date, and that date. Never
   * on a written-off loan, which no Kol counts (its `kol` keeps the held Kol of its write-off date).
   */
  readonly kolHeld?: { readonly kol: Kol; readonly since: IsoDate };
  /** From days past due (`Lancar` at 0 days), `Lunas` when fully settled. */
  readonly status: LoanStatus;
  /**
   * The next installment (`Angsuran Berikut`, docs/book.md §5): the first installment not fully
   * settled whose due date is after the as-of date, with what is still unpaid on it.
   */
  readonly nextInstallment?: { readonly no: number; readonly due: IsoDate; readonly amount: Rupiah };
  /**
   * The oldest unpaid installment, when its due date is before the as-of date (docs/book.md §5): what
   * days past due count from, with what is still unpaid on it. One due on the as-of date itself is
   * neither this nor the next installment: it is in the arrears, 0 days past due.
   */
  readonly oldestUnpaid?: { readonly no: number; readonly due: IsoDate; readonly amount: Rupiah };
  /** Every installment in force as of the as-of date, closed ones of a rescheduling first. */
  readonly installments: readonly InstallmentState[];
  /** Fines charged by the as-of date (including waived ones), fines paid (`Denda` rows naming the loan). */
  readonly finesCharged: Rupiah;
  readonly finesPaid: Rupiah;
  readonly finesWaived: Rupiah;
  /** charged − paid − waived, never below 0 (paid beyond charged is a warning on the `Denda` row). */
  readonly finesOwed: Rupiah;
  readonly fines: readonly Fine[];
  /** `Perubahan Pinjaman` rows applied by the as-of date, in date order. */
  readonly changes: readonly { readonly date: IsoDate; readonly kind: LoanChangeCode }[];
  /** Date of the last rescheduling applied, if any. */
  readonly rescheduledOn?: IsoDate;
  /**
   * Set once written off: the date and the outstanding principal then. From that date the loan's
   * due, paid and status stay as they were on it, its outstanding principal, arrears and days past
   * due are 0, and repayment rows after it are `recoveries` up to the whole schedule; beyond it
   * they are `overpaid`, as before a write-off.
   */
  readonly writtenOff?: { readonly date: IsoDate; readonly principal: Rupiah };
  readonly recoveries: Rupiah;
  /** Of `recoveries`, the jasa part (each row's `recoveryJasa`): jasa received, for the SHU (docs/book.md §8). */
  readonly recoveriesJasa: Rupiah;
  /** Every repayment row of the loan up to the as-of date, in date order, and how it was used. */
  readonly repayments: readonly RepaymentUse[];
}

/** A portfolio figure with its definition, shown wherever the figure is. */
export interface Figure {
  /** Stable key, e.g. `par30`, `kol2Loans`. */
  readonly key: string;
  /** How to show the value: a count, whole Rupiah, or a fraction shown as a percentage. */
  readonly unit: 'count' | 'rupiah' | 'fraction';
  readonly value: number | null;
  readonly label: Bilingual;
  readonly definition: Bilingual;
}

export interface Portfolio {
  /** Loans disbursed on or before the as-of date, repaid ones included. */
  readonly loans: number;
  /** Of those, loans not yet `Lunas`. */
  readonly activeLoans: number;
  /** Members with at least one loan not yet `Lunas`. */
  readonly borrowers: number;
  readonly disbursed: Rupiah;
  readonly outstandingPrincipal: Rupiah;
  readonly arrears: Rupiah;
  /** Loans written off by the as-of date, the principal written off, and what came back after. */
  readonly writtenOffLoans: number;
  readonly writtenOffPrincipal: Rupiah;
  readonly recoveries: Rupiah;
  /** Fines owed on all loans. */
  readonly finesOwed: Rupiah;
  /** Loans rescheduled at least once and not yet `Lunas` nor written off, and their outstanding principal. */
  readonly restructuredLoans: number;
  readonly restructuredPrincipal: Rupiah;
  /** PAR30's numerator: outstanding principal of the loans more than 30 days past due. */
  readonly atRisk30: Rupiah;
  /** Fractions; null when the denominator is 0. */
  readonly par30: number | null;
  readonly collectionRate: number | null;
  readonly onTimeRate: number | null;
  /** Loans not yet `Lunas`, per Kol. */
  readonly perKol: readonly {
    readonly kol: Kol;
    readonly loans: number;
    readonly outstandingPrincipal: Rupiah;
  }[];
  /** Each figure above labelled with its definition, in display order. */
  readonly figures: readonly Figure[];
}

export interface CreditReport {
  readonly asOf: IsoDate;
  readonly loans: readonly LoanBalance[];
  readonly portfolio: Portfolio;
  /** Repayment problems: `credit.overpaid`, `credit.beforeDisbursement`, … with the `Kas` row. */
  readonly problems: readonly Problem[];
}
