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
  /**
   * The week's journal and its ready messages: repayments are Kas rows. Pinjaman may be missing
   * (said), and so may Kegiatan and the duty tabs: the journal's part for each says it was not read.
   */
  journal: ['Kas'],
  messages: ['Kas'],
  /**
   * The plan against what was done: a row is done by a Kegiatan row and its cost spent in Kas rows
   * (without them every row would read as not done and nothing as spent).
   */
  ruk: ['RUK', 'Kegiatan', 'Kas'],
  /** One season's farm inputs and the RDKK; the season is one its rows name (`season.none` without). */
  saprodi: ['Saprodi'],
  /**
   * A book's money figures in `summary` and `export`, each made of its tabs: without one (or with
   * its header row unread) the figure is not computed, never that of a book with nothing in it.
   * A book without Pinjaman (a group without a revolving fund) has no loans: 0, as in the add-on's
   * Saldo Pinjaman (`savingsAndLoans`), not "not computed".
   */
  summaryCash: ['Kas'],
  summarySavings: ['Kas', 'Anggota'],
  summaryLoans: ['Kas'],
} as const;

export type Report = keyof typeof reportTabs;

/**
 * Tabs a report also reads where the book has them: a group without a revolving fund has no
 * Pinjaman, and its journal, cards and balances are made without loans; but a Pinjaman there whose
 * header row is not found would show a group with loans as one without, so that refuses them too.
 */
export const reportReads: Partial<Record<Report, readonly string[]>> = {
  card: ['Pinjaman'],
  savingsAndLoans: ['Pinjaman'],
  journal: ['Pinjaman'],
  messages: ['Pinjaman'],
  summaryLoans: ['Pinjaman'],
};

/** Every tab `report` reads: those it needs, then those it reads where the book has them. */
export function tabsRead(report: Report): readonly string[] {
  return [...reportTabs[report], ...(reportReads[report] ?? [])];
}

/**
 * Of the input tabs a book is missing (`Overview.missingTabs`), those `report` is made from; with
 * `read`, of the tabs it could not read (`Overview.unreadTabs`), those the report reads.
 */
export function lackingFor(tabs: readonly string[], report: Report, read = false): readonly string[] {
  return (read ? tabsRead(report) : reportTabs[report]).filter((name) => tabs.includes(name));
}
