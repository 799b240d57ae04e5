// The weekly journal as plain JSON (docs/book.md §6): what the tab, the sidebar and the CLI show.
// Every field is always present: a value that is not known is `null`, never left out.
import type { ActivityType, Category, Frequency } from '../book/schema';
import type { IsoDate } from '../cell';
import type { Kol } from '../credit/types';
import type { Rupiah } from '../money';
import type { Problem } from '../problems/problem';
import type { Lang, Bilingual } from '../text';
import type { JournalWeek } from '../week/journalWeek';
import type { JournalDuties } from './journalDuties';

export interface JournalHeader {
  readonly groupName: string;
  readonly village: string | null;
  readonly district: string | null;
  readonly regency: string | null;
  readonly province: string | null;
  readonly facilitatorName: string | null;
  readonly chairName: string | null;
}

/** One `Kegiatan` row of the week, its text as typed. */
export interface JournalActivity {
  readonly date: IsoDate;
  readonly type: ActivityType;
  readonly typeLabel: Bilingual;
  readonly description: string;
  readonly attendance: number | null;
  readonly results: string | null;
  readonly nextSteps: string | null;
  readonly recordedBy: string | null;
  /** Where the row is in the book. */
  readonly tab: string;
  readonly row: number;
}

/** How many activities of one of the nine kinds the week had (zero included). */
export interface ActivityCount {
  readonly type: ActivityType;
  readonly label: Bilingual;
  readonly count: number;
}

export interface JournalActivities {
  readonly rows: readonly JournalActivity[];
  /** The nine kinds in the order of docs/book.md. */
  readonly counts: readonly ActivityCount[];
  readonly total: number;
}

/** Money in and out of one `Kas` category during the week. */
export interface CashCategoryLine {
  readonly category: Category;
  readonly label: Bilingual;
  readonly amountIn: Rupiah;
  readonly amountOut: Rupiah;
  /** `Kas` rows of this category in the week. */
  readonly entries: number;
}

export interface JournalCash {
  /**
   * The week's first day, or `Tanggal Saldo Awal` when it falls later in the week: the balance is the
   * cash held before that day's movements.
   */
  readonly openingDate: IsoDate;
  /** Null, with the closing balance, in a week before `Tanggal Saldo Awal`: the book holds no cash then. */
  readonly openingBalance: Rupiah | null;
  /** Categories with any movement this week, in the order of docs/book.md. */
  readonly categories: readonly CashCategoryLine[];
  readonly totalIn: Rupiah;
  readonly totalOut: Rupiah;
  /** The week's last day, or today in a week under way: the balance after that day's movements. */
  readonly closingDate: IsoDate;
  readonly closingBalance: Rupiah | null;
  /** `Kas` rows dated in the week. */
  readonly entries: number;
}

/** A loan of `Pinjaman` disbursed this week. */
export interface JournalDisbursement {
  readonly date: IsoDate;
  readonly memberId: string;
  readonly memberName: string | null;
  readonly loanId: string;
  readonly amount: Rupiah;
  readonly installments: number;
  readonly frequency: Frequency;
}

/** An `Angsuran Pinjaman` row of `Kas` dated this week. */
export interface JournalRepayment {
  readonly date: IsoDate;
  readonly receiptNo: string | null;
  readonly memberId: string | null;
  readonly memberName: string | null;
  readonly loanId: string | null;
  readonly amount: Rupiah;
  /**
   * Whether the credit engine counts it toward its loan (`repaymentCounted`): not a row naming no
   * loan, another member's loan, or dated before the loan's disbursement; the checks say why.
   */
  readonly counted: boolean;
}

/** One loan to collect from next week: the installment falling due then, and any arrears. */
export interface CollectionItem {
  readonly memberId: string;
  readonly memberName: string;
  readonly loanId: string;
  /** The installment due next week, if one is (null when only arrears are to be collected). */
  readonly installmentNo: number | null;
  readonly due: IsoDate | null;
  /** The last installment falling due in the period: the same as the first when only one does. */
  readonly lastInstallmentNo: number | null;
  readonly lastDue: IsoDate | null;
  /** What is still owed on those installments after any advance payment. */
  readonly amountDue: Rupiah;
  /** Owed on installments already due at the week's end. */
  readonly arrears: Rupiah;
  readonly daysPastDue: number;
  /** Fines owed on the loan (docs/book.md §7): asked for beside the arrears, never part of them. */
  readonly finesOwed: Rupiah;
  /** amountDue + arrears + finesOwed. */
  readonly total: Rupiah;
}

