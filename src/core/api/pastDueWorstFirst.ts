// Which loans need attention and in what order: the one rule behind the overview and the sidebar.

export interface PastDueLoan {
  readonly loanId: string;
  readonly daysPastDue: number;
  readonly arrears: number;
}

/** Loans past due only; most days past due first, then the larger arrears, then by loan ID. */
export function pastDueWorstFirst<T extends PastDueLoan>(loans: readonly T[]): T[] {
  return loans
    .filter((l) => l.daysPastDue > 0)
    .sort(
      (a, b) => b.daysPastDue - a.daysPastDue || b.arrears - a.arrears || a.loanId.localeCompare(b.loanId),
    );
}
