// The tab `Kartu Anggota` (docs/book.md §8) cell by cell: the member with the NIK masked, savings
// with a running balance, a loan's schedule with what was paid and when, its status on the title
// line, lines to sign; a member who left; and every card from a new page.
import type { Cell } from '../../../src/core/cell';
import { creditReport } from '../../../src/core/credit/creditReport';
import { memberCardSheet } from '../../../src/core/generatedTabs/memberCardSheet';
import { demoBook } from '../../../src/core/demo/demoBook';
import { cardAttendanceText, memberCard, memberCards } from '../../../src/core/memberCard/memberCard';
import { readBook } from '../../../src/core/book/readBook';
import { TODAY, tabSource } from '../book/fixtures';
import { exampleTabs } from '../attendance/attendanceExample';
import { reviewBook } from '../../../src/core/reviewBook';
import { memberSavings } from '../../../src/core/savings/memberSavings';
import { bookOf, cash, loan, member, repayment } from '../bookBuilder';

const AS_OF = '2026-04-20';
const book = bookOf({
  settings: { treasurerName: 'Iis Rosita' },
  members: [
    member('A1', 'Siti & Co', { nik: '3205124506900021', joinDate: '2025-01-10', gender: 'P' }),
    member('A2', 'Budi', {
      joinDate: '2024-03-01',
      status: 'Keluar',
      leaveDate: '2026-02-28',
      role: 'Sekretaris',
    }),
  ],
  // 1.200.000 at 1 % a month, Flat, 4 monthly installments: 300.000 + 12.000 jasa each.
  loans: [loan('P1', 'A1', '2026-01-15', 1_200_000, { monthlyRate: 0.01, installments: 4 })],
  cash: [
    cash('2025-01-10', 'Simpanan Pokok', { in: 50_000 }, { memberId: 'A1', description: 'Pokok Siti' }),
    cash('2026-01-05', 'Simpanan Wajib', { in: 10_000 }, { memberId: 'A1', description: 'Wajib 1/2026' }),
    cash('2026-02-05', 'Penarikan Simpanan', { out: 20_000 }, { memberId: 'A1', description: 'Tarik' }),
    cash('2026-01-15', 'Pencairan Pinjaman', { out: 1_200_000 }, { memberId: 'A1', loanId: 'P1' }),
    repayment('P1', 'A1', '2026-02-15', 312_000),
    // Installment 2 only partly paid by the as-of date: 100.000 of 312.000.
    repayment('P1', 'A1', '2026-03-14', 100_000),
    cash('2024-03-01', 'Simpanan Pokok', { in: 50_000 }, { memberId: 'A2', description: 'Pokok Budi' }),
  ],
});
const credit = creditReport(book, AS_OF);
const savings = memberSavings(book, AS_OF);
const cards = book.members.map((m) => memberCard({ book, credit, savings }, m));
const grid = memberCardSheet(cards, book, 'id', '2026-04-20 10:15');
const rows: Cell[][] = grid.rows.map((r) => r.map((c) => c.v));

