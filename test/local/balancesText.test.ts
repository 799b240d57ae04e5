// The command line's `balances` text: a written-off loan shows no Kol and no held-Kol line, even
// when a rescheduling held its Kol on the day it was written off (docs/book.md §7).
import { creditReport } from '../../src/core/credit/creditReport';
import { balancesText } from '../../src/local/commands/balances';
import { bookOf, loan, member } from '../core/bookBuilder';

describe('balances text', () => {
  // 1.000.000 at 2 % Flat, 5 monthly from 10/01/2026, nothing repaid: P001 rescheduled on 10/07 in
  // Kol 4 and written off on 10/10 while that Kol was held; P002 rescheduled the same day, not
  // written off, its Kol 4 still held on 03/12.
  const book = bookOf({
    members: [member('A001', 'Siti Aminah'), member('A002', 'Budi')],
    loans: [
      loan('P001', 'A001', '2026-01-10', 1_000_000, { monthlyRate: 0.02, installments: 5 }),
      loan('P002', 'A002', '2026-01-10', 1_000_000, { monthlyRate: 0.02, installments: 5 }),
    ],
    loanChanges: [
      { loanId: 'P001', date: '2026-07-10', kind: 'Jadwal Ulang', installments: 6, row: 2 },
      { loanId: 'P001', date: '2026-10-10', kind: 'Hapus Buku', reason: 'Rapat', row: 3 },
      { loanId: 'P002', date: '2026-07-10', kind: 'Jadwal Ulang', installments: 6, row: 4 },
    ],
  });
  const report = creditReport(book, '2026-12-03');

  it.each(['id', 'en'] as const)('marks only the held Kol of a loan not written off (%s)', (lang) => {
    const lines = balancesText(report, lang);
    const kolOf = (id: string) => lines.find((l) => l.startsWith(id))!.split(/ {2,}/)[6];
    expect(kolOf('P001')).toBe('-');
    expect(kolOf('P002')).toBe('4*');
    expect(lines.filter((l) => l.startsWith('* '))).toEqual([
      lang === 'id'
        ? '* P002: Kol 4 ditahan sejak Jadwal Ulang 10/07/2026 sampai 3 angsuran baru berturut-turut tepat waktu (menurut hari tunggakan: Kol 3)'
        : '* P002: Kol 4 held since the rescheduling of 10/07/2026 until 3 new installments in a row are paid on time (by days past due: Kol 3)',
    ]);
  });
});
