import { readBook } from '../../../src/core/book/readBook';
import { loansTab, type CashColumn, type LoanColumn } from '../../../src/core/book/schema';
import {
  TODAY,
  baseCash,
  baseLoans,
  cashGrid,
  d,
  loansGrid,
  placeIn,
  placeOf,
  sampleTabs,
  tabSource,
  withCode,
  type Row,
} from './fixtures';

const valid: Row<LoanColumn> = {
  loanId: 'P002',
  memberId: 'A001',
  disbursed: d('2026-06-01'),
  principal: 500000,
  ratePercent: 2,
  method: 'Menurun',
  installments: 10,
  frequency: 'Mingguan',
  purpose: 'Bibit',
  source: 'Kas kelompok',
  note: 'Disetujui rapat',
};

const disbursement: Row<CashColumn> = {
  date: d('2026-06-01'),
  receiptNo: 'K010',
  description: 'Pencairan pinjaman Budi',
  category: 'Pencairan Pinjaman',
  memberId: 'A001',
  loanId: 'P002',
  amountOut: 500000,
};

function loansOf(rows: readonly Row<LoanColumn>[], cash: readonly Row<CashColumn>[] = [disbursement]) {
  const reading = readBook(
    tabSource(
      sampleTabs({ Pinjaman: loansGrid([...baseLoans, ...rows]), Kas: cashGrid([...baseCash, ...cash]) }),
    ),
    { today: TODAY },
  );
  return { ...reading, problems: reading.problems.filter((p) => p.tab === 'Pinjaman') };
}

const ROW = 3;
const at = placeIn(loansTab, ROW);

