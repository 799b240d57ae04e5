// Problems of fines and of `Perubahan Pinjaman` rows: what a row says on its own, and what only the
// loan's history can tell (docs/book.md §7).
import { e, missing, notOnList, w, type Arg } from './problemKind';

export const loanChangeProblems = {
  'change.loan.missing': missing({
    id: 'tulis ID pinjaman yang diubah, dari tab Pinjaman',
    en: 'write the ID of the loan changed, from the Pinjaman tab',
  }),
  'change.loan.unknown': e<{ value: Arg }>(
    (a) =>
      `ID Pinjaman "${a.value}" tidak ada di tab Pinjaman. Perbaiki ID-nya; perubahan ini tidak diterapkan.`,
    (a) => `Loan ID "${a.value}" is not in the Pinjaman tab. Correct the ID; this change is not applied.`,
  ),
  'change.date.missing': missing({
    id: 'tulis tanggal keputusan perubahan',
    en: 'write the date of the decision',
  }),
  'change.date.future': e<{ date: Arg; today: Arg }>(
    (a) =>
      `Tanggal ${a.date} sesudah hari ini (${a.today}). Catat perubahan yang sudah diputuskan; perubahan ini tidak diterapkan.`,
    (a) =>
      `The date ${a.date} is after today (${a.today}). Record changes already decided; this one is not applied.`,
  ),
  'change.date.duplicate': e<{ value: Arg; date: Arg; firstRow: Arg }>(
    (a) =>
      `Pinjaman ${a.value} sudah punya perubahan pada ${a.date} (baris ${a.firstRow}): satu perubahan per pinjaman per tanggal. Gabungkan keduanya atau perbaiki tanggalnya; baris ini tidak diterapkan.`,
    (a) =>
      `Loan ${a.value} already has a change on ${a.date} (row ${a.firstRow}): one change per loan per date. Merge the two or correct the date; this row is not applied.`,
  ),
  'change.kind.missing': missing({
    id: 'pilih Jadwal Ulang, Hapus Buku atau Hapus Denda',
    en: 'pick Jadwal Ulang (reschedule), Hapus Buku (write-off) or Hapus Denda (waive fines)',
  }),
  'change.kind.unknown': notOnList({ id: 'Jenis', en: 'Kind' }),
  'change.installments.missing': missing({
    id: 'Jadwal Ulang perlu banyaknya angsuran baru, 1 sampai 260',
    en: 'a reschedule needs the number of new installments, 1 to 260',
  }),
  'change.terms.ignored': w<{ kind: Arg }>(
    (a) =>
      `${a.kind} tidak memakai syarat baru (Jumlah Angsuran, Jasa, Metode, Frekuensi Baru): isinya diabaikan. Kosongkan, atau pilih Jadwal Ulang.`,
    (a) =>
      `${a.kind} uses no new terms (installments, rate, method, frequency): they are ignored. Clear them, or pick Jadwal Ulang (reschedule).`,
  ),
  'change.reason.missing': w(
    () => `Hapus Buku tanpa keterangan. Tulis alasannya, mis. keputusan rapat anggota dan tanggalnya.`,
    () => `A write-off without a reason. Write why, e.g. the members' meeting decision and its date.`,
  ),
  'credit.fine.beyondCharged': w<{ loanId: Arg; amount: Arg }>(
    (a) =>
      `Denda ini membuat denda pinjaman ${a.loanId} terbayar ${a.amount} lebih dari denda yang dikenakan sampai tanggal ini. Periksa jumlahnya, ID Pinjaman, dan Denda Keterlambatan di Pengaturan.`,
    (a) =>
      `This fine pays loan ${a.loanId}'s fines ${a.amount} beyond what was charged up to this date. Check the amount, the Loan ID, and Denda Keterlambatan (late fine) in Pengaturan.`,
  ),
  'change.beforeDisbursement': e<{ kind: Arg; loanId: Arg; date: Arg; disbursed: Arg }>(
    (a) =>
      `${a.kind} pinjaman ${a.loanId} bertanggal ${a.date}, sebelum pinjaman cair (${a.disbursed}); perubahan ini tidak diterapkan. Perbaiki tanggalnya atau ID Pinjaman.`,
    (a) =>
      `${a.kind} of loan ${a.loanId} is dated ${a.date}, before the loan was disbursed (${a.disbursed}); it is not applied. Correct its date or the Loan ID.`,
  ),
  'change.afterRepaid': e<{ kind: Arg; loanId: Arg; date: Arg; repaidOn: Arg }>(
    (a) =>
      `Pinjaman ${a.loanId} sudah Lunas pada ${a.repaidOn}; ${a.kind} pada ${a.date} tidak diterapkan. Hapus baris ini atau perbaiki tanggalnya.`,
    (a) =>
      `Loan ${a.loanId} was repaid (Lunas) on ${a.repaidOn}; the ${a.kind} on ${a.date} is not applied. Delete this row or correct its date.`,
  ),
  'change.afterWriteOff': e<{ kind: Arg; loanId: Arg; date: Arg; writtenOffOn: Arg }>(
    (a) =>
      `Pinjaman ${a.loanId} sudah dihapus buku pada ${a.writtenOffOn}; ${a.kind} pada ${a.date} tidak diterapkan. Uang yang masih masuk dicatat di Kas sebagai Angsuran Pinjaman (pemulihan).`,
    (a) =>
      `Loan ${a.loanId} was written off on ${a.writtenOffOn}; the ${a.kind} on ${a.date} is not applied. Money still coming in goes into Kas as Angsuran Pinjaman (a recovery).`,
  ),
  'change.seasonalTerm': e<{ months: Arg }>(
    (a) =>
      `Pinjaman Musiman dibayar sekali, ${a.months} bulan setelah jadwal ulang: paling lama 12 bulan. Tulis Jumlah Angsuran Baru 1 sampai 12, atau pilih Frekuensi Baru Bulanan; perubahan ini tidak diterapkan.`,
    (a) =>
      `A harvest loan (Musiman) is repaid once, ${a.months} months after rescheduling: 12 months at most. Write 1 to 12 new installments, or pick a monthly new frequency; this change is not applied.`,
  ),
  'change.writeOff.notMacet': w<{ loanId: Arg; date: Arg; kol: Arg }>(
    (a) =>
      `Pinjaman ${a.loanId} dihapus buku pada ${a.date} padahal masih Kol ${a.kol}, belum Kol 5 (Macet). Hapus buku biasanya hanya untuk pinjaman macet; periksa tanggal dan keputusan rapat.`,
    (a) =>
      `Loan ${a.loanId} is written off on ${a.date} while in Kol ${a.kol}, not Kol 5 (loss). Write-offs are normally for loans in Kol 5; check the date and the meeting's decision.`,
  ),
};
