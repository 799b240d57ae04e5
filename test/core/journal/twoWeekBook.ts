// The two-week book the journal tests share:
// Kelompok Tani Sri Rejeki in weeks 2026-W47 (16–22 November) and 2026-W48 (23–29 November 2026).
import type { Book, Settings } from '../../../src/core/book/types';
import { activity, bookOf, cash, loan, member } from '../bookBuilder';

export const twoWeekSettings: Partial<Settings> = {
  groupName: 'Kelompok Tani Sri Rejeki',
  village: 'Sukamaju',
  district: 'Cibeber',
  regency: 'Cianjur',
  province: 'Jawa Barat',
  facilitatorName: 'Dewi Lestari',
  chairName: 'Slamet',
  openingBalance: 5_000_000,
  openingDate: '2026-01-01',
};

/**
 * Loans: P001 Budi, 1.200.000 monthly Flat 1,5 % from 14/09 (118.000 a month; installment 2, due
 * 14/11, paid late on 19/11); P002 Siti, 600.000 monthly Flat 2 % from 03/08 (112.000 a month; only
 * the first paid on time, the second paid late on 25/11); P003 Slamet, 1.000.000 weekly Flat 1 %
 * from 24/11 (100.000 + 2.308 jasa a week); P004 Sri, 500.000 weekly at 0 % from 03/11, paid on time.
 * Joko joins on 18/11; Rahmat leaves on 26/11 and takes his savings out.
 */
