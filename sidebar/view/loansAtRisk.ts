// Loans needing attention: past due, worst first.
import type { LoanAtRisk } from '../../src/core/api/types';

/** Most days past due first, then the larger arrears, then by loan ID; only loans past due. */
export function worstLoansFirst(
  loans: readonly LoanAtRisk[],
  limit = Infinity,
): {
  readonly loans: readonly LoanAtRisk[];
  readonly hidden: number;
} {
  const pastDue = loans
    .filter((l) => l.daysPastDue > 0)
    .sort(
      (a, b) => b.daysPastDue - a.daysPastDue || b.arrears - a.arrears || a.loanId.localeCompare(b.loanId),
    );
  const shown = pastDue.slice(0, Math.max(0, limit));
  return { loans: shown, hidden: pastDue.length - shown.length };
}
