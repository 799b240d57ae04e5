// The sidebar's loans needing attention through the API: which loans, in what order, with their
// fines, status, rescheduling, held Kol and write-off; and the portfolio's figures beside them.
import { createApi } from '../../../src/core/api/createApi';
import { loansNeedingAttention } from '../../../src/core/api/loansNeedingAttention';
import type { ApiResponse, LoanAtRisk } from '../../../src/core/api/types';
import { portfolio } from '../../../src/core/credit/portfolio';
import type { LoanBalance } from '../../../src/core/credit/types';
import { demoBook } from '../../../src/core/demo/demoBook';
import { LocalHost } from '../../../src/local/localHost';
import { XlsxWorkbook } from '../../../src/local/xlsxWorkbook';

const TODAY = '2026-11-25';

function ok<T>(res: ApiResponse<T>): T {
  if (!res.ok) throw new Error(res.error.message.en);
  return res.data;
}

function demoWorkbook(): XlsxWorkbook {
  const wb = XlsxWorkbook.create();
  for (const tab of demoBook(TODAY).tabs) wb.writeInputGrid(tab.spec, tab.name, tab.grid, tab.headerRow);
  return wb;
}

function demoApi() {
  return createApi(new LocalHost(demoWorkbook(), { today: TODAY }));
}

/** A loan balance with only what the order reads; the rest is never looked at. */
function loan(loanId: string, over: Partial<LoanBalance>): LoanBalance {
  return {
    loanId,
    status: 'Lancar',
    daysPastDue: 0,
    arrears: 0,
    kol: 1,
    finesOwed: 0,
    ...over,
  } as LoanBalance;
}

describe('loansNeedingAttention', () => {
  it('lists past due worst first, then held Kol or fines owed, then write-offs (latest first); leaves the rest out', () => {
    const order = loansNeedingAttention([
      loan('L-fines', { finesOwed: 5000 }),
      loan('L-ok', {}),
      loan('L-repaid-fines', { status: 'Lunas', finesOwed: 1000 }),
      loan('L-repaid', { status: 'Lunas', kol: 1 }),
      loan('L-old-writeoff', { writtenOff: { date: '2025-01-10', principal: 1 }, status: 'Macet', kol: 5 }),
      loan('L-late-10', { status: 'Menunggak', daysPastDue: 10, arrears: 100, kol: 2 }),
      loan('L-held', { kol: 3, finesOwed: 0 }),
      loan('L-late-90', { status: 'Menunggak', daysPastDue: 90, arrears: 5, kol: 3 }),
      loan('L-new-writeoff', {
        writtenOff: { date: '2026-10-29', principal: 1 },
        status: 'Menunggak',
        kol: 2,
      }),
    ]).map((l) => l.loanId);
    expect(order).toEqual([
      'L-late-90',
      'L-late-10',
      'L-held',
      'L-fines',
      'L-repaid-fines',
      'L-new-writeoff',
      'L-old-writeoff',
    ]);
  });

  it('a written-off loan is listed once, among the write-offs, whatever its days past due', () => {
    const order = loansNeedingAttention([
      loan('W', {
        writtenOff: { date: '2026-01-01', principal: 1 },
        status: 'Macet',
        daysPastDue: 400,
        kol: 5,
      }),
      loan('A', { status: 'Menunggak', daysPastDue: 3, arrears: 1, kol: 2 }),
    ]).map((l) => l.loanId);
    expect(order).toEqual(['A', 'W']);
  });
});

