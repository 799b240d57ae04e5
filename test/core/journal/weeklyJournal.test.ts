// The weekly journal model: every figure of two realistic weeks, the empty week, week boundaries,
// `Awal Minggu`, data quality and plain JSON. Expected figures are worked out by hand in the comments.
import fc from 'fast-check';
import { lists } from '../../../src/core/book/schema';
import { runningCashBalance } from '../cash/runningCashBalance';
import { addDays } from '../../../src/core/isoDate';
import { journalSheet } from '../../../src/core/generatedTabs/journalSheet';
import { weeklyJournal } from '../../../src/core/journal/weeklyJournal';
import { weekSummaryText } from '../../../src/core/messages/readyMessages';
import { formatIsoWeek, isoWeekOf } from '../../../src/core/week/isoWeek';
import type { Problem } from '../../../src/core/problems/problem';
import { HostError } from '../../../src/core/workbook';
import { activity, bookOf, cash, loan, member } from '../bookBuilder';
import { twoWeekBook } from './twoWeekBook';

const AT = '2026-11-30 07:15';

const counts = (byType: Record<string, number>) =>
  [
    'Rapat/Diskusi Kelompok',
    'Administrasi Kelompok',
    'Penyusunan RUK',
    'Pelayanan Saprodi',
    'Pelatihan',
    'Kemitraan & Pemasaran',
    'Kredit',
    'Pengembangan Usaha Bersama',
    'Lainnya',
  ].map((type) => ({ type, count: byType[type] ?? 0 }));

const noKol = { loans: 0, outstandingPrincipal: 0 };

