// The group summary: one row per book as of a date, worst first, and totals whose PAR30 is the
// portfolio ratio over all groups (not the average of the groups' PAR30).
import type { ReviewedBook } from '../../../src/core/reviewBook';
import type { Book } from '../../../src/core/book/types';
import { creditReport } from '../../../src/core/credit/creditReport';
import type { Problem } from '../../../src/core/problems/problem';
import { memberSavings } from '../../../src/core/savings/memberSavings';
import {
  groupSummary,
  groupSummaryRow,
  worstFirst,
  type GroupSummaryFailure,
} from '../../../src/core/summary/groupSummary';
import { activity, bookOf, cash, loan, member, repayment } from '../bookBuilder';

const asOf = '2026-05-31';

function problem(severity: Problem['severity'], row: number): Problem {
  return {
    tab: 'Kas',
    row,
    column: 'Tanggal',
    col: 1,
    code: 'test.problem',
    severity,
    message: { id: 'uji', en: 'test' },
  };
}

function checked(book: Book, problems: Problem[] = [], date = asOf): ReviewedBook {
  return { book, problems, credit: creditReport(book, date), savings: memberSavings(book, date) };
}

// Makmur: one loan of 1.200.000 (12 × 100.000 pokok + 18.000 jasa) never repaid: on 31 May four
// installments (15 Feb … 15 May) are due, 105 days past due, so all of it is at risk.
const makmur = bookOf({
  settings: {
    groupName: 'Kelompok Tani Makmur',
    village: 'Sukamaju',
    district: 'Cibodas',
    openingBalance: 1_000_000,
  },
  members: [
    member('A001', 'Siti'),
    member('A002', 'Budi', { status: 'Keluar', leaveDate: '2026-03-01' }),
    member('A003', 'Ujang', { joinDate: '2026-06-10' }),
  ],
  loans: [loan('P001', 'A001', '2026-01-15', 1_200_000)],
  cash: [
    cash('2026-01-10', 'Simpanan Pokok', { in: 50_000 }, { memberId: 'A001' }),
    cash('2026-02-10', 'Simpanan Wajib', { in: 10_000 }, { memberId: 'A001' }),
    cash('2026-01-15', 'Pencairan Pinjaman', { out: 1_200_000 }, { memberId: 'A001', loanId: 'P001' }),
    cash('2026-06-05', 'Simpanan Wajib', { in: 10_000 }, { memberId: 'A001' }),
  ],
  activities: [
    activity('2026-04-01', 'Rapat/Diskusi Kelompok', 'Rapat'),
    activity('2026-03-01', 'Rapat/Diskusi Kelompok', 'Rapat'),
  ],
});

// Lestari: one loan of 600.000 (6 × 100.000 + 9.000), its first installment due 30 May unpaid: one
// day past due, nothing at risk; a second loan repaid in full.
const lestari = bookOf({
  settings: { groupName: 'Kelompok Tani Lestari', openingBalance: 0 },
  members: [member('B001', 'Asep'), member('B002', 'Dadang')],
  loans: [
    loan('P101', 'B001', '2026-04-30', 600_000, { installments: 6 }),
    loan('P102', 'B002', '2026-01-01', 100_000, { installments: 1 }),
  ],
  cash: [repayment('P102', 'B002', '2026-02-01', 101_500)],
});

describe('groupSummaryRow', () => {
  it('counts a book as of the date: active members, cash, savings, loans, PAR30, problems, last rows', () => {
    const row = groupSummaryRow(
      'makmur.xlsx',
      checked(makmur, [problem('error', 3), problem('warning', 4)]),
      asOf,
    );
    expect(row).toEqual({
      file: 'makmur.xlsx',
      groupName: 'Kelompok Tani Makmur',
      village: 'Sukamaju',
      district: 'Cibodas',
      activeMembers: 1,
      cashBalance: 1_000_000 + 50_000 + 10_000 - 1_200_000,
      savings: 60_000,
      openLoans: 1,
      outstandingPrincipal: 1_200_000,
      arrears: 4 * 118_000,
      atRisk30: 1_200_000,
      par30: 1,
      kol5Loans: 0,
      pastDueLoans: 1,
      errors: 1,
      warnings: 1,
      lastActivity: '2026-04-01',
      lastCash: '2026-06-05',
      // No Daftar Hadir, no gender, no RUK, no Saprodi (groupSummaryDuties.test.ts works them).
      attendancePresent: 0,
      attendanceActive: 0,
      attendanceLast4: null,
      activeWomen: 0,
      activeWithGender: 0,
      womenShare: null,
      rukOnTime: { done: 0, due: 0 },
      saprodiRight: { right: 0, rows: 0 },
      notComputed: [],
    });
  });

  it('recomputes the figures when the book was checked for another day', () => {
    const row = groupSummaryRow('makmur.xlsx', checked(makmur, [], '2026-11-28'), asOf);
    expect(row.arrears).toBe(4 * 118_000);
    expect(row.savings).toBe(60_000);
    // As of 28 November (315 days past due, beyond Kol 4's 180) the loan is Kol 5.
    expect(groupSummaryRow('makmur.xlsx', checked(makmur, [], '2026-11-28'), '2026-11-28').kol5Loans).toBe(1);
  });

  it('a group whose loans are repaid or barely late has PAR30 0; with no loan at all, none', () => {
    const row = groupSummaryRow('lestari.xlsx', checked(lestari), asOf);
    expect(row).toMatchObject({
      activeMembers: 2,
      cashBalance: 101_500,
      savings: 0,
      openLoans: 1,
      outstandingPrincipal: 600_000,
      arrears: 109_000,
      atRisk30: 0,
      par30: 0,
      pastDueLoans: 1,
      errors: 0,
      lastActivity: null,
      lastCash: '2026-02-01',
    });
    expect(groupSummaryRow('empty.xlsx', checked(bookOf({})), asOf).par30).toBeNull();
  });
});