describe('getOverview: loans needing attention in the demo book, as of 2026-11-25', () => {
  const api = demoApi();
  const o = ok(api.getOverview());
  const byId = new Map(o.loansAtRisk.items.map((l) => [l.loanId, l]));

  it('lists the three loans past due, then the rescheduled loan, then the written-off one', () => {
    expect(o.loansAtRisk.items.map((l) => [l.loanId, l.daysPastDue])).toEqual([
      ['P004', 52],
      ['P010', 42],
      ['P006', 16],
      ['P011', 0],
      ['P012', 0],
    ]);
    expect(o.loansAtRisk.total).toBe(5);
    // The loan with fines paid and nothing owed (P002) and the harvest loan not yet due (P013) need nothing.
    expect(byId.has('P002')).toBe(false);
    expect(byId.has('P013')).toBe(false);
  });

  it('gives each loan its fines charged, paid and owed, and its status', () => {
    const p004 = byId.get('P004')!;
    expect([p004.status, p004.finesCharged, p004.finesPaid, p004.finesOwed]).toEqual([
      'Menunggak',
      20000,
      0,
      20000,
    ]);
    // The next installment is the first open one due after today (docs/book.md §5), not the oldest
    // unpaid one (due 04/10, which days past due count from).
    expect(p004.nextInstallment).toEqual({ due: '2026-12-04', amount: 275000 });
    expect(p004).not.toHaveProperty('rescheduledOn');
    expect(p004).not.toHaveProperty('kolHeld');
    expect(p004).not.toHaveProperty('writtenOff');
  });

  it('a rescheduled loan paid on time keeps the Kol of its rescheduling date, and says since when', () => {
    const p011: LoanAtRisk = byId.get('P011')!;
    expect(p011).toMatchObject({
      status: 'Lancar',
      daysPastDue: 0,
      arrears: 0,
      kol: 2,
      kolByDays: 1,
      rescheduledOn: '2026-10-29',
      kolHeld: { kol: 2, since: '2026-10-29' },
      finesCharged: 10000,
      finesPaid: 0,
      finesOwed: 10000,
      nextInstallment: { due: '2026-11-26', amount: 130192 },
    });
    expect(p011).not.toHaveProperty('writtenOff');
  });

  it('a written-off loan carries the principal written off and what came back after', () => {
    expect(byId.get('P012')).not.toHaveProperty('nextInstallment');
    expect(byId.get('P012')).toMatchObject({
      outstandingPrincipal: 0,
      arrears: 0,
      writtenOff: { date: '2026-10-29', principal: 600000 },
      recoveries: 150000,
    });
  });

  it("adds the portfolio's fines, rescheduling and write-off figures, labelled as in Saldo Pinjaman", () => {
    expect(o.loanFigures.map((f) => [f.key, f.value, f.label.id])).toEqual([
      ['finesOwed', 60000, 'Denda belum dibayar'],
      ['restructuredLoans', 1, 'Pinjaman dijadwal ulang'],
      ['restructuredPrincipal', 1125000, 'Sisa pokok dijadwal ulang'],
      ['writtenOffLoans', 1, 'Pinjaman dihapus buku'],
      ['writtenOffPrincipal', 600000, 'Pokok dihapus buku'],
      ['recoveries', 150000, 'Pemulihan'],
    ]);
    for (const f of o.loanFigures) expect(f.definition.en.length).toBeGreaterThan(20);
  });

  it("the credit cards are the portfolio's figures: one name and one definition for each", () => {
    for (const key of ['outstandingPrincipal', 'arrears', 'par30']) {
      const card = o.cards.find((c) => c.key === key)!;
      // Labels and definitions do not depend on the loans (those of Kol aside).
      const figure = portfolio([], [90, 120, 180]).figures.find((f) => f.key === key)!;
      expect([card.label, card.definition, card.unit]).toEqual([
        figure.label,
        figure.definition,
        figure.unit,
      ]);
    }
    expect(o.cards.find((c) => c.key === 'outstandingPrincipal')!.label).toEqual({
      id: 'Sisa pokok',
      en: 'Outstanding principal',
    });
  });

  it('getLoansAtRisk pages the same list', () => {
    const rest = ok(api.getLoansAtRisk(3));
    expect(rest.items.map((l) => l.loanId)).toEqual(['P011', 'P012']);
    expect(rest).toMatchObject({ offset: 3, total: 5 });
  });

  it('crosses the API as JSON unchanged (no undefined field)', () => {
    expect(JSON.parse(JSON.stringify(o.loansAtRisk))).toEqual(o.loansAtRisk);
  });
});
