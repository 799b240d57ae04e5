// The installment schedule of one loan (BOOK.md section 5): due dates, principal and jasa parts.
import { addDays, addMonthsClamped } from '../isoDate';
import { roundHalfUp, type Rupiah } from '../money';
import type { Loan } from '../book/types';
import type { Installment } from './types';

type LoanTerms = Pick<
  Loan,
  'disbursed' | 'principal' | 'monthlyRate' | 'method' | 'installments' | 'frequency'
>;

/** Per-installment rate: the monthly rate, or for weekly loans the monthly rate × 12 / 52. */
export function installmentRate(loan: Pick<Loan, 'monthlyRate' | 'frequency'>): number {
  return loan.frequency === 'Mingguan' ? (loan.monthlyRate * 12) / 52 : loan.monthlyRate;
}

/** Due date of installment `k`: counted from the disbursement date each time, so 31 Jan → 28 Feb → 31 Mar. */
export function installmentDue(loan: Pick<Loan, 'disbursed' | 'frequency'>, k: number): string {
  return loan.frequency === 'Mingguan' ? addDays(loan.disbursed, 7 * k) : addMonthsClamped(loan.disbursed, k);
}

/**
 * `round(balance × r)` half up, computed exactly. The rate is taken to 1e-8 (percent with six
 * decimals) as an integer so that e.g. 1.5 % of 100 Rupiah is exactly 1,5 and rounds to 2, which
 * floating point (0.015 × 100 = 1.4999…) would get wrong.
 */
export function jasaOn(balance: Rupiah, loan: Pick<Loan, 'monthlyRate' | 'frequency'>): Rupiah {
  const rate = Math.round(loan.monthlyRate * 1e8);
  // Weekly: balance × rate × 12 / (52 × 1e8) = balance × rate × 3 / 13e8.
  const [factor, denominator] = loan.frequency === 'Mingguan' ? [3, 13e8] : [1, 1e8];
  const numerator = balance * rate * factor;
  if (Number.isSafeInteger(numerator)) {
    const rest = numerator % denominator;
    const whole = (numerator - rest) / denominator;
    return 2 * rest >= denominator ? whole + 1 : whole;
  }
  const n = BigInt(balance) * BigInt(rate) * BigInt(factor);
  const d = BigInt(denominator);
  return Number((2n * n + d) / (2n * d));
}

/** `PMT(r, n, P)` as a spreadsheet computes it (the payment that repays P in n equal installments). */
export function annuityPayment(principal: Rupiah, rate: number, n: number): Rupiah {
  if (rate === 0) return roundHalfUp(principal / n);
  return roundHalfUp((principal * rate) / (1 - Math.pow(1 + rate, -n)));
}

/**
 * The schedule: principal parts always add up to the principal (the last installment takes what is
 * left), and no principal part is negative or more than the balance before it.
 */
export function loanSchedule(loan: LoanTerms): Installment[] {
  const n = loan.installments;
  const P = loan.principal;
  const equalPart = Math.floor(P / n);
  const payment = loan.method === 'Anuitas' ? annuityPayment(P, installmentRate(loan), n) : 0;
  const flatJasa = jasaOn(P, loan);
  const schedule: Installment[] = [];
  let balance = P;
  for (let k = 1; k <= n; k++) {
    let principal: Rupiah;
    let jasa: Rupiah;
    if (loan.method === 'Flat') {
      jasa = flatJasa;
      principal = k === n ? balance : Math.min(equalPart, balance);
    } else if (loan.method === 'Menurun') {
      jasa = jasaOn(balance, loan);
      principal = k === n ? balance : Math.min(equalPart, balance);
    } else {
      jasa = jasaOn(balance, loan);
      // Rounding the payment of a tiny loan could take more than the balance: clamp to it.
      principal = k === n ? balance : Math.max(0, Math.min(payment - jasa, balance));
    }
    schedule.push({ no: k, due: installmentDue(loan, k), principal, jasa });
    balance -= principal;
  }
  return schedule;
}
