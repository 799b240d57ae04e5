// Loans needing attention: past due, worst first.
import { pastDueWorstFirst } from '../../src/core/api/pastDueWorstFirst';
import type { LoanAtRisk, Page } from '../../src/core/api/types';

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

/**
 * A further page of loans appended to the loaded one: each loan once, the total of the newer
 * reading. A page `restarted` (the book changed since the loaded one was read) replaces it.
 */
export function appendLoanPage(loaded: Page<LoanAtRisk>, next: Page<LoanAtRisk>): Page<LoanAtRisk> {
  if (next.restarted) return next;
  const seen = new Set(loaded.items.map((l) => l.loanId));
  return { ...next, offset: 0, items: [...loaded.items, ...next.items.filter((l) => !seen.has(l.loanId))] };
}
