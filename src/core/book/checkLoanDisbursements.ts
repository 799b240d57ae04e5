// Each loan has exactly one `Pencairan Pinjaman` row in `Kas` with its ID, amount = Pokok, dated Tanggal Cair.
import { formatShortDate } from '../isoDate';
import { rupiahText } from '../money';
import type { Problem } from '../problems/problem';
import { problemAt, placeAt } from '../problems/problemCatalogue';
import type { LoanColumn } from './schema';
import type { CashEntry, ColumnRef, Loan } from './types';

/** Warnings on the loan's row in `Pinjaman`: the loan terms stand, the cash book should show them. */
export function checkLoanDisbursements(
  loans: readonly Loan[],
  cash: readonly CashEntry[],
  columns: Readonly<Partial<Record<LoanColumn, ColumnRef>>>,
): Problem[] {
  const byLoan = new Map<string, CashEntry[]>();
  // An index loop over Kas's rows (see cashBalanceOn).
  for (let i = 0; i < cash.length; i++) {
    const entry = cash[i]!;
    if (entry.category !== 'Pencairan Pinjaman' || entry.loanId === undefined) continue;
    const rows = byLoan.get(entry.loanId) ?? [];
    rows.push(entry);
    byLoan.set(entry.loanId, rows);
  }
  const place = (loan: Loan, key: LoanColumn, header: string) =>
    placeAt(loan.tab, loan.row, columns[key]?.header ?? header, columns[key]?.col ?? 0);
  const problems: Problem[] = [];
  for (const loan of loans) {
    const rows = byLoan.get(loan.id) ?? [];
    const base = {
      value: loan.id,
      date: formatShortDate(loan.disbursed),
      principal: rupiahText(loan.principal),
    };
    if (rows.length === 0) {
      problems.push(problemAt('loan.disbursement.missing', place(loan, 'loanId', 'ID Pinjaman'), base));
    } else if (rows.length > 1) {
      problems.push(
        problemAt('loan.disbursement.multiple', place(loan, 'loanId', 'ID Pinjaman'), {
          ...base,
          count: rows.length,
          rows: rows.map((e) => e.row).join(', '),
        }),
      );
    } else {
      const [entry] = rows as [CashEntry];
      if (entry.amountOut !== loan.principal) {
        problems.push(
          problemAt('loan.disbursement.amount', place(loan, 'principal', 'Pokok'), {
            ...base,
            cashRow: entry.row,
            amount: rupiahText(entry.amountOut > 0 ? entry.amountOut : entry.amountIn),
          }),
        );
      }
      if (entry.date !== loan.disbursed) {
        problems.push(
          problemAt('loan.disbursement.date', place(loan, 'disbursed', 'Tanggal Cair'), {
            ...base,
            cashRow: entry.row,
            cashDate: formatShortDate(entry.date),
          }),
        );
      }
    }
  }
  return problems;
}
