// Loan changes (docs/book.md §7): a rescheduling worked by hand, a write-off with a recovery, the
// checks only the loan's history can tell, each with its message, row and column.
import { creditReport } from '../../../src/core/credit/creditReport';
import type { LoanChange } from '../../../src/core/book/types';
import { bookOf, loan, member, repayment, type Rowless } from '../bookBuilder';

/*
 * The rescheduling, by hand.
 *
 * Old schedule: P 1.200.000 at 2 % a month, Flat, 6 monthly installments from 10/01/2026: each
 * 200.000 principal + 24.000 jasa = 224.000, due 10/02, 10/03, 10/04, 10/05, 10/06, 10/07.
 * Repayments up to T: 224.000 on 10/02 (settles no. 1); 100.000 on 15/03 (no. 2: 24.000 jasa,
 * 76.000 principal). Then the harvest failed.
 *
 * Jadwal Ulang on T = 20/06/2026, 4 new installments, the other terms unchanged.
 * - On T the oldest open installment is no. 2, due 10/03: 102 days past due, Kol 3. The Kol is held
 *   at 3 until three new installments in a row are settled on time.
 * - Old installments due by T (nos. 1-5) are closed at what was paid on them: 224.000, 100.000
 *   (76.000 + 24.000), 0, 0, 0. No. 6 (due 10/07) is dropped.
 * - B = P − principal paid = 1.200.000 − (200.000 + 76.000) = 924.000.
 * - Jasa still unpaid of installments due by T: no. 3, 4 and 5, 24.000 each = 72.000, carried.
 * - New schedule: Flat 2 % on 924.000 in 4 from 20/06/2026: principal 231.000, jasa 18.480, due
 *   20/07, 20/08, 20/09, 20/10; new installment 1 carries the 72.000: 231.000 + 90.480 = 321.480;
 *   the others 249.480.
 * Repayments after T: 321.480 on 18/07, 249.480 on 20/08, 249.480 on 15/09 (each on time); then
 * installment 4, due 20/10, is missed.
 */
const reschedule: Rowless<LoanChange> = {
  loanId: 'P001',
  date: '2026-06-20',
  kind: 'Jadwal Ulang',
  installments: 4,
  reason: 'Gagal panen, keputusan rapat 20/06',
  row: 2,
};

function rescheduledBook(settings = {}) {
  return bookOf({
    settings,
    members: [member('A001', 'Siti Aminah')],
    loans: [loan('P001', 'A001', '2026-01-10', 1_200_000, { monthlyRate: 0.02, installments: 6 })],
    cash: [
      repayment('P001', 'A001', '2026-02-10', 224_000),
      repayment('P001', 'A001', '2026-03-15', 100_000),
      repayment('P001', 'A001', '2026-07-18', 321_480),
      repayment('P001', 'A001', '2026-08-20', 249_480),
      repayment('P001', 'A001', '2026-09-15', 249_480),
    ],
    loanChanges: [reschedule],
  });
}
const on = (date: string, settings = {}) => creditReport(rescheduledBook(settings), date).loans[0]!;

