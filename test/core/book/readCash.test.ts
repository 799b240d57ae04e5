import { readBook } from '../../../src/core/book/readBook';
import { cashTab, type CashColumn } from '../../../src/core/book/schema';
import {
  TODAY,
  baseCash,
  baseMembers,
  baseLoans,
  cashGrid,
  d,
  loansGrid,
  membersGrid,
  placeIn,
  placeOf,
  sampleTabs,
  tabSource,
  withCode,
  type Row,
} from './fixtures';

/** The base members and one who left on 30 June 2026. */
const members = membersGrid([
  ...baseMembers,
  {
    memberId: 'A004',
    name: 'Ujang',
    joinDate: d('2020-03-01'),
    status: 'Keluar',
    leaveDate: d('2026-06-30'),
  },
]);

const valid: Row<CashColumn> = {
  date: d('2026-11-20'),
  receiptNo: 'K006',
  description: 'Simpanan wajib Asep',
  category: 'Simpanan Wajib',
  memberId: 'A003',
  amountIn: 10000,
};

function cashOf(rows: readonly Row<CashColumn>[]) {
  const reading = readBook(
    tabSource(sampleTabs({ Anggota: members, Kas: cashGrid([...baseCash, ...rows]) })),
    {
      today: TODAY,
    },
  );
  return { ...reading, problems: reading.problems.filter((p) => p.tab === 'Kas') };
}

const ROW = 7;
const at = placeIn(cashTab, ROW);