describe('week 2026-W47 (16–22 November 2026)', () => {
  const j = weeklyJournal(twoWeekBook(), [], '2026-W47', AT);

  it('has the header of the group and the week', () => {
    expect(j.title).toEqual({ id: 'Jurnal Mingguan Pendamping', en: "Facilitator's Weekly Journal" });
    expect(j.week).toEqual({
      value: '2026-W47',
      weekStart: 1,
      start: '2026-11-16',
      end: '2026-11-22',
      label: { id: '16–22 November 2026', en: '16–22 November 2026' },
    });
    expect(j.generatedAt).toBe(AT);
    expect(j.lang).toBe('id');
    expect(j.header).toEqual({
      groupName: 'Kelompok Tani Sri Rejeki',
      village: 'Sukamaju',
      district: 'Cibeber',
      regency: 'Cianjur',
      province: 'Jawa Barat',
      facilitatorName: 'Dewi Lestari',
      chairName: 'Slamet',
    });
    expect(j.empty).toBe(false);
    expect(j.emptyNote).toBeNull();
  });

  it('lists the activities in date order, Sunday 22 November included, with a count of each of the nine kinds', () => {
    expect(j.activities.rows.map((a) => [a.date, a.type, a.row, a.attendance, a.nextSteps])).toEqual([
      ['2026-11-16', 'Rapat/Diskusi Kelompok', 2, 18, 'Ketua menghubungi kios pupuk'],
      ['2026-11-18', 'Administrasi Kelompok', 4, null, null],
      ['2026-11-20', 'Pelayanan Saprodi', 5, 4, null],
      ['2026-11-22', 'Kredit', 3, 2, 'Tagih tunggakan Siti Aminah (P002)'],
    ]);
    expect(j.activities.rows[0]).toEqual({
      date: '2026-11-16',
      type: 'Rapat/Diskusi Kelompok',
      typeLabel: { id: 'Rapat/Diskusi Kelompok', en: 'Group meeting/discussion' },
      description: 'Rapat bulanan: rencana tanam MT I',
      attendance: 18,
      results: 'Disepakati tanam serentak 1 Desember',
      nextSteps: 'Ketua menghubungi kios pupuk',
      recordedBy: 'Dewi',
      tab: 'Kegiatan',
      row: 2,
    });
    expect(j.activities.counts.map(({ type, count }) => ({ type, count }))).toEqual(
      counts({ 'Rapat/Diskusi Kelompok': 1, 'Administrasi Kelompok': 1, 'Pelayanan Saprodi': 1, Kredit: 1 }),
    );
    expect(j.activities.total).toBe(4);
  });

  it('has the cash of the week: opening 3.840.000, in 288.000, out 475.000, closing 3.653.000', () => {
    // Before 16/11: 5.000.000 + 60.000 savings − 600.000 + 112.000 − 1.200.000 + 750.000 + 118.000 − 500.000 + 100.000.
    expect(j.cash).toEqual({
      openingDate: '2026-11-16',
      openingBalance: 3_840_000,
      categories: [
        {
          category: 'Simpanan Pokok',
          label: { id: 'Simpanan Pokok', en: 'Principal savings' },
          amountIn: 50_000,
          amountOut: 0,
          entries: 1,
        },
        {
          category: 'Simpanan Wajib',
          label: { id: 'Simpanan Wajib', en: 'Mandatory savings' },
          amountIn: 20_000,
          amountOut: 0,
          entries: 2,
        },
        {
          category: 'Angsuran Pinjaman',
          label: { id: 'Angsuran Pinjaman', en: 'Loan repayment' },
          amountIn: 218_000,
          amountOut: 0,
          entries: 2,
        },
        {
          category: 'Pembelian Saprodi',
          label: { id: 'Pembelian Saprodi', en: 'Farm input purchase' },
          amountIn: 0,
          amountOut: 450_000,
          entries: 1,
        },
        {
          category: 'Biaya Operasional',
          label: { id: 'Biaya Operasional', en: 'Operating cost' },
          amountIn: 0,
          amountOut: 25_000,
          entries: 1,
        },
      ],
      totalIn: 288_000,
      totalOut: 475_000,
      closingDate: '2026-11-22',
      closingBalance: 3_653_000,
      entries: 7,
    });
  });

  it('has the credit as of Sunday 22 November: a late and an on-time repayment, Siti 50 days past due', () => {
    const c = j.credit;
    expect(c.asOf).toBe('2026-11-22');
    expect(c.disbursements).toEqual([]);
    expect(c.totalDisbursed).toBe(0);
    expect(c.repayments).toEqual([
      {
        date: '2026-11-17',
        receiptNo: 'BK-103',
        memberId: 'A002',
        memberName: 'Sri Wahyuni',
        loanId: 'P004',
        amount: 100_000,
        counted: true,
      },
      {
        date: '2026-11-19',
        receiptNo: 'BK-105',
        memberId: 'A003',
        memberName: 'Budi Santoso',
        loanId: 'P001',
        amount: 118_000,
        counted: true,
      },
    ]);
    expect(c.totalRepaid).toBe(218_000);
    expect(c.totalNotCounted).toBe(0);
    // P001 1.200.000 − 200.000; P002 600.000 − 100.000; P004 500.000 − 200.000.
    expect(c.activeLoans).toBe(3);
    expect(c.outstandingPrincipal).toBe(1_800_000);
    // P002: installments 2 and 3 (3/10, 3/11) of 112.000 unpaid.
    expect(c.arrears).toBe(224_000);
    expect(
      c.perKol.map(({ kol, loans, outstandingPrincipal }) => ({ kol, loans, outstandingPrincipal })),
    ).toEqual([
      { kol: 1, loans: 2, outstandingPrincipal: 1_300_000 },
      { kol: 2, loans: 1, outstandingPrincipal: 500_000 },
      { kol: 3, ...noKol },
      { kol: 4, ...noKol },
      { kol: 5, ...noKol },
    ]);
    expect(c.perKol[1]!.label).toEqual({ id: 'Dalam Perhatian Khusus', en: 'Special mention' });
    // P002 is 50 days past due (3/10 to 22/11): 500.000 of 1.800.000 at risk.
    expect(c.par30).toBeCloseTo(500_000 / 1_800_000, 12);
    expect(c.par30Definition.en).toMatch(/30 days/);
  });

  it('has the collection list of 23–29 November: Siti’s arrears, Sri’s third weekly installment', () => {
    expect(j.credit.collection).toEqual({
      from: '2026-11-23',
      to: '2026-11-29',
      items: [
        {
          memberId: 'A004',
          memberName: 'Siti Aminah',
          loanId: 'P002',
          installmentNo: null,
          due: null,
          lastInstallmentNo: null,
          lastDue: null,
          amountDue: 0,
          arrears: 224_000,
          daysPastDue: 50,
          finesOwed: 0,
          total: 224_000,
        },
        {
          memberId: 'A002',
          memberName: 'Sri Wahyuni',
          loanId: 'P004',
          installmentNo: 3,
          due: '2026-11-24',
          lastInstallmentNo: 3,
          lastDue: '2026-11-24',
          amountDue: 100_000,
          arrears: 0,
          daysPastDue: 0,
          finesOwed: 0,
          total: 100_000,
        },
      ],
      totalDue: 100_000,
      totalArrears: 224_000,
      totalFines: 0,
      total: 324_000,
    });
  });

  it('has the members: six active on Sunday, Joko joined, nobody left', () => {
    expect(j.members).toEqual({
      asOf: '2026-11-22',
      active: 6,
      joined: [{ id: 'A005', name: 'Joko Susilo', date: '2026-11-18' }],
      left: [],
    });
  });

  it('plans the next steps written this week, then the collection list', () => {
    expect(j.plans.nextSteps.map((s) => [s.date, s.type, s.text])).toEqual([
      ['2026-11-16', 'Rapat/Diskusi Kelompok', 'Ketua menghubungi kios pupuk'],
      ['2026-11-22', 'Kredit', 'Tagih tunggakan Siti Aminah (P002)'],
    ]);
    expect(j.plans.collection).toEqual(j.credit.collection.items);
  });

  it('has the signature lines with the names of Pengaturan', () => {
    expect(j.signatures).toEqual({
      facilitator: { role: { id: 'Pendamping', en: 'Facilitator' }, name: 'Dewi Lestari' },
      chair: { role: { id: 'Ketua Kelompok', en: 'Group Chair' }, name: 'Slamet' },
    });
  });
});

