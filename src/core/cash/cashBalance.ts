// The running cash balance of `Kas` (docs/book.md §3): from `Saldo Awal Kas`, in date order, ties in row order.
import { byDateThenRow } from '../byDateThenRow';
import type { Book, CashEntry } from '../book/types';
import type { IsoDate } from '../cell';
import type { Rupiah } from '../money';

export interface CashBalanceEntry {
  readonly entry: CashEntry;
  /** The balance after this row. */
  readonly balance: Rupiah;
}

/** `Kas` rows in date order; rows of the same day keep their sheet order, as the treasurer wrote them. */
export function cashInDateOrder(cash: readonly CashEntry[]): CashEntry[] {
  return [...cash].sort(byDateThenRow);
}

/**
 * The first row after which the balance is below zero, if any: what the checks report, found
 * without a list of every row's balance (a district book has a million rows, most kept in date
 * order: they are sorted only when they are not).
 */
export function firstNegativeCash(book: Pick<Book, 'settings' | 'cash'>): CashBalanceEntry | undefined {
  const { cash } = book;
  let sorted = true;
  for (let i = 1; i < cash.length && sorted; i++) sorted = byDateThenRow(cash[i - 1]!, cash[i]!) <= 0;
  let balance = book.settings.openingBalance;
  const ordered = sorted ? cash : cashInDateOrder(cash);
  for (let i = 0; i < ordered.length; i++) {
    const entry = ordered[i]!;
    balance += entry.amountIn - entry.amountOut;
    if (balance < 0) return { entry, balance };
  }
  return undefined;
}

/** The cash balance at the end of `date`: the opening balance and every row dated on or before it. */
export function cashBalanceOn(book: Pick<Book, 'settings' | 'cash'>, date: IsoDate): Rupiah {
  let balance = book.settings.openingBalance;
  // Index loops over the rows of Kas, here and wherever a click walks them: a for…of that runs once,
  // before V8 has optimised it, makes an iterator result per row (4 MB a walk of 100,000 rows).
  const { cash } = book;
  for (let i = 0; i < cash.length; i++) {
    const entry = cash[i]!;
    if (entry.date <= date) balance += entry.amountIn - entry.amountOut;
  }
  return balance;
}
