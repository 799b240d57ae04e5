// The whole running cash balance of `Kas` (docs/book.md §3), every row with the balance after it: the
// tests' reference for what the add-on works out without keeping the list (firstNegativeCash, the
// journal's cash figures). The add-on itself no longer needs the whole list.
import type { Book } from '../../../src/core/book/types';
import { cashInDateOrder, type CashBalanceEntry } from '../../../src/core/cash/cashBalance';
import type { Rupiah } from '../../../src/core/money';

export interface RunningCashBalance {
  /** `Saldo Awal Kas`. */
  readonly opening: Rupiah;
  /** Every `Kas` row of the book in date order (ties in sheet row order), each with the balance after it. */
  readonly entries: readonly CashBalanceEntry[];
  /** The balance after the last row (the opening balance when there is none). */
  readonly closing: Rupiah;
  /** The first row after which the balance is below zero, if any. */
  readonly firstNegative?: CashBalanceEntry;
}

export function runningCashBalance(book: Pick<Book, 'settings' | 'cash'>): RunningCashBalance {
  const opening = book.settings.openingBalance;
  let balance = opening;
  let firstNegative: CashBalanceEntry | undefined;
  const entries = cashInDateOrder(book.cash).map((entry) => {
    balance += entry.amountIn - entry.amountOut;
    const step = { entry, balance };
    if (balance < 0 && firstNegative === undefined) firstNegative = step;
    return step;
  });
  return firstNegative
    ? { opening, entries, closing: balance, firstNegative }
    : { opening, entries, closing: balance };
}