describe('a rescheduling worked by hand', () => {
  it('keeps the old schedule in force before T: 101 days past due on 19/06, Kol 3', () => {
    expect(on('2026-06-19')).toMatchObject({
      due: 1_120_000,
      paid: 324_000,
      arrears: 796_000,
      daysPastDue: 101,
      kol: 3,
      status: 'Menunggak',
      changes: [],
    });
  });

  it('closes the old installments at what was paid and builds the new schedule from B on T', () => {
    const b = on('2026-06-20');
    expect(
      b.installments.map((i) => [i.no, i.due, i.principal, i.jasa, i.closedOn, i.rescheduledOn]),
    ).toEqual([
      [1, '2026-02-10', 200_000, 24_000, undefined, undefined],
      [2, '2026-03-10', 76_000, 24_000, '2026-06-20', undefined],
      [3, '2026-04-10', 0, 0, '2026-06-20', undefined],
      [4, '2026-05-10', 0, 0, '2026-06-20', undefined],
      [5, '2026-06-10', 0, 0, '2026-06-20', undefined],
      [1, '2026-07-20', 231_000, 90_480, undefined, '2026-06-20'],
      [2, '2026-08-20', 231_000, 18_480, undefined, '2026-06-20'],
      [3, '2026-09-20', 231_000, 18_480, undefined, '2026-06-20'],
      [4, '2026-10-20', 231_000, 18_480, undefined, '2026-06-20'],
    ]);
    expect(b).toMatchObject({
      due: 324_000,
      paid: 324_000,
      arrears: 0,
      daysPastDue: 0,
      kolByDays: 1,
      kol: 3,
      kolHeld: { kol: 3, since: '2026-06-20' },
      status: 'Lancar',
      outstandingPrincipal: 924_000,
      rescheduledOn: '2026-06-20',
      changes: [{ date: '2026-06-20', kind: 'reschedule' }],
      nextInstallment: { no: 1, due: '2026-07-20', amount: 321_480 },
    });
  });

  it('before the third on-time new installment (10/09): current, the Kol still held at 3', () => {
    expect(on('2026-09-10')).toMatchObject({
      due: 894_960,
      paid: 894_960,
      arrears: 0,
      daysPastDue: 0,
      kolByDays: 1,
      kol: 3,
      kolHeld: { kol: 3, since: '2026-06-20' },
      status: 'Lancar',
      outstandingPrincipal: 462_000,
      nextInstallment: { no: 3, due: '2026-09-20', amount: 249_480 },
    });
  });

  it('says in the Kol definitions that the held loan is counted in Kol 3, not in Kol 1 where its days put it (docs/book.md §5, §7)', () => {
    const report = creditReport(rescheduledBook(), '2026-09-10');
    const definition = (key: string) => report.portfolio.figures.find((f) => f.key === key)!;
    expect(definition('kol3Loans')).toMatchObject({
      value: 1,
      definition: {
        id: 'Banyaknya pinjaman belum lunas dengan 91–120 hari tunggakan, ditambah 1 pinjaman yang Kol-nya ditahan di Kol 3 sesudah Jadwal Ulang.',
        en: 'Number of loans not yet repaid with 91–120 days past due, plus 1 loan whose Kol is held at 3 after a Jadwal Ulang.',
      },
    });
    expect(definition('kol1Principal')).toMatchObject({
      value: 0,
      definition: {
        id: 'Sisa pokok pinjaman belum lunas dengan 0 hari tunggakan, kecuali 1 pinjaman yang Kol-nya ditahan lebih tinggi sesudah Jadwal Ulang.',
        en: 'Outstanding principal of loans not yet repaid with 0 days past due, except 1 loan whose Kol is held higher after a Jadwal Ulang.',
      },
    });
    // Once the Kol is no longer held (25/09), the definitions are the days alone.
    const after = creditReport(rescheduledBook(), '2026-09-25').portfolio.figures;
    expect(after.find((f) => f.key === 'kol1Loans')!.definition.id).toBe(
      'Banyaknya pinjaman belum lunas dengan 0 hari tunggakan.',
    );
  });

  it('after it (25/09): three new installments on time, the Kol by days alone', () => {
    const b = on('2026-09-25');
    expect(b).toMatchObject({
      due: 1_144_440,
      paid: 1_144_440,
      arrears: 0,
      daysPastDue: 0,
      kol: 1,
      status: 'Lancar',
    });
    expect(b.kolHeld).toBeUndefined();
    expect(b.outstandingPrincipal).toBe(231_000);
  });

  it('after a later miss (30/11): 41 days past due from 20/10, Kol 2', () => {
    const b = on('2026-11-30');
    expect(b).toMatchObject({
      due: 1_393_920,
      paid: 1_144_440,
      arrears: 249_480,
      arrearsPrincipal: 231_000,
      arrearsJasa: 18_480,
      daysPastDue: 41,
      kolByDays: 2,
      kol: 2,
      status: 'Menunggak',
      oldestUnpaid: { no: 4, due: '2026-10-20', amount: 249_480 },
    });
    expect(b.nextInstallment).toBeUndefined();
  });

  it('fines the closed late installments and the missed new one, and nothing else', () => {
    const b = on('2026-11-30', { lateFine: 5_000, fineGraceDays: 3 });
    expect(b.fines.map((f) => f.date)).toEqual([
      '2026-03-14',
      '2026-04-14',
      '2026-05-14',
      '2026-06-14',
      '2026-10-24',
    ]);
    expect(b).toMatchObject({ finesCharged: 25_000, finesOwed: 25_000, daysPastDue: 41, kol: 2 });
  });

  it('a held Kol 5 reads Macet once a new installment is late, Lancar while none is (§5: status by the Kol)', () => {
    // Nothing repaid since 10/01/2025: on T = 01/12/2025 the oldest open installment (10/02/2025) is
    // 294 days past due, Kol 5. New installment 1 falls due on 01/01/2026 and is not paid.
    const book = bookOf({
      members: [member('A001', 'Siti Aminah')],
      loans: [loan('P001', 'A001', '2025-01-10', 1_200_000, { monthlyRate: 0.02, installments: 6 })],
      cash: [],
      loanChanges: [{ ...reschedule, date: '2025-12-01' }],
    });
    const at = (date: string) => creditReport(book, date).loans[0]!;
    expect(at('2025-12-15')).toMatchObject({ daysPastDue: 0, kolByDays: 1, kol: 5, status: 'Lancar' });
    expect(at('2026-01-15')).toMatchObject({
      daysPastDue: 14,
      kolByDays: 2,
      kol: 5,
      kolHeld: { kol: 5, since: '2025-12-01' },
      status: 'Macet',
    });
  });

  it('counts the portfolio restructured loans and their principal', () => {
    const p = creditReport(rescheduledBook(), '2026-09-10').portfolio;
    expect([p.restructuredLoans, p.restructuredPrincipal]).toEqual([1, 462_000]);
  });
});