describe('Kas', () => {
  it('reads the sample rows and a valid row without a problem', () => {
    const { book, problems } = cashOf([valid]);
    expect(problems).toEqual([]);
    expect(book.cash.at(-1)).toEqual({
      tab: 'Kas',
      row: ROW,
      date: '2026-11-20',
      receiptNo: 'K006',
      description: 'Simpanan wajib Asep',
      category: 'Simpanan Wajib',
      memberId: 'A003',
      amountIn: 10000,
      amountOut: 0,
    });
  });

  const loanRepayment: Row<CashColumn> = {
    ...valid,
    category: 'Angsuran Pinjaman',
    loanId: 'P001',
    amountIn: 118000,
  };
  const expense: Row<CashColumn> = {
    ...valid,
    category: 'Biaya Operasional',
    memberId: null,
    amountIn: null,
  };

  const failing: [string, Row<CashColumn>, ReturnType<typeof at>][] = [
    ['date required', { ...valid, date: null }, at('cash.date.missing', 'date')],
    ['date readable', { ...valid, date: 'kemarin' }, at('value.date.invalid', 'date')],
    ['date as text', { ...valid, date: '20/11/2026' }, at('value.date.text', 'date', 'warning')],
    ['date as dd-mmm-yyyy text', { ...valid, date: '20-Nov-2026' }, at('value.date.text', 'date', 'warning')],
    ['date with a 4-digit year', { ...valid, date: '20/11/26' }, at('value.date.invalid', 'date')],
    ['date that exists', { ...valid, date: '31/02/2026' }, at('value.date.invalid', 'date')],
    ['date not after today', { ...valid, date: d('2026-11-29') }, at('cash.date.future', 'date')],
    [
      'date not before the opening date',
      { ...valid, date: d('2025-12-31') },
      at('cash.date.beforeOpening', 'date'),
    ],
    ['receipt number unique', { ...valid, receiptNo: ' K001' }, at('cash.receiptNo.duplicate', 'receiptNo')],
    ['description required', { ...valid, description: '' }, at('cash.description.missing', 'description')],
    ['category required', { ...valid, category: null }, at('cash.category.missing', 'category')],
    ['category on the list', { ...valid, category: 'Arisan' }, at('cash.category.unknown', 'category')],
    ['member required by the category', { ...valid, memberId: null }, at('cash.member.missing', 'memberId')],
    ['member exists', { ...valid, memberId: 'A099' }, at('cash.member.unknown', 'memberId')],
    ['member active on the date', { ...valid, memberId: 'A004' }, at('cash.member.inactive', 'memberId')],
    ['loan required by the category', { ...loanRepayment, loanId: null }, at('cash.loan.missing', 'loanId')],
    ['loan exists', { ...loanRepayment, loanId: 'P099' }, at('cash.loan.unknown', 'loanId')],
    [
      "loan of the row's member",
      { ...loanRepayment, memberId: 'A001' },
      at('cash.loan.memberMismatch', 'loanId'),
    ],
    ['an amount', { ...valid, amountIn: null }, at('cash.amount.missing', 'amountIn')],
    ['an amount above 0', { ...valid, amountIn: 0, amountOut: 0 }, at('cash.amount.missing', 'amountIn')],
    ['one amount only', { ...valid, amountOut: 10000 }, at('cash.amount.both', 'amountOut')],
    ['no negative amount', { ...valid, amountIn: -10000 }, at('cash.amount.negative', 'amountIn')],
    ['whole Rupiah', { ...valid, amountIn: 10000.5 }, at('value.money.fraction', 'amountIn')],
    ['money readable', { ...valid, amountIn: '10 ribu' }, at('value.money.invalid', 'amountIn')],
    ['money as text', { ...valid, amountIn: 'Rp 10.000' }, at('value.money.text', 'amountIn', 'warning')],
    [
      'money as text without a space',
      { ...valid, amountIn: 'Rp10.000' },
      at('value.money.text', 'amountIn', 'warning'),
    ],
    [
      'money as text with Rp.',
      { ...valid, amountIn: 'Rp. 10.000' },
      at('value.money.text', 'amountIn', 'warning'),
    ],
    [
      'money as padded text',
      { ...valid, amountIn: ' 10000 ' },
      at('value.money.text', 'amountIn', 'warning'),
    ],
    ['money without ,-', { ...valid, amountIn: 'Rp 10.000,-' }, at('value.money.invalid', 'amountIn')],
    ['no negative amount as text', { ...valid, amountIn: '-10000' }, at('cash.amount.negative', 'amountIn')],
    [
      'money not in scientific notation',
      { ...valid, amountIn: '1e4' },
      at('value.money.invalid', 'amountIn'),
    ],
    ['money not a boolean', { ...valid, amountIn: true }, at('value.money.invalid', 'amountIn')],
    [
      'direction in',
      { ...valid, amountIn: null, amountOut: 10000 },
      at('cash.amount.direction', 'amountOut'),
    ],
    ['direction out', { ...expense, amountIn: 5000 }, at('cash.amount.direction', 'amountIn')],
    ['balance never below zero', { ...expense, amountOut: 768001 }, at('cash.balance.negative', 'amountOut')],
    // A formula's error is its own problem: never a description, never "the amount is missing".
    [
      'no formula error in a text',
      { ...valid, description: '#REF!' },
      at('value.formulaError', 'description'),
    ],
    ['no formula error in an amount', { ...valid, amountIn: '#N/A' }, at('value.formulaError', 'amountIn')],
    ['no formula error in a date', { ...valid, date: '#VALUE!' }, at('value.formulaError', 'date')],
    ['no formula error in an ID', { ...valid, memberId: ' #n/a ' }, at('value.formulaError', 'memberId')],
    // An ID the spreadsheet turned into a date is said to be one, not "member 2026-02-01 unknown".
    [
      'member ID not a date',
      { ...valid, memberId: d('2026-02-01') },
      at('value.identifier.date', 'memberId'),
    ],
    [
      'loan ID not a date',
      { ...loanRepayment, loanId: d('2026-01-01') },
      at('value.identifier.date', 'loanId'),
    ],
    [
      'receipt number not a date',
      { ...valid, receiptNo: d('2026-11-20') },
      at('value.identifier.date', 'receiptNo'),
    ],
  ];

  it.each(failing)('%s: fails with its code, row, column and severity', (_rule, row, expected) => {
    const { problems } = cashOf([row]);
    expect(problems.map(placeOf)).toContainEqual(expected);
    expect(problems.filter((p) => p.severity === 'error' && p.code !== expected.code)).toEqual([]);
  });

  const passing: [string, Row<CashColumn> | Row<CashColumn>[]][] = [
    [
      'Lainnya either way, without a member',
      { ...expense, category: 'Lainnya', amountIn: 5000, amountOut: null },
    ],
    ['Lainnya out', { ...expense, category: 'lainnya', amountOut: 5000 }],
    ['category alias', { ...valid, category: 'mandatory savings' }],
    ['date today', { ...valid, date: d(TODAY) }],
    ['date on the opening date', { ...valid, date: d('2026-01-01') }],
    [
      'no receipt number, twice',
      [
        { ...valid, receiptNo: null },
        { ...valid, receiptNo: '  ' },
      ],
    ],
    ['a member on their leave date', { ...valid, memberId: 'A004', date: d('2026-06-30') }],
    ['a loan repayment of its member', loanRepayment],
    ['the other amount 0', { ...valid, amountOut: 0 }],
    ['balance down to exactly zero', { ...expense, amountOut: 768000 }],
    ['identifiers as numbers', { ...valid, receiptNo: 6 }],
    ['a # that is no formula error in a text', { ...valid, description: '#1 Simpanan wajib' }],
    ['a date as the description', { ...valid, description: d('2026-11-20') }],
  ];

  it.each(passing)('%s: passes', (_rule, row) => {
    const { problems } = cashOf(Array.isArray(row) ? row : [row]);
    expect(problems.filter((p) => p.severity !== 'info').map(placeOf)).toEqual([]);
  });

  it('reports only the first row where the balance falls below zero, in date order', () => {
    const { problems } = cashOf([
      {
        ...valid,
        date: d('2026-11-10'),
        receiptNo: 'K007',
        category: 'Biaya Operasional',
        memberId: null,
        amountIn: null,
        amountOut: 500000,
      },
      {
        ...valid,
        date: d('2026-11-05'),
        receiptNo: 'K008',
        category: 'Biaya Operasional',
        memberId: null,
        amountIn: null,
        amountOut: 500000,
      },
      {
        ...valid,
        date: d('2026-11-11'),
        receiptNo: 'K009',
        category: 'Biaya Operasional',
        memberId: null,
        amountIn: null,
        amountOut: 100,
      },
    ]);
    // 768.000 − 500.000 (row 8, 5 Nov) = 268.000; − 500.000 (row 7, 10 Nov) < 0.
    expect(withCode(problems, 'cash.balance.negative').map(placeOf)).toEqual([
      at('cash.balance.negative', 'amountOut'),
    ]);
    expect(withCode(problems, 'cash.balance.negative')[0]?.message).toEqual({
      id: 'Saldo kas menjadi minus (-Rp 232.000) setelah baris ini: uang keluar lebih banyak dari yang ada. Periksa jumlah dan tanggal baris ini dan sebelumnya, atau Saldo Awal Kas di Pengaturan.',
      en: 'The cash balance falls below zero (-Rp 232,000) after this row: more money goes out than there is. Check the amounts and dates of this and earlier rows, or the opening balance in Pengaturan.',
    });
  });

  it('keeps rows with cross-tab errors and leaves out rows it cannot read', () => {
    const { book } = cashOf([
      { ...valid, memberId: 'A099' },
      { ...valid, receiptNo: 'K007', amountIn: '10 ribu' },
      { ...valid, receiptNo: 'K008', category: 'Arisan' },
      { ...valid, receiptNo: 'K009', amountOut: 5 },
      { ...valid, receiptNo: 'K010', description: null },
    ]);
    expect(book.cash.map((e) => e.row)).toEqual([2, 3, 4, 5, 6, 7]);
  });

  it('skips a summary row with no date, with an info', () => {
    const { book, problems } = cashOf([
      { description: 'Jumlah', amountIn: 328000, amountOut: 1550000 },
      valid,
    ]);
    expect(problems.map(placeOf)).toEqual([
      { code: 'row.summary', row: 7, column: '', col: 0, severity: 'info' },
    ]);
    expect(book.cash.map((e) => e.row).at(-1)).toBe(8);
  });

  it('skips a summary row written in the date column itself (Jumlah, TOTAL, Saldo Akhir in column A)', () => {
    for (const word of ['Jumlah', 'TOTAL', 'Saldo Akhir']) {
      const { book, problems } = cashOf([{ date: word, amountIn: 328000, amountOut: 1550000 }, valid]);
      expect({ word, problems: problems.map(placeOf) }).toEqual({
        word,
        problems: [{ code: 'row.summary', row: 7, column: '', col: 0, severity: 'info' }],
      });
      expect(book.cash.map((e) => e.row).at(-1)).toBe(8);
    }
  });

  it('reads an undated movement whose Uraian starts with Total, and says its date is missing', () => {
    const { book, problems } = cashOf([
      {
        // No No Bukti either: Uraian is the row's first cell, as in a book kept by hand.
        description: 'Total belanja pupuk',
        category: 'Pembelian Saprodi',
        amountOut: 500_000,
      },
    ]);
    expect(problems.map(placeOf)).toEqual([at('cash.date.missing', 'date')]);
    expect(problems.some((p) => p.code === 'row.summary')).toBe(false);
    expect(book.cash.map((e) => e.row)).not.toContain(7);
  });

  it('says which formula error a cell shows and that an ID became a date, in both languages', () => {
    const { problems } = cashOf([{ ...valid, description: '#REF!', memberId: d('2026-02-01') }]);
    expect(problems.map(placeOf)).toEqual([
      at('value.formulaError', 'description'),
      at('value.identifier.date', 'memberId'),
    ]);
    expect(problems.map((p) => p.message)).toEqual([
      {
        id: 'Sel ini berisi galat rumus #REF!, bukan nilai. Perbaiki rumusnya, atau hapus rumus itu dan ketik nilainya di kolom "Uraian".',
        en: 'This cell shows the formula error #REF!, not a value. Fix the formula, or delete it and type the value in the column "Uraian".',
      },
      {
        id: 'Kolom "ID Anggota" berisi tanggal (01/02/2026), bukan ID. Spreadsheet mengubah ketikan seperti 1/2 menjadi tanggal: ubah format kolom ini menjadi teks biasa, lalu ketik ulang ID-nya.',
        en: 'The column "ID Anggota" holds a date (01/02/2026), not an ID. The spreadsheet turned what was typed (such as 1/2) into a date: format this column as plain text, then type the ID again.',
      },
    ]);
  });

  it('asks for the 4-digit year of a date typed with 2, at its cell', () => {
    const [p] = cashOf([{ ...valid, date: '20/11/26' }]).problems;
    expect(p && placeOf(p)).toEqual(at('value.date.invalid', 'date'));
    expect(p?.message).toEqual({
      id: '"20/11/26" tidak terbaca sebagai tanggal: tahunnya hanya 2 angka. Tulis tahun lengkap 4 angka, mis. 28/11/2026.',
      en: '"20/11/26" cannot be read as a date: its year has only 2 digits. Write the full 4-digit year, e.g. 28/11/2026.',
    });
    expect(p?.fix).toBeUndefined();
  });

  it('refuses Rp 10.000,- as an error that carries the fix to store 10000', () => {
    const [p] = cashOf([{ ...valid, amountIn: 'Rp 10.000,-' }]).problems;
    expect(p && placeOf(p)).toEqual(at('value.money.invalid', 'amountIn'));
    expect(p?.message).toEqual({
      id: '"Rp 10.000,-" tidak terbaca sebagai jumlah uang: tulis tanpa ",-" atau ",00". Simpan sebagai angka 10000.',
      en: '"Rp 10.000,-" cannot be read as an amount of money: write it without ",-" or ",00". Store it as the number 10000.',
    });
    expect(p?.fix?.value).toBe(10000);
  });

  it('keeps a very long description whole, and quotes only the start of a very long wrong value', () => {
    const long =
      'Pembelian pupuk urea dan NPK untuk musim tanam kedua, dibagi rata ke semua anggota. '.repeat(60);
    const { book, problems } = cashOf([{ ...valid, description: long, category: `${long}x` }]);
    expect(problems.map(placeOf)).toEqual([at('cash.category.unknown', 'category')]);
    const quoted = `${Array.from(long).slice(0, 79).join('')}…`;
    expect(problems[0]?.message.id).toBe(
      `Kategori "${quoted}" tidak ada di daftar. Pilih salah satu: Simpanan Pokok, Simpanan Wajib, Simpanan Sukarela, Penarikan Simpanan, Iuran, Pencairan Pinjaman, Angsuran Pinjaman, Denda, Penjualan Hasil, Bantuan/Hibah, Pinjaman Pihak Luar, Pembelian Saprodi, Biaya Operasional, Lainnya.`,
    );
    const { book: kept } = cashOf([{ ...valid, description: long }]);
    expect(kept.cash.at(-1)?.description).toBe(long.trim());
    expect(book.cash.map((e) => e.row)).not.toContain(ROW);
  });

  it('quotes a date cell in a money column as the user sees it', () => {
    const [p] = cashOf([{ ...valid, amountIn: d('2026-03-02') }]).problems;
    expect(p && placeOf(p)).toEqual(at('value.money.invalid', 'amountIn'));
    expect(p?.message.id).toBe(
      '"02/03/2026" tidak terbaca sebagai jumlah uang. Tulis Rupiah bulat sebagai angka, mis. 1500000 (bukan "1,5 juta" atau "1.500,50").',
    );
  });

  it('keeps a date typed as the description as the user sees it', () => {
    const { book, problems } = cashOf([{ ...valid, description: d('2026-03-02') }]);
    expect(problems).toEqual([]);
    expect(book.cash.at(-1)?.description).toBe('02/03/2026');
  });

  it('says what a wrong category is and which ones exist', () => {
    const [p] = withCode(cashOf([{ ...valid, category: 'Arisan' }]).problems, 'cash.category.unknown');
    expect(p?.message.en).toBe(
      'Category "Arisan" is not on the list. Pick one of: Simpanan Pokok, Simpanan Wajib, Simpanan Sukarela, Penarikan Simpanan, Iuran, Pencairan Pinjaman, Angsuran Pinjaman, Denda, Penjualan Hasil, Bantuan/Hibah, Pinjaman Pihak Luar, Pembelian Saprodi, Biaya Operasional, Lainnya.',
    );
  });

  /*
   * A member who leaves still owes their loan (docs/book.md §3, Kas): A004 left on 30/06/2026 with
   * P004, lent on 01/03/2026 while active. Repaying it or paying its fine afterwards is no error;
   * anything else A004 pays or takes after leaving still is.
   */
  describe('a member who has left repays their loan', () => {
    const ownLoan = { ...valid, memberId: 'A004', loanId: 'P004', date: d('2026-08-01') };
    const rowsOf = (rows: readonly Row<CashColumn>[]) => {
      const reading = readBook(
        tabSource(
          sampleTabs({
            Anggota: members,
            Pinjaman: loansGrid([
              ...baseLoans,
              { ...baseLoans[0]!, loanId: 'P004', memberId: 'A004', disbursed: d('2026-03-01') },
            ]),
            Kas: cashGrid([...baseCash, ...rows]),
          }),
        ),
        { today: TODAY },
      );
      return reading.problems.filter((p) => p.tab === 'Kas' && p.severity !== 'info');
    };

    it('passes an Angsuran Pinjaman and a Denda on their own loan; fails anything else after they left', () => {
      const problems = rowsOf([
        { ...ownLoan, category: 'Angsuran Pinjaman', amountIn: 118000 },
        { ...ownLoan, receiptNo: 'K008', category: 'Denda', amountIn: 10000 },
        { ...ownLoan, receiptNo: 'K009', category: 'Simpanan Wajib', loanId: null },
        { ...ownLoan, receiptNo: 'K010', category: 'Denda', loanId: null },
        { ...ownLoan, receiptNo: 'K011', category: 'Angsuran Pinjaman', loanId: 'P001' },
      ]);
      // Rows 7 and 8 pass; savings (9), a fine naming no loan (10) and another member's loan (11) fail.
      expect(problems.map(placeOf)).toEqual([
        at('cash.member.inactive', 'memberId', 'error', 9),
        at('cash.member.inactive', 'memberId', 'error', 10),
        at('cash.member.inactive', 'memberId', 'error', 11),
        at('cash.loan.memberMismatch', 'loanId', 'error', 11),
      ]);
      expect(problems[0]!.message).toEqual({
        id: 'Anggota "A004" tidak aktif pada 01/08/2026 (masuk 01/03/2020, keluar 30/06/2026). Periksa tanggal transaksi atau data anggota.',
        en: 'Member "A004" is not active on 01/08/2026 (joined 01/03/2020, left 30/06/2026). Check the date of the movement or the member\'s data.',
      });
    });
  });
});
