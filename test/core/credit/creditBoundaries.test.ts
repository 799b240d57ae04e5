// docs/book.md §5 at its edges: the default Kol limits on both sides of each boundary, PAR30 at
// 30 and 31 days, the on-time rate with part-late and advance payments, and date order over row order.
import { creditReport } from '../../../src/core/credit/creditReport';
import { addDays } from '../../../src/core/isoDate';
import { bookOf, loan, repayment } from '../bookBuilder';

// 1.200.000 at 1,5 % Flat over 12 months from 15/01/2026: 118.000 due on the 15th from February.
const unpaid = bookOf({ loans: [loan('P1', 'A1', '2026-01-15', 1_200_000)] });
const firstDue = '2026-02-15';

describe('Kol and status from days past due, default limits 90;120;180', () => {
  it.each([
    [0, 1, 'Lancar'],
    [1, 2, 'Menunggak'],
    [90, 2, 'Menunggak'],
    [91, 3, 'Menunggak'],
    [120, 3, 'Menunggak'],
    [121, 4, 'Menunggak'],
    [180, 4, 'Menunggak'],
    [181, 5, 'Macet'],
  ] as const)('%i days past due is Kol %i, %s', (days, kol, status) => {
    const [b] = creditReport(unpaid, addDays(firstDue, days)).loans;
    expect(b).toMatchObject({ daysPastDue: days, kol, status });
    const p = creditReport(unpaid, addDays(firstDue, days)).portfolio;
    expect(p.perKol.map((k) => k.loans)).toEqual([1, 2, 3, 4, 5].map((k) => (k === kol ? 1 : 0)));
  });

  it('a loan settled in full is Lunas and Kol 1, however late it was paid', () => {
    const book = bookOf({
      loans: [loan('P1', 'A1', '2026-01-15', 1_200_000)],
      cash: [repayment('P1', 'A1', '2027-09-01', 1_416_000)],
    });
    expect(creditReport(book, '2027-08-31').loans[0]).toMatchObject({ kol: 5, status: 'Macet' });
    expect(creditReport(book, '2027-09-01').loans[0]).toMatchObject({
      kol: 1,
      status: 'Lunas',
      daysPastDue: 0,
    });
  });
});

describe('PAR30: outstanding principal of loans more than 30 days past due ÷ all outstanding principal', () => {
  // P2 is disbursed 01/03/2026 and has nothing due before 01/04: current throughout.
  const book = bookOf({
    loans: [loan('P1', 'A1', '2026-01-15', 1_200_000), loan('P2', 'A2', '2026-03-01', 600_000)],
  });

  it('is 0 while the late loan is 30 days past due', () => {
    const r = creditReport(book, '2026-03-17');
    expect(r.loans.map((b) => b.daysPastDue)).toEqual([30, 0]);
    expect(r.portfolio.par30).toBe(0);
  });

  it('counts the late loan’s whole outstanding principal from 31 days', () => {
    const r = creditReport(book, '2026-03-18');
    expect(r.loans.map((b) => b.daysPastDue)).toEqual([31, 0]);
    expect(r.portfolio.par30).toBe(1_200_000 / 1_800_000);
  });
});

describe('collection rate and on-time rate', () => {
  // Installment 1 (due 15/02) paid half on 10/02 and half late on 20/02; installment 2 (due 15/03)
  // paid in advance on 01/03.
  const book = bookOf({
    loans: [loan('P1', 'A1', '2026-01-15', 1_200_000)],
    cash: [
      repayment('P1', 'A1', '2026-02-10', 59_000),
      repayment('P1', 'A1', '2026-02-20', 59_000),
      repayment('P1', 'A1', '2026-03-01', 118_000),
    ],
  });

  it('before installment 2 is due: the advance payment counts in neither rate', () => {
    const r = creditReport(book, '2026-03-14');
    expect(r.loans[0]).toMatchObject({ due: 118_000, paid: 118_000, repaid: 236_000, paidOnTime: 59_000 });
    expect(r.portfolio.collectionRate).toBe(1);
    expect(r.portfolio.onTimeRate).toBe(0.5);
  });

  it('once installment 2 is due: its advance payment was on time, half of installment 1 was not', () => {
    const r = creditReport(book, '2026-03-15');
    expect(r.loans[0]).toMatchObject({ due: 236_000, paid: 236_000, paidOnTime: 177_000 });
    expect(r.portfolio.collectionRate).toBe(1);
    expect(r.portfolio.onTimeRate).toBe(177_000 / 236_000);
  });
});

describe('repayments in date order, not row order', () => {
  it('settles installment 1 with the earlier-dated row even when it stands lower in Kas', () => {
    const book = bookOf({
      loans: [loan('P1', 'A1', '2026-01-15', 1_200_000)],
      cash: [
        repayment('P1', 'A1', '2026-03-15', 118_000, 2),
        repayment('P1', 'A1', '2026-02-15', 118_000, 3),
      ],
    });
    const [b] = creditReport(book, '2026-03-15').loans;
    expect(b!.installments.slice(0, 2).map((i) => i.settledOn)).toEqual(['2026-02-15', '2026-03-15']);
    // In row order, the 15/03 row would have settled installment 1 a month late.
    expect(creditReport(book, '2026-03-15').portfolio.onTimeRate).toBe(1);
  });
});
