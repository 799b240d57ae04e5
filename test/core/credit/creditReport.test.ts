// The credit engine against docs/book.md §5: the worked example figure by figure, the problems of
// repayment rows, and the edge cases of the issue.
import { creditReport } from '../../../src/core/credit/creditReport';
import { bookOf, cash, loan, member, repayment } from '../bookBuilder';

const cashColumns = {
  cash: {
    date: { header: 'Tanggal', col: 1 },
    amountIn: { header: 'Masuk', col: 7 },
    amountOut: { header: 'Keluar', col: 8 },
  },
};

describe('the worked example of docs/book.md §5', () => {
  const book = bookOf({
    members: [member('A001', 'Siti Aminah')],
    loans: [loan('P001', 'A001', '2026-01-15', 1_200_000, { monthlyRate: 0.015, installments: 12 })],
    cash: [
      cash('2026-01-15', 'Pencairan Pinjaman', { out: 1_200_000 }, { memberId: 'A001', loanId: 'P001' }),
      repayment('P001', 'A001', '2026-02-15', 118_000),
      repayment('P001', 'A001', '2026-03-20', 118_000),
      repayment('P001', 'A001', '2026-05-10', 100_000),
    ],
  });
  const report = creditReport(book, '2026-05-31');
  const [balance] = report.loans;

  it('has one loan and no problems', () => {
    expect(report.asOf).toBe('2026-05-31');
    expect(report.loans).toHaveLength(1);
    expect(report.problems).toEqual([]);
  });

  it('schedules 100.000 principal + 18.000 jasa, due 15/02/2026 … 15/01/2027', () => {
    const s = balance!.installments;
    expect(s).toHaveLength(12);
    expect(s.every((i) => i.principal === 100_000 && i.jasa === 18_000)).toBe(true);
    expect(s[0]!.due).toBe('2026-02-15');
    expect(s[11]!.due).toBe('2027-01-15');
  });

  it('holds every figure as of 31/05/2026', () => {
    expect(balance).toMatchObject({
      loanId: 'P001',
      memberId: 'A001',
      memberName: 'Siti Aminah',
      due: 472_000,
      paid: 336_000,
      repaid: 336_000,
      overpaid: 0,
      arrears: 136_000,
      arrearsPrincipal: 118_000,
      arrearsJasa: 18_000,
      daysPastDue: 46,
      kol: 2,
      status: 'Menunggak',
      outstandingPrincipal: 918_000,
      // Two dates, never mixed (docs/book.md §5): days past due count from the oldest unpaid
      // installment; the next installment is the first open one due after 31/05.
      oldestUnpaid: { no: 3, due: '2026-04-15', amount: 18_000 },
      nextInstallment: { no: 5, due: '2026-06-15', amount: 118_000 },
    });
  });

  it('settles installments oldest first, jasa before principal', () => {
    const s = balance!.installments;
    expect(s.map((i) => [i.paidJasa, i.paidPrincipal, i.settledOn])).toEqual([
      [18_000, 100_000, '2026-02-15'],
      [18_000, 100_000, '2026-03-20'],
      [18_000, 82_000, undefined],
      ...Array.from({ length: 9 }, () => [0, 0, undefined]),
    ]);
  });

  it('counts a loan at risk for PAR30 from 31 days past due, not at 30', () => {
    // The oldest open installment, no. 3, fell due on 15/04/2026.
    expect(creditReport(book, '2026-05-15').portfolio).toMatchObject({ atRisk30: 0, par30: 0 });
    expect(creditReport(book, '2026-05-16').portfolio).toMatchObject({ atRisk30: 918_000, par30: 1 });
  });

  it('gives the portfolio figures', () => {
    const p = report.portfolio;
    expect(p).toMatchObject({
      loans: 1,
      activeLoans: 1,
      borrowers: 1,
      disbursed: 1_200_000,
      outstandingPrincipal: 918_000,
      arrears: 136_000,
      // 46 days past due > 30: all outstanding principal is at risk.
      atRisk30: 918_000,
      par30: 1,
    });
    // Paid toward due 336.000 ÷ due 472.000.
    expect(p.collectionRate).toBeCloseTo(336_000 / 472_000, 12);
    // On time: installment 1 (118.000 on its due date); installment 2 was paid on 20/03 after 15/03.
    expect(p.onTimeRate).toBeCloseTo(118_000 / 472_000, 12);
    expect(p.perKol.map((k) => [k.kol, k.loans, k.outstandingPrincipal])).toEqual([
      [1, 0, 0],
      [2, 1, 918_000],
      [3, 0, 0],
      [4, 0, 0],
      [5, 0, 0],
    ]);
  });
});