describe('a rescheduling after an installment was paid in advance, by hand', () => {
  /*
   * P 1.200.000 at 2 % Flat, 6 monthly from 10/01/2026: 200.000 + 24.000 due 10/02 … 10/07.
   * Repaid 224.000 on 10/02 (no. 1) and 300.000 on 10/03: no. 2 whole, and 76.000 of no. 3 (due
   * 10/04) in advance, its jasa 24.000 first, then 52.000 of its principal.
   * Jadwal Ulang on T = 20/03/2026, 4 new installments. No. 3 falls due after T: it is not dropped
   * but closed at what was paid on it (52.000 + 24.000), so no Rupiah paid is lost; nothing unpaid
   * was due by T, so no jasa is carried. B = 1.200.000 − (200.000 + 200.000 + 52.000) = 748.000:
   * 187.000 + 14.960 jasa (2 % of 748.000), due 20/04 … 20/07.
   */
  const book = bookOf({
    members: [member('A001', 'Siti Aminah')],
    loans: [loan('P001', 'A001', '2026-01-10', 1_200_000, { monthlyRate: 0.02, installments: 6 })],
    cash: [
      repayment('P001', 'A001', '2026-02-10', 224_000),
      repayment('P001', 'A001', '2026-03-10', 300_000),
    ],
    loanChanges: [{ loanId: 'P001', date: '2026-03-20', kind: 'Jadwal Ulang', installments: 4, row: 2 }],
  });
  const at = (date: string) => creditReport(book, date).loans[0]!;

  it('keeps the installment paid in advance, closed at what was paid, and reschedules B = 748.000', () => {
    expect(
      at('2026-03-31').installments.map((i) => [
        i.no,
        i.due,
        i.principal,
        i.jasa,
        i.paidPrincipal + i.paidJasa,
      ]),
    ).toEqual([
      [1, '2026-02-10', 200_000, 24_000, 224_000],
      [2, '2026-03-10', 200_000, 24_000, 224_000],
      [3, '2026-04-10', 52_000, 24_000, 76_000],
      [1, '2026-04-20', 187_000, 14_960, 0],
      [2, '2026-05-20', 187_000, 14_960, 0],
      [3, '2026-06-20', 187_000, 14_960, 0],
      [4, '2026-07-20', 187_000, 14_960, 0],
    ]);
  });

  it('counts it in due and paid once its old date has passed, and never twice', () => {
    expect(at('2026-03-31')).toMatchObject({
      due: 448_000,
      paid: 448_000,
      arrears: 0,
      outstandingPrincipal: 748_000,
    });
    expect(at('2026-04-15')).toMatchObject({
      due: 524_000,
      paid: 524_000,
      arrears: 0,
      overpaid: 0,
      outstandingPrincipal: 748_000,
      nextInstallment: { no: 1, due: '2026-04-20', amount: 201_960 },
    });
  });
});

