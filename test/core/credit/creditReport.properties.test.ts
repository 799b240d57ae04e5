// Properties of the credit engine over random loans and random repayment streams (fast-check).
import fc from 'fast-check';
import { creditReport } from '../../../src/core/credit/creditReport';
import { addDays } from '../../../src/core/isoDate';
import { bookOf, loan, member, repayment } from '../bookBuilder';

const anyLoan = fc.record({
  principal: fc.integer({ min: 1, max: 50_000_000 }),
  ratePercent: fc.integer({ min: 0, max: 1000 }).map((x) => x / 100),
  installments: fc.integer({ min: 1, max: 30 }),
  method: fc.constantFrom('Flat', 'Menurun', 'Anuitas' as const),
  frequency: fc.constantFrom('Bulanan', 'Mingguan' as const),
  disbursedDay: fc.integer({ min: 0, max: 1000 }),
  // Repayments: distinct day offsets from disbursement (a few before it), amounts from tiny to huge.
  repayments: fc.uniqueArray(
    fc.record({ day: fc.integer({ min: -20, max: 1000 }), amount: fc.integer({ min: 1, max: 20_000_000 }) }),
    { maxLength: 25, selector: (r) => r.day },
  ),
});

const scenario = fc.record({
  loans: fc.array(anyLoan, { minLength: 1, maxLength: 4 }),
  asOfDay: fc.integer({ min: 0, max: 2500 }),
  seed: fc.integer(),
});

type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

function build(s: Pick<Scenario, 'loans'>) {
  const start = '2024-01-01';
  const loans = s.loans.map((l, i) =>
    loan(`P${i}`, `A${i % 2}`, addDays(start, l.disbursedDay), l.principal, {
      monthlyRate: l.ratePercent / 100,
      method: l.method,
      installments: l.installments,
      frequency: l.frequency,
    }),
  );
  const cash = s.loans.flatMap((l, i) =>
    l.repayments.map((r) =>
      repayment(`P${i}`, `A${i % 2}`, addDays(start, l.disbursedDay + r.day), r.amount),
    ),
  );
  return { loans, cash, start };
}

/** A deterministic shuffle, so that a failure can be replayed from the seed fast-check prints. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let x = seed | 1;
  for (let i = out.length - 1; i > 0; i--) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    const j = Math.abs(x) % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describe('credit engine properties', () => {
  it('keeps its balances consistent', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const { loans, cash, start } = build(s);
        const book = bookOf({ members: [member('A0', 'Satu'), member('A1', 'Dua')], loans, cash });
        const report = creditReport(book, addDays(start, s.asOfDay));
        for (const b of report.loans) {
          const allocated = b.installments.reduce((sum, i) => sum + i.paidPrincipal + i.paidJasa, 0);
          const principalPaid = b.installments.reduce((sum, i) => sum + i.paidPrincipal, 0);
          // paid = allocated to installments + overpayment
          expect(b.repaid).toBe(allocated + b.overpaid);
          expect(b.outstandingPrincipal).toBeGreaterThanOrEqual(0);
          expect(b.outstandingPrincipal).toBe(b.principal - principalPaid);
          if (b.due === 0) expect(b.daysPastDue).toBe(0);
          expect(b.arrears).toBeGreaterThanOrEqual(0);
          expect(b.arrears).toBeLessThanOrEqual(b.due);
          expect(b.arrears).toBe(b.due - b.paid);
          expect(b.arrearsPrincipal + b.arrearsJasa).toBe(b.arrears);
          expect(b.paidOnTime).toBeLessThanOrEqual(b.paid);
          for (const i of b.installments) {
            expect(i.paidPrincipal).toBeLessThanOrEqual(i.principal);
            expect(i.paidJasa).toBeLessThanOrEqual(i.jasa);
          }
          if (b.status === 'Lunas')
            expect([b.outstandingPrincipal, b.arrears, b.daysPastDue]).toEqual([0, 0, 0]);
          if (b.daysPastDue > 0) expect(b.arrears).toBeGreaterThan(0);
        }
        const p = report.portfolio;
        expect(p.outstandingPrincipal).toBe(report.loans.reduce((sum, b) => sum + b.outstandingPrincipal, 0));
        for (const rate of [p.par30, p.collectionRate, p.onTimeRate]) {
          if (rate !== null) expect(rate >= 0 && rate <= 1).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('does not depend on the order of rows with different dates', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const { loans, cash } = build(s);
        const members = [member('A0', 'Satu'), member('A1', 'Dua')];
        const asOf = addDays('2024-01-01', s.asOfDay);
        const rows = cash.map((c, i) => ({ ...c, row: i + 2 }));
        const original = creditReport(bookOf({ members, loans, cash: rows }), asOf);
        // Another sheet order: the rows move (and get other row numbers); each loan's dates are distinct.
        const moved = shuffled(cash, s.seed).map((c, i) => ({ ...c, row: i + 2 }));
        const reordered = creditReport(bookOf({ members, loans, cash: moved }), asOf);
        // Repayment rows are named by their sheet row, which moved: compare what each row did.
        const withoutRows = (r: typeof original) =>
          r.loans.map((b) => ({ ...b, repayments: b.repayments.map(({ row: _row, ...use }) => use) }));
        expect(withoutRows(reordered)).toEqual(withoutRows(original));
        expect(reordered.portfolio).toEqual(original.portfolio);
        expect(reordered.problems.map((p) => p.code).sort()).toEqual(
          original.problems.map((p) => p.code).sort(),
        );
      }),
      { numRuns: 200 },
    );
  });
});
