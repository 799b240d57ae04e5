// The checks find exactly the demo book's deliberate problems: no more (the demo is otherwise
// clean), no fewer (each one is where the demo says it put it).
import type { Grid } from '../../../src/core/cell';
import { addDays } from '../../../src/core/isoDate';
import { reviewBook } from '../../../src/core/reviewBook';
import { creditReport } from '../../../src/core/credit/creditReport';
import { demoBook } from '../../../src/core/demo/demoBook';

const codes: Record<string, string> = {
  'NIK stored as a number': 'member.nik.number',
  'phone number lost its leading zero': 'member.phone.lostZero',
  'money typed as text': 'value.money.text',
  'date typed as text': 'value.date.text',
  'duplicate receipt number': 'cash.receiptNo.duplicate',
  'farm inputs received after planting': 'saprodi.received.afterPlanting',
  'farm inputs handed out under a member who has left': 'saprodi.member.inactive',
  'subsidised inputs for an area over the subsidy limit': 'saprodi.area.overSubsidyLimit',
};

describe.each(['2026-11-28', '2026-01-01', '2024-02-29'])('the demo book of %s', (today) => {
  const demo = demoBook(today);
  const grids = new Map<string, Grid>(demo.tabs.map((t) => [t.name, t.grid]));
  const { book, problems } = reviewBook({ tabNames: () => [...grids.keys()], readTab: (n) => grids.get(n) ?? [] }, today);

  it('is read whole: every tab, every row', () => {
    expect(book.tabNames).toEqual({
      settings: 'Pengaturan',
      members: 'Anggota',
      cash: 'Kas',
      loans: 'Pinjaman',
      activities: 'Kegiatan',
      loanChanges: 'Perubahan Pinjaman',
      attendance: 'Daftar Hadir',
      plan: 'RUK',
      saprodi: 'Saprodi',
    });
    expect(book.settings.groupName).toBe('Kelompok Tani Mekar Sari');
    const dataRows = (name: string) => {
      const tab = demo.tabs.find((t) => t.name === name);
      return (tab?.grid.length ?? 0) - (tab?.headerRow ?? 0);
    };
    expect(book.members).toHaveLength(30);
    expect(book.cash).toHaveLength(dataRows('Kas'));
    expect(book.loans).toHaveLength(17);
    expect(book.loanChanges?.map((c) => [c.loanId, c.kind])).toEqual([
      ['P011', 'Jadwal Ulang'],
      ['P012', 'Hapus Buku'],
      ['P012', 'Hapus Denda'],
    ]);
    expect(book.activities).toHaveLength(dataRows('Kegiatan'));
  });

  it('has exactly its deliberate problems, as errors and warnings', () => {
    const found = problems
      .filter((p) => p.severity !== 'info')
      .map((p) => ({ tab: p.tab, row: p.row, column: p.column, code: p.code }))
      .sort((a, b) => a.tab.localeCompare(b.tab) || a.row - b.row);
    expect(demo.deliberate).toHaveLength(8);
    const expected = demo.deliberate
      .map((d) => ({ tab: d.tab, row: d.row, column: d.column, code: codes[d.what] }))
      .sort((a, b) => a.tab.localeCompare(b.tab) || a.row - b.row);
    expect(found).toEqual(expected);
  });

  it('has loans of every method repaid on time, late and not at all', () => {
    expect(new Set(book.loans.map((l) => `${l.method} ${l.frequency}`))).toEqual(
      new Set(['Flat Bulanan', 'Flat Mingguan', 'Flat Musiman', 'Menurun Bulanan', 'Anuitas Bulanan']),
    );
    const report = creditReport(book, today);
    // No credit problem: P012 is written off as groups do, long in Kol 5 (Macet).
    expect(report.problems).toEqual([]);
    const loan = (id: string) => report.loans.find((l) => l.loanId === id);
    // On time: P001 (Flat), P003 (Menurun), P005 (Anuitas).
    for (const id of ['P001', 'P003', 'P005'])
      expect(loan(id)).toMatchObject({ status: 'Lancar', daysPastDue: 0, arrears: 0 });
    expect(loan('P001')?.paid).toBeGreaterThan(0);
    // Late but caught up: P002 paid nine days after each due date.
    expect(loan('P002')).toMatchObject({ status: 'Lancar', arrears: 0 });
    const p = report.portfolio;
    expect(p.onTimeRate).not.toBeNull();
    expect(p.onTimeRate ?? 1).toBeLessThan(p.collectionRate ?? 0);
    // Never repaid: P004, over 30 days past due, so PAR30 is above zero.
    expect(loan('P004')).toMatchObject({ status: 'Menunggak', repaid: 0 });
    expect(loan('P004')?.daysPastDue).toBeGreaterThan(30);
    expect(p.par30 ?? 0).toBeGreaterThan(0);
    // Stopped after the first installment: P006; paid half of one: P010.
    expect(loan('P006')?.repaid).toBeGreaterThan(0);
    expect(loan('P006')?.arrears).toBeGreaterThan(0);
    expect(loan('P010')?.arrears).toBeGreaterThan(0);
  });

  it('has late installments with fines paid, a rescheduled, a written-off and a harvest loan (docs/book.md §7)', () => {
    const report = creditReport(book, today);
    const loan = (id: string) => report.loans.find((l) => l.loanId === id)!;
    // P002: each late installment fined (10.000) and the fine paid with it, naming the loan.
    expect(loan('P002').finesCharged).toBeGreaterThan(0);
    expect(loan('P002')).toMatchObject({ finesPaid: loan('P002').finesCharged, finesOwed: 0 });
    // P011: rescheduled at the meeting of day 65; two new installments on time, the third late: Kol held.
    expect(loan('P011').changes.map((c) => c.kind)).toEqual(['reschedule']);
    expect(loan('P011').kolHeld?.kol).toBe(2);
    expect(loan('P011')).toMatchObject({ kolByDays: 1, status: 'Lancar' });
    // P012: written off long in Kol 5, then a relative paid 150.000 back; no Kol counts it.
    expect(loan('P012')).toMatchObject({ outstandingPrincipal: 0, recoveries: 150_000, kol: 5 });
    expect(loan('P012').writtenOff?.date).toBe(addDays(today, -92 + 65));
    expect(report.portfolio.perKol.find((k) => k.kol === 5)?.loans).toBe(
      report.loans.filter((l) => l.kol === 5 && !l.writtenOff).length,
    );
    expect(loan('P012').writtenOff?.principal).toBeGreaterThan(0);
    expect(report.portfolio).toMatchObject({ writtenOffLoans: 1, recoveries: 150_000, restructuredLoans: 1 });
    // P013: one installment at harvest, 4 months after disbursement, not yet due.
    expect(loan('P013').installments).toHaveLength(1);
    expect(loan('P013')).toMatchObject({ status: 'Lancar', due: 0 });
    expect(loan('P013').nextInstallment?.amount).toBe(2_000_000 + 120_000);
  });
});
