// Problems the members' savings find in Kas (docs/book.md §3, Penarikan Simpanan).
import { e, type Arg, type Figure } from './problemKind';

export const savingsProblems = {
  'cash.withdrawal.exceedsSavings': e<{
    amount: Figure;
    name: Arg;
    memberId: Arg;
    date: Arg;
    balance: Figure;
  }>(
    'Penarikan {amount} oleh {name} ({memberId}) pada {date} melebihi simpanannya saat itu ({balance}). Periksa jumlah, tanggal dan ID Anggota, atau catat simpanan yang belum tercatat sebelum baris ini.',
    'Withdrawal of {amount} by {name} ({memberId}) on {date} is more than their savings at that time ({balance}). Check the amount, date and Member ID, or record the missing savings before this row.',
  ),
};
