// The credit engine (docs/book.md §5 and §7): every loan's balance as of a date, the portfolio, and
// the problems of repayment, fine and loan change rows. One pass: repayments are indexed by loan, then each loan is settled once.
import { madeOnce } from '../madeOnce';
import { columnOf } from '../book/columnOf';
import { problemAt, placeAt } from '../problems/problemCatalogue';
import type { Book, CashEntry, Loan, LoanChange } from '../book/types';
import type { IsoDate } from '../cell';
import { rupiahText } from '../money';
import { formatShortDate } from '../isoDate';
import type { Problem } from '../problems/problem';
import { loanBalance } from './loanBalance';
import { loanChangeProblem } from './loanChangeProblems';
import { loanFines, type LoanFines } from './loanFines';
import { sortByDateThenRow } from '../byDateThenRow';
import { loanLedger, type Ledger } from './loanLedger';
import { portfolio } from './portfolio';
import type { CreditReport, LoanBalance } from './types';
import { addTo, firstByKey } from '../listsByKey';

/**
 * The loan a `Kas` row of `Angsuran Pinjaman` or `Denda` pays: money in, naming a loan of `Pinjaman`
 * (the first of its ID) and that loan's member. Any other row pays no loan (the checks say why).
 */
export function loanPaidBy(entry: CashEntry, loans: ReadonlyMap<string, Loan>): Loan | undefined {
  if (entry.amountIn <= 0 || entry.loanId === undefined) return undefined;
  const loan = loans.get(entry.loanId);
  return loan && entry.memberId === loan.memberId ? loan : undefined;
}

/**
 * Whether the credit engine counts a `Kas` row of `Angsuran Pinjaman` toward a loan: it pays one
 * (`loanPaidBy`), on or after the loan's disbursement (an earlier one is `credit.beforeDisbursement`).
 */
export function repaymentCounted(entry: CashEntry, loans: ReadonlyMap<string, Loan>): boolean {
  const loan = loanPaidBy(entry, loans);
  return loan !== undefined && entry.date >= loan.disbursed;
}

/**
 * The rows the engine counts: `Angsuran Pinjaman` rows (repayments) and `Denda` rows naming a loan
 * (fines paid), with money in, whose loan exists and belongs to the row's member. Other rows are the
 * checks' to report (unknown loan, member mismatch), not the engine's to guess at. A duplicated loan
 * ID gets its rows on its first loan only.
 */
export function repaymentsByLoan(book: Pick<Book, 'cash' | 'loans'>): {
  loans: Map<string, Loan>;
  repayments: Map<string, CashEntry[]>;
  finePayments: Map<string, CashEntry[]>;
} {
  const loans = firstByKey(book.loans, (loan) => loan.id);
  const repayments = new Map<string, CashEntry[]>();
  const finePayments = new Map<string, CashEntry[]>();
  // An index loop over Kas's rows (see cashBalanceOn).
  const { cash } = book;
  for (let i = 0; i < cash.length; i++) {
    const entry = cash[i]!;
    const into =
      entry.category === 'Angsuran Pinjaman'
        ? repayments
        : entry.category === 'Denda'
          ? finePayments
          : undefined;
    if (into === undefined) continue;
    const loan = loanPaidBy(entry, loans);
    if (loan) addTo(into, loan.id, entry);
  }
  for (const lists of [repayments, finePayments]) for (const list of lists.values()) sortByDateThenRow(list);
  return { loans, repayments, finePayments };
}

/** What one loan's balance is worked out from: the loan, and the rows and changes that name it. */
interface LoanHistory {
  readonly loan: Loan;
  readonly repayments: readonly CashEntry[];
  readonly changes: readonly LoanChange[];
  readonly finePayments: readonly CashEntry[];
}

