// Problems of fines and of `Perubahan Pinjaman` rows: what a row says on its own, and what only the
// loan's history can tell (docs/book.md §7).
import { e, missing, notOnList, w, type Arg, type Figure } from './problemKind';

/** The two warnings on a fine paid beyond what is owed: why it was owed no more, and what to check. */
const finePaidBeyond = <A extends object>(id: string, idCheck: string, en: string, enCheck: string) =>
  w<A>(
    `Denda ini membuat denda pinjaman {loanId} terbayar {amount} lebih dari denda yang ${id}. Periksa jumlahnya, ID Pinjaman, dan ${idCheck}.`,
    `This fine pays loan {loanId}'s fines {amount} beyond what was ${en}. Check the amount, the Loan ID, and ${enCheck}.`,
  );

export const loanChangeProblems = {
  'change.loan.missing': missing(
    'tulis ID pinjaman yang diubah, dari tab Pinjaman',
    'write the ID of the loan changed, from the Pinjaman tab',
  ),
  'change.loan.unknown': e<{ value: Arg }>(
    'ID Pinjaman "{value}" tidak ada di tab Pinjaman. Perbaiki ID-nya; perubahan ini tidak diterapkan.',
    'Loan ID "{value}" is not in the Pinjaman tab. Correct the ID; this change is not applied.',
  ),
  'change.date.missing': missing('tulis tanggal keputusan perubahan', 'write the date of the decision'),
  'change.date.future': e<{ date: Arg; today: Arg }>(
    'Tanggal {date} sesudah hari ini ({today}). Catat perubahan yang sudah diputuskan; perubahan ini tidak diterapkan.',
    'The date {date} is after today ({today}). Record changes already decided; this one is not applied.',
  ),
  'change.date.duplicate': e<{ value: Arg; date: Arg; firstRow: Arg }>(
    'Pinjaman {value} sudah punya perubahan pada {date} (baris {firstRow}): satu Jadwal Ulang atau Hapus Buku dan satu Hapus Denda per pinjaman per tanggal. Hapus yang salah atau perbaiki tanggalnya; baris ini tidak diterapkan.',
    'Loan {value} already has a change on {date} (row {firstRow}): one Jadwal Ulang or Hapus Buku and one Hapus Denda per loan per date. Delete the wrong one or correct the date; this row is not applied.',
  ),
  'change.kind.missing': missing(
    'pilih Jadwal Ulang, Hapus Buku atau Hapus Denda',
    'pick Jadwal Ulang (reschedule), Hapus Buku (write-off) or Hapus Denda (waive fines)',
  ),
  'change.kind.unknown': notOnList({ id: 'Jenis', en: 'Kind' }),
  'change.installments.missing': missing(
    'Jadwal Ulang perlu banyaknya angsuran baru, 1 sampai 260',
    'a reschedule needs the number of new installments, 1 to 260',
  ),
  'change.terms.ignored': w<{ kind: Arg }>(
    '{kind} tidak memakai syarat baru (Jumlah Angsuran, Jasa, Metode, Frekuensi Baru): isinya diabaikan. Kosongkan, atau pilih Jadwal Ulang.',
    '{kind} uses no new terms (installments, rate, method, frequency): they are ignored. Clear them, or pick Jadwal Ulang (reschedule).',
  ),
  'change.reason.missing': w(
    'Hapus Buku tanpa keterangan. Tulis alasannya, mis. keputusan rapat anggota dan tanggalnya.',
    "A write-off without a reason. Write why, e.g. the members' meeting decision and its date.",
  ),
  'credit.fine.beyondCharged': finePaidBeyond<{ loanId: Arg; amount: Figure }>(
    'dikenakan sampai tanggal ini',
    'Denda Keterlambatan di Pengaturan',
    'charged up to this date',
    'Denda Keterlambatan (late fine) in Pengaturan',
  ),
  // What a Hapus Denda waived was owed no more: paying it is paying beyond, and the waiver is why.
  'credit.fine.afterWaiver': finePaidBeyond<{ loanId: Arg; amount: Figure; waivedOn: Arg }>(
    'masih terutang: Hapus Denda {waivedOn} sudah menghapus denda yang belum dibayar',
    'tanggal Hapus Denda',
    'still owed: the Hapus Denda of {waivedOn} waived the fines unpaid',
    'the date of the Hapus Denda',
  ),
  'change.beforeDisbursement': e<{ kind: Arg; loanId: Arg; date: Arg; disbursed: Arg }>(
    '{kind} pinjaman {loanId} bertanggal {date}, sebelum pinjaman cair ({disbursed}); perubahan ini tidak diterapkan. Perbaiki tanggalnya atau ID Pinjaman.',
    '{kind} of loan {loanId} is dated {date}, before the loan was disbursed ({disbursed}); it is not applied. Correct its date or the Loan ID.',
  ),
  'change.afterRepaid': e<{ kind: Arg; loanId: Arg; date: Arg; repaidOn: Arg }>(
    'Pinjaman {loanId} sudah Lunas pada {repaidOn}; {kind} pada {date} tidak diterapkan. Hapus baris ini atau perbaiki tanggalnya.',
    'Loan {loanId} was repaid (Lunas) on {repaidOn}; the {kind} on {date} is not applied. Delete this row or correct its date.',
  ),
  'change.afterWriteOff': e<{ kind: Arg; loanId: Arg; date: Arg; writtenOffOn: Arg }>(
    'Pinjaman {loanId} sudah dihapus buku pada {writtenOffOn}; {kind} pada {date} tidak diterapkan. Uang yang masih masuk dicatat di Kas sebagai Angsuran Pinjaman (pemulihan).',
    'Loan {loanId} was written off on {writtenOffOn}; the {kind} on {date} is not applied. Money still coming in goes into Kas as Angsuran Pinjaman (a recovery).',
  ),
  'change.seasonalTerm': e<{ months: Arg }>(
    'Pinjaman Musiman dibayar sekali, {months} bulan setelah jadwal ulang: paling lama 12 bulan. Tulis Jumlah Angsuran Baru 1 sampai 12, atau pilih Frekuensi Baru Bulanan; perubahan ini tidak diterapkan.',
    'A harvest loan (Musiman) is repaid once, {months} months after rescheduling: 12 months at most. Write 1 to 12 new installments, or pick a monthly new frequency; this change is not applied.',
  ),
  'change.writeOff.notMacet': w<{ loanId: Arg; date: Arg; kol: Arg }>(
    'Pinjaman {loanId} dihapus buku pada {date} padahal masih Kol {kol}, belum Kol 5 (Macet). Hapus buku biasanya hanya untuk pinjaman macet; periksa tanggal dan keputusan rapat.',
    "Loan {loanId} is written off on {date} while in Kol {kol}, not Kol 5 (loss). Write-offs are normally for loans in Kol 5; check the date and the meeting's decision.",
  ),
};
