// Places the findings of a loan's history on its `Perubahan Pinjaman` row (docs/book.md §7).
import { columnOf } from '../book/columnOf';
import type { Book, Loan } from '../book/types';
import { formatShortDate } from '../isoDate';
import type { Problem } from '../problems/problem';
import { problemAt, placeAt } from '../problems/problemCatalogue';
import type { ChangeFinding } from './loanLedger';

export function loanChangeProblem(book: Pick<Book, 'columns'>, loan: Loan, finding: ChangeFinding): Problem {
  const { change } = finding;
  const at = (key: 'date' | 'kind' | 'installments') => {
    const c = columnOf(book, 'loanChanges', key);
    return placeAt(change.tab, change.row, c.header, c.col);
  };
  const said = { kind: change.kind, loanId: loan.id, date: formatShortDate(change.date) };
  switch (finding.kind) {
    case 'beforeDisbursement':
      return problemAt('change.beforeDisbursement', at('date'), {
        ...said,
        disbursed: formatShortDate(loan.disbursed),
      });
    case 'afterRepaid':
      return problemAt('change.afterRepaid', at('date'), {
        ...said,
        repaidOn: formatShortDate(finding.repaidOn),
      });
    case 'afterWriteOff':
      return problemAt('change.afterWriteOff', at('date'), {
        ...said,
        writtenOffOn: formatShortDate(finding.writtenOffOn),
      });
    case 'seasonalTerm':
      return problemAt('change.seasonalTerm', at('installments'), { months: finding.months });
    case 'writeOffNotKol5':
      return problemAt('change.writeOff.notMacet', at('kind'), {
        loanId: loan.id,
        date: said.date,
        kol: finding.kol,
      });
  }
}
