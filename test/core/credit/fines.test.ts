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
          en: "This fine pays loan P001's fines Rp 10,000 beyond what was charged up to this date. Check the amount, the Loan ID, and Denda Keterlambatan (late fine) in Pengaturan.",
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

  it('warns on a payment of a waived fine, naming the waiver only when it is why; it pays the fines waived, so the figures add up', () => {
    const book = workedExample({
      cash: [fine('2026-05-05', 20_000, 9)],
      loanChanges: [{ loanId: 'P001', date: '2026-04-30', kind: 'Hapus Denda', row: 2 }],
    });
    const report = creditReport(book, '2026-05-31');
    expect(report.problems).toEqual([
      {
        tab: 'Kas',
        row: 9,
        column: 'Masuk',
        col: 7,
        code: 'credit.fine.afterWaiver',
        severity: 'warning',
        message: {
          id: 'Denda ini membuat denda pinjaman P001 terbayar Rp 20.000 lebih dari denda yang masih terutang: Hapus Denda 30/04/2026 sudah menghapus denda yang belum dibayar. Periksa jumlahnya, ID Pinjaman, dan tanggal Hapus Denda.',
          en: "This fine pays loan P001's fines Rp 20,000 beyond what was still owed: the Hapus Denda of 30/04/2026 waived the fines unpaid. Check the amount, the Loan ID, and the date of the Hapus Denda.",
        },
      },
    ]);
    // The 20.000 pays the two fines waived on 30/04 (19/03, 19/04): waived is what was waived and is
    // still unpaid, 0; the fine of 19/05 is owed. charged − paid − waived = owed: 30 − 20 − 0 = 10.
    expect(report.loans[0]).toMatchObject({
      finesCharged: 30_000,
      finesWaived: 0,
      finesPaid: 20_000,
      finesOwed: 10_000,
    });
    // Before the payment the waiver stands whole.
    expect(creditReport(book, '2026-05-04').loans[0]).toMatchObject({
      finesCharged: 20_000,
      finesWaived: 20_000,
      finesOwed: 0,
    });
    // Only when the waiver is why: one that waived nothing leaves the warning beyond what was charged.
    // The waiver of 30/03 finds nothing unpaid (the fine of 19/03 was paid on 25/03).
    const nothingWaived = workedExample({
      cash: [fine('2026-03-25', 10_000), fine('2026-04-01', 10_000, 9)],
      loanChanges: [{ loanId: 'P001', date: '2026-03-30', kind: 'Hapus Denda', row: 2 }],
    });
    const plain = creditReport(nothingWaived, '2026-04-10');
    expect(plain.problems.map((p) => [p.code, p.row])).toEqual([['credit.fine.beyondCharged', 9]]);
    expect(plain.loans[0]).toMatchObject({
      finesCharged: 10_000,
      finesPaid: 20_000,
      finesWaived: 0,
      finesOwed: 0,
    });
  });

  it('splits a payment beyond the fines waived: the part that paid them names the waiver, the rest is beyond what was charged (found by an audit)', () => {
    const book = workedExample({
      cash: [fine('2026-05-05', 25_000, 9)],
      loanChanges: [{ loanId: 'P001', date: '2026-04-30', kind: 'Hapus Denda', row: 2 }],
    });
    const report = creditReport(book, '2026-05-31');
    expect(report.problems.map((p) => [p.code, p.row, p.column, p.message.id])).toEqual([
      [
        'credit.fine.afterWaiver',
        9,
        'Masuk',
        'Denda ini membuat denda pinjaman P001 terbayar Rp 20.000 lebih dari denda yang masih terutang: Hapus Denda 30/04/2026 sudah menghapus denda yang belum dibayar. Periksa jumlahnya, ID Pinjaman, dan tanggal Hapus Denda.',
      ],
      [
        'credit.fine.beyondCharged',
        9,
        'Masuk',
        expect.stringContaining(
          'terbayar Rp 5.000 lebih dari denda yang dikenakan sampai tanggal ini',
        ) as string,
      ],
    ]);
    // The 5.000 beyond pays the fine of 19/05: 30 − 25 − 0 = 5 owed.
    expect(report.loans[0]).toMatchObject({
      finesCharged: 30_000,
      finesPaid: 25_000,
      finesWaived: 0,
      finesOwed: 5_000,
    });
  });

  /*
   * The audit's book: 300.000 at 1 % Flat, 3 monthly from 10/01/2026 (103.000 due 10/02, 10/03,
   * 10/04), nothing repaid until 01/08, so fines of 10.000 on 14/02, 14/03 and 14/04. 5.000 paid
   * on 01/06; Hapus Denda on 15/06 waives the 25.000 unpaid; 10.000 paid on 01/07 pays 10.000 of it.
   */
  it('counts a fine paid after its waiver against the fines waived: 30.000 − 15.000 − 15.000 = 0', () => {
    const book = bookOf({
      settings: { lateFine: 10_000, fineGraceDays: 3 },
      members: [member('A001', 'Siti Aminah')],
      loans: [loan('P001', 'A001', '2026-01-10', 300_000, { monthlyRate: 0.01, installments: 3 })],
      cash: [
        fine('2026-06-01', 5_000),
        fine('2026-07-01', 10_000, 4),
        repayment('P001', 'A001', '2026-08-01', 309_000, 5),
      ],
      loanChanges: [{ loanId: 'P001', date: '2026-06-15', kind: 'Hapus Denda', row: 2 }],
      columns: { cash: { amountIn: { header: 'Masuk', col: 7 } } },
    });
    const report = creditReport(book, '2026-12-03');
    expect(report.problems.map((p) => [p.code, p.row, p.column, p.message.id])).toEqual([
      [
        'credit.fine.afterWaiver',
        4,
        'Masuk',
        'Denda ini membuat denda pinjaman P001 terbayar Rp 10.000 lebih dari denda yang masih terutang: Hapus Denda 15/06/2026 sudah menghapus denda yang belum dibayar. Periksa jumlahnya, ID Pinjaman, dan tanggal Hapus Denda.',
      ],
    ]);
    expect(report.loans[0]).toMatchObject({
      finesCharged: 30_000,
      finesPaid: 15_000,
      finesWaived: 15_000,
      finesOwed: 0,
    });
  });

  /*
   * A rescheduling and a waiver decided at one meeting: 1.000.000 at 2 % Flat, 5 monthly from
   * 10/01/2026, nothing repaid: fines of 10.000 on 14/02, 14/03, 14/04, 14/05 and 14/06. On T =
   * 10/07 the loan is rescheduled into 6 and the 50.000 unpaid is waived; the waiver applies after
   * the rescheduling of its date whichever row is above. New installments due 10/08 … are fined on
   * 14/08, 14/09, 14/10 and 14/11: 40.000 owed on 03/12.
   */
  it('applies a Hapus Denda after the Jadwal Ulang of the same date', () => {
    const book = bookOf({
      settings: { lateFine: 10_000, fineGraceDays: 3 },
      members: [member('A001', 'Siti Aminah')],
      loans: [loan('P001', 'A001', '2026-01-10', 1_000_000, { monthlyRate: 0.02, installments: 5 })],
      loanChanges: [
        { loanId: 'P001', date: '2026-07-10', kind: 'Hapus Denda', reason: 'Rapat', row: 2 },
        {
          loanId: 'P001',
          date: '2026-07-10',
          kind: 'Jadwal Ulang',
          installments: 6,
          reason: 'Rapat',
          row: 3,
        },
      ],
    });
    const report = creditReport(book, '2026-12-03');
    expect(report.problems).toEqual([]);
    expect(report.loans[0]).toMatchObject({
      changes: [
        { date: '2026-07-10', kind: 'reschedule' },
        { date: '2026-07-10', kind: 'waiveFines' },
      ],
      rescheduledOn: '2026-07-10',
      finesCharged: 90_000,
      finesWaived: 50_000,
      finesOwed: 40_000,
    });
  });
});
