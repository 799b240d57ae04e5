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
});