describe('figures and their definitions', () => {
  const report = creditReport(bookOf({ loans: [loan('P1', 'A1', '2026-01-15', 1_000_000)] }), '2026-03-01');
  it('labels every figure in both languages and matches the portfolio values', () => {
    const byKey = new Map(report.portfolio.figures.map((f) => [f.key, f]));
    for (const f of report.portfolio.figures) {
      expect(f.label.id.length).toBeGreaterThan(0);
      expect(f.label.en.length).toBeGreaterThan(0);
      expect(f.definition.id.length).toBeGreaterThan(20);
      expect(f.definition.en.length).toBeGreaterThan(20);
    }
    expect(byKey.get('par30')!.value).toBe(report.portfolio.par30);
    expect(byKey.get('collectionRate')!.value).toBe(report.portfolio.collectionRate);
    expect(byKey.get('onTimeRate')!.value).toBe(report.portfolio.onTimeRate);
    expect(byKey.get('outstandingPrincipal')!.value).toBe(1_000_000);
    expect(byKey.get('kol2Loans')!.value).toBe(1);
    expect(byKey.get('par30')!.definition.en).toContain('more than 30 days past due');
    expect(byKey.get('kol3Loans')!.definition.id).toContain('91–120 hari');
    expect(byKey.get('kol5Loans')!.definition.en).toContain('more than 180 days');
  });

  it('uses the limits of Batas Kolektibilitas', () => {
    const book = bookOf({
      settings: { kolLimits: [30, 60, 90] },
      loans: [loan('P1', 'A1', '2026-01-15', 1_000_000)],
    });
    // Installment 1 due 15/02, unpaid; 15/02 → 17/04 is 61 days: Kol 4 under 30;60;90, Kol 2 by default.
    expect(creditReport(book, '2026-04-17').loans[0]).toMatchObject({
      daysPastDue: 61,
      kol: 4,
      status: 'Menunggak',
    });
    expect(creditReport(book, '2026-05-17').loans[0]).toMatchObject({
      daysPastDue: 91,
      kol: 5,
      status: 'Macet',
    });
    const defaults = bookOf({ loans: [loan('P1', 'A1', '2026-01-15', 1_000_000)] });
    expect(creditReport(defaults, '2026-04-17').loans[0]).toMatchObject({ kol: 2 });
    const defs = creditReport(book, '2026-04-17').portfolio.figures.find((f) => f.key === 'kol4Loans')!;
    expect(defs.definition.id).toContain('61–90 hari');
  });
});