export interface JournalCollection {
  /** Next week, first and last day. */
  readonly from: IsoDate;
  readonly to: IsoDate;
  readonly items: readonly CollectionItem[];
  readonly totalDue: Rupiah;
  readonly totalArrears: Rupiah;
  readonly totalFines: Rupiah;
  readonly total: Rupiah;
}

export interface KolLine {
  readonly kol: Kol;
  readonly label: Bilingual;
  readonly loans: number;
  readonly outstandingPrincipal: Rupiah;
}

export interface JournalCredit {
  /** The week's last day. */
  readonly asOf: IsoDate;
  readonly disbursements: readonly JournalDisbursement[];
  readonly totalDisbursed: Rupiah;
  readonly repayments: readonly JournalRepayment[];
  /** The repayments counted toward their loans, as the balances count them. */
  readonly totalRepaid: Rupiah;
  /** The week's `Angsuran Pinjaman` rows no loan counts (`counted` false), 0 when none. */
  readonly totalNotCounted: Rupiah;
  /** Loans disbursed by the week's end and not yet repaid in full. */
  readonly activeLoans: number;
  readonly outstandingPrincipal: Rupiah;
  readonly arrears: Rupiah;
  /** Kol 1 to 5, every one present. */
  readonly perKol: readonly KolLine[];
  /** A fraction; null when nothing is outstanding. */
  readonly par30: number | null;
  readonly par30Definition: Bilingual;
  readonly collection: JournalCollection;
}

export interface JournalMemberLine {
  readonly id: string;
  readonly name: string;
  readonly date: IsoDate;
}

export interface JournalMembers {
  /** The day counted to: the week's last day, or today in a week under way. */
  readonly asOf: IsoDate;
  /** Members active on `asOf` (`isMemberActiveOn`: a member leaving that day still counts). */
  readonly active: number;
  readonly joined: readonly JournalMemberLine[];
  readonly left: readonly JournalMemberLine[];
}

/** A problem as the journal lists it: where, what and how bad, without its fix. */
export type JournalProblem = Omit<Problem, 'fix'>;

export interface JournalDataQuality {
  /** Errors and warnings still open when the journal was generated. */
  readonly errors: number;
  readonly warnings: number;
  /** The three most important: errors first, then in book order. */
  readonly top: readonly JournalProblem[];
}

export interface JournalNextStep {
  readonly date: IsoDate;
  readonly type: ActivityType;
  readonly typeLabel: Bilingual;
  readonly text: string;
}

export interface JournalPlans {
  /** The week's `Rencana Tindak Lanjut`, in date order. */
  readonly nextSteps: readonly JournalNextStep[];
  /** The collection list again, as the week's plan. */
  readonly collection: readonly CollectionItem[];
}

export interface JournalSignature {
  readonly role: Bilingual;
  /** From `Pengaturan`; null leaves a line to write the name by hand. */
  readonly name: string | null;
}

/** With the week's meetings, members to visit, plan rows to do and farm inputs received (`JournalDuties`). */
export interface JournalModel extends JournalDuties {
  readonly title: Bilingual;
  readonly week: JournalWeek;
  /** As the caller gave it, `yyyy-mm-dd hh:mm` in the spreadsheet's zone. */
  readonly generatedAt: string;
  /** The book's `Bahasa`: the language the tab is written in unless the user picks another. */
  readonly lang: Lang;
  readonly header: JournalHeader;
  /** Nothing was recorded in the week: no activity, cash row, loan, repayment or change of members. */
  readonly empty: boolean;
  /** Says so when `empty`; null otherwise. */
  readonly emptyNote: Bilingual | null;
  readonly activities: JournalActivities;
  readonly cash: JournalCash;
  readonly credit: JournalCredit;
  readonly members: JournalMembers;
  readonly dataQuality: JournalDataQuality;
  readonly plans: JournalPlans;
  readonly signatures: { readonly facilitator: JournalSignature; readonly chair: JournalSignature };
}
