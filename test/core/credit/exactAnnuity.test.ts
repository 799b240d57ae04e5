// The annuity payment in exact rational arithmetic (issue 11): the cases an independent differential
// test found misrounded by floating point, every exact ,5 case with 2 and 3 installments over rates
// of 0,01 % steps, and a property against an exact rational PMT written here, apart from the code.
import fc from 'fast-check';
import { annuityPayment, installmentRate, loanSchedule } from '../../../src/core/credit/loanSchedule';
import { MAX_RUPIAH } from '../../../src/core/money';
import { loan } from '../bookBuilder';

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a < 0n ? -a : a;
}

/** PMT(r, n, 1) as a reduced fraction, from the textbook formula r / (1 − (1 + r)^−n), r = a / b. */
function unitPmt(a: bigint, b: bigint, n: number): { num: bigint; den: bigint } {
  // (1 + r)^−n = b^n / (a + b)^n; 1 − it = ((a + b)^n − b^n) / (a + b)^n.
  const onePlusPow = (a + b) ** BigInt(n);
  const rest = { num: onePlusPow - b ** BigInt(n), den: onePlusPow };
  const num = a * rest.den;
  const den = b * rest.num;
  const g = gcd(num, den);
  return { num: num / g, den: den / g };
}

/** Whether `payment` is `P × PMT` rounded half up: 2·payment − 1 ≤ 2·exact < 2·payment + 1. */
function isHalfUp(payment: number, principal: number, pmt: { num: bigint; den: bigint }): boolean {
  const twiceExact = 2n * BigInt(principal) * pmt.num; // over pmt.den
  const p = BigInt(payment);
  return (2n * p - 1n) * pmt.den <= twiceExact && twiceExact < (2n * p + 1n) * pmt.den;
}

/** The float formula the engine used before, to show that these cases tell the two apart. */
function floatPayment(principal: number, rate: number, n: number): number {
  return Math.floor((principal * rate) / (1 - Math.pow(1 + rate, -n)) + 0.5 + 1e-9);
}

const monthly = (percent: number) => installmentRate({ monthlyRate: percent / 100, frequency: 'Bulanan' });

describe('the two payments of the issue', () => {
  it('P 4.003.000 at 0,15 % a month in 2: exactly 2.006.004,5, half up 2.006.005', () => {
    expect(annuityPayment(4_003_000, monthly(0.15), 2)).toBe(2_006_005);
    expect(floatPayment(4_003_000, 0.0015, 2)).toBe(2_006_004);
  });

  it('P 17.318.435 at 1,47 % in 5: exactly 3.617.921,4999999988, so 3.617.921', () => {
    expect(annuityPayment(17_318_435, monthly(1.47), 5)).toBe(3_617_921);
    expect(floatPayment(17_318_435, 0.0147, 5)).toBe(3_617_922);
    const pmt = unitPmt(1_470_000n, 100_000_000n, 5);
    expect(isHalfUp(3_617_921, 17_318_435, pmt)).toBe(true);
  });

  it('puts the exact payment into the schedule: 2.006.005 = jasa + principal of installment 1', () => {
    const s = loanSchedule(
      loan('P', 'A', '2026-01-15', 4_003_000, { method: 'Anuitas', monthlyRate: 0.0015, installments: 2 }),
    );
    // Jasa 0,15 % of 4.003.000 = 6.004,5 → 6.005; principal 2.006.005 − 6.005; the last takes the rest.
    expect(s.map((i) => [i.principal, i.jasa])).toEqual([
      [2_000_000, 6_005],
      [2_003_000, 3_005],
    ]);
  });
});

describe('every exact ,5 payment with 2 and 3 installments', () => {
  // For a rate of k hundredths of a percent, P × PMT(r, n, 1) = P × num / den ends in exactly ,5 when
  // den is even and P is an odd multiple of den / 2. Take the first three such P within the money limit.
  const cases: [number, number, number, number][] = [];
  for (const n of [2, 3]) {
    for (let k = 1; k <= 1000; k++) {
      const pmt = unitPmt(BigInt(k) * 10_000n, 100_000_000n, n);
      if (pmt.den % 2n !== 0n) continue;
      for (const odd of [1n, 3n, 5n]) {
        const principal = (odd * pmt.den) / 2n;
        if (principal > BigInt(MAX_RUPIAH)) break;
        const half = (2n * principal * pmt.num) / pmt.den; // 2 × exact, an odd integer
        cases.push([Number(principal), k / 100, n, Number((half + 1n) / 2n)]);
      }
    }
  }

  it('finds many, and floating point gets some of them wrong', () => {
    expect(cases.length).toBeGreaterThan(300);
    const wrong = cases.filter(([p, rate, n, up]) => floatPayment(p, rate / 100, n) !== up);
    expect(wrong.length).toBeGreaterThan(0);
  });

  it('rounds each of them up', () => {
    const misrounded = cases.filter(([p, rate, n, up]) => annuityPayment(p, monthly(rate), n) !== up);
    expect(misrounded).toEqual([]);
  });
});

describe('the payment against an exact rational PMT', () => {
  it('is P × PMT rounded half up, for any principal, rate, term and both frequencies', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: MAX_RUPIAH }),
        fc.integer({ min: 1, max: 10_000 }).map((x) => x / 1000), // 0,001 % … 10 % a month
        fc.integer({ min: 1, max: 260 }),
        fc.constantFrom('Bulanan' as const, 'Mingguan' as const),
        (principal, percent, n, frequency) => {
          const rate = installmentRate({ monthlyRate: percent / 100, frequency });
          // Weekly: monthly × 12 / 52, as a fraction of integers.
          const a = BigInt(Math.round(percent * 1e6)) * (frequency === 'Mingguan' ? 12n : 1n);
          const b = 100_000_000n * (frequency === 'Mingguan' ? 52n : 1n);
          const payment = annuityPayment(principal, rate, n);
          expect(isHalfUp(payment, principal, unitPmt(a, b, n))).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('is P / n rounded half up at 0 %', () => {
    expect(annuityPayment(1_000_001, monthly(0), 2)).toBe(500_001);
    expect(annuityPayment(1_000_000, monthly(0), 3)).toBe(333_333);
  });
});