describe('a write-off with a recovery', () => {
  const book = bookOf({
    members: [member('A001', 'Siti Aminah'), member('A002', 'Budi')],
    loans: [
      loan('P001', 'A001', '2025-01-10', 1_200_000, { monthlyRate: 0.015, installments: 6 }),
      loan('P002', 'A002', '2026-10-10', 600_000, { monthlyRate: 0.015, installments: 6 }),
    ],
    cash: [
      repayment('P001', 'A001', '2025-02-10', 218_000),
      repayment('P001', 'A001', '2026-09-01', 150_000),
      repayment('P002', 'A002', '2026-11-10', 109_000),
    ],
    loanChanges: [
      { loanId: 'P001', date: '2026-06-30', kind: 'Hapus Buku', reason: 'Rapat anggota 30/06', row: 2 },
    ],
  });

  it('leaves outstanding principal, arrears, days past due, PAR30 and the Kol counts from T on', () => {
    const report = creditReport(book, '2026-11-30');
    const [p1] = report.loans;
    expect(p1).toMatchObject({
      outstandingPrincipal: 0,
      arrears: 0,
      daysPastDue: 0,
      kol: 5,
      writtenOff: { date: '2026-06-30', principal: 1_000_000 },
      recoveries: 150_000,
      changes: [{ date: '2026-06-30', kind: 'writeOff' }],
    });
    // The recovery settles nothing and is no overpayment.
    expect(p1!.repaid).toBe(218_000);
    expect(report.problems).toEqual([]);
    expect(report.portfolio).toMatchObject({
      writtenOffLoans: 1,
      writtenOffPrincipal: 1_000_000,
      recoveries: 150_000,
      activeLoans: 1,
      borrowers: 1,
      outstandingPrincipal: 500_000,
    });
    expect(report.portfolio.perKol.find((k) => k.kol === 5)!.loans).toBe(0);
  });

  /*
   * Recoveries count against the schedule: P001's schedule is 6 × 218.000 = 1.308.000, of which
   * 218.000 was paid before T, so 1.090.000 can still come back. 150.000 on 01/09 and 1.000.000 on
   * 01/10 bring 1.150.000: the row of 01/10 goes 60.000 past the whole schedule (docs/book.md §5).
   */
  it('reports a recovery beyond the whole schedule as credit.overpaid on the row that goes past it', () => {
    const beyond = bookOf({
      members: [member('A001', 'Siti Aminah')],
      loans: [loan('P001', 'A001', '2025-01-10', 1_200_000, { monthlyRate: 0.015, installments: 6 })],
      cash: [
        repayment('P001', 'A001', '2025-02-10', 218_000),
        repayment('P001', 'A001', '2026-09-01', 150_000),
        repayment('P001', 'A001', '2026-10-01', 1_000_000, 7),
      ],
      loanChanges: [{ loanId: 'P001', date: '2026-06-30', kind: 'Hapus Buku', reason: 'Rapat', row: 2 }],
      columns: { cash: { amountIn: { header: 'Masuk', col: 7 } } },
    });
    const report = creditReport(beyond, '2026-11-30');
    expect(report.problems).toEqual([
      {
        tab: 'Kas',
        row: 7,
        column: 'Masuk',
        col: 7,
        code: 'credit.overpaid',
        severity: 'error',
        message: {
          id: 'Angsuran ini membuat pinjaman P001 terbayar Rp 60.000 lebih dari seluruh jadwalnya (pokok + jasa). Periksa jumlah di Masuk dan ID Pinjaman; kelebihan yang memang diterima catat dengan kategori lain (mis. Simpanan Sukarela).',
          en: 'This repayment pays loan P001 Rp 60,000 more than its whole schedule (principal + jasa). Check the amount in Masuk and the Loan ID; record a surplus really received under another category (e.g. Simpanan Sukarela).',
        },
      },
    ]);
    // The excess is no recovery: it counts as overpaid money does before a write-off.
    expect(report.loans[0]).toMatchObject({ recoveries: 1_090_000, overpaid: 60_000, repaid: 278_000 });
    expect(report.portfolio.recoveries).toBe(1_090_000);
    // Split as §5 allocates after no. 1 (each installment 200.000 + 18.000 jasa): 150.000 is no. 2's
    // 18.000 jasa and 132.000 of its principal; 940.000 its last 68.000 and nos. 3-6 (4 × 18.000
    // jasa). The 60.000 beyond the schedule has no jasa part.
    expect(report.loans[0]!.repayments.map((u) => [u.row, u.recovery, u.recoveryJasa, u.beyond])).toEqual([
      [2, 0, 0, 0],
      [3, 150_000, 18_000, 0],
      [7, 940_000, 72_000, 60_000],
    ]);
    expect(report.loans[0]!.recoveriesJasa).toBe(90_000);
    // Up to the whole schedule a recovery is no error (the test above): 1.090.000 exactly is none.
    const exact = {
      ...beyond,
      cash: beyond.cash.map((c) => (c.row === 7 ? { ...c, amountIn: 940_000 } : c)),
    };
    expect(creditReport(exact, '2026-11-30').problems).toEqual([]);
  });

  it('is a loan like any other before T', () => {
    const [p1] = creditReport(book, '2026-06-29').loans;
    expect(p1).toMatchObject({ outstandingPrincipal: 1_000_000, kol: 5, recoveries: 0 });
    expect(p1!.writtenOff).toBeUndefined();
  });
});