describe('the cash as of a date before Tanggal Saldo Awal (found by an audit)', () => {
  const started = bookOf({
    settings: { openingBalance: 2_000_000, openingDate: '2026-06-01' },
    cash: [cash('2026-06-03', 'Penjualan Hasil', { in: 100_000 })],
  });

  it('is not computed, with why, and left out of the totals: the book holds cash from that day on', () => {
    const before = groupSummaryRow('baru.xlsx', checked(started), asOf);
    expect(before.cashBalance).toBeNull();
    expect(before.notComputed).toEqual([
      {
        figures: 'cash',
        reason: { id: 'sebelum Tanggal Saldo Awal 01/06/2026', en: 'before Tanggal Saldo Awal 01/06/2026' },
      },
    ]);
    expect(groupSummary([before], asOf, asOf).totals.notInTotals).toEqual([
      { file: 'baru.xlsx', figures: ['cash'] },
    ]);
  });

  it('is Saldo Awal Kas and the rows from that day on', () => {
    const on = groupSummaryRow('baru.xlsx', checked(started, [], '2026-06-01'), '2026-06-01');
    expect([on.cashBalance, on.notComputed]).toEqual([2_000_000, []]);
    expect(groupSummaryRow('baru.xlsx', checked(started, [], '2026-06-30'), '2026-06-30').cashBalance).toBe(
      2_100_000,
    );
  });
});

describe('groupSummary totals', () => {
  const failure: GroupSummaryFailure = {
    file: 'rusak.xlsx',
    error: { code: 'file.notWorkbook', message: { id: 'bukan .xlsx', en: 'not .xlsx' } },
  };
  const a = groupSummaryRow('makmur.xlsx', checked(makmur, [problem('error', 3)]), asOf);
  const b = groupSummaryRow('lestari.xlsx', checked(lestari, [problem('warning', 2)]), asOf);
  const summary = groupSummary([b, failure, a], asOf, '2026-06-01');

  it('sums the books read and recomputes PAR30 as sum at risk ÷ sum outstanding, not an average', () => {
    expect(summary.totals).toEqual({
      books: 2,
      unreadable: 1,
      activeMembers: 3,
      cashBalance: -140_000 + 101_500,
      savings: 60_000,
      openLoans: 2,
      outstandingPrincipal: 1_800_000,
      arrears: 472_000 + 109_000,
      atRisk30: 1_200_000,
      par30: 1_200_000 / 1_800_000,
      kol5Loans: 0,
      pastDueLoans: 2,
      errors: 1,
      warnings: 1,
      attendancePresent: 0,
      attendanceActive: 0,
      attendanceLast4: null,
      activeWomen: 0,
      activeWithGender: 0,
      womenShare: null,
      rukOnTime: { done: 0, due: 0 },
      saprodiRight: { right: 0, rows: 0 },
      notInTotals: [],
    });
    // The average of the groups' PAR30 (1 and 0) would say 50 %.
    expect(summary.totals.par30).not.toBe(0.5);
    expect(summary.groups.map((g) => g.file)).toEqual(['lestari.xlsx', 'rusak.xlsx', 'makmur.xlsx']);
  });

  it('orders worst first: unreadable, then errors, then PAR30, then file name', () => {
    const c = groupSummaryRow('c.xlsx', checked(lestari), asOf);
    const d = groupSummaryRow('d.xlsx', checked(makmur), asOf);
    expect(worstFirst([c, b, d, a, failure]).map((g) => g.file)).toEqual([
      'rusak.xlsx',
      'makmur.xlsx',
      'd.xlsx',
      'c.xlsx',
      'lestari.xlsx',
    ]);
  });
});