describe('Kartu Anggota', () => {
  it('the member: ID beside the join date, the name, the NIK masked', () => {
    expect(rows.slice(0, 9)).toEqual([
      ['KARTU ANGGOTA'],
      ['Kelompok Tani Makmur'],
      ['Per tanggal 20 April 2026 · Dibuat 20 April 2026 10:15'],
      [],
      ['ID Anggota', null, 'A1', null, 'Tanggal Masuk', '10 Januari 2025'],
      ['Nama', null, 'Siti & Co'],
      ['NIK', null, '3205••••••••0021'],
      [],
      ['SIMPANAN'],
    ]);
    expect(rows.flat()).not.toContain('3205124506900021');
  });

  it('savings: each movement with its running balance, then the balance by kind', () => {
    const from = rows.findIndex((r) => r[0] === 'SIMPANAN') + 1;
    expect(rows.slice(from, from + 10)).toEqual([
      ['No', 'Tanggal', 'Uraian', 'Kategori', 'Masuk', 'Keluar', 'Saldo'],
      [1, { date: '2025-01-10' }, 'Pokok Siti', 'Simpanan Pokok', 50_000, null, 50_000],
      [2, { date: '2026-01-05' }, 'Wajib 1/2026', 'Simpanan Wajib', 10_000, null, 60_000],
      [3, { date: '2026-02-05' }, 'Tarik', 'Penarikan Simpanan', null, 20_000, 40_000],
      ['Simpanan Pokok', null, null, null, null, null, 50_000],
      ['Simpanan Wajib', null, null, null, null, null, 10_000],
      ['Simpanan Sukarela', null, null, null, null, null, 0],
      ['Penarikan', null, null, null, null, null, 20_000],
      ['Saldo simpanan', null, null, null, null, null, 40_000],
      [],
    ]);
  });

  it('the loan: status on its title line, the schedule with what was paid and when, arrears and what comes next', () => {
    const from = rows.findIndex((r) => typeof r[0] === 'string' && r[0].startsWith('PINJAMAN P1'));
    expect(rows.slice(from, from + 13)).toEqual([
      // Installment 2 (15 March) is 36 days past due on 20 April: Kol 2.
      ['PINJAMAN P1 · Status: Menunggak, 36 hari tunggakan, Kol 2 Dalam Perhatian Khusus'],
      ['Cair 15 Januari 2026, pokok Rp 1.200.000, jasa 1 % per bulan (Flat), 4 angsuran bulanan'],
      ['Ke', 'Jatuh Tempo', 'Tanggal Lunas', 'Pokok', 'Jasa', 'Dibayar', 'Belum Dibayar'],
      [1, { date: '2026-02-15' }, { date: '2026-02-15' }, 300_000, 12_000, 312_000, 0],
      [2, { date: '2026-03-15' }, null, 300_000, 12_000, 100_000, 212_000],
      [3, { date: '2026-04-15' }, null, 300_000, 12_000, 0, 312_000],
      [4, { date: '2026-05-15' }, null, 300_000, 12_000, 0, 312_000],
      // Jasa first (§5): the 100.000 paid 12.000 jasa and 88.000 principal of installment 2.
      ['Tunggakan (pokok Rp 512.000, jasa Rp 12.000)', null, null, null, null, null, 524_000],
      ['Denda belum dibayar', null, null, null, null, null, 0],
      ['Sisa pokok', null, null, null, null, null, 812_000],
      ['Angsuran berikut: ke-4, 15 Mei 2026, Rp 312.000'],
      [],
      [null, null, 'Bendahara', null, null, 'Anggota'],
    ]);
    expect(rows.slice(from + 13, from + 16)).toEqual([
      [],
      [],
      [null, null, '(Iis Rosita)', null, null, '(Siti & Co)'],
    ]);
  });

  it('a written-off loan: Hapus Buku for its status, without days past due or Kol (docs/book.md §7)', () => {
    const off = {
      ...book,
      loanChanges: [
        {
          loanId: 'P1',
          date: '2026-04-01',
          kind: 'Hapus Buku' as const,
          reason: 'pindah',
          row: 2,
          tab: 'Perubahan Pinjaman',
        },
      ],
    };
    const report = creditReport(off, AS_OF);
    const card = memberCard({ book: off, credit: report, savings }, off.members[0]!);
    expect(card.loans[0]!.writtenOff).toEqual({ date: '2026-04-01', principal: 812_000 });
    const shown = memberCardSheet([card], off, 'id', 'x').rows.map((r) => r.map((c) => c.v));
    expect(shown.find((r) => typeof r[0] === 'string' && r[0].startsWith('PINJAMAN P1'))).toEqual([
      'PINJAMAN P1 · Status: Hapus Buku 01/04/2026',
    ]);
    expect(cards[0]!.loans[0]).not.toHaveProperty('writtenOff');
    // What was written off and what came back, and why the unpaid installments above are no arrears.
    const after = shown.findIndex((r) => r[0] === 'Ke' && r[1] === 'Jatuh Tempo') + 5;
    expect(shown.slice(after, after + 3).map((r) => r[0])).toEqual([
      'Hapus Buku 01/04/2026: pokok dihapus Rp 812.000, pemulihan Rp 0.',
      'Yang belum dibayar di atas tidak ditagih lagi sebagai tunggakan.',
      'Tunggakan (pokok Rp 0, jasa Rp 0)',
    ]);
    // In English, the amounts grouped the English way.
    const en = memberCardSheet([card], off, 'en', 'x').rows.map((r) => r.map((c) => c.v));
    const afterEn = en.findIndex((r) => r[0] === 'No' && r[1] === 'Due') + 5;
    expect(en.slice(afterEn, afterEn + 2).map((r) => r[0])).toEqual([
      'Written off 01/04/2026: principal written off Rp 812,000, recoveries Rp 0.',
      'What is unpaid above is no longer arrears.',
    ]);
  });

  it('a rescheduled loan: the old installments closed, never "settled", the new ones under a line saying so (docs/book.md §7)', () => {
    // On 20/03 installment 2 had 100.000 of 312.000 paid: 812.000 of principal still owed becomes
    // 2 new monthly installments at 1 %, Flat.
    const changed = {
      ...book,
      loanChanges: [
        {
          loanId: 'P1',
          date: '2026-03-20',
          kind: 'Jadwal Ulang' as const,
          installments: 2,
          reason: 'gagal panen',
          row: 2,
          tab: 'Perubahan Pinjaman',
        },
      ],
    };
    const report = creditReport(changed, AS_OF);
    const card = memberCard({ book: changed, credit: report, savings }, changed.members[0]!);
    expect(card.loans[0]!.rescheduledOn).toBe('2026-03-20');
    const shown = memberCardSheet([card], changed, 'id', 'x').rows.map((r) => r.map((c) => c.v));
    const title = shown.findIndex((r) => typeof r[0] === 'string' && r[0].startsWith('PINJAMAN P1'));
    const lines = shown.slice(title, title + 11);
    expect(lines[0]![0]).toMatch(
      /^PINJAMAN P1 · Status: \w+ · Jadwal Ulang 20\/03\/2026, 0 hari tunggakan, Kol 2 /,
    );
    // Why Kol 2 at 0 days past due, as Saldo Pinjaman says it (found by an audit: not said).
    expect(lines[1]![0]).toBe(
      'Kol 2 ditahan sejak Jadwal Ulang 20/03/2026 sampai 3 angsuran baru berturut-turut tepat waktu (menurut hari tunggakan: Kol 1)',
    );
    // The terms of Pinjaman: its own 4 installments, not the 2 + 2 the card lists.
    expect(lines[2]![0]).toBe(
      'Cair 15 Januari 2026, pokok Rp 1.200.000, jasa 1 % per bulan (Flat), 4 angsuran bulanan',
    );
    expect(lines.slice(4, 10).map((r) => r.slice(0, 3))).toEqual([
      [1, { date: '2026-02-15' }, { date: '2026-02-15' }],
      [2, { date: '2026-03-15' }, 'ditutup'],
      ['Jadwal Ulang 20/03/2026: sisa pokok Rp 812.000 menjadi 2 angsuran baru.'],
      ['Angsuran sebelumnya ditutup sebesar yang sudah dibayar.'],
      ['Ke', 'Jatuh Tempo', 'Tanggal Lunas'],
      [1, { date: '2026-04-20' }, null],
    ]);
    // The loan's lines with an amount: in English grouped the English way, in Indonesian as before.
    const withAmount = (lang: 'id' | 'en') =>
      memberCardSheet([card], changed, lang, 'x')
        .rows.map((r) => r[0]?.v)
        .filter((v) => typeof v === 'string' && v.includes('Rp '));
    expect(withAmount('en')).toEqual([
      'Disbursed 15 January 2026, principal Rp 1,200,000, jasa 1 % a month (Flat), 4 monthly installments',
      'Rescheduled 20/03/2026: principal owed Rp 812,000 became 2 new installments.',
      'Arrears (principal Rp 406,000, jasa Rp 8,120)',
      'Next installment: no. 2, 20 May 2026, Rp 414,120',
    ]);
    expect(withAmount('id')).toEqual([
      'Cair 15 Januari 2026, pokok Rp 1.200.000, jasa 1 % per bulan (Flat), 4 angsuran bulanan',
      'Jadwal Ulang 20/03/2026: sisa pokok Rp 812.000 menjadi 2 angsuran baru.',
      'Tunggakan (pokok Rp 406.000, jasa Rp 8.120)',
      'Angsuran berikut: ke-2, 20 Mei 2026, Rp 414.120',
    ]);
  });

  it('a member who left: the role by the name, the date left beside the NIK, no loans', () => {
    const from = rows.findIndex((r) => r[0] === 'ID Anggota' && r[2] === 'A2');
    expect(rows.slice(from, from + 3)).toEqual([
      ['ID Anggota', null, 'A2', null, 'Tanggal Masuk', '1 Maret 2024'],
      ['Nama', null, 'Budi (Sekretaris)'],
      ['NIK', null, '-', null, 'Keluar', '28 Februari 2026'],
    ]);
    expect(rows.slice(from).some((r) => r[0] === 'Tidak ada pinjaman.')).toBe(true);
  });

  it('aligns the date labels right, so that `Tanggal Masuk`, wider than column E, runs into the empty D', () => {
    // Left-aligned, it was cut at E's edge against its date (`Tanggal Masu29 Desember 2022`, seen
    // printed from LibreOffice).
    const at = grid.rows.findIndex((r) => r[2]?.v === 'A2');
    expect([grid.rows[at]![3], grid.rows[at]![4], grid.rows[at + 2]![4]]).toEqual([
      { v: null },
      { v: 'Tanggal Masuk', align: 'right' },
      { v: 'Keluar', align: 'right' },
    ]);
  });

  it('prints A4 portrait, each card from a new page, seven columns', () => {
    const titles = rows.map((r, i) => (r[0] === 'KARTU ANGGOTA' ? i + 1 : 0)).filter((r) => r > 0);
    expect(titles).toHaveLength(2);
    expect(grid.pageBreaks).toEqual([titles[1]]);
    expect([grid.orientation, grid.frozenRows, grid.widths]).toEqual([
      'portrait',
      0,
      [28, 84, 280, 124, 94, 94, 98],
    ]);
  });

  it('wraps each savings description in a wider Uraian, so a long one grows its row instead of running into Kategori', () => {
    const from = grid.rows.findIndex((r) => r[0]?.v === 'SIMPANAN') + 2;
    expect(grid.rows.slice(from, from + 3).map((r) => r[2])).toEqual([
      { v: 'Pokok Siti', wrap: true },
      { v: 'Wajib 1/2026', wrap: true },
      { v: 'Tarik', wrap: true },
    ]);
    // `Simpanan wajib 10/2025 - Dadang Suherman` in one line, `Simpanan Sukarela` whole in Kategori
    // (116 px of Arial 10), `Rp 99.999.999` in Masuk and Keluar; 802 px fit to A4 portrait's width.
    expect(grid.widths[2]).toBe(280);
    expect(grid.widths[3]).toBe(124);
    expect(grid.widths.reduce((a, b) => a + b, 0)).toBe(802);
  });
});

