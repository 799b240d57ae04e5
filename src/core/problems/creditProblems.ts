// Problems the credit engine finds on the repayments in Kas (docs/book.md §5).
import { e, type Arg, type Figure } from './problemKind';

export const creditProblems = {
  'credit.beforeDisbursement': e<{ loanId: Arg; date: Arg; disbursed: Arg }>(
    'Angsuran pinjaman {loanId} bertanggal {date}, sebelum pinjaman cair ({disbursed}); angsuran ini tidak dihitung. Perbaiki tanggalnya, atau ID Pinjaman bila angsuran ini untuk pinjaman lain.',
    'Repayment of loan {loanId} is dated {date}, before the loan was disbursed ({disbursed}); it is not counted. Correct its date, or its Loan ID if it repays another loan.',
  ),
  'credit.overpaid': e<{ loanId: Arg; amount: Figure }>(
    'Angsuran ini membuat pinjaman {loanId} terbayar {amount} lebih dari seluruh jadwalnya (pokok + jasa). Periksa jumlah di Masuk dan ID Pinjaman; kelebihan yang memang diterima catat dengan kategori lain (mis. Simpanan Sukarela).',
    'This repayment pays loan {loanId} {amount} more than its whole schedule (principal + jasa). Check the amount in Masuk and the Loan ID; record a surplus really received under another category (e.g. Simpanan Sukarela).',
  ),
};