describe('week 2026-W48 (23–29 November 2026)', () => {
  const j = weeklyJournal(twoWeekBook(), [], '2026-W48', AT);

  it('starts on Monday 23 November and sorts the activities typed out of order', () => {
    expect([j.week.start, j.week.end, j.week.label.id]).toEqual([
      '2026-11-23',
      '2026-11-29',
      '23–29 November 2026',
    ]);
    expect(j.activities.rows.map((a) => [a.date, a.type, a.row])).toEqual([
      ['2026-11-23', 'Pelatihan', 7],
      ['2026-11-24', 'Kredit', 8],
      ['2026-11-26', 'Rapat/Diskusi Kelompok', 6],
    ]);
    expect(j.activities.rows[0]!.description).toBe('=Pelatihan pengendalian hama terpadu (PHT)');
    expect(j.activities.counts.map(({ type, count }) => ({ type, count }))).toEqual(
      counts({ 'Rapat/Diskusi Kelompok': 1, Pelatihan: 1, Kredit: 1 }),
    );
    expect(j.activities.total).toBe(3);
  });

  it('opens with last week’s closing balance and closes at 4.070.000', () => {
    expect(j.cash.openingBalance).toBe(3_653_000);
    expect(j.cash.categories.map((k) => [k.category, k.amountIn, k.amountOut, k.entries])).toEqual([
      ['Simpanan Wajib', 10_000, 0, 1],
      ['Penarikan Simpanan', 0, 60_000, 1],
      ['Pencairan Pinjaman', 0, 1_000_000, 1],
      ['Angsuran Pinjaman', 212_000, 0, 2],
      ['Denda', 5_000, 0, 1],
      ['Penjualan Hasil', 1_250_000, 0, 1],
    ]);
    expect([j.cash.totalIn, j.cash.totalOut, j.cash.closingBalance, j.cash.entries]).toEqual([
      1_477_000, 1_060_000, 4_070_000, 7,
    ]);
  });

  it('has the disbursement of P003, two repayments, and the portfolio on Sunday 29 November', () => {
    const c = j.credit;
    expect(c.disbursements).toEqual([
      {
        date: '2026-11-24',
        memberId: 'A001',
        memberName: 'Slamet',
        loanId: 'P003',
        amount: 1_000_000,
        installments: 10,
        frequency: 'Mingguan',
      },
    ]);
    expect(c.totalDisbursed).toBe(1_000_000);
    expect(c.repayments.map((r) => [r.date, r.receiptNo, r.memberName, r.loanId, r.amount])).toEqual([
      ['2026-11-24', 'BK-108', 'Sri Wahyuni', 'P004', 100_000],
      ['2026-11-25', 'BK-109', 'Siti Aminah', 'P002', 112_000],
    ]);
    expect(c.totalRepaid).toBe(212_000);
    // P001 1.000.000 + P002 400.000 + P003 1.000.000 + P004 200.000.
    expect(c.activeLoans).toBe(4);
    expect(c.outstandingPrincipal).toBe(2_600_000);
    // P002: installment 3 (3/11) still open, 26 days past due: Kol 2 but not in PAR30.
    expect(c.arrears).toBe(112_000);
    expect(
      c.perKol.map(({ kol, loans, outstandingPrincipal }) => ({ kol, loans, outstandingPrincipal })),
    ).toEqual([
      { kol: 1, loans: 3, outstandingPrincipal: 2_200_000 },
      { kol: 2, loans: 1, outstandingPrincipal: 400_000 },
      { kol: 3, ...noKol },
      { kol: 4, ...noKol },
      { kol: 5, ...noKol },
    ]);
    expect(c.par30).toBe(0);
  });

  it('collects from 30 November to 6 December: Siti’s installment and arrears, Slamet’s and Sri’s weekly installments', () => {
    // P003 weekly: 100.000 principal + round(1.000.000 × 1 % × 12 / 52) = 2.308 jasa, first due 01/12.
    expect(j.credit.collection).toEqual({
      from: '2026-11-30',
      to: '2026-12-06',
      items: [
        {
          memberId: 'A004',
          memberName: 'Siti Aminah',
          loanId: 'P002',
          installmentNo: 4,
          due: '2026-12-03',
          lastInstallmentNo: 4,
          lastDue: '2026-12-03',
          amountDue: 112_000,
          arrears: 112_000,
          daysPastDue: 26,
          finesOwed: 0,
          total: 224_000,
        },
        {
          memberId: 'A001',
          memberName: 'Slamet',
          loanId: 'P003',
          installmentNo: 1,
          due: '2026-12-01',
          lastInstallmentNo: 1,
          lastDue: '2026-12-01',
          amountDue: 102_308,
          arrears: 0,
          daysPastDue: 0,
          finesOwed: 0,
          total: 102_308,
        },
        {
          memberId: 'A002',
          memberName: 'Sri Wahyuni',
          loanId: 'P004',
          installmentNo: 4,
          due: '2026-12-01',
          lastInstallmentNo: 4,
          lastDue: '2026-12-01',
          amountDue: 100_000,
          arrears: 0,
          daysPastDue: 0,
          finesOwed: 0,
          total: 100_000,
        },
      ],
      totalDue: 314_308,
      totalArrears: 112_000,
      totalFines: 0,
      total: 426_308,
    });
    expect(j.plans.collection).toEqual(j.credit.collection.items);
  });

  it('has five members active on Sunday after Rahmat left on Thursday', () => {
    expect(j.members).toEqual({
      asOf: '2026-11-29',
      active: 5,
      joined: [],
      left: [{ id: 'A006', name: 'Rahmat', date: '2026-11-26' }],
    });
  });

  it('plans the week’s next steps in date order', () => {
    expect(j.plans.nextSteps.map((s) => [s.date, s.text])).toEqual([
      ['2026-11-23', 'Praktik lapang di demplot'],
      ['2026-11-26', 'Perbarui buku anggota'],
    ]);
  });

  it('is plain JSON: nothing undefined, no Map, the same after a round trip', () => {
    expect(JSON.parse(JSON.stringify(j))).toStrictEqual(j);
  });
});

