// The share-out of docs/book.md §8, worked by hand for five members, figure by figure.
import { creditReport } from '../../../src/core/credit/creditReport';
import { shareOut } from '../../../src/core/shu/shareOut';
import { defaultShuSettings } from '../../../src/core/shu/shuSettings';
import { bookOf, cash, loan, member, repayment } from '../bookBuilder';
import { fiveMembers } from './fiveMembers';

const book = fiveMembers;

describe('shareOut: five members worked by hand', () => {
  const share = shareOut(book, 2026, '2027-01-10');

  it('counts the year to 31 December, not provisional', () => {
    expect(share.asOf).toBe('2026-12-31');
    expect(share.provisional).toBe(false);
    expect(share.settings).toEqual(defaultShuSettings);
  });

  it('income, costs and SHU', () => {
    expect(share.income.jasa).toBe(149_000);
    expect(share.income.byCategory).toEqual([{ category: 'Denda', amount: 10_000 }]);
    expect(share.income.total).toBe(159_000);
    expect(share.costs.byCategory).toEqual([{ category: 'Biaya Operasional', amount: 27_001 }]);
    expect(share.costs.total).toBe(27_001);
    expect(share.shu).toBe(131_999);
  });

  it('parts rounded down, the Rupiah left to Cadangan', () => {
    expect(share.parts.map((p) => [p.name, p.basisPoints, p.amount])).toEqual([
      ['Cadangan', 2500, 33_003],
      ['Jasa Simpanan', 3000, 39_599],
      ['Jasa Pinjaman', 2500, 32_999],
      ['Pengurus', 1000, 13_199],
      ['Sosial', 1000, 13_199],
    ]);
    expect(share.parts.reduce((s, p) => s + p.amount, 0)).toBe(131_999);
    expect(share.toReserve).toEqual([]);
  });

  it('each member: average savings, jasa paid, both shares and the total', () => {
    expect(
      share.members.map((m) => [
        m.memberId,
        m.monthEndSavings,
        m.averageSavings,
        m.jasaPaid,
        m.fromSavings,
        m.fromLoans,
        m.total,
      ]),
    ).toEqual([
      ['A1', 1_980_000, 165_000, 0, 21_600, 0, 21_600],
      ['A2', 600_000, 50_000, 41_000, 6_545, 9_080, 15_625],
      ['A3', 600_000, 50_000, 0, 6_545, 0, 6_545],
      ['A4', 0, 0, 108_000, 0, 23_919, 23_919],
      ['A5', 450_000, 37_500, 0, 4_909, 0, 4_909],
    ]);
  });

  it('while the year runs, counts up to today and says so', () => {
    const mid = shareOut(book, 2026, '2026-06-30');
    expect(mid.asOf).toBe('2026-06-30');
    expect(mid.provisional).toBe(true);
    // Jasa of P4's six 2026 repayments (to 15 June), P2 not yet disbursed.
    expect(mid.income.jasa).toBe(108_000);
  });

  it('a year with SHU 0 or less shares nothing', () => {
    const loss = shareOut(
      bookOf({
        members: [member('A1', 'Siti')],
        cash: [
          cash('2026-01-05', 'Simpanan Wajib', { in: 10_000 }, { memberId: 'A1' }),
          cash('2026-02-01', 'Biaya Operasional', { out: 5_000 }),
        ],
      }),
      2026,
      '2027-01-01',
    );
    expect(loss.shu).toBe(-5_000);
    expect(loss.parts.every((p) => p.amount === 0)).toBe(true);
    expect(loss.members.map((m) => m.total)).toEqual([0]);
  });

  it('a members part nobody can take goes to Cadangan', () => {
    const noLoans = shareOut(
      bookOf({
        members: [member('A1', 'Siti')],
        cash: [
          cash('2026-01-05', 'Simpanan Wajib', { in: 10_000 }, { memberId: 'A1' }),
          cash('2026-02-01', 'Denda', { in: 1_000 }, { memberId: 'A1' }),
        ],
      }),
      2026,
      '2027-01-01',
    );
    // SHU 1.000: Cadangan 250 + Jasa Pinjaman's 250 = 500; Jasa Simpanan 300 all to A1.
    expect(noLoans.parts.map((p) => p.amount)).toEqual([500, 300, 0, 100, 100]);
    expect(noLoans.toReserve).toEqual(['loans']);
    expect(noLoans.members[0]).toMatchObject({ fromSavings: 300, fromLoans: 0, total: 300 });
  });
});

describe('shareOut while the year runs (docs/book.md §8, Product)', () => {
  it('a month-end still to come counts the savings as they stand today; a row dated after today is not read', () => {
    const book = bookOf({
      members: [member('A1', 'Siti'), member('A2', 'Asep')],
      cash: [
        cash('2026-01-05', 'Simpanan Wajib', { in: 12_000 }, { memberId: 'A1' }),
        cash('2026-03-10', 'Simpanan Wajib', { in: 24_000 }, { memberId: 'A2' }),
        // After today: typed ahead, not yet counted.
        cash('2026-06-01', 'Simpanan Wajib', { in: 1_000_000 }, { memberId: 'A1' }),
      ],
    });
    const share = shareOut(book, 2026, '2026-03-15');
    expect([share.asOf, share.provisional]).toEqual(['2026-03-15', true]);
    // A1: 12.000 at each of the 12 month-ends; A2: 0 in January and February, then 24.000 at ten.
    expect(share.members.map((m) => [m.memberId, m.monthEndSavings, m.averageSavings])).toEqual([
      ['A1', 144_000, 12_000],
      ['A2', 240_000, 20_000],
    ]);
  });
});

