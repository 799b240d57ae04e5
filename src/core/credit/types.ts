// What the credit engine computes (BOOK.md section 5); the journal, the sidebar, the generated tabs
// and the command line's `balances --json` all read these.
import type { IsoDate } from '../cell';
import type { Rupiah } from '../money';
import type { Problem } from '../problems/problem';
import type { Text } from '../text';

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
  /** Date on which it became fully settled, if it is. */
  readonly settledOn?: IsoDate;
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
  readonly kol: Kol;
  readonly status: LoanStatus;
  /** The first installment not fully settled, with what is still owed on it. */
  readonly nextInstallment?: { readonly no: number; readonly due: IsoDate; readonly amount: Rupiah };
  readonly installments: readonly InstallmentState[];
}

/** A portfolio figure with its definition, shown wherever the figure is. */
export interface Figure {
  /** Stable key, e.g. `par30`, `kol2Loans`. */
  readonly key: string;
  /** How to show the value: a count, whole Rupiah, or a fraction shown as a percentage. */
  readonly unit: 'count' | 'rupiah' | 'fraction';
  readonly value: number | null;
  readonly label: Text;
  readonly definition: Text;
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
