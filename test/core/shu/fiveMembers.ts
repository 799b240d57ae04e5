// The five members of the share-out worked by hand (docs/book.md §8), shared by the share-out's
// test and the SHU tab's.
import { bookOf, cash, loan, member, repayment } from '../bookBuilder';

const wajib = Array.from({ length: 12 }, (_, i) =>
  cash(`2026-${String(i + 1).padStart(2, '0')}-05`, 'Simpanan Wajib', { in: 10_000 }, { memberId: 'A1' }),
);

/**
 * Year 2026, counted on 10 January 2027 (the year is over).
 * - A1: Pokok 100.000 in 2025, Wajib 10.000 on the 5th of each month of 2026. Month-ends: 110.000,
 *   120.000, … 220.000; sum 12 × 100.000 + 10.000 × (1 + … + 12) = 1.980.000; average 165.000.
 * - A2: joined 1 July 2026, Pokok 100.000 on 10 July: 6 month-ends × 100.000 = 600.000; average
 *   50.000. Loan P2 (600.000, 2 %, Flat, 6 monthly, 1 August 2026): 112.000 = 100.000 + 12.000 jasa
 *   repaid on 1 September, 1 October, 1 November, and 5.000 on 1 December (jasa of installment 4):
 *   jasa paid 3 × 12.000 + 5.000 = 41.000.
 * - A3: Sukarela 300.000 in December 2025, all withdrawn 15 March 2026: January and February
 *   300.000, then 0; sum 600.000; average 50.000.
 * - A4: no savings. Loan P4 (1.200.000, 1,5 %, Flat, 12 monthly, 15 November 2025), 118.000 =
 *   100.000 + 18.000 jasa repaid on each due date from 15 December 2025 to 15 June 2026: six of
 *   them in 2026, jasa 6 × 18.000 = 108.000 (the one of 2025 belongs to 2025).
 * - A5: joined 1 April 2026, Pokok 50.000 paid ahead on 20 March: March's month-end is before
 *   joining (0), April to December 9 × 50.000 = 450.000; average 37.500.
 *
 * Income: jasa 41.000 + 108.000 = 149.000; Denda 10.000 (2026; the 5.000 of 2025 does not count);
 * Penjualan Hasil is not an SHU category by default. Total 159.000.
 * Costs: Biaya Operasional 20.000 + 7.001 = 27.001 (the 50.000 of January 2027 does not count).
 * SHU = 159.000 − 27.001 = 131.999.
 * Parts, rounded down: Cadangan 25 % 32.999 (32.999,75), Jasa Simpanan 30 % 39.599 (39.599,7),
 * Jasa Pinjaman 25 % 32.999, Pengurus 10 % 13.199 (13.199,9), Sosial 10 % 13.199: 131.995; the 4
 * Rupiah left go to Cadangan: 33.003.
 * Jasa Simpanan 39.599 by month-end sums 1.980.000 : 600.000 : 600.000 : 0 : 450.000 (of 3.630.000):
 * A1 39.599 × 6/11 = 21.599 rest 5/11 (55/121); A2 and A3 39.599 × 20/121 = 6.545 rest 35/121;
 * A5 39.599 × 15/121 = 4.908 rest 117/121. Floors 39.597, 2 left: A5 (117) then A1 (55):
 * A1 21.600, A2 6.545, A3 6.545, A4 0, A5 4.909.
 * Jasa Pinjaman 32.999 by jasa 41.000 : 108.000 (of 149.000): A2 32.999 × 41/149 = 9.080 rest
 * 39/149; A4 32.999 × 108/149 = 23.918 rest 110/149; 1 left: A4 23.919.
 * Totals: A1 21.600, A2 15.625, A3 6.545, A4 23.919, A5 4.909 (72.598 = 39.599 + 32.999).
 */
export const fiveMembers = bookOf({
  members: [
    member('A1', 'Siti'),
    member('A2', 'Budi & Sons', { joinDate: '2026-07-01' }),
    member('A3', 'Wati'),
    member('A4', 'Joko'),
    member('A5', 'Ani', { joinDate: '2026-04-01' }),
  ],
  loans: [
    loan('P2', 'A2', '2026-08-01', 600_000, { monthlyRate: 0.02, installments: 6 }),
    loan('P4', 'A4', '2025-11-15', 1_200_000),
  ],
  cash: [
    cash('2025-06-01', 'Simpanan Pokok', { in: 100_000 }, { memberId: 'A1' }),
    cash('2025-11-15', 'Pencairan Pinjaman', { out: 1_200_000 }, { memberId: 'A4', loanId: 'P4' }),
    cash('2025-12-01', 'Simpanan Sukarela', { in: 300_000 }, { memberId: 'A3' }),
    repayment('P4', 'A4', '2025-12-15', 118_000),
    cash('2025-12-20', 'Denda', { in: 5_000 }, { memberId: 'A4' }),
    ...wajib,
    ...['01', '02', '03', '04', '05', '06'].map((m) => repayment('P4', 'A4', `2026-${m}-15`, 118_000)),
    cash('2026-02-10', 'Biaya Operasional', { out: 20_000 }),
    cash('2026-03-15', 'Penarikan Simpanan', { out: 300_000 }, { memberId: 'A3' }),
    cash('2026-03-20', 'Simpanan Pokok', { in: 50_000 }, { memberId: 'A5' }),
    cash('2026-04-20', 'Denda', { in: 10_000 }, { memberId: 'A4' }),
    cash('2026-05-02', 'Penjualan Hasil', { in: 500_000 }),
    cash('2026-07-10', 'Simpanan Pokok', { in: 100_000 }, { memberId: 'A2' }),
    cash('2026-08-01', 'Pencairan Pinjaman', { out: 600_000 }, { memberId: 'A2', loanId: 'P2' }),
    cash('2026-08-10', 'Biaya Operasional', { out: 7_001 }),
    repayment('P2', 'A2', '2026-09-01', 112_000),
    repayment('P2', 'A2', '2026-10-01', 112_000),
    repayment('P2', 'A2', '2026-11-01', 112_000),
    repayment('P2', 'A2', '2026-12-01', 5_000),
    cash('2027-01-05', 'Biaya Operasional', { out: 50_000 }),
  ],
});