describe('shareOut with the credit report the caller has', () => {
  it('takes a report as of its as-of date for the jasa, and gives the same share-out', () => {
    // The year still running: as of today, the add-on's own credit report.
    const today = '2026-11-30';
    const given = creditReport(book, today);
    const withIt = shareOut(book, 2026, today, undefined, given);
    expect(withIt).toEqual(shareOut(book, 2026, today));
    expect(withIt.income.jasa).toBeGreaterThan(0);
  });

  it('computes its own when the report given is as of another date (a year already over)', () => {
    // A report without loans: taken, it would leave the year's jasa at 0.
    const noLoans = (asOf: string) => ({ ...creditReport(book, asOf), loans: [] });
    const share = shareOut(book, 2026, '2027-01-10');
    expect(shareOut(book, 2026, '2027-01-10', undefined, noLoans('2027-01-10'))).toEqual(share);
    // As of the share-out's own as-of date (31 December), it is taken: no loans, no jasa.
    expect(share.income.jasa).toBe(149_000);
    expect(shareOut(book, 2026, '2027-01-10', undefined, noLoans('2026-12-31')).income.jasa).toBe(0);
  });
});

/*
 * A recovery's jasa is income of the year it is dated in (docs/book.md §7 and §8).
 * - A1: P1, 600.000 at 2 %, Menurun, 6 monthly from 10/03/2025 (jasa 12.000, 10.000, 8.000, 6.000,
 *   4.000, 2.000); 112.000 on 10/04/2025 and 50.000 on 20/05/2025 (jasa 12.000 + 10.000), written
 *   off on 30/11/2025. Recoveries, allocated after what was paid by then: 80.000 on 20/12/2025
 *   (8.000 jasa of no. 3), 150.000 on 05/03/2026 (6.000 jasa of no. 4), 50.000 on 15/08/2026
 *   (4.000 jasa of no. 5). Jasa paid: 2025 30.000, 2026 10.000.
 * - A2: P2, 300.000 at 1,5 %, Flat, 3 monthly from 15/01/2026 (100.000 + 4.500), repaid on each
 *   due date: jasa 13.500 in 2026.
 * SHU 2026 = jasa 23.500 (no other income, no costs): Cadangan 25 % 5.875, Jasa Simpanan 30 % 7.050
 * (nobody saved: to Cadangan, 12.925), Jasa Pinjaman 25 % 5.875, Pengurus and Sosial 10 % 2.350.
 * Jasa Pinjaman by 10.000 : 13.500 of 23.500: A1 2.500, A2 3.375, both exact.
 */
describe('shareOut: the jasa part of a recovery', () => {
  const recovered = bookOf({
    members: [member('A1', 'Sri'), member('A2', 'Budi')],
    loans: [
      loan('P1', 'A1', '2025-03-10', 600_000, { monthlyRate: 0.02, method: 'Menurun', installments: 6 }),
      loan('P2', 'A2', '2026-01-15', 300_000, { monthlyRate: 0.015, installments: 3 }),
    ],
    cash: [
      repayment('P1', 'A1', '2025-04-10', 112_000),
      repayment('P1', 'A1', '2025-05-20', 50_000),
      repayment('P1', 'A1', '2025-12-20', 80_000),
      repayment('P1', 'A1', '2026-03-05', 150_000),
      repayment('P1', 'A1', '2026-08-15', 50_000),
      repayment('P2', 'A2', '2026-02-15', 104_500),
      repayment('P2', 'A2', '2026-03-15', 104_500),
      repayment('P2', 'A2', '2026-04-15', 104_500),
    ],
    loanChanges: [{ loanId: 'P1', date: '2025-11-30', kind: 'Hapus Buku', reason: 'Rapat' }],
  });

  it('counts it in the income and the jasa the member paid, in the year of each recovery', () => {
    const share = shareOut(recovered, 2026, '2027-01-10');
    expect(share.income.jasa).toBe(23_500);
    expect(share.shu).toBe(23_500);
    expect(share.parts.map((p) => [p.name, p.amount])).toEqual([
      ['Cadangan', 12_925],
      ['Jasa Simpanan', 0],
      ['Jasa Pinjaman', 5_875],
      ['Pengurus', 2_350],
      ['Sosial', 2_350],
    ]);
    expect(share.members.map((m) => [m.memberId, m.jasaPaid, m.fromLoans, m.total])).toEqual([
      ['A1', 10_000, 2_500, 2_500],
      ['A2', 13_500, 3_375, 3_375],
    ]);
    // 2025: the jasa of the two repayments before the write-off and of the recovery of 20/12.
    const before = shareOut(recovered, 2025, '2027-01-10');
    expect(before.income.jasa).toBe(30_000);
    expect(before.members.map((m) => [m.memberId, m.jasaPaid])).toEqual([
      ['A1', 30_000],
      ['A2', 0],
    ]);
  });

  it('while the year runs, the recoveries up to today, from the report the caller has too', () => {
    // 06/2026: the recovery of 05/03 (6.000) and P2's three repayments (13.500).
    const today = '2026-06-30';
    const share = shareOut(recovered, 2026, today, undefined, creditReport(recovered, today));
    expect(share.income.jasa).toBe(19_500);
    expect(share).toEqual(shareOut(recovered, 2026, today));
  });
});
