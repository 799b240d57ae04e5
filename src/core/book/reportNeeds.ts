// The input tabs each report is made from (docs/book.md §4, "Reports need their tabs"): one table
// for both adapters. A book without one of them is refused, the tab named, never reported on as a
// book with nothing in it: without Kas every loan looks unpaid and members would be asked for
// money they have paid; without Anggota an SHU has no one to share among.
import { findTab } from './findTab';
import { cashTab, loansTab, membersTab, planTab, type TabSpec } from './schema';

export const reportNeeds = {
  /** Member cards: the members, and their savings and repayments in Kas. */
  card: [membersTab, cashTab],
  /** The year's share-out: income and costs in Kas, shared among the members. */
  shu: [cashTab, membersTab],
  /**
   * The command line's `balances`, a report on the loans. The add-on's "Hitung Saldo Pinjaman"
   * writes `Simpanan` beside `Saldo Pinjaman` and needs only Kas (`savingsAndLoans`): a group
   * without a revolving fund still keeps its members' savings.
   */
  balances: [loansTab, cashTab],
  savingsAndLoans: [cashTab],
  /** The week's journal and its ready messages: repayments are Kas rows. Pinjaman may be missing (said). */
  journal: [cashTab],
  messages: [cashTab],
  /** The plan against what was done. */
  ruk: [planTab],
} as const satisfies Record<string, readonly TabSpec[]>;

export type Report = keyof typeof reportNeeds;

/** The tabs `report` needs that are missing from a book with the tabs `names`, in the table's order. */
export function missingFor(names: readonly string[], report: Report): readonly TabSpec[] {
  return reportNeeds[report].filter((spec) => findTab(names, spec) === undefined);
}
