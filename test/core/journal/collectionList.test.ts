// The collection list asks each member for arrears + the installments falling due in its window + the
// fines owed (docs/book.md §5, §7); written-off loans are not collected, a repaid loan's fines are.
import { creditReport } from '../../../src/core/credit/creditReport';
import { collectionList } from '../../../src/core/journal/collectionList';
import { bookOf, cash, loan, member, repayment } from '../bookBuilder';

const book = (extra: Partial<Parameters<typeof bookOf>[0]> = {}) =>
  bookOf({
    settings: { lateFine: 10_000, fineGraceDays: 3 },
    members: [member('A001', 'Siti Aminah')],
    loans: [loan('P001', 'A001', '2026-01-15', 1_200_000, { monthlyRate: 0.015, installments: 12 })],
    cash: [
      repayment('P001', 'A001', '2026-02-15', 118_000),
      repayment('P001', 'A001', '2026-03-20', 118_000),
      repayment('P001', 'A001', '2026-05-10', 100_000),
      cash('2026-03-20', 'Denda', { in: 10_000 }, { memberId: 'A001', loanId: 'P001' }),
    ],
    ...extra,
  });

describe('collectionList', () => {
  it('adds the fines owed to what the member is asked to pay', () => {
    // As of 31/05: arrears 136.000, fines 30.000 charged, 10.000 paid; installment 5 due 15/06.
    const report = creditReport(book(), '2026-05-31');
    expect(collectionList(report, '2026-06-01', '2026-06-15')).toEqual([
      {
        memberId: 'A001',
        memberName: 'Siti Aminah',
        loanId: 'P001',
        installmentNo: 5,
        due: '2026-06-15',
        lastInstallmentNo: 5,
        lastDue: '2026-06-15',
        amountDue: 118_000,
        arrears: 136_000,
        daysPastDue: 46,
        finesOwed: 20_000,
        total: 274_000,
      },
    ]);
  });

  it('still asks for the fines of a loan repaid in full', () => {
    const repaid = book({
      cash: [repayment('P001', 'A001', '2026-02-20', 1_416_000)],
    });
    // Installment 1 (due 15/02) settled on 20/02, after the grace: one fine, unpaid.
    const items = collectionList(creditReport(repaid, '2026-06-30'), '2026-07-01', '2026-07-07');
    expect(items.map((i) => [i.loanId, i.amountDue, i.arrears, i.finesOwed, i.total])).toEqual([
      ['P001', 0, 0, 10_000, 10_000],
    ]);
  });

  it('leaves out a written-off loan', () => {
    const writtenOff = book({
      loanChanges: [{ loanId: 'P001', date: '2026-05-31', kind: 'Hapus Buku', reason: 'Rapat', row: 2 }],
    });
    expect(collectionList(creditReport(writtenOff, '2026-06-30'), '2026-07-01', '2026-07-07')).toEqual([]);
  });

  describe("reads a loan's installments only when one may fall in the period", () => {
    /** The report with each loan's installments counted as they are read (each read works them out again). */
    const counted = (asOf: string) => {
      const report = creditReport(book(), asOf);
      const reads = { count: 0 };
      const loans = report.loans.map((l) => {
        const copy = { ...l };
        Object.defineProperty(copy, 'installments', {
          get: () => ((reads.count += 1), l.installments),
          enumerable: true,
        });
        return copy;
      });
      return { report: { ...report, loans }, reads };
    };

    it('not when the next installment is due after the period: only the arrears are asked', () => {
      // As of 31/05 the next installment (5) is due 15/06, after 01/06-07/06.
      const { report, reads } = counted('2026-05-31');
      expect(
        collectionList(report, '2026-06-01', '2026-06-07').map((i) => [i.amountDue, i.arrears, i.due]),
      ).toEqual([[0, 136_000, null]]);
      expect(reads.count).toBe(0);
    });

    it('when the next installment is due in the period', () => {
      const { report, reads } = counted('2026-05-31');
      expect(collectionList(report, '2026-06-01', '2026-06-15').map((i) => [i.amountDue, i.due])).toEqual([
        [118_000, '2026-06-15'],
      ]);
      expect(reads.count).toBe(1);
    });

    it("when the period starts on or before the report's date, where overdue installments fall too", () => {
      // Installments 3 and 4 (15/04, 15/05) are owed in part or whole: a period over them counts them.
      const { report, reads } = counted('2026-05-31');
      expect(collectionList(report, '2026-04-01', '2026-05-31').map((i) => [i.installmentNo, i.due])).toEqual(
        [[3, '2026-04-15']],
      );
      expect(reads.count).toBe(1);
    });
  });
});
