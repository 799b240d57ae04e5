// Harvest loans, `Frekuensi` `Musiman` (docs/book.md §7): one installment `Jumlah Angsuran` months
// after disbursement, principal P and jasa round(P × r × n), whatever the method.
import { creditReport } from '../../../src/core/credit/creditReport';
import { loanSchedule } from '../../../src/core/credit/loanSchedule';
import { bookOf, loan, member, repayment } from '../bookBuilder';

describe('a harvest loan of 4 months at 2 %', () => {
  // P 1.234.567: jasa 1.234.567 × 0,02 × 4 = 98.765,36 → 98.765.
  const terms = { monthlyRate: 0.02, installments: 4, frequency: 'Musiman' as const };

  it.each(['Flat', 'Menurun', 'Anuitas'] as const)(
    'is one installment of P + round(P × 0,02 × 4) (%s)',
    (method) => {
      const s = loanSchedule(loan('P1', 'A1', '2026-03-31', 1_234_567, { ...terms, method }));
      expect(s).toEqual([{ no: 1, due: '2026-07-31', principal: 1_234_567, jasa: 98_765 }]);
    },
  );

  it('rounds the jasa half up exactly: 1.250 × 2 % × 4 = 100, 1.256,25 × … = 100,5 → 101', () => {
    expect(loanSchedule(loan('P1', 'A1', '2026-03-31', 1_250, terms))[0]!.jasa).toBe(100);
    // 0,5 % × 4 months of 5.025 = 100,5 → 101.
    expect(
      loanSchedule(loan('P1', 'A1', '2026-03-31', 5_025, { ...terms, monthlyRate: 0.005 }))[0]!.jasa,
    ).toBe(101);
  });

  it('clamps the due date to the month end: 31/10 + 4 months is 28/02', () => {
    expect(loanSchedule(loan('P1', 'A1', '2026-10-31', 1_000_000, terms))[0]!.due).toBe('2027-02-28');
  });

  it('is Lancar until harvest, then past due from the one due date', () => {
    const book = bookOf({
      members: [member('A1', 'Sri')],
      loans: [loan('P1', 'A1', '2026-03-31', 1_234_567, terms)],
    });
    expect(creditReport(book, '2026-07-30').loans[0]).toMatchObject({
      due: 0,
      arrears: 0,
      daysPastDue: 0,
      status: 'Lancar',
      nextInstallment: { no: 1, due: '2026-07-31', amount: 1_333_332 },
    });
    expect(creditReport(book, '2026-08-10').loans[0]).toMatchObject({
      due: 1_333_332,
      arrears: 1_333_332,
      daysPastDue: 10,
      kol: 2,
      oldestUnpaid: { no: 1, due: '2026-07-31', amount: 1_333_332 },
    });
    const repaid = {
      ...book,
      cash: [{ ...repayment('P1', 'A1', '2026-07-31', 1_333_332), tab: 'Kas', row: 2 }],
    };
    expect(creditReport(repaid, '2026-08-10').loans[0]).toMatchObject({ status: 'Lunas', arrears: 0 });
  });
});
