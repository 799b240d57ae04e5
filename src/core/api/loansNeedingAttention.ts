// Which loans the sidebar lists and in what order (docs/book.md §5, §7): those past due worst
// first, then those whose Kol is held by a rescheduling or that owe fines, then those written off.
import type { LoanBalance } from '../credit/types';
import { pastDueWorstFirst } from './pastDueWorstFirst';

/**
 * A loan on time can still need the facilitator: a rescheduled loan keeps its Kol until three new
 * installments in a row are paid on time, fines are owed apart from arrears, and a written-off loan
 * is still followed up (its repayments are recoveries; the collection list leaves it out). Repaid
 * loans with nothing owed are left out.
 */
export function loansNeedingAttention<L extends LoanBalance>(loans: readonly L[]): L[] {
  const live = loans.filter((l) => !l.writtenOff);
  const pastDue = pastDueWorstFirst(live.filter((l) => l.status !== 'Lunas'));
  const watched = live
    .filter((l) => !pastDue.includes(l) && ((l.status !== 'Lunas' && l.kol > 1) || l.finesOwed > 0))
    .sort((a, b) => b.kol - a.kol || b.finesOwed - a.finesOwed || a.loanId.localeCompare(b.loanId));
  // The latest write-off first: the one still most likely to bring something back.
  const writtenOff = loans
    .filter((l) => l.writtenOff)
    .sort((a, b) => b.writtenOff!.date.localeCompare(a.writtenOff!.date) || a.loanId.localeCompare(b.loanId));
  return [...pastDue, ...watched, ...writtenOff];
}
