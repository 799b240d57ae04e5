// The installment schedule of one loan (docs/book.md §5): due dates, principal and jasa parts.
import { addDays, addMonthsClamped } from '../isoDate';
import { divideHalfUp, type Rupiah } from '../money';
import type { Loan } from '../book/types';
import type { IsoDate } from '../cell';
import type { Installment } from './types';

type LoanTerms = Pick<
  Loan,
  'disbursed' | 'principal' | 'monthlyRate' | 'method' | 'installments' | 'frequency'
>;

/**
 * The per-installment rate as an exact fraction of integers: `numerator / denominator`. The monthly
 * rate is taken to 1e-8 (percent with six decimals); weekly loans take monthly × 12 / 52, which is
 * not a finite decimal, so it stays a fraction (× 3 / 13) rather than becoming a float.
 */
export interface InstallmentRate {
  readonly numerator: number;
  readonly denominator: number;
}

export function installmentRate(loan: Pick<Loan, 'monthlyRate' | 'frequency'>): InstallmentRate {
  const monthly = Math.round(loan.monthlyRate * 1e8);
  return loan.frequency === 'Mingguan'
    ? { numerator: monthly * 3, denominator: 13e8 }
    : { numerator: monthly, denominator: 1e8 };
}

/**
 * Due date of installment `k`: counted from the disbursement date each time, so 31 Jan → 28 Feb →
 * 31 Mar. A harvest loan (`Musiman`) has one installment, due `months` months after disbursement.
 */
export function installmentDue(loan: Pick<Loan, 'disbursed' | 'frequency'>, k: number, months = k): string {
  if (loan.frequency === 'Mingguan') return addDays(loan.disbursed, 7 * k);
  return addMonthsClamped(loan.disbursed, loan.frequency === 'Musiman' ? months : k);
}

/** `round(amount × r × periods)` half up, exactly (1,5 % of 100 is 1,5 and rounds to 2). */
function timesRate(amount: Rupiah, rate: InstallmentRate, periods = 1): Rupiah {
  const numerator = amount * rate.numerator * periods;
  return Number.isSafeInteger(numerator)
    ? divideHalfUp(numerator, rate.denominator)
    : divideHalfUp(BigInt(amount) * BigInt(rate.numerator) * BigInt(periods), BigInt(rate.denominator));
}

/** `round(balance × r)` half up, computed exactly. */
export function jasaOn(balance: Rupiah, loan: Pick<Loan, 'monthlyRate' | 'frequency'>): Rupiah {
  return timesRate(balance, installmentRate(loan));
}

/**
 * `round(PMT(r, n, P))`: the payment that repays P in n equal installments, in exact rational
 * arithmetic and rounded half up once. With r = a / b, PMT = P·r / (1 − (1 + r)^−n)
 * = P·a·(a + b)^n / (b·((a + b)^n − b^n)). Floating point misrounds payments at or near ,5 (P
 * 4.003.000 at 0,15 % in 2 installments is exactly 2.006.004,5: 2.006.005, not 2.006.004).
 */
export function annuityPayment(principal: Rupiah, rate: InstallmentRate, n: number): Rupiah {
  if (rate.numerator === 0) return divideHalfUp(principal, n);
  const a = BigInt(rate.numerator);
  const b = BigInt(rate.denominator);
  const grown = (a + b) ** BigInt(n);
  return divideHalfUp(BigInt(principal) * a * grown, b * (grown - b ** BigInt(n)));
}

/**
 * A harvest loan (`Musiman`, docs/book.md §7): one installment `n` months after disbursement,
 * principal P and jasa round(P × monthly rate × n), whatever the method.
 */
function harvestSchedule<T>(loan: LoanTerms, make: Make<T>): T[] {
  const n = loan.installments;
  return [
    make(1, installmentDue(loan, 1, n), loan.principal, timesRate(loan.principal, installmentRate(loan), n)),
  ];
}

/** An installment from its number, due date, principal and jasa parts. */
type Make<T> = (no: number, due: IsoDate, principal: Rupiah, jasa: Rupiah) => T;

/**
 * The schedule: principal parts always add up to the principal (the last installment takes what is
 * left), and no principal part is negative or more than the balance before it.
 */
/** Each installment as `make` builds it, when computed (the ledger's own, with no plain one first). */
export function loanSchedule<T>(loan: LoanTerms, make: Make<T>): T[];
export function loanSchedule(loan: LoanTerms): Installment[];
export function loanSchedule(
  loan: LoanTerms,
  make: Make<unknown> = (no, due, principal, jasa): Installment => ({ no, due, principal, jasa }),
): unknown[] {
  if (loan.frequency === 'Musiman') return harvestSchedule(loan, make);
  const n = loan.installments;
  const P = loan.principal;
  const equalPart = Math.floor(P / n);
  const payment = loan.method === 'Anuitas' ? annuityPayment(P, installmentRate(loan), n) : 0;
  const flatJasa = jasaOn(P, loan);
  const schedule: unknown[] = [];
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
    schedule.push(make(k, installmentDue(loan, k), principal, jasa));
    balance -= principal;
  }
  return schedule;
}
