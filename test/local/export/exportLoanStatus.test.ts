// The `loans` row's status, Kol and next installment as Saldo Pinjaman shows them (docs/book.md §5,
// §7; docs/warehouse.md): a written-off loan has left the portfolio (Hapus Buku, no Kol) and its
// recoveries carry their jasa part, a rescheduled one keeps its held Kol, a harvest loan is Musiman,
// and `next_due` is the next installment after the as-of date, not the oldest one unpaid. Books
// made with the engine's builders.
import { creditReport } from '../../../src/core/credit/creditReport';
import { balancesJson } from '../../../src/local/cliJson';
import { bookTables } from '../../../src/local/export/bookTables';
import { WAREHOUSE_VERSION } from '../../../src/local/export/warehouseSchema';
import { bookOf, loan, member, repayment } from '../../core/bookBuilder';

const asOf = '2026-09-10';

/*
 * - P1: 1.200.000 at 1,5 %, Flat, 6 monthly from 10/01/2025 (200.000 + 18.000); no. 1 paid, written
 *   off on 30/06/2026 (no. 2, due 10/03/2025, is over 180 days past due: Kol 5, Macet), principal
 *   1.000.000; 150.000 back on 01/09/2026.
 * - P2: loanChanges.test.ts's rescheduling: 1.200.000 at 2 %, 6 monthly from 10/01/2026, Jadwal Ulang
 *   on 20/06/2026 in Kol 3 into 4 installments (321.480, then 249.480), the first two paid on time:
 *   on 10/09 current, the Kol still held at 3 (Lancar at 0 days), 924.000 − 2 × 231.000 = 462.000
 *   principal outstanding; next no. 3, 20/09, 249.480.
 * - P3: 1.000.000 at 1,5 %, Musiman, 4 months from 01/07/2026: one installment of 1.000.000 +
 *   60.000 on 01/11/2026.
 * - P4: 600.000 at 1,5 %, Flat, 6 monthly from 15/06/2026 (100.000 + 9.000); no. 1 paid, no. 2 (due
 *   15/08) not: 26 days past due, Kol 2; the next installment is no. 3, due 15/09, not no. 2.
 */
const book = bookOf({
  members: [member('A1', 'Siti'), member('A2', 'Budi'), member('A3', 'Ani')],
  loans: [
    loan('P1', 'A1', '2025-01-10', 1_200_000, { installments: 6 }),
    loan('P2', 'A2', '2026-01-10', 1_200_000, { monthlyRate: 0.02, installments: 6 }),
    loan('P3', 'A3', '2026-07-01', 1_000_000, { installments: 4, frequency: 'Musiman' }),
    loan('P4', 'A3', '2026-06-15', 600_000, { installments: 6 }),
  ],
  cash: [
    repayment('P1', 'A1', '2025-02-10', 218_000),
    repayment('P1', 'A1', '2026-09-01', 150_000),
    repayment('P2', 'A2', '2026-02-10', 224_000),
    repayment('P2', 'A2', '2026-03-15', 100_000),
    repayment('P2', 'A2', '2026-07-18', 321_480),
    repayment('P2', 'A2', '2026-08-20', 249_480),
    repayment('P4', 'A3', '2026-07-15', 109_000),
  ],
  loanChanges: [
    { loanId: 'P1', date: '2026-06-30', kind: 'Hapus Buku', reason: 'Rapat anggota' },
    { loanId: 'P2', date: '2026-06-20', kind: 'Jadwal Ulang', installments: 4, reason: 'Gagal panen' },
  ],
});

const loansRows = () =>
  bookTables(
    { file: 'buku.xlsx', fingerprint: 'f', bytes: 1 },
    { book, problems: [] },
    { asOf, today: asOf, withNik: false },
    WAREHOUSE_VERSION,
  ).loans;

describe('export: a loan’s status and Kol as Saldo Pinjaman shows them', () => {
  it('gives a written-off loan status Hapus Buku and no Kol, a rescheduled one its held Kol', () => {
    expect(
      loansRows().map((l) => [
        l.loan_id,
        l.frequency,
        l.status,
        l.kol,
        l.days_past_due,
        l.arrears,
        l.outstanding_principal,
        l.next_due,
        l.next_amount,
        l.rescheduled_on,
        l.written_off_on,
        l.written_off_principal,
        l.recoveries,
        l.recoveries_jasa,
      ]),
    ).toEqual([
      // P1's 150.000 back goes to no. 2, jasa first: 18.000 of jasa, for the SHU's income.
      ['P1', 'Bulanan', 'Hapus Buku', null, 0, 0, 0, null, null, null, '2026-06-30', 1_000_000, 150_000, 18_000],
      ['P2', 'Bulanan', 'Lancar', 3, 0, 0, 462_000, '2026-09-20', 249_480, '2026-06-20', null, null, 0, 0],
      ['P3', 'Musiman', 'Lancar', 1, 0, 0, 1_000_000, '2026-11-01', 1_060_000, null, null, null, 0, 0],
      ['P4', 'Bulanan', 'Menunggak', 2, 26, 109_000, 500_000, '2026-09-15', 109_000, null, null, null, 0, 0],
    ]); // prettier-ignore
  });

  it('while balances --json keeps the written-off loan’s status and Kol of its write-off date', () => {
    const json = balancesJson(creditReport(book, asOf)).loans.find((l) => l.loanId === 'P1')!;
    expect(json).toMatchObject({ status: 'Macet', kol: 5, kolHeld: null, daysPastDue: 0, arrears: 0 });
    // Its due and paid stay those of the write-off date in both.
    expect(loansRows()[0]).toMatchObject({ due: 1_308_000, paid: 218_000, repaid: 218_000 });
    expect(json).toMatchObject({ due: 1_308_000, paid: 218_000 });
    // Its recoveries and their jasa part as the loans table has them.
    expect(json).toMatchObject({ recoveries: 150_000, recoveriesJasa: 18_000 });
  });
});
