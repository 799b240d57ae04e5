// Problems of fines and of `Perubahan Pinjaman` rows: what a row says on its own, and what only the
// loan's history can tell (docs/book.md §7).
import { e, w, type Arg } from './problemKind';

export const loanChangeProblems = {
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