/*
 * The jasa part of a recovery (docs/book.md §7). P 600.000 at 2 % a month, Menurun, 6 monthly
 * installments from 10/03/2025: principal 100.000 each, jasa 12.000, 10.000, 8.000, 6.000, 4.000,
 * 2.000, due on the 10th from April to September 2025. Paid: 112.000 on 10/04 (no. 1), 50.000 on
 * 20/05 (no. 2: 10.000 jasa, 40.000 principal). Written off on 30/11/2025 (no. 2 is 204 days past
 * due: Kol 5), principal 460.000. What was paid by T goes on: the recoveries come back against
 * no. 2's last 60.000 principal, then no. 3 (8.000 jasa, 100.000), no. 4 (6.000, 100.000), …
 * - 20/12/2025, 80.000: 60.000 principal (no. 2), 8.000 jasa + 12.000 principal (no. 3);
 * - 05/03/2026, 150.000: 88.000 principal (no. 3), 6.000 jasa + 56.000 principal (no. 4);
 * - 15/08/2026, 50.000: 44.000 principal (no. 4), 4.000 jasa + 2.000 principal (no. 5).
 */
describe('the jasa part of a recovery', () => {
  const writeOff: Rowless<LoanChange> = {
    loanId: 'P1',
    date: '2025-11-30',
    kind: 'Hapus Buku',
    reason: 'Rapat',
  };
  const bookWith = (recoveries: readonly [string, number][]) =>
    bookOf({
      members: [member('A1', 'Sri')],
      loans: [
        loan('P1', 'A1', '2025-03-10', 600_000, { monthlyRate: 0.02, method: 'Menurun', installments: 6 }),
      ],
      cash: [
        repayment('P1', 'A1', '2025-04-10', 112_000),
        repayment('P1', 'A1', '2025-05-20', 50_000),
        ...recoveries.map(([date, amount]) => repayment('P1', 'A1', date, amount)),
      ],
      loanChanges: [writeOff],
    });
  const recovered = bookWith([
    ['2025-12-20', 80_000],
    ['2026-03-05', 150_000],
    ['2026-08-15', 50_000],
  ]);

  it('splits each recovery as §5 allocates it after what was paid by T, jasa before principal', () => {
    const b = creditReport(recovered, '2026-12-31').loans[0]!;
    expect(b.repayments.map((u) => [u.date, u.recovery, u.recoveryJasa, u.principal, u.jasa])).toEqual([
      ['2025-04-10', 0, 0, 100_000, 12_000],
      ['2025-05-20', 0, 0, 40_000, 10_000],
      ['2025-12-20', 80_000, 8_000, 0, 0],
      ['2026-03-05', 150_000, 6_000, 0, 0],
      ['2026-08-15', 50_000, 4_000, 0, 0],
    ]);
    expect(b).toMatchObject({ recoveries: 280_000, recoveriesJasa: 18_000, overpaid: 0 });
    // As of a date the recoveries up to it only.
    expect(creditReport(recovered, '2026-03-31').loans[0]).toMatchObject({
      recoveries: 230_000,
      recoveriesJasa: 14_000,
    });
    expect(creditReport(recovered, '2025-11-30').loans[0]).toMatchObject({
      recoveries: 0,
      recoveriesJasa: 0,
    });
  });

  it('leaves the loan as it was on T: due, paid, status, Kol, installments', () => {
    const b = creditReport(recovered, '2026-12-31').loans[0]!;
    expect(b).toMatchObject({
      due: 642_000,
      paid: 162_000,
      repaid: 162_000,
      arrears: 0,
      outstandingPrincipal: 0,
      daysPastDue: 0,
      kol: 5,
      status: 'Macet',
      writtenOff: { date: '2025-11-30', principal: 460_000 },
    });
    expect(b.installments.map((i) => [i.no, i.paidPrincipal, i.paidJasa, i.settledOn ?? null])).toEqual([
      [1, 100_000, 12_000, '2025-04-10'],
      [2, 40_000, 10_000, null],
      [3, 0, 0, null],
      [4, 0, 0, null],
      [5, 0, 0, null],
      [6, 0, 0, null],
    ]);
    // Every figure but the recoveries is that of the same loan with nothing back after T.
    const figures = ({ recoveries: _r, recoveriesJasa: _j, repayments: _u, ...rest }: typeof b) => rest;
    expect(figures(b)).toEqual(figures(creditReport(bookWith([]), '2026-12-31').loans[0]!));
  });
});