describe('problems of repayment rows', () => {
  const members = [member('A001', 'Siti'), member('A002', 'Budi')];
  const loans = [loan('P001', 'A001', '2026-01-15', 120_000, { installments: 2, monthlyRate: 0 })];

  it('passes a repayment of exactly the schedule', () => {
    const report = creditReport(
      bookOf({ members, loans, cash: [repayment('P001', 'A001', '2026-02-01', 120_000)] }),
      '2026-12-31',
    );
    expect(report.problems).toEqual([]);
    expect(report.loans[0]).toMatchObject({ status: 'Lunas', outstandingPrincipal: 0, overpaid: 0 });
  });

  it('reports credit.overpaid on the Masuk cell of the row that goes beyond the schedule', () => {
    const report = creditReport(
      bookOf({
        members,
        loans,
        columns: cashColumns,
        cash: [
          repayment('P001', 'A001', '2026-02-01', 100_000),
          repayment('P001', 'A001', '2026-03-01', 30_000),
        ],
      }),
      '2026-12-31',
    );
    expect(report.problems).toHaveLength(1);
    expect(report.problems[0]).toMatchObject({
      tab: 'Kas',
      row: 3,
      column: 'Masuk',
      col: 7,
      code: 'credit.overpaid',
      severity: 'error',
    });
    expect(report.problems[0]!.message).toEqual({
      id: 'Angsuran ini membuat pinjaman P001 terbayar Rp 10.000 lebih dari seluruh jadwalnya (pokok + jasa). Periksa jumlah di Masuk dan ID Pinjaman; kelebihan yang memang diterima catat dengan kategori lain (mis. Simpanan Sukarela).',
      en: 'This repayment pays loan P001 Rp 10,000 more than its whole schedule (principal + jasa). Check the amount in Masuk and the Loan ID; record a surplus really received under another category (e.g. Simpanan Sukarela).',
    });
    expect(report.loans[0]).toMatchObject({ repaid: 130_000, overpaid: 10_000, status: 'Lunas' });
  });

  it('reports an overpayment dated after the as-of date too, without counting it', () => {
    const report = creditReport(
      bookOf({ members, loans, cash: [repayment('P001', 'A001', '2026-06-01', 200_000)] }),
      '2026-03-01',
    );
    expect(report.problems.map((p) => [p.code, p.row, p.column, p.col])).toEqual([
      ['credit.overpaid', 2, 'Masuk', 0],
    ]);
    expect(report.loans[0]).toMatchObject({ repaid: 0, overpaid: 0 });
  });

  it('reports credit.beforeDisbursement on the Tanggal cell and does not count the row', () => {
    const report = creditReport(
      bookOf({
        members,
        loans,
        columns: cashColumns,
        cash: [
          repayment('P001', 'A001', '2026-01-14', 60_000),
          repayment('P001', 'A001', '2026-01-15', 60_000),
        ],
      }),
      '2026-02-20',
    );
    expect(report.problems).toEqual([
      expect.objectContaining({
        tab: 'Kas',
        row: 2,
        column: 'Tanggal',
        col: 1,
        code: 'credit.beforeDisbursement',
        severity: 'error',
      }),
    ]);
    // Only the repayment on the disbursement date counts: installment 1 (60.000) settled.
    expect(report.loans[0]).toMatchObject({ repaid: 60_000, due: 60_000, paid: 60_000, daysPastDue: 0 });
  });

  it('ignores repayments naming another member’s loan, an unknown loan, or money out', () => {
    const report = creditReport(
      bookOf({
        members,
        loans,
        cash: [
          repayment('P001', 'A002', '2026-02-01', 60_000),
          repayment('P999', 'A001', '2026-02-01', 60_000),
          cash('2026-02-01', 'Angsuran Pinjaman', { out: 60_000 }, { memberId: 'A001', loanId: 'P001' }),
          cash('2026-02-01', 'Iuran', { in: 60_000 }, { memberId: 'A001', loanId: 'P001' }),
        ],
      }),
      '2026-03-20',
    );
    expect(report.problems).toEqual([]);
    expect(report.loans[0]).toMatchObject({ repaid: 0, due: 120_000, arrears: 120_000 });
  });
});

