// Fines for late installments (docs/book.md §7): the worked example figure by figure, fines paid
// through `Denda` rows naming the loan, paid beyond charged, waived fines, and fines beside (never in)
// due, arrears, days past due and Kol.
import { creditReport } from '../../../src/core/credit/creditReport';
import { bookOf, cash, loan, member, repayment } from '../bookBuilder';

const fine = (date: string, amount: number, row?: number) =>
  cash(date, 'Denda', { in: amount }, { memberId: 'A001', loanId: 'P001', ...(row ? { row } : {}) });

/** §5's loan: 1.200.000 at 1,5 % Flat in 12 monthly installments from 15/01/2026, repaid 15/02, 20/03, 10/05. */
function workedExample(
  extra: {
    cash?: Parameters<typeof bookOf>[0]['cash'];
    loanChanges?: Parameters<typeof bookOf>[0]['loanChanges'];
  } = {},
) {
  return bookOf({
    settings: { lateFine: 10_000, fineGraceDays: 3 },
    members: [member('A001', 'Siti Aminah')],
    loans: [loan('P001', 'A001', '2026-01-15', 1_200_000, { monthlyRate: 0.015, installments: 12 })],
    cash: [
      repayment('P001', 'A001', '2026-02-15', 118_000),
      repayment('P001', 'A001', '2026-03-20', 118_000),
      repayment('P001', 'A001', '2026-05-10', 100_000),
      ...(extra.cash ?? []),
    ],
    ...(extra.loanChanges && { loanChanges: extra.loanChanges }),
    columns: { cash: { amountIn: { header: 'Masuk', col: 7 } } },
  });
}

describe('the worked example of docs/book.md §7', () => {
  const [b] = creditReport(workedExample(), '2026-05-31').loans;

  it('fines installment 2 (due 15/03, settled 20/03, after 18/03) on 19/03', () => {
    expect(b!.installments[1]).toMatchObject({ no: 2, due: '2026-03-15', settledOn: '2026-03-20' });
    expect(b!.installments[1]!.fine).toEqual({ installmentNo: 2, date: '2026-03-19', amount: 10_000 });
  });

  it('fines the open installments 3 and 4 on 19/04 and 19/05; none other', () => {
    expect(b!.fines).toEqual([
      { installmentNo: 2, date: '2026-03-19', amount: 10_000 },
      { installmentNo: 3, date: '2026-04-19', amount: 10_000 },
      { installmentNo: 4, date: '2026-05-19', amount: 10_000 },
    ]);
    expect(b!.installments.filter((i) => i.fine).map((i) => i.no)).toEqual([2, 3, 4]);
  });

  it('has 3 fines, 30.000 charged, nothing paid, 30.000 owed as of 31/05/2026', () => {
    expect(b).toMatchObject({ finesCharged: 30_000, finesPaid: 0, finesWaived: 0, finesOwed: 30_000 });
  });

  it('leaves due, arrears, days past due and Kol as section 5 has them', () => {
    expect(b).toMatchObject({
      due: 472_000,
      paid: 336_000,
      arrears: 136_000,
      daysPastDue: 46,
      kol: 2,
      status: 'Menunggak',
      outstandingPrincipal: 918_000,
    });
  });

  it('charges nothing during the grace days: installment 4 is not fined on 18/05, and is on 19/05', () => {
    expect(creditReport(workedExample(), '2026-05-18').loans[0]!.finesCharged).toBe(20_000);
    expect(creditReport(workedExample(), '2026-05-19').loans[0]!.finesCharged).toBe(30_000);
  });

  it('charges no fine without Denda Keterlambatan', () => {
    const book = { ...workedExample(), settings: { ...workedExample().settings, lateFine: 0 } };
    expect(creditReport(book, '2026-05-31').loans[0]).toMatchObject({
      finesCharged: 0,
      finesOwed: 0,
      fines: [],
    });
  });

  it('counts a whole grace: with 5 days, installment 2 settled on 20/03 is not fined', () => {
    const book = { ...workedExample(), settings: { ...workedExample().settings, fineGraceDays: 5 } };
    expect(creditReport(book, '2026-05-31').loans[0]!.fines.map((f) => f.date)).toEqual([
      '2026-04-21',
      '2026-05-21',
    ]);
  });
});