export function twoWeekBook(): Book {
  return bookOf({
    settings: twoWeekSettings,
    members: [
      member('A001', 'Slamet', { joinDate: '2025-01-10', role: 'Ketua' }),
      member('A002', 'Sri Wahyuni', { joinDate: '2025-01-10', role: 'Bendahara' }),
      member('A003', 'Budi Santoso', { joinDate: '2025-03-01' }),
      member('A004', 'Siti Aminah', { joinDate: '2025-03-01' }),
      member('A005', 'Joko Susilo', { joinDate: '2026-11-18' }),
      member('A006', 'Rahmat', { joinDate: '2025-05-01', status: 'Keluar', leaveDate: '2026-11-26' }),
    ],
    loans: [
      loan('P001', 'A003', '2026-09-14', 1_200_000, { monthlyRate: 0.015, installments: 12 }),
      loan('P002', 'A004', '2026-08-03', 600_000, { monthlyRate: 0.02, installments: 6 }),
      loan('P003', 'A001', '2026-11-24', 1_000_000, {
        monthlyRate: 0.01,
        installments: 10,
        frequency: 'Mingguan',
      }),
      loan('P004', 'A002', '2026-11-03', 500_000, { monthlyRate: 0, installments: 5, frequency: 'Mingguan' }),
    ],
    cash: [
      cash('2026-06-01', 'Simpanan Pokok', { in: 50_000 }, { memberId: 'A006' }),
      cash('2026-07-01', 'Simpanan Wajib', { in: 10_000 }, { memberId: 'A006' }),
      cash('2026-08-03', 'Pencairan Pinjaman', { out: 600_000 }, { memberId: 'A004', loanId: 'P002' }),
      cash('2026-09-03', 'Angsuran Pinjaman', { in: 112_000 }, { memberId: 'A004', loanId: 'P002' }),
      cash('2026-09-14', 'Pencairan Pinjaman', { out: 1_200_000 }, { memberId: 'A003', loanId: 'P001' }),
      cash('2026-10-05', 'Penjualan Hasil', { in: 750_000 }, { description: 'Penjualan jagung' }),
      cash('2026-10-14', 'Angsuran Pinjaman', { in: 118_000 }, { memberId: 'A003', loanId: 'P001' }),
      cash('2026-11-03', 'Pencairan Pinjaman', { out: 500_000 }, { memberId: 'A002', loanId: 'P004' }),
      cash('2026-11-10', 'Angsuran Pinjaman', { in: 100_000 }, { memberId: 'A002', loanId: 'P004' }),
      // Week 2026-W47
      cash('2026-11-16', 'Simpanan Wajib', { in: 10_000 }, { memberId: 'A001', receiptNo: 'BK-101' }),
      cash('2026-11-16', 'Simpanan Wajib', { in: 10_000 }, { memberId: 'A003', receiptNo: 'BK-102' }),
      cash(
        '2026-11-17',
        'Angsuran Pinjaman',
        { in: 100_000 },
        { memberId: 'A002', loanId: 'P004', receiptNo: 'BK-103' },
      ),
      cash('2026-11-18', 'Simpanan Pokok', { in: 50_000 }, { memberId: 'A005', receiptNo: 'BK-104' }),
      cash(
        '2026-11-19',
        'Angsuran Pinjaman',
        { in: 118_000 },
        { memberId: 'A003', loanId: 'P001', receiptNo: 'BK-105' },
      ),
      cash('2026-11-20', 'Pembelian Saprodi', { out: 450_000 }, { description: 'Pupuk urea 9 karung' }),
      cash('2026-11-22', 'Biaya Operasional', { out: 25_000 }, { description: 'Fotokopi daftar hadir' }),
      // Week 2026-W48 (rows not in date order, as people type them)
      cash(
        '2026-11-24',
        'Pencairan Pinjaman',
        { out: 1_000_000 },
        { memberId: 'A001', loanId: 'P003', receiptNo: 'BK-107' },
      ),
      cash('2026-11-23', 'Simpanan Wajib', { in: 10_000 }, { memberId: 'A004', receiptNo: 'BK-106' }),
      cash(
        '2026-11-24',
        'Angsuran Pinjaman',
        { in: 100_000 },
        { memberId: 'A002', loanId: 'P004', receiptNo: 'BK-108' },
      ),
      cash(
        '2026-11-25',
        'Angsuran Pinjaman',
        { in: 112_000 },
        { memberId: 'A004', loanId: 'P002', receiptNo: 'BK-109' },
      ),
      cash('2026-11-25', 'Denda', { in: 5_000 }, { memberId: 'A004', receiptNo: 'BK-110' }),
      cash('2026-11-26', 'Penarikan Simpanan', { out: 60_000 }, { memberId: 'A006', receiptNo: 'BK-111' }),
      cash('2026-11-27', 'Penjualan Hasil', { in: 1_250_000 }, { description: 'Penjualan gabah 2,5 ton' }),
    ],
    activities: [
      activity('2026-11-16', 'Rapat/Diskusi Kelompok', 'Rapat bulanan: rencana tanam MT I', {
        attendance: 18,
        results: 'Disepakati tanam serentak 1 Desember',
        nextSteps: 'Ketua menghubungi kios pupuk',
        recordedBy: 'Dewi',
      }),
      activity('2026-11-22', 'Kredit', 'Penagihan angsuran P001 dan P002', {
        attendance: 2,
        results: 'Budi membayar angsuran ke-2',
        nextSteps: 'Tagih tunggakan Siti Aminah (P002)',
      }),
      activity('2026-11-18', 'Administrasi Kelompok', 'Pendaftaran anggota baru Joko Susilo', {
        results: 'Buku anggota diperbarui',
      }),
      activity('2026-11-20', 'Pelayanan Saprodi', 'Pembelian pupuk urea 9 karung', {
        attendance: 4,
        results: 'Pupuk dibagikan ke 9 anggota',
        nextSteps: '  ',
      }),
      // Week 2026-W48
      activity('2026-11-26', 'Rapat/Diskusi Kelompok', 'Rapat pengurus: Rahmat keluar', {
        attendance: 6,
        results: 'Simpanan Rahmat dikembalikan',
        nextSteps: 'Perbarui buku anggota',
      }),
      activity('2026-11-23', 'Pelatihan', '=Pelatihan pengendalian hama terpadu (PHT)', {
        attendance: 21,
        results: 'Anggota mengenali wereng batang coklat',
        nextSteps: 'Praktik lapang di demplot',
      }),
      activity('2026-11-24', 'Kredit', 'Pencairan pinjaman P003 untuk Slamet', { attendance: 3 }),
    ],
  });
}