describe('edge cases', () => {
  it('a loan with no repayment', () => {
    const report = creditReport(bookOf({ loans: [loan('P1', 'A1', '2026-01-15', 1_200_000)] }), '2026-04-15');
    // Installments 1-3 due (15/02, 15/03, 15/04); the oldest is 59 days past due.
    expect(report.loans[0]).toMatchObject({
      due: 354_000,
      paid: 0,
      arrears: 354_000,
      arrearsPrincipal: 300_000,
      arrearsJasa: 54_000,
      daysPastDue: 59,
      outstandingPrincipal: 1_200_000,
      oldestUnpaid: { no: 1, due: '2026-02-15', amount: 118_000 },
      nextInstallment: { no: 4, due: '2026-05-15', amount: 118_000 },
    });
  });

  it('is 0 days past due on the due date itself, and Lancar, with no oldest unpaid installment (§5: due before D)', () => {
    const loans = bookOf({ loans: [loan('P1', 'A1', '2026-01-15', 1_200_000)] });
    const report = creditReport(loans, '2026-02-15');
    expect(report.loans[0]).toMatchObject({
      due: 118_000,
      arrears: 118_000,
      daysPastDue: 0,
      kol: 1,
      status: 'Lancar',
      nextInstallment: { no: 2, due: '2026-03-15', amount: 118_000 },
    });
    expect(report.loans[0]!.oldestUnpaid).toBeUndefined();
    // The day after, it is the oldest unpaid installment, 1 day past due.
    expect(creditReport(loans, '2026-02-16').loans[0]).toMatchObject({
      daysPastDue: 1,
      oldestUnpaid: { no: 1, due: '2026-02-15', amount: 118_000 },
    });
  });

  it('a fully repaid loan is Lunas, with nothing next, even before its last due date', () => {
    const book = bookOf({
      loans: [loan('P1', 'A1', '2026-01-15', 1_200_000)],
      cash: [repayment('P1', 'A1', '2026-02-10', 1_416_000)],
    });
    const [b] = creditReport(book, '2026-03-01').loans;
    expect(b).toMatchObject({ status: 'Lunas', kol: 1, daysPastDue: 0, outstandingPrincipal: 0, arrears: 0 });
    expect(b!.nextInstallment).toBeUndefined();
    expect(b!.oldestUnpaid).toBeUndefined();
    expect(b!.installments.every((i) => i.settledOn === '2026-02-10')).toBe(true);
    const p = creditReport(book, '2026-03-01').portfolio;
    expect([p.loans, p.activeLoans, p.borrowers, p.par30]).toEqual([1, 0, 0, null]);
    // Paid in advance: only the installment due by 01/03 counts toward the collection rate.
    expect([p.collectionRate, p.onTimeRate]).toEqual([1, 1]);
  });

  it('leaves out a loan not yet disbursed on the as-of date', () => {
    const report = creditReport(bookOf({ loans: [loan('P1', 'A1', '2026-01-15', 1_200_000)] }), '2026-01-14');
    expect(report.loans).toEqual([]);
    expect(report.portfolio).toMatchObject({
      loans: 0,
      disbursed: 0,
      outstandingPrincipal: 0,
      par30: null,
      collectionRate: null,
      onTimeRate: null,
    });
  });

  it('counts a loan on its disbursement date with nothing due yet', () => {
    const report = creditReport(bookOf({ loans: [loan('P1', 'A1', '2026-01-15', 1_200_000)] }), '2026-01-15');
    expect(report.loans[0]).toMatchObject({
      due: 0,
      arrears: 0,
      daysPastDue: 0,
      outstandingPrincipal: 1_200_000,
    });
    expect(report.portfolio).toMatchObject({ collectionRate: null, onTimeRate: null, par30: 0 });
  });

  it('surplus pays the next installments in advance', () => {
    const book = bookOf({
      loans: [loan('P1', 'A1', '2026-01-15', 1_200_000)],
      cash: [repayment('P1', 'A1', '2026-02-15', 300_000)],
    });
    const [b] = creditReport(book, '2026-03-16').loans;
    // 118.000 + 118.000 settle installments 1 and 2; 64.000 goes to installment 3 (18.000 jasa, 46.000 principal).
    expect(b).toMatchObject({
      due: 236_000,
      paid: 236_000,
      repaid: 300_000,
      arrears: 0,
      daysPastDue: 0,
      outstandingPrincipal: 954_000,
      nextInstallment: { no: 3, due: '2026-04-15', amount: 54_000 },
    });
    expect(b!.oldestUnpaid).toBeUndefined();
  });
});
