// Problems the members' savings find in Kas (docs/book.md §3, Penarikan Simpanan).
import { e, type Arg } from './problemKind';

export const savingsProblems = {
  'cash.withdrawal.exceedsSavings': e<{ amount: Arg; name: Arg; memberId: Arg; date: Arg; balance: Arg }>(
    (a) =>
      `Penarikan ${a.amount} oleh ${a.name} (${a.memberId}) pada ${a.date} melebihi simpanannya saat itu (${a.balance}). Periksa jumlah, tanggal dan ID Anggota, atau catat simpanan yang belum tercatat sebelum baris ini.`,
    (a) =>
      `Withdrawal of ${a.amount} by ${a.name} (${a.memberId}) on ${a.date} is more than their savings at that time (${a.balance}). Check the amount, date and Member ID, or record the missing savings before this row.`,
  ),
};