/** The loan's ledger as of `asOf` and its fines. */
function settleLoan(
  history: LoanHistory,
  asOf: IsoDate,
  settings: Book['settings'],
  keepUses?: boolean,
): { ledger: Ledger; fines: LoanFines } {
  const ledger = loanLedger(
    history.loan,
    history.repayments,
    history.changes,
    asOf,
    settings.kolLimits,
    keepUses,
  );
  const waivers = ledger.final.changes.filter((c) => c.kind === 'waiveFines').map((c) => c.date);
  const fines = loanFines(
    ledger.final,
    history.finePayments,
    waivers,
    { amount: settings.lateFine, graceDays: settings.fineGraceDays },
    asOf,
  );
  return { ledger, fines };
}

export function creditReport(book: Book, asOf: IsoDate): CreditReport {
  const names = firstByKey(
    book.members,
    (m) => m.id,
    (m) => m.name,
  );
  const { loans: firstLoans, repayments, finePayments } = repaymentsByLoan(book);
  const changes = new Map<string, LoanChange[]>();
  for (const change of book.loanChanges ?? []) addTo(changes, change.loanId, change);
  const dateColumn = columnOf(book, 'cash', 'date');
  const inColumn = columnOf(book, 'cash', 'amountIn');
  const { settings } = book;
  const problems: Problem[] = [];
  const balances: LoanBalance[] = [];
  // One text per day, shared by the problems that quote it (a district book's 125,000 repayments
  // dated before their loan quote a thousand days).
  const shortDate = madeOnce(formatShortDate);

  for (const loan of book.loans) {
    const first = firstLoans.get(loan.id) === loan;
    const rows = first ? (repayments.get(loan.id) ?? []) : [];
    const history: LoanHistory = {
      loan,
      repayments: rows,
      changes: first ? (changes.get(loan.id) ?? []) : [],
      finePayments: first ? (finePayments.get(loan.id) ?? []) : [],
    };
    // The balance works the repayments' uses out again when read (see loanBalance).
    const { ledger, fines } = settleLoan(history, asOf, settings, false);
    for (const entry of ledger.beforeDisbursement) {
      problems.push(
        problemAt(
          'credit.beforeDisbursement',
          placeAt(entry.tab, entry.row, dateColumn.header, dateColumn.col),
          { loanId: loan.id, date: shortDate(entry.date), disbursed: shortDate(loan.disbursed) },
        ),
      );
    }
    // Beyond the whole schedule (a repayment), or beyond the fines charged by its date and not waived
    // (a Denda row; naming the Hapus Denda when it paid fines waived).
    const beyond: {
      entry: CashEntry;
      amount: number;
      code: 'credit.overpaid' | 'credit.fine.afterWaiver' | 'credit.fine.beyondCharged';
      waivedOn?: IsoDate;
    }[] = [
      ...ledger.excess.map((x) => ({ ...x, code: 'credit.overpaid' as const })),
      ...fines.beyond.map((x) => ({
        ...x,
        code: x.waivedOn ? ('credit.fine.afterWaiver' as const) : ('credit.fine.beyondCharged' as const),
      })),
    ];
    for (const { entry, amount, code, waivedOn } of beyond) {
      problems.push(
        problemAt(code, placeAt(entry.tab, entry.row, inColumn.header, inColumn.col), {
          loanId: loan.id,
          amount: rupiahText(amount),
          waivedOn: waivedOn ? shortDate(waivedOn) : '',
        }),
      );
    }
    for (const finding of ledger.findings) problems.push(loanChangeProblem(book, loan, finding));
    // A loan not yet disbursed on the as-of date is not part of the book on that date.
    if (loan.disbursed > asOf) continue;
    balances.push(
      loanBalance(loan, names.get(loan.memberId) ?? '', ledger.asOf, fines, asOf, settings.kolLimits, () => {
        // Worked out again when read, not kept (see loanBalance): the same rows give the same figures.
        const again = settleLoan(history, asOf, settings);
        return { state: again.ledger.asOf, fines: again.fines };
      }),
    );
  }
  problems.sort((a, b) =>
    a.tab !== b.tab
      ? a.tab < b.tab
        ? -1
        : 1
      : a.row - b.row || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
  );
  return { asOf, loans: balances, portfolio: portfolio(balances, settings.kolLimits), problems };
}