describe('an empty week', () => {
  it('is a valid journal that says so, with balances and the collection list still there (2026-W44)', () => {
    const j = weeklyJournal(twoWeekBook(), [], '2026-W44', AT);
    expect([j.week.start, j.week.end]).toEqual(['2026-10-26', '2026-11-01']);
    expect(j.empty).toBe(true);
    expect(j.emptyNote?.id).toBe(
      'Minggu ini tidak ada kegiatan, transaksi kas, pinjaman, angsuran, atau perubahan anggota yang tercatat.',
    );
    expect(j.activities.rows).toEqual([]);
    expect(j.activities.counts.every((c) => c.count === 0)).toBe(true);
    expect(j.activities.counts).toHaveLength(9);
    // Before 26/10: 5.060.000 − 600.000 + 112.000 − 1.200.000 + 750.000 + 118.000.
    expect(j.cash).toMatchObject({
      openingBalance: 4_240_000,
      categories: [],
      totalIn: 0,
      totalOut: 0,
      closingBalance: 4_240_000,
    });
    // P001 after one installment, P002 with installment 2 open since 3/10 (29 days); P004 not yet disbursed.
    expect(j.credit).toMatchObject({
      activeLoans: 2,
      outstandingPrincipal: 1_600_000,
      arrears: 112_000,
      par30: 0,
    });
    expect(
      j.credit.collection.items.map((i) => [
        i.loanId,
        i.installmentNo,
        i.due,
        i.amountDue,
        i.arrears,
        i.daysPastDue,
      ]),
    ).toEqual([['P002', 3, '2026-11-03', 112_000, 112_000, 29]]);
    expect(j.members).toEqual({ asOf: '2026-11-01', active: 5, joined: [], left: [] });
  });

  it('is valid for a book with nothing in it', () => {
    const j = weeklyJournal(
      bookOf({ settings: { groupName: 'Kelompok Tani Sri Rejeki' } }),
      [],
      '2026-W48',
      AT,
    );
    expect(j.empty).toBe(true);
    expect(j.header).toEqual({
      groupName: 'Kelompok Tani Sri Rejeki',
      village: null,
      district: null,
      regency: null,
      province: null,
      facilitatorName: null,
      chairName: null,
    });
    expect(j.cash).toMatchObject({ openingBalance: 0, closingBalance: 0, entries: 0 });
    expect(j.credit).toMatchObject({
      disbursements: [],
      repayments: [],
      activeLoans: 0,
      outstandingPrincipal: 0,
      arrears: 0,
      par30: null,
      collection: { items: [], totalDue: 0, totalArrears: 0, totalFines: 0, total: 0 },
    });
    expect(j.credit.perKol.map((k) => k.loans)).toEqual([0, 0, 0, 0, 0]);
    expect(j.members).toEqual({ asOf: '2026-11-29', active: 0, joined: [], left: [] });
    expect(j.dataQuality).toEqual({ errors: 0, warnings: 0, top: [] });
    expect(j.plans).toEqual({ nextSteps: [], collection: [] });
    expect(j.signatures.facilitator.name).toBeNull();
    expect(j.signatures.chair.name).toBeNull();
    expect(JSON.parse(JSON.stringify(j))).toStrictEqual(j);
  });
});