describe('fines paid, paid beyond charged, waived', () => {
  it('counts Denda rows naming the loan as fines paid', () => {
    const book = workedExample({ cash: [fine('2026-03-25', 10_000), fine('2026-05-20', 5_000)] });
    const report = creditReport(book, '2026-05-31');
    expect(report.loans[0]).toMatchObject({ finesCharged: 30_000, finesPaid: 15_000, finesOwed: 15_000 });
    expect(report.portfolio.finesOwed).toBe(15_000);
    expect(report.problems).toEqual([]);
  });

  it('ignores Denda rows without a loan, and leaves Angsuran rows out of fines', () => {
    const book = workedExample({
      cash: [cash('2026-03-25', 'Denda', { in: 10_000 }, { memberId: 'A001' })],
    });
    expect(creditReport(book, '2026-05-31').loans[0]).toMatchObject({ finesPaid: 0, finesOwed: 30_000 });
  });

  it('warns on the Denda row that pays beyond what was charged by its date', () => {
    // On 10/03 nothing was charged yet (the first fine is dated 19/03).
    const book = workedExample({ cash: [fine('2026-03-10', 10_000, 9)] });
    const report = creditReport(book, '2026-05-31');
    expect(report.problems).toEqual([
      {
        tab: 'Kas',
        row: 9,
        column: 'Masuk',
        col: 7,
        code: 'credit.fine.beyondCharged',
        severity: 'warning',
        message: {
          id: 'Denda ini membuat denda pinjaman P001 terbayar Rp 10.000 lebih dari denda yang dikenakan sampai tanggal ini. Periksa jumlahnya, ID Pinjaman, dan Denda Keterlambatan di Pengaturan.',
          en: "This fine pays loan P001's fines Rp 10.000 beyond what was charged up to this date. Check the amount, the Loan ID, and Denda Keterlambatan (late fine) in Pengaturan.",
        },
      },
    ]);
    // Later fines are still owed in full: what came early paid nothing that was charged.
    expect(report.loans[0]).toMatchObject({ finesCharged: 30_000, finesPaid: 10_000, finesOwed: 20_000 });
  });

  it('waives with Hapus Denda the fines charged by its date and unpaid; later fines are owed', () => {
    const book = workedExample({
      cash: [fine('2026-03-25', 10_000)],
      loanChanges: [{ loanId: 'P001', date: '2026-04-30', kind: 'Hapus Denda', row: 2 }],
    });
    const before = creditReport(book, '2026-04-29').loans[0]!;
    expect(before).toMatchObject({
      finesCharged: 20_000,
      finesPaid: 10_000,
      finesWaived: 0,
      finesOwed: 10_000,
    });
    const [b] = creditReport(book, '2026-05-31').loans;
    // The fine of 19/04 is waived on 30/04; the fine of 19/05 is charged after the waiver and owed.
    expect(b).toMatchObject({
      finesCharged: 30_000,
      finesPaid: 10_000,
      finesWaived: 10_000,
      finesOwed: 10_000,
    });
    expect(b!.fines.map((f) => f.waivedOn)).toEqual([undefined, '2026-04-30', undefined]);
    expect(b!.changes).toEqual([{ date: '2026-04-30', kind: 'waiveFines' }]);
  });

  it('warns on a payment of a waived fine', () => {
    const book = workedExample({
      cash: [fine('2026-05-05', 20_000, 9)],
      loanChanges: [{ loanId: 'P001', date: '2026-04-30', kind: 'Hapus Denda', row: 2 }],
    });
    const report = creditReport(book, '2026-05-31');
    expect(report.problems.map((p) => [p.code, p.row])).toEqual([['credit.fine.beyondCharged', 9]]);
    // What was paid beyond pays the next fine (19/05): owed = charged − paid − waived, not below 0.
    expect(report.loans[0]).toMatchObject({
      finesCharged: 30_000,
      finesWaived: 20_000,
      finesPaid: 20_000,
      finesOwed: 0,
    });
  });
});
