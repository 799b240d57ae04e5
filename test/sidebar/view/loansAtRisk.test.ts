import type { LoanAtRisk } from '../../../src/core/api/types';
import { worstLoansFirst } from '../../../sidebar/view/loansAtRisk';

const loan = (loanId: string, daysPastDue: number, arrears: number): LoanAtRisk => ({
  loanId,
  memberId: `M-${loanId}`,
  memberName: `Name ${loanId}`,
  daysPastDue,
  arrears,
  outstandingPrincipal: 1000000,
  kol: daysPastDue > 90 ? 3 : daysPastDue > 0 ? 2 : 1,
});

describe('worstLoansFirst', () => {
  test('most days first, then larger arrears, then loan ID; loans not past due left out', () => {
    const { loans, hidden } = worstLoansFirst([
      loan('P3', 46, 136000),
      loan('P1', 0, 0),
      loan('P2', 120, 50000),
      loan('P5', 46, 200000),
      loan('P4', 46, 136000),
    ]);
    expect(loans.map((l) => l.loanId)).toEqual(['P2', 'P5', 'P3', 'P4']);
    expect(hidden).toBe(0);
  });

  test('a limit shows the worst and counts the rest', () => {
    const { loans, hidden } = worstLoansFirst([loan('A', 5, 1), loan('B', 50, 1), loan('C', 10, 1)], 2);
    expect(loans.map((l) => l.loanId)).toEqual(['B', 'C']);
    expect(hidden).toBe(1);
  });
});