describe('a harvest loan on the card', () => {
  it('says it is paid once at harvest, its months after disbursement, not "4 angsuran musiman" (found by a print audit)', () => {
    const harvest = bookOf({
      members: [member('A1', 'Siti', { joinDate: '2025-01-10' })],
      loans: [
        loan('P1', 'A1', '2026-01-15', 1_000_000, {
          monthlyRate: 0.01,
          installments: 4,
          frequency: 'Musiman',
        }),
      ],
      cash: [cash('2026-01-15', 'Pencairan Pinjaman', { out: 1_000_000 }, { memberId: 'A1', loanId: 'P1' })],
    });
    const card = memberCard(
      { book: harvest, credit: creditReport(harvest, AS_OF), savings: memberSavings(harvest, AS_OF) },
      harvest.members[0]!,
    );
    const said = (lang: 'id' | 'en') =>
      memberCardSheet([card], harvest, lang, '2026-04-20 10:15')
        .rows.map((r) => r[0]?.v)
        .find((v) => typeof v === 'string' && /^(Cair|Disbursed) /.test(v));
    expect(said('id')).toBe(
      'Cair 15 Januari 2026, pokok Rp 1.000.000, jasa 1 % per bulan (Flat), dibayar sekali saat panen, 4 bulan setelah cair',
    );
    expect(said('en')).toBe(
      'Disbursed 15 January 2026, principal Rp 1,000,000, jasa 1 % a month (Flat), paid once at harvest, 4 months later',
    );
  });
});

