// Fines for late installments (docs/book.md §7): charged, paid through `Denda` rows naming the loan,
// waived by `Hapus Denda`, owed. Fines stand beside due and arrears and never change them.
import type { CashEntry } from '../book/types';
import type { IsoDate } from '../cell';
import { addDays } from '../isoDate';
import type { Rupiah } from '../money';
import type { LedgerState } from './loanLedger';
import type { Fine } from './types';

/** Names an installment across reschedulings: old and new schedules both count from 1. */
export function installmentKey(s: { readonly no: number; readonly rescheduledOn?: IsoDate }): string {
  return `${s.rescheduledOn ?? ''}#${s.no}`;
}

export interface FineTerms {
  /** `Denda Keterlambatan`: Rupiah per late installment (0 = no fines). */
  readonly amount: Rupiah;
  /** `Masa Tenggang Denda`: grace days after the due date. */
  readonly graceDays: number;
}

export interface LoanFines {
  /** Fines charged on or before the as-of date, by installment key, waived ones marked. */
  readonly fines: ReadonlyMap<string, Fine>;
  readonly charged: Rupiah;
  readonly paid: Rupiah;
  readonly waived: Rupiah;
  readonly owed: Rupiah;
  /**
   * `Denda` rows (any date) that paid beyond what was charged and not waived by their date; with the
   * date of the `Hapus Denda` whose fines they paid, when they paid fines waived.
   */
  readonly beyond: readonly {
    readonly entry: CashEntry;
    readonly amount: Rupiah;
    readonly waivedOn?: IsoDate;
  }[];
}

/**
 * `final` is the loan's state after its whole history, so that each installment's settlement date
 * is known: an installment not fully settled by the end of its due date + grace days is charged one
 * fine, dated the day after the grace ends (a rescheduling settles the old installments it closes on
 * its date; after a write-off no fine is charged). `payments` are sorted with `byDateThenRow`;
 * `waivers` are the dates of the loan's applied `Hapus Denda` changes.
 */
export function loanFines(
  final: LedgerState,
  payments: readonly CashEntry[],
  waivers: readonly IsoDate[],
  terms: FineTerms,
  asOf: IsoDate,
): LoanFines {
  const charges: { key: string; fine: Fine }[] = [];
  if (terms.amount > 0) {
    for (const s of final.installments) {
      if (s.scheduled === 0) continue;
      const graceEnd = addDays(s.due, terms.graceDays);
      if (s.settledOn !== undefined && s.settledOn <= graceEnd) continue;
      const date = addDays(graceEnd, 1);
      if (final.writtenOff && date > final.writtenOff.date) continue;
      charges.push({ key: installmentKey(s), fine: { installmentNo: s.no, date, amount: terms.amount } });
    }
    charges.sort((a, b) => (a.fine.date < b.fine.date ? -1 : a.fine.date > b.fine.date ? 1 : 0));
  }

  // One timeline: on a date, fines are charged first, then paid, then waived.
  type Event =
    | { date: IsoDate; order: 0; charge: { key: string; fine: Fine } }
    | { date: IsoDate; order: 1; entry: CashEntry }
    | { date: IsoDate; order: 2 };
  const events: Event[] = [
    ...charges.map((charge) => ({ date: charge.fine.date, order: 0 as const, charge })),
    ...payments.map((entry) => ({ date: entry.date, order: 1 as const, entry })),
    ...waivers.map((date) => ({ date, order: 2 as const })),
  ];
  events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.order - b.order));

  const waivedOn = new Map<string, IsoDate>();
  const queue: { key: string; left: Rupiah }[] = [];
  const beyond: { entry: CashEntry; amount: Rupiah; waivedOn?: IsoDate }[] = [];
  // Paid beyond what was owed (a warning) pays the fines waived and still unpaid first, then the
  // next fines, so that owed = charged − paid − waived (docs/book.md §7).
  let credit = 0;
  let charged = 0;
  let paid = 0;
  let waived = 0;
  let waivedLeft = 0;
  let lastWaiver: IsoDate | undefined;
  for (const event of events) {
    const counts = event.date <= asOf;
    if (event.order === 0) {
      const fromCredit = Math.min(credit, event.charge.fine.amount);
      credit -= fromCredit;
      if (fromCredit < event.charge.fine.amount)
        queue.push({ key: event.charge.key, left: event.charge.fine.amount - fromCredit });
      if (counts) charged += event.charge.fine.amount;
    } else if (event.order === 1) {
      // Payments settle the oldest fine first; what is left over is owed no more: fines waived and
      // still unpaid (the waived figure shrinks by what pays them), then fines never charged.
      let left = event.entry.amountIn;
      if (counts) paid += left;
      while (left > 0 && queue.length > 0) {
        const head = queue[0]!;
        const take = Math.min(left, head.left);
        head.left -= take;
        left -= take;
        if (head.left === 0) queue.shift();
      }
      if (left > 0) {
        const back = Math.min(left, waivedLeft);
        waivedLeft -= back;
        if (counts) waived -= back;
        // Each part under its own word (docs/book.md §7): what paid fines waived names the waiver,
        // the rest is beyond what was charged by its date.
        if (back > 0) beyond.push({ entry: event.entry, amount: back, waivedOn: lastWaiver });
        if (left > back) beyond.push({ entry: event.entry, amount: left - back });
        credit += left - back;
      }
    } else {
      for (const item of queue) {
        if (counts) waived += item.left;
        waivedLeft += item.left;
        lastWaiver = event.date;
        waivedOn.set(item.key, event.date);
      }
      queue.length = 0;
    }
  }

  const fines = new Map<string, Fine>();
  for (const { key, fine } of charges) {
    if (fine.date > asOf) continue;
    const on = waivedOn.get(key);
    fines.set(key, on !== undefined && on <= asOf ? { ...fine, waivedOn: on } : fine);
  }
  return { fines, charged, paid, waived, owed: Math.max(0, charged - paid - waived), beyond };
}