describe('Pinjaman', () => {
  it('reads a valid loan without a problem, the rate as a fraction', () => {
    const { book, problems } = loansOf([valid]);
    expect(problems).toEqual([]);
    expect(book.loans.at(-1)).toEqual({
      tab: 'Pinjaman',
      row: ROW,
      id: 'P002',
      memberId: 'A001',
      disbursed: '2026-06-01',
      principal: 500000,
      monthlyRate: 0.02,
      method: 'Menurun',
      installments: 10,
      frequency: 'Mingguan',
      purpose: 'Bibit',
      source: 'Kas kelompok',
      note: 'Disetujui rapat',
    });
  });

  const failing: [string, Row<LoanColumn>, ReturnType<typeof at>][] = [
    ['ID required', { ...valid, loanId: null }, at('loan.id.missing', 'loanId')],
    ['ID unique', { ...valid, loanId: 'P001' }, at('loan.id.duplicate', 'loanId')],
    ['member required', { ...valid, memberId: null }, at('loan.member.missing', 'memberId')],
    ['member exists', { ...valid, memberId: 'A099' }, at('loan.member.unknown', 'memberId')],
    [
      'member active on Tanggal Cair',
      { ...valid, memberId: 'A003', disbursed: d('2021-06-09') },
      at('loan.member.inactive', 'memberId'),
    ],
    ['Tanggal Cair required', { ...valid, disbursed: null }, at('loan.disbursed.missing', 'disbursed')],
    ['Tanggal Cair readable', { ...valid, disbursed: 'Juni' }, at('value.date.invalid', 'disbursed')],
    [
      'Tanggal Cair at most in 2100',
      { ...valid, disbursed: d('9999-12-31') },
      at('value.date.tooLate', 'disbursed'),
    ],
    [
      'Tanggal Cair as text',
      { ...valid, disbursed: '01-06-2026' },
      at('value.date.text', 'disbursed', 'warning'),
    ],
    ['principal required', { ...valid, principal: null }, at('loan.principal.missing', 'principal')],
    ['principal above 0', { ...valid, principal: 0 }, at('loan.principal.notPositive', 'principal')],
    [
      'principal not negative',
      { ...valid, principal: -500000 },
      at('loan.principal.notPositive', 'principal'),
    ],
    ['principal whole Rupiah', { ...valid, principal: 500000.5 }, at('value.money.fraction', 'principal')],
    ['principal readable', { ...valid, principal: '1,5 juta' }, at('value.money.invalid', 'principal')],
    [
      'principal at most Rp 999.999.999.999',
      { ...valid, principal: Number.MAX_SAFE_INTEGER },
      at('value.money.tooLarge', 'principal'),
    ],
    ['rate required', { ...valid, ratePercent: null }, at('loan.rate.missing', 'ratePercent')],
    ['rate at most 10', { ...valid, ratePercent: 10.5 }, at('loan.rate.range', 'ratePercent')],
    ['rate not negative', { ...valid, ratePercent: -1 }, at('loan.rate.range', 'ratePercent')],
    ['rate readable', { ...valid, ratePercent: '2 persen' }, at('value.number.invalid', 'ratePercent')],
    ['rate as text', { ...valid, ratePercent: '2,5' }, at('value.number.text', 'ratePercent', 'warning')],
    [
      'rate from a percent cell',
      { ...valid, ratePercent: 0.02 },
      at('loan.rate.percentCell', 'ratePercent', 'warning'),
    ],
    ['method on the list', { ...valid, method: 'Bunga tetap' }, at('loan.method.unknown', 'method')],
    [
      'installments required',
      { ...valid, installments: null },
      at('loan.installments.missing', 'installments'),
    ],
    ['installments at least 1', { ...valid, installments: 0 }, at('loan.installments.range', 'installments')],
    [
      'installments at most 260',
      { ...valid, installments: 261 },
      at('loan.installments.range', 'installments'),
    ],
    ['installments whole', { ...valid, installments: 10.5 }, at('value.number.notWhole', 'installments')],
    [
      'installments as text',
      { ...valid, installments: '10' },
      at('value.number.text', 'installments', 'warning'),
    ],
    ['frequency on the list', { ...valid, frequency: 'Harian' }, at('loan.frequency.unknown', 'frequency')],
    [
      'Musiman at most 12 months',
      { ...valid, frequency: 'Musiman', installments: 13 },
      at('loan.installments.seasonal', 'installments'),
    ],
    [
      'no formula error in the rate',
      { ...valid, ratePercent: '#DIV/0!' },
      at('value.formulaError', 'ratePercent'),
    ],
    ['no formula error in the method', { ...valid, method: '#NAME?' }, at('value.formulaError', 'method')],
    ['loan ID not a date', { ...valid, loanId: d('2026-06-01') }, at('value.identifier.date', 'loanId')],
    [
      'member ID not a date',
      { ...valid, memberId: d('2026-06-01') },
      at('value.identifier.date', 'memberId'),
    ],
  ];

  it.each(failing)('%s: fails with its code, row, column and severity', (_rule, row, expected) => {
    const { problems } = loansOf([row]);
    expect(problems.map(placeOf)).toContainEqual(expected);
    expect(problems.filter((p) => p.severity === 'error' && p.code !== expected.code)).toEqual([]);
  });

  const passing: [string, Row<LoanColumn>, Partial<Record<string, unknown>>][] = [
    ['rate 0', { ...valid, ratePercent: 0 }, { monthlyRate: 0 }],
    ['rate 10', { ...valid, ratePercent: 10 }, { monthlyRate: 0.1 }],
    ['rate 0,1 read as percent', { ...valid, ratePercent: 0.1 }, { monthlyRate: 0.001 }],
    ['1 installment', { ...valid, installments: 1 }, { installments: 1 }],
    ['260 installments', { ...valid, installments: 260 }, { installments: 260 }],
    ['method alias', { ...valid, method: 'annuity' }, { method: 'Anuitas' }],
    ['blank method is Flat', { ...valid, method: null }, { method: 'Flat' }],
    ['blank frequency is Bulanan', { ...valid, frequency: null }, { frequency: 'Bulanan' }],
    ['frequency alias', { ...valid, frequency: 'weekly' }, { frequency: 'Mingguan' }],
    ['Musiman of 12 months', { ...valid, frequency: 'Musiman', installments: 12 }, { frequency: 'Musiman' }],
    ['harvest alias Yarnen', { ...valid, frequency: 'yarnen', installments: 4 }, { frequency: 'Musiman' }],
  ];

  it.each(passing)('%s: passes', (_rule, row, read) => {
    const { book, problems } = loansOf([row]);
    expect(problems.map(placeOf)).toEqual([]);
    expect(book.loans.at(-1)).toMatchObject(read);
  });

  it('says why a harvest loan of 13 months is left out, in both languages', () => {
    const { book, problems } = loansOf([{ ...valid, frequency: 'Bayar Panen', installments: 13 }]);
    expect(book.loans.map((l) => l.id)).not.toContain('P002');
    expect(problems).toEqual([
      {
        tab: 'Pinjaman',
        row: ROW,
        column: 'Jumlah Angsuran',
        col: 7,
        code: 'loan.installments.seasonal',
        severity: 'error',
        message: {
          id: 'Pinjaman Musiman dibayar sekali saat panen, 13 bulan setelah cair: Jumlah Angsuran (bulan) harus 1 sampai 12. Perbaiki Jumlah Angsuran, atau pilih Frekuensi Bulanan.',
          en: 'A harvest loan (Musiman) is repaid once, 13 months after disbursement: its Installments (months) must be 1 to 12. Correct Installments, or pick the monthly frequency.',
        },
      },
    ]);
  });

  it('reads a percent cell as percent, and says so', () => {
    const { book, problems } = loansOf([{ ...valid, ratePercent: 0.015 }]);
    expect(book.loans.at(-1)?.monthlyRate).toBe(0.015);
    expect(withCode(problems, 'loan.rate.percentCell')[0]?.message.id).toBe(
      'Jasa 0,015 dibaca sebagai 1,5 % per bulan (sel berformat persen menyimpan 1,5 % sebagai 0,015). Bila benar, tulis 1,5 di sel berformat angka biasa.',
    );
    expect(withCode(problems, 'loan.rate.percentCell')[0]?.message.en).toBe(
      'The rate 0.015 is read as 1.5 % per month (a percent-formatted cell stores 1.5 % as 0.015). If that is right, write 1.5 in a plain number cell.',
    );
  });

  it('quotes a number cell out of range as the sheet shows it in each language; text as typed in both', () => {
    const messages = (row: Row<LoanColumn>) => loansOf([{ ...valid, ...row }]).problems.map((p) => p.message);
    expect(messages({ principal: -1250000 })).toEqual([
      {
        id: 'Pokok pinjaman harus lebih dari 0: -1.250.000. Tulis jumlah yang dipinjamkan.',
        en: 'The principal must be more than 0: -1,250,000. Write the amount lent.',
      },
    ]);
    expect(messages({ ratePercent: 12.5 })).toEqual([
      {
        id: 'Jasa 12,5 % per bulan di luar 0 sampai 10. Tulis persen per bulan, mis. 1,5 untuk 1,5 %.',
        en: 'A rate of 12.5 % per month is outside 0 to 10. Write the percent per month, e.g. 1.5 for 1.5 %.',
      },
    ]);
    expect(messages({ installments: 1500 })).toEqual([
      {
        id: 'Jumlah Angsuran 1.500 di luar 1 sampai 260. Tulis banyaknya angsuran sebagai angka bulat.',
        en: '1,500 installments is outside 1 to 260. Write the number of installments as a whole number.',
      },
    ]);
    expect(messages({ ratePercent: '12,5' }).at(-1)).toEqual({
      id: 'Jasa 12,5 % per bulan di luar 0 sampai 10. Tulis persen per bulan, mis. 1,5 untuk 1,5 %.',
      en: 'A rate of 12,5 % per month is outside 0 to 10. Write the percent per month, e.g. 1.5 for 1.5 %.',
    });
    expect(messages({ method: 1500.5 })).toEqual([
      {
        id: 'Metode Jasa "1.500,5" tidak dikenal. Tulis Flat, Menurun atau Anuitas (kosong = Flat).',
        en: 'Method "1,500.5" is not known. Write Flat, Menurun (declining) or Anuitas (annuity) (blank = Flat).',
      },
    ]);
  });

  it('gives the text rate a fix with its number', () => {
    const [p] = withCode(loansOf([{ ...valid, ratePercent: '1,5%' }]).problems, 'value.number.text');
    expect(p?.fix?.value).toBe(1.5);
    expect(p?.message).toEqual({
      id: 'Angka "1,5%" ditulis sebagai teks. Simpan sebagai angka 1,5.',
      en: 'The number "1,5%" is written as text. Store it as the number 1.5.',
    });
  });

  describe('the disbursement row in Kas', () => {
    it('warns when there is none', () => {
      const { problems } = loansOf([valid], []);
      expect(problems.map(placeOf)).toEqual([at('loan.disbursement.missing', 'loanId', 'warning')]);
      expect(problems[0]?.message).toEqual({
        id: 'Pinjaman "P002" tidak punya baris Pencairan Pinjaman di tab Kas. Catat pencairannya di Kas: 01/06/2026, Keluar Rp 500.000, ID Pinjaman P002.',
        en: 'Loan "P002" has no Pencairan Pinjaman (disbursement) row in the Kas tab. Record it in Kas: 01/06/2026, Keluar Rp 500,000, loan ID P002.',
      });
    });

    it('warns when there are two', () => {
      const { problems } = loansOf([valid], [disbursement, { ...disbursement, receiptNo: 'K011' }]);
      expect(problems.map(placeOf)).toEqual([at('loan.disbursement.multiple', 'loanId', 'warning')]);
    });

    it('warns when its amount is not the principal', () => {
      const { problems } = loansOf([valid], [{ ...disbursement, amountOut: 450000 }]);
      expect(problems.map(placeOf)).toEqual([at('loan.disbursement.amount', 'principal', 'warning')]);
      expect(problems[0]?.message).toEqual({
        id: 'Pencairan pinjaman "P002" di Kas baris 7 sebesar Rp 450.000, tetapi Pokok Rp 500.000. Samakan keduanya.',
        en: 'The disbursement of loan "P002" in Kas row 7 is Rp 450,000, but the principal is Rp 500,000. Make them agree.',
      });
    });

    it('warns when it is not dated Tanggal Cair', () => {
      const { problems } = loansOf([valid], [{ ...disbursement, date: d('2026-06-02') }]);
      expect(problems.map(placeOf)).toEqual([at('loan.disbursement.date', 'disbursed', 'warning')]);
    });

    it('does not count a repayment row or another loan', () => {
      const { problems } = loansOf(
        [valid],
        [
          disbursement,
          {
            ...disbursement,
            receiptNo: 'K011',
            category: 'Angsuran Pinjaman',
            amountOut: null,
            amountIn: 55000,
          },
        ],
      );
      expect(problems).toEqual([]);
    });
  });

  it('skips a Jumlah row with no date (with an info) and reads the loan below it', () => {
    const { book, problems } = loansOf([{ loanId: 'Jumlah', principal: 1700000 }, valid]);
    expect(problems.map(placeOf)).toEqual([
      { code: 'row.summary', row: 3, column: '', col: 0, severity: 'info' },
    ]);
    expect(book.loans.map((l) => [l.id, l.row])).toEqual([
      ['P001', 2],
      ['P002', 4],
    ]);
  });

  it('leaves out a loan it cannot schedule, without calling its Kas rows unknown', () => {
    const { book, problems } = loansOf([{ ...valid, method: 'Bunga tetap' }]);
    expect(book.loans.map((l) => l.id)).toEqual(['P001']);
    const all = readBook(
      tabSource(
        sampleTabs({
          Pinjaman: loansGrid([...baseLoans, { ...valid, method: 'x' }]),
          Kas: cashGrid([...baseCash, disbursement]),
        }),
      ),
      { today: TODAY },
    ).problems;
    expect(withCode(all, 'cash.loan.unknown')).toEqual([]);
    expect(problems.length).toBe(1);
  });
});
