import { pastDueWorstFirst } from '../../../src/core/api/pastDueWorstFirst';
import type { LoanAtRisk } from '../../../src/core/api/types';
import { appendLoanPage, worstLoansFirst } from '../../../sidebar/view/loansAtRisk';

const loan = (loanId: string, daysPastDue: number, arrears: number): LoanAtRisk => ({
  loanId,
  memberId: `M-${loanId}`,
  memberName: `Name ${loanId}`,
  daysPastDue,
  arrears,
  outstandingPrincipal: 1000000,
  kol: daysPastDue > 90 ? 3 : daysPastDue > 0 ? 2 : 1,
  kolByDays: daysPastDue > 90 ? 3 : daysPastDue > 0 ? 2 : 1,
  status: daysPastDue > 0 ? 'Menunggak' : 'Lancar',
  finesCharged: 0,
  finesPaid: 0,
  finesWaived: 0,
  finesOwed: 0,
  recoveries: 0,
});

describe('worstLoansFirst', () => {
  test("keeps the core's order (pastDueWorstFirst) and shows every loan past due without a limit", () => {
    const overview = [
      loan('P3', 46, 136000),
      loan('P1', 0, 0),
      loan('P2', 120, 50000),
      loan('P5', 46, 200000),
    ];
    const { loans, hidden } = worstLoansFirst(overview);
    expect(loans).toEqual(pastDueWorstFirst(overview));
    expect(loans).toHaveLength(3);
    expect(hidden).toBe(0);
  });

  test('a limit shows the worst and counts the rest', () => {
    const { loans, hidden } = worstLoansFirst([loan('A', 5, 1), loan('B', 50, 1), loan('C', 10, 1)], 2);
    expect(loans.map((l) => l.loanId)).toEqual(['B', 'C']);
    expect(hidden).toBe(1);
  });
});

describe('appendLoanPage', () => {
  test('joins a further page of the same reading; a page sent from the start of the list replaces them', () => {
    const loaded = { items: [loan('P1', 40, 1), loan('P2', 30, 1)], offset: 0, total: 3, reading: 'r.1' };
    const same = { items: [loan('P2', 30, 1), loan('P3', 5, 1)], offset: 1, total: 3, reading: 'r.1' };
    expect(appendLoanPage(loaded, same).items.map((l) => l.loanId)).toEqual(['P1', 'P2', 'P3']);
    const restarted = {
      items: [loan('P2', 30, 1)],
      offset: 0,
      total: 2,
      reading: 'r.2',
      restarted: true as const,
    };
    expect(appendLoanPage(loaded, restarted)).toBe(restarted);
  });
});