describe('memberCards', () => {
  it('gives every member of the demo book the card memberCard gives that member alone', () => {
    const today = '2026-11-28';
    const grids = new Map(demoBook(today).tabs.map((tab) => [tab.name, tab.grid]));
    const demo = reviewBook(
      { tabNames: () => [...grids.keys()], readTab: (n) => grids.get(n) ?? [] },
      today,
    ).book;
    const sources = { book: demo, credit: creditReport(demo, today), savings: memberSavings(demo, today) };
    const all = memberCards(sources, demo.members);
    expect(all).toHaveLength(demo.members.length);
    // Cards with savings movements and with loans, so that both lists are compared, not just empty ones.
    expect(all.filter((c) => c.savings.movements.length > 0 && c.loans.length > 0).length).toBeGreaterThan(5);
    all.forEach((card, i) => expect(card).toEqual(memberCard(sources, demo.members[i]!)));
  });
});

describe("the member's attendance on the card (docs/book.md §9)", () => {
  // The hand-worked example of test/core/attendance: 8 members at 5 meetings, all of one year.
  const example = readBook(tabSource(exampleTabs()), { today: TODAY }).book;
  const sources = {
    book: example,
    credit: creditReport(example, TODAY),
    savings: memberSavings(example, TODAY),
  };
  const year = TODAY.slice(0, 4);
  const cardOf = (id: string) =>
    memberCard(
      sources,
      example.members.find((m) => m.id === id)!,
    );

  it('carries the last 4 meetings and the year while active, as the attendance report counts them', () => {
    expect(cardOf('A002').attendance).toEqual({
      last4: { present: 2, active: 4, rate: 0.5 },
      year: { present: 3, active: 5, rate: 0.6 },
    });
    // A008 joined before the 3rd meeting: only its meetings count.
    expect(cardOf('A008').attendance).toMatchObject({ last4: { present: 2, active: 3 } });
  });

  it('shows them under the NIK, in both languages, and nothing for a book without Daftar Hadir', () => {
    for (const [lang, label, value] of [
      ['id', 'Kehadiran', `2/4 (50 %) pertemuan terakhir; tahun ${year}: 3/5 (60 %)`],
      ['en', 'Attendance', `2/4 (50 %) of the last meetings; in ${year}: 3/5 (60 %)`],
    ] as const) {
      const g = memberCardSheet([cardOf('A002')], example, lang, 'x').rows.map((r) => r.map((c) => c.v));
      const at = g.findIndex((r) => r[0] === label);
      expect(g[at]).toEqual([label, null, value]);
      expect(g[at - 1]![0]).toBe('NIK');
    }
    expect(cards.every((c) => c.attendance === null)).toBe(true);
    expect(rows.flat()).not.toContain('Kehadiran');
    expect(
      cardAttendanceText(
        { last4: { present: 0, active: 0, rate: null }, year: { present: 0, active: 0, rate: null } },
        year,
      ),
    ).toEqual({
      id: 'belum ada pertemuan',
      en: 'no meeting yet',
    });
    // Meetings last year, none yet this year: nothing to divide by is –, never 0 %.
    expect(
      cardAttendanceText(
        { last4: { present: 3, active: 4, rate: 0.75 }, year: { present: 0, active: 0, rate: null } },
        '2027',
      ),
    ).toEqual({
      id: '3/4 (75 %) pertemuan terakhir; tahun 2027: –',
      en: '3/4 (75 %) of the last meetings; in 2027: –',
    });
    // 23 of 40 is 57,5 %: half up, 58 % (23 ÷ 40 × 100 in floating point is 57.4999…).
    expect(
      cardAttendanceText(
        { last4: { present: 3, active: 4, rate: 0.75 }, year: { present: 23, active: 40, rate: 23 / 40 } },
        '2026',
      ).id,
    ).toBe('3/4 (75 %) pertemuan terakhir; tahun 2026: 23/40 (58 %)');
  });
});