describe('week boundaries', () => {
  const book = bookOf({
    members: [
      member('A001', 'Slamet', { joinDate: '2026-11-22' }),
      member('A002', 'Sri', { joinDate: '2026-11-23' }),
      member('A003', 'Rahmat', { joinDate: '2025-01-01', status: 'Keluar', leaveDate: '2026-11-29' }),
    ],
    cash: [
      cash('2026-11-22', 'Iuran', { in: 5_000 }, { memberId: 'A001' }),
      cash('2026-11-23', 'Iuran', { in: 7_000 }, { memberId: 'A002' }),
    ],
    activities: [activity('2026-11-22', 'Lainnya', 'Minggu'), activity('2026-11-23', 'Lainnya', 'Senin')],
  });

  it('keeps a Sunday row in its week; the Monday after starts the next', () => {
    const w47 = weeklyJournal(book, [], '2026-W47', AT);
    const w48 = weeklyJournal(book, [], '2026-W48', AT);
    expect(w47.activities.rows.map((a) => a.description)).toEqual(['Minggu']);
    expect(w48.activities.rows.map((a) => a.description)).toEqual(['Senin']);
    expect([w47.cash.totalIn, w47.cash.closingBalance]).toEqual([5_000, 5_000]);
    expect([w48.cash.openingBalance, w48.cash.totalIn, w48.cash.closingBalance]).toEqual([
      5_000, 7_000, 12_000,
    ]);
    expect(w47.members.joined.map((m) => m.id)).toEqual(['A001']);
    expect(w48.members.joined.map((m) => m.id)).toEqual(['A002']);
    // Rahmat leaves on Sunday 29/11: still a member that day (the checks' rule), and listed as left.
    expect([w47.members.active, w48.members.active]).toEqual([2, 3]);
    expect(w48.members.left).toEqual([{ id: 'A003', name: 'Rahmat', date: '2026-11-29' }]);
    expect(weeklyJournal(book, [], '2026-W49', AT).members).toEqual({
      asOf: '2026-12-06',
      active: 2,
      joined: [],
      left: [],
    });
  });

  it('takes its days from Awal Minggu: with Sunday first, 2026-W48 runs 22 to 28 November', () => {
    const sundayFirst = { ...book, settings: { ...book.settings, weekStart: 7 } };
    const j = weeklyJournal(sundayFirst, [], '2026-W48', AT);
    expect([j.week.start, j.week.end, j.week.label.id]).toEqual([
      '2026-11-22',
      '2026-11-28',
      '22–28 November 2026',
    ]);
    expect(j.activities.rows.map((a) => a.description)).toEqual(['Minggu', 'Senin']);
    expect([j.cash.openingBalance, j.cash.totalIn]).toEqual([0, 12_000]);
  });

  it('runs 2026-W53 from 28 December 2026 to 3 January 2027, collecting from 4 to 10 January', () => {
    const j = weeklyJournal(bookOf({}), [], '2026-W53', AT);
    expect([j.week.start, j.week.end, j.credit.collection.from, j.credit.collection.to]).toEqual([
      '2026-12-28',
      '2027-01-03',
      '2027-01-04',
      '2027-01-10',
    ]);
    expect(j.week.label).toEqual({
      id: '28 Desember 2026 – 3 Januari 2027',
      en: '28 December 2026 – 3 January 2027',
    });
  });

  it('refuses a week that does not exist with the code week.invalid', () => {
    expect(() => weeklyJournal(bookOf({}), [], '2025-W53', AT)).toThrow(HostError);
    try {
      weeklyJournal(bookOf({}), [], '2025-W53', AT);
    } catch (e) {
      expect((e as HostError).code).toBe('week.invalid');
      expect((e as HostError).message).toBe(
        'Week 2025-W53 does not exist: 2025 has only 52 ISO weeks (W01–W52).',
      );
    }
  });
});

describe('data quality', () => {
  const problem = (tab: string, row: number, severity: Problem['severity'], code: string): Problem => ({
    tab,
    row,
    column: 'Tanggal',
    col: 1,
    code,
    severity,
    message: { id: `${code} id`, en: `${code} en` },
  });

  it('counts open errors and warnings once each and shows the three most important, errors first', () => {
    const problems = [
      problem('Anggota', 5, 'warning', 'member.phone.format'),
      problem('Kas', 12, 'error', 'cash.date.future'),
      problem('Kas', 2, 'warning', 'cash.amount.text'),
      problem('Kas', 1, 'info', 'tab.summaryRow'),
      problem('Anggota', 3, 'error', 'member.nik.length'),
      problem('Kas', 12, 'error', 'cash.date.future'),
    ];
    const j = weeklyJournal(bookOf({}), problems, '2026-W48', AT);
    expect(j.dataQuality.errors).toBe(2);
    expect(j.dataQuality.warnings).toBe(2);
    expect(j.dataQuality.top.map((p) => [p.severity, p.tab, p.row, p.code])).toEqual([
      ['error', 'Anggota', 3, 'member.nik.length'],
      ['error', 'Kas', 12, 'cash.date.future'],
      ['warning', 'Anggota', 5, 'member.phone.format'],
    ]);
    expect(j.dataQuality.top[0]).toEqual({
      tab: 'Anggota',
      row: 3,
      column: 'Tanggal',
      col: 1,
      code: 'member.nik.length',
      severity: 'error',
      message: { id: 'member.nik.length id', en: 'member.nik.length en' },
    });
  });

  it('adds the credit engine’s problems, once even when the caller passes them too', () => {
    const book = bookOf({
      members: [member('A001', 'Slamet', { joinDate: '2025-01-01' })],
      loans: [loan('P001', 'A001', '2026-11-02', 100_000, { monthlyRate: 0, installments: 1 })],
      cash: [
        cash('2026-11-02', 'Pencairan Pinjaman', { out: 100_000 }, { memberId: 'A001', loanId: 'P001' }),
        cash('2026-11-24', 'Angsuran Pinjaman', { in: 150_000 }, { memberId: 'A001', loanId: 'P001' }),
      ],
    });
    const alone = weeklyJournal(book, [], '2026-W48', AT);
    expect(alone.dataQuality.errors).toBe(1);
    expect(alone.dataQuality.top.map((p) => [p.code, p.tab, p.row])).toEqual([['credit.overpaid', 'Kas', 3]]);
    const overpaid: Problem = { ...alone.dataQuality.top[0]! };
    expect(weeklyJournal(book, [overpaid], '2026-W48', AT).dataQuality.errors).toBe(1);
  });
});

