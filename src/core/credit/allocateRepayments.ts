// Settles a loan's installments with its repayments (BOOK.md section 5): date order, oldest
// installment first, jasa before principal, what is left paid in advance, beyond the schedule excess.
import type { CashEntry, Loan } from '../book/types';
import type { IsoDate } from '../cell';
import type { Rupiah } from '../money';
import type { Installment } from './types';

export interface Allocation {
  /** Per installment (same order as the schedule), by repayments dated on or before the as-of date. */
  readonly paidPrincipal: Rupiah[];
  readonly paidJasa: Rupiah[];
  readonly settledOn: (IsoDate | undefined)[];
  /** Per installment: the part paid by repayments dated on or before its own due date. */
  readonly paidOnTime: Rupiah[];
  /** All repayments counted up to the as-of date, and the part of them beyond the whole schedule. */
  readonly repaid: Rupiah;
  readonly overpaid: Rupiah;
  /** Rows dated before disbursement (not counted), and rows that went beyond the schedule. */
  readonly beforeDisbursement: readonly CashEntry[];
  readonly excess: readonly { readonly entry: CashEntry; readonly amount: Rupiah }[];
}

/** Date order; rows of one date in sheet order. */
export function compareEntries(a: CashEntry, b: CashEntry): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : a.row - b.row;
}

/**
 * `repayments` must be this loan's rows, sorted with `compareEntries`. Rows after the as-of date do
 * not settle anything in the result, but they are still checked against the schedule, so that an
 * overpayment is reported whatever date the report is made for.
 */
export function allocateRepayments(
  loan: Pick<Loan, 'disbursed'>,
  schedule: readonly Installment[],
  repayments: readonly CashEntry[],
  asOf: IsoDate,
): Allocation {
  const n = schedule.length;
  const paidPrincipal = new Array<Rupiah>(n).fill(0);
  const paidJasa = new Array<Rupiah>(n).fill(0);
  const paidOnTime = new Array<Rupiah>(n).fill(0);
  const settledOn = new Array<IsoDate | undefined>(n).fill(undefined);
  // An installment of nothing (a tiny loan's rounding) is settled from the start.
  for (let i = 0; i < n; i++)
    if (schedule[i].principal + schedule[i].jasa === 0) settledOn[i] = loan.disbursed;
  let capacity = schedule.reduce((sum, s) => sum + s.principal + s.jasa, 0);
  let open = 0; // index of the oldest installment not fully settled
  let repaid = 0;
  let overpaid = 0;
  const beforeDisbursement: CashEntry[] = [];
  const excess: { entry: CashEntry; amount: Rupiah }[] = [];

  for (const entry of repayments) {
    if (entry.date < loan.disbursed) {
      beforeDisbursement.push(entry);
      continue;
    }
    const amount = entry.amountIn;
    const extra = Math.max(0, amount - capacity);
    capacity -= amount - extra;
    if (extra > 0) excess.push({ entry, amount: extra });
    if (entry.date > asOf) continue;
    repaid += amount;
    overpaid += extra;
    let left = amount - extra;
    while (left > 0 && open < n) {
      const s = schedule[open];
      const toJasa = Math.min(left, s.jasa - paidJasa[open]);
      paidJasa[open] += toJasa;
      left -= toJasa;
      const toPrincipal = Math.min(left, s.principal - paidPrincipal[open]);
      paidPrincipal[open] += toPrincipal;
      left -= toPrincipal;
      if (entry.date <= s.due) paidOnTime[open] += toJasa + toPrincipal;
      if (paidJasa[open] === s.jasa && paidPrincipal[open] === s.principal) {
        settledOn[open] ??= entry.date;
        open += 1;
      }
    }
  }
  return { paidPrincipal, paidJasa, settledOn, paidOnTime, repaid, overpaid, beforeDisbursement, excess };
}
