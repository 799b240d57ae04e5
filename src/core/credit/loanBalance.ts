// One loan as of a date (BOOK.md section 5): due, paid, arrears, days past due, Kol, status.
import { daysBetween } from '../isoDate';
import type { IsoDate } from '../cell';
import type { Loan } from '../book/types';
import type { Allocation } from './allocateRepayments';
import { kolOf, statusOf } from './collectibility';
import type { Installment, InstallmentState, LoanBalance } from './types';

export function loanBalance(
  loan: Loan,
  memberName: string,
  schedule: readonly Installment[],
  allocation: Allocation,
  asOf: IsoDate,
  kolLimits: readonly [number, number, number],
): LoanBalance {
  const installments: InstallmentState[] = [];
  let due = 0;
  let paid = 0;
  let paidOnTime = 0;
  let arrearsPrincipal = 0;
  let arrearsJasa = 0;
  let principalPaid = 0;
  let oldestOpen: InstallmentState | undefined;
  for (let i = 0; i < schedule.length; i++) {
    const s = schedule[i];
    const paidPrincipal = allocation.paidPrincipal[i];
    const paidJasa = allocation.paidJasa[i];
    const settledOn = allocation.settledOn[i];
    // Built field by field rather than spread: this runs once per installment of every loan.
    const state: InstallmentState = settledOn
      ? { no: s.no, due: s.due, principal: s.principal, jasa: s.jasa, paidPrincipal, paidJasa, settledOn }
      : { no: s.no, due: s.due, principal: s.principal, jasa: s.jasa, paidPrincipal, paidJasa };
    installments.push(state);
    principalPaid += paidPrincipal;
    if (!settledOn && !oldestOpen) oldestOpen = state;
    if (s.due <= asOf) {
      due += s.principal + s.jasa;
      paid += paidPrincipal + paidJasa;
      paidOnTime += allocation.paidOnTime[i];
      arrearsPrincipal += s.principal - paidPrincipal;
      arrearsJasa += s.jasa - paidJasa;
    }
  }
  // Days past due count from the oldest installment still open, only once its due date has passed.
  const daysPastDue = oldestOpen && oldestOpen.due < asOf ? daysBetween(oldestOpen.due, asOf) : 0;
  const kol = kolOf(daysPastDue, kolLimits);
  const base = {
    loanId: loan.id,
    memberId: loan.memberId,
    memberName,
    disbursed: loan.disbursed,
    principal: loan.principal,
    due,
    paid,
    repaid: allocation.repaid,
    overpaid: allocation.overpaid,
    paidOnTime,
    arrears: arrearsPrincipal + arrearsJasa,
    arrearsPrincipal,
    arrearsJasa,
    outstandingPrincipal: loan.principal - principalPaid,
    daysPastDue,
    kol,
    status: statusOf(oldestOpen === undefined, kol),
    installments,
  };
  if (!oldestOpen) return base;
  const owed = oldestOpen.principal + oldestOpen.jasa - oldestOpen.paidPrincipal - oldestOpen.paidJasa;
  return { ...base, nextInstallment: { no: oldestOpen.no, due: oldestOpen.due, amount: owed } };
}
