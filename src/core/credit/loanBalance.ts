// One loan as of a date (docs/book.md §5 and §7): due, paid, arrears, days past due, Kol (held
// after a rescheduling), status, the oldest unpaid and the next installment, fines, write-off.
import type { Loan } from '../book/types';
import type { IsoDate } from '../cell';
import { daysBetween } from '../isoDate';
import { kolOf, statusOf } from './collectibility';
import { installmentKey, type LoanFines } from './loanFines';
import { holdReleased, type LedgerInstallment, type LedgerState } from './loanLedger';
import type { InstallmentState, LoanBalance, RepaymentUse } from './types';
import type { Mutable } from '../mutable';

/**
 * The installments in force as of the ledger state's date, each with the fine charged on it: what
 * `LoanBalance.installments` holds.
 */
export function installmentStates(state: LedgerState, fines: LoanFines): InstallmentState[] {
  const installments: InstallmentState[] = [];
  for (const s of state.installments) {
    const fine = fines.fines.size > 0 ? fines.fines.get(installmentKey(s)) : undefined;
    // Built field by field rather than spread: this runs once per installment of every loan. The
    // optional fields are added in this order, the order the JSON output shows them in.
    const inst: Mutable<InstallmentState> = {
      no: s.no,
      due: s.due,
      principal: s.principal,
      jasa: s.jasa,
      paidPrincipal: s.paidPrincipal,
      paidJasa: s.paidJasa,
    };
    if (s.settledOn !== undefined) inst.settledOn = s.settledOn;
    if (s.closedOn !== undefined) inst.closedOn = s.closedOn;
    if (s.rescheduledOn !== undefined) inst.rescheduledOn = s.rescheduledOn;
    if (fine !== undefined) inst.fine = fine;
    installments.push(inst);
  }
  return installments;
}

/** The loan's ledger state and fines, worked out again from its rows. */
type SettledAgain = () => { readonly state: LedgerState; readonly fines: LoanFines };

/** Where a balance keeps how to work out its installments again (not enumerable: no part of its data). */
const AGAIN = Symbol('again');

type Holder = { readonly [AGAIN]: SettledAgain };

function installmentsAgain(this: Holder): InstallmentState[] {
  const again = this[AGAIN]();
  return installmentStates(again.state, again.fines);
}

function repaymentsAgain(this: Holder): readonly RepaymentUse[] {
  return this[AGAIN]().state.uses;
}

const installmentsProperty: PropertyDescriptor = { get: installmentsAgain, enumerable: true };
const repaymentsProperty: PropertyDescriptor = { get: repaymentsAgain, enumerable: true };

/**
 * `again`, when given, works the installments and the repayments out again whenever they are read,
 * instead of the balance keeping them: a district book's 50,000 loans kept about 85 MB of them that
 * most readers (check, balances) never look at.
 */
export function loanBalance(
  loan: Loan,
  memberName: string,
  state: LedgerState,
  fines: LoanFines,
  asOf: IsoDate,
  kolLimits: readonly [number, number, number],
  again?: SettledAgain,
): LoanBalance {
  // A written-off loan's figures stay as they were on the write-off date.
  const on = state.writtenOff ? state.writtenOff.date : asOf;
  let due = 0;
  let paid = 0;
  let paidOnTime = 0;
  let arrearsPrincipal = 0;
  let arrearsJasa = 0;
  let principalPaid = 0;
  let oldestOpen: LedgerInstallment | undefined;
  let next: LedgerInstallment | undefined;
  for (const s of state.installments) {
    principalPaid += s.paidPrincipal;
    if (s.settledOn === undefined) {
      oldestOpen ??= s;
      if (next === undefined && s.due > asOf) next = s;
    }
    if (s.due <= on) {
      due += s.principal + s.jasa;
      paid += s.paidPrincipal + s.paidJasa;
      paidOnTime += s.paidOnTime;
      arrearsPrincipal += s.principal - s.paidPrincipal;
      arrearsJasa += s.jasa - s.paidJasa;
    }
  }
  // Days past due count from the oldest installment still open, only once its due date has passed.
  const daysPastDue = oldestOpen && oldestOpen.due < on ? daysBetween(oldestOpen.due, on) : 0;
  const kolByDays = kolOf(daysPastDue, kolLimits);
  // After a rescheduling the Kol is no better than on its date, until three new installments in a
  // row are settled on time (the regulator's rule for restructured credit).
  const hold = state.hold;
  const held = hold && hold.kol > kolByDays && !holdReleased(state.installments, hold, on) ? hold : undefined;
  const kol = held ? held.kol : kolByDays;
  const owedOn = (s: LedgerInstallment) => s.principal + s.jasa - s.paidPrincipal - s.paidJasa;
  const reschedules = state.changes.filter((c) => c.kind === 'reschedule');
  const writtenOff = state.writtenOff;
  const balance = {
    loanId: loan.id,
    memberId: loan.memberId,
    memberName,
    disbursed: loan.disbursed,
    principal: loan.principal,
    due,
    paid,
    repaid: state.repaid,
    overpaid: state.overpaid,
    paidOnTime,
    // A written-off loan has left outstanding principal, arrears and days past due (docs/book.md §7).
    arrears: writtenOff ? 0 : arrearsPrincipal + arrearsJasa,
    arrearsPrincipal: writtenOff ? 0 : arrearsPrincipal,
    arrearsJasa: writtenOff ? 0 : arrearsJasa,
    outstandingPrincipal: writtenOff ? 0 : loan.principal - principalPaid,
    daysPastDue: writtenOff ? 0 : daysPastDue,
    kol,
    kolByDays,
    // A written-off loan has left the Kol counts: its Kol is kept for the record, held by nothing.
    ...(held && !writtenOff && { kolHeld: { kol: held.kol, since: held.since } }),
    // `Lancar` at 0 days past due, else by the loan's Kol, held or not (docs/book.md §5 and §7).
    status: statusOf(oldestOpen === undefined, kolByDays === 1 ? 1 : kol),
    ...(next && !writtenOff && { nextInstallment: { no: next.no, due: next.due, amount: owedOn(next) } }),
    ...(oldestOpen &&
      !writtenOff &&
      oldestOpen.due < on && {
        oldestUnpaid: { no: oldestOpen.no, due: oldestOpen.due, amount: owedOn(oldestOpen) },
      }),
  } as Mutable<LoanBalance>;
  // In its place among the fields, kept or worked out when read (an own, enumerable property either way).
  if (again === undefined) balance.installments = installmentStates(state, fines);
  else {
    Object.defineProperty(balance, 'installments', installmentsProperty);
    Object.defineProperty(balance, AGAIN, { value: again });
  }
  balance.finesCharged = fines.charged;
  balance.finesPaid = fines.paid;
  balance.finesWaived = fines.waived;
  balance.finesOwed = fines.owed;
  balance.fines = [...fines.fines.values()];
  balance.changes = state.changes.map((c) => ({ date: c.date, kind: c.kind }));
  if (reschedules.length > 0) balance.rescheduledOn = reschedules[reschedules.length - 1]!.date;
  if (writtenOff) balance.writtenOff = writtenOff;
  balance.recoveries = state.recoveries;
  balance.recoveriesJasa = state.recoveriesJasa;
  if (again === undefined) balance.repayments = state.uses;
  else Object.defineProperty(balance, 'repayments', repaymentsProperty);
  return balance;
}
