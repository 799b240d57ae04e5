// The share-out of docs/book.md §8, worked by hand for five members, figure by figure.
import { creditReport } from '../../../src/core/credit/creditReport';
import { shareOut } from '../../../src/core/shu/shareOut';
import { defaultShuSettings } from '../../../src/core/shu/shuSettings';
import { bookOf, cash, member } from '../bookBuilder';
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
