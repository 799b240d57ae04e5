// Problems of the Pinjaman tab and each loan's disbursement in Kas (docs/book.md §3).
import { e, w, missing, type Arg } from './problemKind';
import { memberIdUnknown } from './sharedKinds';

export const loanProblems = {
  'loan.id.missing': missing({
    id: 'setiap pinjaman perlu ID Pinjaman yang unik, mis. P001',
    en: 'every loan needs a unique loan ID, e.g. P001',
  }),
  'loan.id.duplicate': e<{ value: Arg; firstRow: Arg }>(
    (a) =>
      `ID Pinjaman "${a.value}" sudah dipakai di baris ${a.firstRow}. Beri pinjaman ini ID lain; baris ini dilewati.`,
    (a) =>
      `Loan ID "${a.value}" is already used in row ${a.firstRow}. Give this loan another ID; this row is skipped.`,
  ),
  'loan.member.missing': missing({ id: 'tulis ID Anggota peminjam', en: "write the borrower's member ID" }),
  'loan.member.unknown': memberIdUnknown,
  'loan.member.inactive': e<{ value: Arg; date: Arg; joinDate: Arg; leaveDate: Arg }>(
    (a) =>
      `Anggota "${a.value}" tidak aktif pada Tanggal Cair ${a.date} (masuk ${a.joinDate}${a.leaveDate ? `, keluar ${a.leaveDate}` : ''}). Periksa Tanggal Cair atau data anggota.`,
    (a) =>
      `Member "${a.value}" is not active on the disbursement date ${a.date} (joined ${a.joinDate}${a.leaveDate ? `, left ${a.leaveDate}` : ''}). Check the disbursement date or the member's data.`,
  ),
  'loan.disbursed.missing': missing({
    id: 'tulis tanggal pinjaman dicairkan',
    en: 'write the date the loan was disbursed',
  }),
  'loan.principal.missing': missing({
    id: 'tulis pokok pinjaman dalam Rupiah bulat',
    en: 'write the principal in whole Rupiah',
  }),
  'loan.principal.notPositive': e<{ value: Arg }>(
    (a) => `Pokok pinjaman harus lebih dari 0: ${a.value}. Tulis jumlah yang dipinjamkan.`,
    (a) => `The principal must be more than 0: ${a.value}. Write the amount lent.`,
  ),
  'loan.rate.missing': missing({
    id: 'tulis jasa per bulan dalam persen, mis. 1,5 (0 bila tanpa jasa)',
    en: 'write the monthly rate in percent, e.g. 1.5 (0 when none)',
  }),
  'loan.rate.range': e<{ value: Arg }>(
    (a) => `Jasa ${a.value} % per bulan di luar 0 sampai 10. Tulis persen per bulan, mis. 1,5 untuk 1,5 %.`,
    (a) =>
      `A rate of ${a.value} % per month is outside 0 to 10. Write the percent per month, e.g. 1.5 for 1.5 %.`,
  ),
  'loan.rate.percentCell': w<{ value: Arg; percent: Arg; valueEn: Arg; percentEn: Arg }>(
    (a) =>
      `Jasa ${a.value} dibaca sebagai ${a.percent} % per bulan (sel berformat persen menyimpan 1,5 % sebagai 0,015). Bila benar, tulis ${a.percent} di sel berformat angka biasa.`,
    (a) =>
      `The rate ${a.valueEn} is read as ${a.percentEn} % per month (a percent-formatted cell stores 1.5 % as 0.015). If that is right, write ${a.percentEn} in a plain number cell.`,
  ),
  'loan.method.unknown': e<{ value: Arg }>(
    (a) => `Metode Jasa "${a.value}" tidak dikenal. Tulis Flat, Menurun atau Anuitas (kosong = Flat).`,
    (a) =>
      `Method "${a.value}" is not known. Write Flat, Menurun (declining) or Anuitas (annuity) (blank = Flat).`,
  ),
  'loan.installments.missing': missing({
    id: 'tulis banyaknya angsuran, 1 sampai 260',
    en: 'write the number of installments, 1 to 260',
  }),
  'loan.installments.range': e<{ value: Arg }>(
    (a) => `Jumlah Angsuran ${a.value} di luar 1 sampai 260. Tulis banyaknya angsuran sebagai angka bulat.`,
    (a) => `${a.value} installments is outside 1 to 260. Write the number of installments as a whole number.`,
  ),
  'loan.frequency.unknown': e<{ value: Arg }>(
    (a) => `Frekuensi "${a.value}" tidak dikenal. Tulis Bulanan, Mingguan atau Musiman (kosong = Bulanan).`,
    (a) =>
      `Frequency "${a.value}" is not known. Write Bulanan (monthly), Mingguan (weekly) or Musiman (at harvest) (blank = monthly).`,
  ),
  'loan.installments.seasonal': e<{ value: Arg }>(
    (a) =>
      `Pinjaman Musiman dibayar sekali saat panen, ${a.value} bulan setelah cair: Jumlah Angsuran (bulan) harus 1 sampai 12. Perbaiki Jumlah Angsuran, atau pilih Frekuensi Bulanan.`,
    (a) =>
      `A harvest loan (Musiman) is repaid once, ${a.value} months after disbursement: its Installments (months) must be 1 to 12. Correct Installments, or pick the monthly frequency.`,
  ),
  'loan.disbursement.missing': w<{ value: Arg; date: Arg; principal: Arg }>(
    (a) =>
      `Pinjaman "${a.value}" tidak punya baris Pencairan Pinjaman di tab Kas. Catat pencairannya di Kas: ${a.date}, Keluar ${a.principal}, ID Pinjaman ${a.value}.`,
    (a) =>
      `Loan "${a.value}" has no Pencairan Pinjaman (disbursement) row in the Kas tab. Record it in Kas: ${a.date}, Keluar ${a.principal}, loan ID ${a.value}.`,
  ),
  'loan.disbursement.multiple': w<{ value: Arg; count: Arg; rows: Arg }>(
    (a) =>
      `Pinjaman "${a.value}" punya ${a.count} baris Pencairan Pinjaman di tab Kas (baris ${a.rows}). Satu pinjaman dicairkan sekali; hapus atau perbaiki yang lain.`,
    (a) =>
      `Loan "${a.value}" has ${a.count} Pencairan Pinjaman (disbursement) rows in the Kas tab (rows ${a.rows}). A loan is disbursed once; delete or correct the others.`,
  ),
  'loan.disbursement.amount': w<{ value: Arg; cashRow: Arg; amount: Arg; principal: Arg }>(
    (a) =>
      `Pencairan pinjaman "${a.value}" di Kas baris ${a.cashRow} sebesar ${a.amount}, tetapi Pokok ${a.principal}. Samakan keduanya.`,
    (a) =>
      `The disbursement of loan "${a.value}" in Kas row ${a.cashRow} is ${a.amount}, but the principal is ${a.principal}. Make them agree.`,
  ),
  'loan.disbursement.date': w<{ value: Arg; cashRow: Arg; cashDate: Arg; date: Arg }>(
    (a) =>
      `Pencairan pinjaman "${a.value}" di Kas baris ${a.cashRow} bertanggal ${a.cashDate}, tetapi Tanggal Cair ${a.date}. Samakan keduanya.`,
    (a) =>
      `The disbursement of loan "${a.value}" in Kas row ${a.cashRow} is dated ${a.cashDate}, but the disbursement date is ${a.date}. Make them agree.`,
  ),
};
