// Loans needing attention: past due, worst first.
import { pastDueWorstFirst } from '../../src/core/api/pastDueWorstFirst';
import type { LoanAtRisk } from '../../src/core/api/types';

/** Most days past due first, then the larger arrears, then by loan ID; only loans past due. */
export function worstLoansFirst(
  loans: readonly LoanAtRisk[],
  limit = Infinity,
): {
  readonly loans: readonly LoanAtRisk[];
  readonly hidden: number;
} {
  const pastDue = pastDueWorstFirst(loans);
  const shown = pastDue.slice(0, Math.max(0, limit));
  return { loans: shown, hidden: pastDue.length - shown.length };
}
