// The order of loans needing attention, shared by the overview and the sidebar.
import { pastDueWorstFirst } from '../../../src/core/api/pastDueWorstFirst';

const loan = (loanId: string, daysPastDue: number, arrears: number) => ({ loanId, daysPastDue, arrears });

describe('pastDueWorstFirst', () => {
  it('keeps loans past due only, most days first, then larger arrears, then loan ID', () => {
    const ordered = pastDueWorstFirst([
      loan('P3', 46, 136000),
      loan('P1', 0, 0),
      loan('P2', 120, 50000),
      loan('P5', 46, 200000),
      loan('P4', 46, 136000),
    ]);
    expect(ordered.map((l) => l.loanId)).toEqual(['P2', 'P5', 'P3', 'P4']);
  });

  it('leaves its input as it was', () => {
    const input = [loan('A', 1, 1), loan('B', 9, 1)];
    pastDueWorstFirst(input);
    expect(input.map((l) => l.loanId)).toEqual(['A', 'B']);
  });
});