describe('repayments the credit engine does not count (found by a credit audit)', () => {
  // One loan P001 of Slamet disbursed 10/11; in week 2026-W48 (23-29/11) three Angsuran Pinjaman rows:
  // one counted, one naming Sari's loan under Slamet, one dated before P002's disbursement on 28/11.
  const book = bookOf({
    members: [
      member('A001', 'Slamet', { joinDate: '2025-01-01' }),
      member('A002', 'Sari', { joinDate: '2025-01-01' }),
    ],
    loans: [
      loan('P001', 'A001', '2026-11-10', 300_000, { monthlyRate: 0, installments: 3 }),
      loan('P002', 'A002', '2026-11-28', 300_000, { monthlyRate: 0, installments: 3 }),
    ],
    cash: [
      cash('2026-11-10', 'Pencairan Pinjaman', { out: 300_000 }, { memberId: 'A001', loanId: 'P001' }),
      cash('2026-11-24', 'Angsuran Pinjaman', { in: 100_000 }, { memberId: 'A001', loanId: 'P001' }),
      cash('2026-11-25', 'Angsuran Pinjaman', { in: 40_000 }, { memberId: 'A001', loanId: 'P002' }),
      cash('2026-11-26', 'Angsuran Pinjaman', { in: 60_000 }, { memberId: 'A002', loanId: 'P002' }),
      cash('2026-11-28', 'Pencairan Pinjaman', { out: 300_000 }, { memberId: 'A002', loanId: 'P002' }),
    ],
  });

  it('lists them marked and sums them apart, so that the week’s total is what the balances count', () => {
    const j = weeklyJournal(book, [], '2026-W48', AT);
    expect(j.credit.repayments.map((r) => [r.date, r.loanId, r.amount, r.counted])).toEqual([
      ['2026-11-24', 'P001', 100_000, true],
      ['2026-11-25', 'P002', 40_000, false],
      ['2026-11-26', 'P002', 60_000, false],
    ]);
    expect([j.credit.totalRepaid, j.credit.totalNotCounted]).toEqual([100_000, 100_000]);
    // The row before the disbursement is the engine's error, in the journal's data quality.
    expect(j.dataQuality.top.map((p) => [p.code, p.row])).toContainEqual(['credit.beforeDisbursement', 5]);
  });

  it('marks them "tidak dihitung" in the Jurnal tab, with a note under the total, and names them in the chat summary', () => {
    const j = weeklyJournal(book, [], '2026-W48', AT);
    const rows = journalSheet(j, 'id').rows.map((r) =>
      r.map((c) => (c.v !== null && typeof c.v === 'object' ? c.v.date : c.v)),
    );
    const from = rows.findIndex((r) => r[0] === 'Angsuran diterima minggu ini');
    expect(rows.slice(from + 2, from + 6)).toEqual([
      ['2026-11-24', 'Slamet (A001)', 'P001', null, null, 100_000],
      ['2026-11-25', 'Slamet (A001)', 'P002', null, 'tidak dihitung', 40_000],
      ['2026-11-26', 'Sari (A002)', 'P002', null, 'tidak dihitung', 60_000],
      ['Jumlah', null, null, null, null, 100_000],
    ]);
    expect(rows[from + 6]![0]).toMatch(/^Angsuran "tidak dihitung" tidak masuk ke pinjaman mana pun/);
    expect(weekSummaryText(j)).toContain(
      '- Angsuran diterima Rp 100.000 (dan Rp 100.000 belum tercatat pada pinjaman); sisa pokok',
    );
  });
});

describe('generating twice', () => {
  it('gives the same model apart from the generated-at line', () => {
    const a = weeklyJournal(twoWeekBook(), [], '2026-W48', '2026-11-30 07:15');
    const b = weeklyJournal(twoWeekBook(), [], '2026-W48', '2026-11-30 09:40');
    expect({ ...a, generatedAt: '' }).toStrictEqual({ ...b, generatedAt: '' });
  });
});

