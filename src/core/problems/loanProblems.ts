// Problems of the Pinjaman tab and each loan's disbursement in Kas (docs/book.md §3).
import { e, w, missing, type Arg, type Figure } from './problemKind';
import { duplicateId, memberIdUnknown, joinedEn, joinedId } from './sharedKinds';

export const loanProblems = {
  'loan.id.missing': missing(
    'setiap pinjaman perlu ID Pinjaman yang unik, mis. P001',
    'every loan needs a unique loan ID, e.g. P001',
  ),
  'loan.id.duplicate': duplicateId(['ID Pinjaman', 'pinjaman ini', 'ID'], ['Loan ID', 'this loan', 'ID']),
  'loan.member.missing': missing('tulis ID Anggota peminjam', "write the borrower's member ID"),
  'loan.member.unknown': memberIdUnknown,
  'loan.member.inactive': e<{ value: Arg; date: Arg; joinDate: Arg; leaveDate: Arg }>(
    (a) =>
      `Anggota "${a.value}" tidak aktif pada Tanggal Cair ${a.date} (${joinedId(a)}). Periksa Tanggal Cair atau data anggota.`,
    (a) =>
      `Member "${a.value}" is not active on the disbursement date ${a.date} (${joinedEn(a)}). Check the disbursement date or the member's data.`,
  ),
  'loan.disbursed.missing': missing(
    'tulis tanggal pinjaman dicairkan',
    'write the date the loan was disbursed',
  ),
  'loan.principal.missing': missing(
    'tulis pokok pinjaman dalam Rupiah bulat',
    'write the principal in whole Rupiah',
  ),
  'loan.principal.notPositive': e<{ value: Figure }>(
    'Pokok pinjaman harus lebih dari 0: {value}. Tulis jumlah yang dipinjamkan.',
    'The principal must be more than 0: {value}. Write the amount lent.',
  ),
  'loan.rate.missing': missing(
    'tulis jasa per bulan dalam persen, mis. 1,5 (0 bila tanpa jasa)',
    'write the monthly rate in percent, e.g. 1.5 (0 when none)',
  ),
  'loan.rate.range': e<{ value: Figure }>(
    'Jasa {value} % per bulan di luar 0 sampai 10. Tulis persen per bulan, mis. 1,5 untuk 1,5 %.',
    'A rate of {value} % per month is outside 0 to 10. Write the percent per month, e.g. 1.5 for 1.5 %.',
  ),
  'loan.rate.percentCell': w<{ value: Figure; percent: Figure }>(
    'Jasa {value} dibaca sebagai {percent} % per bulan (sel berformat persen menyimpan 1,5 % sebagai 0,015). Bila benar, tulis {percent} di sel berformat angka biasa.',
    'The rate {value} is read as {percent} % per month (a percent-formatted cell stores 1.5 % as 0.015). If that is right, write {percent} in a plain number cell.',
  ),
  'loan.method.unknown': e<{ value: Figure }>(
    'Metode Jasa "{value}" tidak dikenal. Tulis Flat, Menurun atau Anuitas (kosong = Flat).',
    'Method "{value}" is not known. Write Flat, Menurun (declining) or Anuitas (annuity) (blank = Flat).',
  ),
  'loan.installments.missing': missing(
    'tulis banyaknya angsuran, 1 sampai 260',
    'write the number of installments, 1 to 260',
  ),
  'loan.installments.range': e<{ value: Figure }>(
    'Jumlah Angsuran {value} di luar 1 sampai 260. Tulis banyaknya angsuran sebagai angka bulat.',
    '{value} installments is outside 1 to 260. Write the number of installments as a whole number.',
  ),
  'loan.frequency.unknown': e<{ value: Figure }>(
    'Frekuensi "{value}" tidak dikenal. Tulis Bulanan, Mingguan atau Musiman (kosong = Bulanan).',
    'Frequency "{value}" is not known. Write Bulanan (monthly), Mingguan (weekly) or Musiman (at harvest) (blank = monthly).',
  ),
  'loan.installments.seasonal': e<{ value: Arg }>(
    'Pinjaman Musiman dibayar sekali saat panen, {value} bulan setelah cair: Jumlah Angsuran (bulan) harus 1 sampai 12. Perbaiki Jumlah Angsuran, atau pilih Frekuensi Bulanan.',
    'A harvest loan (Musiman) is repaid once, {value} months after disbursement: its Installments (months) must be 1 to 12. Correct Installments, or pick the monthly frequency.',
  ),
  'loan.disbursement.missing': w<{ value: Arg; date: Arg; principal: Figure }>(
    'Pinjaman "{value}" tidak punya baris Pencairan Pinjaman di tab Kas. Catat pencairannya di Kas: {date}, Keluar {principal}, ID Pinjaman {value}.',
    'Loan "{value}" has no Pencairan Pinjaman (disbursement) row in the Kas tab. Record it in Kas: {date}, Keluar {principal}, loan ID {value}.',
  ),
  'loan.disbursement.multiple': w<{ value: Arg; count: Arg; rows: Arg }>(
    'Pinjaman "{value}" punya {count} baris Pencairan Pinjaman di tab Kas (baris {rows}). Satu pinjaman dicairkan sekali; hapus atau perbaiki yang lain.',
    'Loan "{value}" has {count} Pencairan Pinjaman (disbursement) rows in the Kas tab (rows {rows}). A loan is disbursed once; delete or correct the others.',
  ),
  'loan.disbursement.amount': w<{ value: Arg; cashRow: Arg; amount: Figure; principal: Figure }>(
    'Pencairan pinjaman "{value}" di Kas baris {cashRow} sebesar {amount}, tetapi Pokok {principal}. Samakan keduanya.',
    'The disbursement of loan "{value}" in Kas row {cashRow} is {amount}, but the principal is {principal}. Make them agree.',
  ),
  'loan.disbursement.date': w<{ value: Arg; cashRow: Arg; cashDate: Arg; date: Arg }>(
    'Pencairan pinjaman "{value}" di Kas baris {cashRow} bertanggal {cashDate}, tetapi Tanggal Cair {date}. Samakan keduanya.',
    'The disbursement of loan "{value}" in Kas row {cashRow} is dated {cashDate}, but the disbursement date is {date}. Make them agree.',
  ),
};
