// Problems of the Kas tab: dates, receipts, categories, members, loans, amounts, the running balance (docs/book.md §3).
import { e, missing, notOnList, type Arg, type Figure } from './problemKind';
import { memberIdUnknown, joinedEn, joinedId } from './sharedKinds';

export const cashProblems = {
  'cash.date.missing': missing('tulis tanggal transaksi', 'write the date of the movement'),
  'cash.date.future': e<{ date: Arg; today: Arg }>(
    'Tanggal {date} sesudah hari ini ({today}). Catat transaksi pada tanggal terjadinya, bukan rencana.',
    'The date {date} is after today ({today}). Record a movement on the day it happened, not a plan.',
  ),
  'cash.date.beforeOpening': e<{ date: Arg; openingDate: Arg }>(
    'Tanggal {date} sebelum Tanggal Saldo Awal {openingDate} (Pengaturan). Perbaiki tanggalnya, atau pindahkan Tanggal Saldo Awal dan Saldo Awal Kas lebih awal.',
    'The date {date} is before the opening balance date {openingDate} (Pengaturan). Correct the date, or move the opening date and balance earlier.',
  ),
  'cash.receiptNo.duplicate': e<{ value: Arg; firstRow: Arg }>(
    'No Bukti "{value}" sudah dipakai di baris {firstRow}. Setiap bukti punya nomor sendiri; perbaiki nomornya.',
    'Receipt number "{value}" is already used in row {firstRow}. Each receipt has its own number; correct it.',
  ),
  'cash.description.missing': missing('tulis uraian transaksi', 'describe the movement'),
  'cash.category.missing': missing('pilih kategori dari daftar', 'pick a category from the list'),
  'cash.category.unknown': notOnList({ id: 'Kategori', en: 'Category' }),
  'cash.member.missing': e<{ category: Arg }>(
    'Kategori {category} perlu ID Anggota. Tulis ID anggota yang bersangkutan di kolom "{column}".',
    'The category {category} needs a member ID. Write the member\'s ID in the column "{column}".',
  ),
  'cash.member.unknown': memberIdUnknown,
  'cash.member.inactive': e<{ value: Arg; date: Arg; joinDate: Arg; leaveDate: Arg }>(
    (a) =>
      `Anggota "${a.value}" tidak aktif pada ${a.date} (${joinedId(a)}). Periksa tanggal transaksi atau data anggota.`,
    (a) =>
      `Member "${a.value}" is not active on ${a.date} (${joinedEn(a)}). Check the date of the movement or the member's data.`,
  ),
  'cash.loan.missing': e<{ category: Arg }>(
    'Kategori {category} perlu ID Pinjaman. Tulis ID pinjaman dari tab Pinjaman di kolom "{column}".',
    'The category {category} needs a loan ID. Write the loan\'s ID from the Pinjaman tab in the column "{column}".',
  ),
  'cash.loan.unknown': e<{ value: Arg }>(
    'ID Pinjaman "{value}" tidak ada di tab Pinjaman. Perbaiki ID-nya, atau catat pinjaman itu dulu di tab Pinjaman.',
    'Loan ID "{value}" is not in the Pinjaman tab. Correct the ID, or record the loan in the Pinjaman tab first.',
  ),
  'cash.loan.memberMismatch': e<{ value: Arg; loanMember: Arg; memberId: Arg }>(
    'Pinjaman "{value}" milik anggota {loanMember}, bukan {memberId}. Perbaiki ID Anggota atau ID Pinjaman di baris ini.',
    'Loan "{value}" belongs to member {loanMember}, not {memberId}. Correct the member ID or the loan ID in this row.',
  ),
  'cash.amount.missing': e(
    'Masuk dan Keluar kosong (atau 0). Tulis jumlahnya di salah satu kolom.',
    'Both Masuk (in) and Keluar (out) are empty (or 0). Write the amount in one of them.',
  ),
  'cash.amount.both': e(
    'Masuk dan Keluar sama-sama diisi. Satu baris satu gerakan uang: kosongkan salah satu, atau pisahkan menjadi dua baris.',
    'Both Masuk (in) and Keluar (out) are filled. One row is one movement: clear one of them, or split the row in two.',
  ),
  'cash.amount.negative': e<{ value: Figure }>(
    'Jumlah tidak boleh minus: {value}. Tulis uang masuk di kolom Masuk dan uang keluar di kolom Keluar, tanpa tanda minus.',
    'An amount cannot be negative: {value}. Write money in under Masuk and money out under Keluar, without a minus sign.',
  ),
  'cash.amount.direction': e<{ direction: Arg; category: Arg }>(
    (a) =>
      a.direction === 'in'
        ? `Kategori ${a.category} adalah uang masuk, tetapi jumlahnya di kolom "${a.column}". Pindahkan jumlahnya ke kolom Masuk, atau ganti kategorinya.`
        : `Kategori ${a.category} adalah uang keluar, tetapi jumlahnya di kolom "${a.column}". Pindahkan jumlahnya ke kolom Keluar, atau ganti kategorinya.`,
    (a) =>
      a.direction === 'in'
        ? `The category ${a.category} is money in, but the amount is in the column "${a.column}". Move it to Masuk (in), or change the category.`
        : `The category ${a.category} is money out, but the amount is in the column "${a.column}". Move it to Keluar (out), or change the category.`,
  ),
  'cash.balance.negative': e<{ balance: Figure }>(
    'Saldo kas menjadi minus ({balance}) setelah baris ini: uang keluar lebih banyak dari yang ada. Periksa jumlah dan tanggal baris ini dan sebelumnya, atau Saldo Awal Kas di Pengaturan.',
    'The cash balance falls below zero ({balance}) after this row: more money goes out than there is. Check the amounts and dates of this and earlier rows, or the opening balance in Pengaturan.',
  ),
};
