// The input tabs each report is made from (docs/book.md §4, "Reports need their tabs"), by their
// names in the book: the one table. The adapters refuse a report whose tab is missing through
// `missingFor` (src/core/book/reportNeeds.ts, which finds them by name or alias); the sidebar reads it
// here, with nothing else of the book's schema in its page, to grey out what would be refused.

export const reportTabs = {
  /** Member cards: the members, and their savings and repayments in Kas. */
  card: ['Anggota', 'Kas'],
  /** The year's share-out: income and costs in Kas, shared among the members. */
  shu: ['Kas', 'Anggota'],
  /**
   * The command line's `balances`, a report on the loans. The add-on's "Hitung Saldo Pinjaman"
   * writes `Simpanan` beside `Saldo Pinjaman` and needs only Kas (`savingsAndLoans`): a group
   * without a revolving fund still keeps its members' savings.
   */
  balances: ['Pinjaman', 'Kas'],
  savingsAndLoans: ['Kas'],
  /** The week's journal and its ready messages: repayments are Kas rows. Pinjaman may be missing (said). */
  journal: ['Kas'],
  messages: ['Kas'],
  /** The plan against what was done. */
  ruk: ['RUK'],
  /**
   * A book's money figures in `summary` and `export`, each made of its tabs: without one (or with
   * its header row unread) the figure is not computed, never that of a book with nothing in it.
   * The loans are those of `balances`.
   */
  summaryCash: ['Kas'],
  summarySavings: ['Kas', 'Anggota'],
  summaryLoans: ['Pinjaman', 'Kas'],
} as const;

export type Report = keyof typeof reportTabs;

/** Of the input tabs a book is missing (`Overview.missingTabs`), those `report` is made from. */
export function lackingFor(missingTabs: readonly string[], report: Report): readonly string[] {
  return reportTabs[report].filter((name) => missingTabs.includes(name));
}