describe('cash against the checks’ running balance', () => {
  it('opens and closes where the running balance of Kas stands, and the week’s movements join them', () => {
    const category = fc.constantFrom(...lists.category.map((c) => c.value));
    const entry = fc.record({
      day: fc.integer({ min: 0, max: 60 }),
      category,
      amount: fc.integer({ min: 1, max: 5_000_000 }),
      out: fc.boolean(),
    });
    fc.assert(
      fc.property(
        fc.array(entry, { maxLength: 40 }),
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 0, max: 9_000_000 }),
        // Tanggal Saldo Awal, when written, may fall after some rows (each an error on its row, still
        // counted) and inside the week: the week then opens on it (found by an audit: such a row was
        // counted in the opening balance and again in the week's movements).
        fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }),
        (rows, day, opening, openingDay) => {
          const book = bookOf({
            settings: {
              openingBalance: opening,
              ...(openingDay === undefined ? {} : { openingDate: addDays('2026-10-01', openingDay) }),
            },
            cash: rows.map((r) =>
              cash(addDays('2026-10-01', r.day), r.category, r.out ? { out: r.amount } : { in: r.amount }),
            ),
          });
          const week = formatIsoWeek(isoWeekOf(addDays('2026-10-01', day)));
          const j = weeklyJournal(book, [], week, AT).cash;
          // A week before Tanggal Saldo Awal has no balance to show.
          if (j.openingBalance === null) return;
          const running = runningCashBalance(book);
          const balanceAfter = (date: string) =>
            running.entries.filter((e) => e.entry.date <= date).reduce((_, e) => e.balance, running.opening);
          expect(j.openingBalance).toBe(balanceAfter(addDays(j.openingDate, -1)));
          expect(j.closingBalance).toBe(balanceAfter(j.closingDate));
          expect(j.openingBalance! + j.totalIn - j.totalOut).toBe(j.closingBalance);
          expect(j.categories.reduce((n, c) => n + c.entries, 0)).toBe(j.entries);
        },
      ),
    );
  });
});

describe('the cash of a week and Tanggal Saldo Awal (the book holds cash from that day)', () => {
  // Rp 3.000.000 held on Wednesday 2 December 2026; a sale on the Friday.
  const book = bookOf({
    settings: { openingBalance: 3_000_000, openingDate: '2026-12-02' },
    cash: [cash('2026-12-04', 'Penjualan Hasil', { in: 250_000 })],
  });

  it('a week before it has no balance, not the later one', () => {
    const j = weeklyJournal(book, [], '2026-W40', AT).cash;
    expect(j).toMatchObject({ openingBalance: null, closingBalance: null, totalIn: 0, entries: 0 });
  });

  it('a week before it keeps its rows as the week’s movements (each an error on its row), only no balance', () => {
    const early = bookOf({
      settings: { openingBalance: 3_000_000, openingDate: '2026-12-02' },
      cash: [
        cash('2026-09-30', 'Penjualan Hasil', { in: 865_000 }),
        cash('2026-10-01', 'Lainnya', { out: 150_000 }),
      ],
    });
    const j = weeklyJournal(early, [], '2026-W40', AT);
    expect(j.cash).toMatchObject({
      openingDate: '2026-09-28',
      openingBalance: null,
      totalIn: 865_000,
      totalOut: 150_000,
      entries: 2,
      closingBalance: null,
    });
    // Not a week with nothing recorded (found by a review).
    expect(j.emptyNote).toBeNull();
  });

  it('a row dated before it in its week (an error on its row) is in the opening balance, counted once', () => {
    const early = bookOf({
      settings: { openingBalance: 3_000_000, openingDate: '2026-12-02' },
      cash: [
        cash('2026-11-30', 'Lainnya', { in: 1_000_000 }),
        cash('2026-12-04', 'Penjualan Hasil', { in: 250_000 }),
      ],
    });
    const j = weeklyJournal(early, [], '2026-W49', AT, '2026-12-07').cash;
    expect(j).toMatchObject({
      openingDate: '2026-12-02',
      openingBalance: 4_000_000,
      totalIn: 250_000,
      entries: 1,
      closingBalance: 4_250_000,
    });
  });

  it('the week it falls in opens on it, with Saldo Awal Kas', () => {
    const j = weeklyJournal(book, [], '2026-W49', AT, '2026-12-07').cash;
    expect(j).toMatchObject({
      openingDate: '2026-12-02',
      openingBalance: 3_000_000,
      totalIn: 250_000,
      closingDate: '2026-12-06',
      closingBalance: 3_250_000,
    });
  });

  it('a week after it opens on its first day, as before', () => {
    const j = weeklyJournal(book, [], '2026-W50', AT, '2026-12-14').cash;
    expect(j).toMatchObject({
      openingDate: '2026-12-07',
      openingBalance: 3_250_000,
      closingBalance: 3_250_000,
    });
  });
});

