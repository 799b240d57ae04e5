// The credit engine (BOOK.md section 5): every loan's balance as of a date, the portfolio, and the
// problems of repayment rows. One pass: repayments are indexed by loan, then each loan is settled once.
import { columnOf } from '../book/columnOf';
import { problemAt } from '../problems/problemCatalogue';
import type { Book, CashEntry, Loan } from '../book/types';
import type { IsoDate } from '../cell';
import { formatRupiah } from '../money';
import { formatShortDate } from '../isoDate';
import type { Problem } from '../problems/problem';
import { allocateRepayments, compareEntries } from './allocateRepayments';
import { loanBalance } from './loanBalance';
import { loanSchedule } from './loanSchedule';
import { portfolio } from './portfolio';
import type { CreditReport, LoanBalance } from './types';

/**
 * The repayments the engine counts: `Angsuran Pinjaman` rows with money in whose loan exists and
 * belongs to the row's member. Other rows are the checks' to report (unknown loan, member mismatch),
 * not the engine's to guess at. A duplicated loan ID gets its repayments on its first loan only.
 */
export function repaymentsByLoan(book: Pick<Book, 'cash' | 'loans'>): {
  loans: Map<string, Loan>;
  repayments: Map<string, CashEntry[]>;
} {
  const loans = new Map<string, Loan>();
  for (const loan of book.loans) if (!loans.has(loan.id)) loans.set(loan.id, loan);
  const repayments = new Map<string, CashEntry[]>();
  for (const entry of book.cash) {
    if (entry.category !== 'Angsuran Pinjaman' || entry.amountIn <= 0 || entry.loanId === undefined) continue;
    const loan = loans.get(entry.loanId);
    if (!loan || entry.memberId !== loan.memberId) continue;
    const list = repayments.get(loan.id);
    if (list) list.push(entry);
    else repayments.set(loan.id, [entry]);
  }
  // Most books are kept in date order: sort only the lists that are not.
  for (const list of repayments.values()) {
    for (let i = 1; i < list.length; i++) {
      if (compareEntries(list[i - 1]!, list[i]!) > 0) {
        list.sort(compareEntries);
        break;
      }
    }
  }
  return { loans, repayments };
}

export function creditReport(book: Book, asOf: IsoDate): CreditReport {
  const names = new Map<string, string>();
  for (const m of book.members) if (!names.has(m.id)) names.set(m.id, m.name);
  const { loans: firstLoans, repayments } = repaymentsByLoan(book);
  const dateColumn = columnOf(book, 'cash', 'date');
  const inColumn = columnOf(book, 'cash', 'amountIn');
  const problems: Problem[] = [];
  const balances: LoanBalance[] = [];

  for (const loan of book.loans) {
    const rows = firstLoans.get(loan.id) === loan ? (repayments.get(loan.id) ?? []) : [];
    const schedule = loanSchedule(loan);
    const allocation = allocateRepayments(loan, schedule, rows, asOf);
    for (const entry of allocation.beforeDisbursement) {
      problems.push(
        problemAt(
          'credit.beforeDisbursement',
          { tab: entry.tab, row: entry.row, column: dateColumn.header, col: dateColumn.col },
          { loanId: loan.id, date: formatShortDate(entry.date), disbursed: formatShortDate(loan.disbursed) },
        ),
      );
    }
    for (const { entry, amount } of allocation.excess) {
      problems.push(
        problemAt(
          'credit.overpaid',
          { tab: entry.tab, row: entry.row, column: inColumn.header, col: inColumn.col },
          { loanId: loan.id, amount: formatRupiah(amount) },
        ),
      );
    }
    // A loan not yet disbursed on the as-of date is not part of the book on that date.
    if (loan.disbursed > asOf) continue;
    balances.push(
      loanBalance(loan, names.get(loan.memberId) ?? '', schedule, allocation, asOf, book.settings.kolLimits),
    );
  }
  problems.sort((a, b) =>
    a.tab !== b.tab
      ? a.tab < b.tab
        ? -1
        : 1
      : a.row - b.row || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
  );
  return { asOf, loans: balances, portfolio: portfolio(balances, book.settings.kolLimits), problems };
}