describe('what only the loan history can tell', () => {
  const columns = {
    loanChanges: {
      date: { header: 'Tanggal', col: 2 },
      kind: { header: 'Jenis', col: 3 },
      installments: { header: 'Jumlah Angsuran Baru', col: 4 },
    },
  };
  const base = {
    members: [member('A001', 'Siti Aminah')],
    loans: [loan('P001', 'A001', '2026-01-15', 1_200_000, { monthlyRate: 0.015, installments: 12 })],
    columns,
  };
  const problemsOf = (
    changes: Rowless<LoanChange>[],
    cash = [repayment('P001', 'A001', '2026-02-15', 118_000)],
  ) => creditReport(bookOf({ ...base, cash, loanChanges: changes }), '2026-11-30').problems;

  it('refuses a change before disbursement', () => {
    expect(
      problemsOf([{ loanId: 'P001', date: '2026-01-10', kind: 'Jadwal Ulang', installments: 6, row: 4 }]),
    ).toEqual([
      {
        tab: 'Perubahan Pinjaman',
        row: 4,
        column: 'Tanggal',
        col: 2,
        code: 'change.beforeDisbursement',
        severity: 'error',
        message: {
          id: 'Jadwal Ulang pinjaman P001 bertanggal 10/01/2026, sebelum pinjaman cair (15/01/2026); perubahan ini tidak diterapkan. Perbaiki tanggalnya atau ID Pinjaman.',
          en: 'Jadwal Ulang of loan P001 is dated 10/01/2026, before the loan was disbursed (15/01/2026); it is not applied. Correct its date or the Loan ID.',
        },
      },
    ]);
  });

  it('refuses a change after Lunas, but lets fines be waived', () => {
    const repaid = [repayment('P001', 'A001', '2026-03-01', 1_416_000)];
    expect(
      problemsOf(
        [
          { loanId: 'P001', date: '2026-04-01', kind: 'Jadwal Ulang', installments: 6, row: 3 },
          { loanId: 'P001', date: '2026-04-02', kind: 'Hapus Denda', row: 4 },
        ],
        repaid,
      ),
    ).toEqual([
      {
        tab: 'Perubahan Pinjaman',
        row: 3,
        column: 'Tanggal',
        col: 2,
        code: 'change.afterRepaid',
        severity: 'error',
        message: {
          id: 'Pinjaman P001 sudah Lunas pada 01/03/2026; Jadwal Ulang pada 01/04/2026 tidak diterapkan. Hapus baris ini atau perbaiki tanggalnya.',
          en: 'Loan P001 was repaid (Lunas) on 01/03/2026; the Jadwal Ulang on 01/04/2026 is not applied. Delete this row or correct its date.',
        },
      },
    ]);
  });

  it('refuses a change after a write-off', () => {
    const problems = problemsOf([
      // On 01/10 no. 2 (due 15/03) is 200 days past due: Kol 5, so the write-off itself is no warning.
      { loanId: 'P001', date: '2026-10-01', kind: 'Hapus Buku', reason: 'Rapat', row: 3 },
      { loanId: 'P001', date: '2026-11-01', kind: 'Jadwal Ulang', installments: 6, row: 4 },
    ]);
    expect(problems.map((p) => [p.code, p.row, p.column])).toEqual([['change.afterWriteOff', 4, 'Tanggal']]);
    expect(problems[0]!.message.id).toBe(
      'Pinjaman P001 sudah dihapus buku pada 01/10/2026; Jadwal Ulang pada 01/11/2026 tidak diterapkan. Uang yang masih masuk dicatat di Kas sebagai Angsuran Pinjaman (pemulihan).',
    );
  });

  it('warns on a write-off of a loan not in Kol 5', () => {
    // On 01/06 the oldest open installment (no. 2, due 15/03) is 78 days past due: Kol 2.
    expect(
      problemsOf([{ loanId: 'P001', date: '2026-06-01', kind: 'Hapus Buku', reason: 'Pindah', row: 5 }]),
    ).toEqual([
      {
        tab: 'Perubahan Pinjaman',
        row: 5,
        column: 'Jenis',
        col: 3,
        code: 'change.writeOff.notMacet',
        severity: 'warning',
        message: {
          id: 'Pinjaman P001 dihapus buku pada 01/06/2026 padahal masih Kol 2, belum Kol 5 (Macet). Hapus buku biasanya hanya untuk pinjaman macet; periksa tanggal dan keputusan rapat.',
          en: "Loan P001 is written off on 01/06/2026 while in Kol 2, not Kol 5 (loss). Write-offs are normally for loans in Kol 5; check the date and the meeting's decision.",
        },
      },
    ]);
  });

  it('refuses a rescheduling into a harvest loan of more than 12 months', () => {
    const problems = problemsOf([
      {
        loanId: 'P001',
        date: '2026-06-01',
        kind: 'Jadwal Ulang',
        installments: 13,
        frequency: 'Musiman',
        row: 6,
      },
    ]);
    expect(problems).toEqual([
      {
        tab: 'Perubahan Pinjaman',
        row: 6,
        column: 'Jumlah Angsuran Baru',
        col: 4,
        code: 'change.seasonalTerm',
        severity: 'error',
        message: {
          id: 'Pinjaman Musiman dibayar sekali, 13 bulan setelah jadwal ulang: paling lama 12 bulan. Tulis Jumlah Angsuran Baru 1 sampai 12, atau pilih Frekuensi Baru Bulanan; perubahan ini tidak diterapkan.',
          en: 'A harvest loan (Musiman) is repaid once, 13 months after rescheduling: 12 months at most. Write 1 to 12 new installments, or pick a monthly new frequency; this change is not applied.',
        },
      },
    ]);
  });

  it('reschedules into a harvest loan of 4 months: one installment of B + round(B × r × 4) + carried jasa', () => {
    const book = bookOf({
      ...base,
      cash: [repayment('P001', 'A001', '2026-02-15', 118_000)],
      loanChanges: [
        {
          loanId: 'P001',
          date: '2026-03-20',
          kind: 'Jadwal Ulang',
          installments: 4,
          frequency: 'Musiman',
          monthlyRate: 0.02,
          row: 2,
        },
      ],
    });
    const b = creditReport(book, '2026-03-20').loans[0]!;
    // B = 1.100.000; jasa 1.100.000 × 2 % × 4 = 88.000, + 18.000 unpaid jasa of no. 2 (due 15/03).
    expect(b.installments.filter((i) => i.rescheduledOn)).toEqual([
      {
        no: 1,
        due: '2026-07-20',
        principal: 1_100_000,
        jasa: 106_000,
        paidPrincipal: 0,
        paidJasa: 0,
        rescheduledOn: '2026-03-20',
      },
    ]);
  });
});