describe('a week not over yet is counted as of today (2026-W49 on Tuesday 1 December)', () => {
  const mid = weeklyJournal(twoWeekBook(), [], '2026-W49', AT, '2026-12-01');
  const after = weeklyJournal(twoWeekBook(), [], '2026-W49', AT, '2026-12-07');

  it('counts arrears, days past due and PAR30 as of today, not as of a Sunday still to come', () => {
    expect(mid.credit.asOf).toBe('2026-12-01');
    // Siti's P002: installments 2 and 3 (3/10, 3/11) unpaid on 1/12; the fourth (3/12) is not due yet.
    // P003's first (1/12) and P004's fourth (1/12) fall due today.
    expect(mid.credit.arrears).toBe(112_000 + 102_308 + 100_000);
    expect(mid.credit.par30).toBe(0);
    // On the Sunday, had nobody paid: the 3/12 installment too, and Siti 33 days past due.
    expect(after.credit.asOf).toBe('2026-12-06');
    expect(after.credit.arrears).toBe(224_000 + 102_308 + 100_000);
    expect(after.credit.par30).toBeCloseTo(500_000 / 3_250_000, 12);
  });

  it('asks for the installment due later in the week as falling due, from tomorrow to the end of next week', () => {
    const siti = (j: typeof mid) => j.credit.collection.items.find((i) => i.loanId === 'P002');
    expect([mid.credit.collection.from, mid.credit.collection.to]).toEqual(['2026-12-02', '2026-12-13']);
    expect(siti(mid)).toEqual({
      memberId: 'A004',
      memberName: 'Siti Aminah',
      loanId: 'P002',
      installmentNo: 4,
      due: '2026-12-03',
      lastInstallmentNo: 4,
      lastDue: '2026-12-03',
      amountDue: 112_000,
      arrears: 112_000,
      daysPastDue: 28,
      finesOwed: 0,
      total: 224_000,
    });
    expect([after.credit.collection.from, after.credit.collection.to]).toEqual(['2026-12-07', '2026-12-13']);
    expect(siti(after)).toMatchObject({
      installmentNo: null,
      amountDue: 0,
      arrears: 224_000,
      daysPastDue: 33,
    });
  });

  it('closes the cash and counts the members as of today: rows typed ahead of the day are not taken in', () => {
    const base = twoWeekBook();
    // Typed on Tuesday for Friday (the checks call it cash.date.future), and a member joining Saturday.
    const book = bookOf({
      settings: base.settings,
      members: [...base.members, member('A007', 'Wati', { joinDate: '2026-12-05' })],
      loans: base.loans,
      cash: [...base.cash, cash('2026-12-04', 'Penjualan Hasil', { in: 400_000 }, { description: 'Jagung' })],
      activities: base.activities,
    });
    const today = weeklyJournal(book, [], '2026-W49', AT, '2026-12-01');
    const sunday = weeklyJournal(book, [], '2026-W49', AT, '2026-12-07');
    expect(today.cash.closingDate).toBe('2026-12-01');
    expect(today.cash.closingBalance).toBe(sunday.cash.closingBalance! - 400_000);
    expect(today.cash.totalIn).toBe(sunday.cash.totalIn - 400_000);
    expect(today.cash.entries).toBe(sunday.cash.entries - 1);
    expect(today.members).toEqual({ asOf: '2026-12-01', active: 5, joined: [], left: [] });
    expect(sunday.members).toEqual({
      asOf: '2026-12-06',
      active: 6,
      joined: [{ id: 'A007', name: 'Wati', date: '2026-12-05' }],
      left: [],
    });
  });

  it('lists no activity, disbursement or repayment dated after today: typed ahead, not yet done', () => {
    const base = twoWeekBook();
    // Typed on Tuesday for later in the week: a loan for Friday, its disbursement and a repayment on
    // Thursday, and Saturday's training (the checks call the rows dated ahead of today errors).
    const book = bookOf({
      settings: base.settings,
      members: base.members,
      loans: [...base.loans, loan('P009', 'A001', '2026-12-04', 400_000)],
      cash: [
        ...base.cash,
        cash('2026-12-04', 'Pencairan Pinjaman', { out: 400_000 }, { memberId: 'A001', loanId: 'P009' }),
        cash('2026-12-03', 'Angsuran Pinjaman', { in: 101_000 }, { memberId: 'A004', loanId: 'P002' }),
      ],
      activities: [...base.activities, activity('2026-12-05', 'Pelatihan', 'Pelatihan pupuk organik')],
    });
    const today = weeklyJournal(book, [], '2026-W49', AT, '2026-12-01');
    const sunday = weeklyJournal(book, [], '2026-W49', AT, '2026-12-07');
    expect(today.credit.disbursements.map((d) => d.loanId)).not.toContain('P009');
    expect(today.credit.totalDisbursed).toBe(sunday.credit.totalDisbursed - 400_000);
    expect(today.credit.repayments.some((r) => r.date > '2026-12-01')).toBe(false);
    expect(today.credit.totalRepaid).toBe(
      sunday.credit.totalRepaid -
        sunday.credit.repayments.filter((r) => r.date > '2026-12-01').reduce((n, r) => n + r.amount, 0),
    );
    expect(sunday.credit.repayments.map((r) => r.amount)).toContain(101_000);
    expect(today.activities.rows.map((a) => a.description)).not.toContain('Pelatihan pupuk organik');
    expect(today.activities.rows.every((a) => a.date <= '2026-12-01')).toBe(true);
    expect(sunday.activities.rows.map((a) => a.description)).toContain('Pelatihan pupuk organik');
    expect(today.activities.total).toBe(
      sunday.activities.total -
        1 -
        sunday.activities.rows.filter(
          (a) => a.date > '2026-12-01' && a.description !== 'Pelatihan pupuk organik',
        ).length,
    );
  });

  it('is the finished week as before when today is the Sunday or later', () => {
    expect(weeklyJournal(twoWeekBook(), [], '2026-W49', AT, '2026-12-06')).toEqual(after);
    expect(weeklyJournal(twoWeekBook(), [], '2026-W49', AT)).toEqual(after);
  });
});
