// A message quotes a cell as the sheet shows it to an Indonesian user (docs/book.md §1): TRUE and
// FALSE, numbers with dots between thousands and a decimal comma, dates as dd/mm/yyyy.
import { reviewBook } from '../../../src/core/reviewBook';
import {
  baseCash,
  baseLoans,
  baseSettings,
  cashGrid,
  d,
  loansGrid,
  sampleTabs,
  settingsGrid,
  tabSource,
  TODAY,
} from './fixtures';
import type { Cell } from '../../../src/core/cell';

const review = (tabs: Parameters<typeof sampleTabs>[0]) => reviewBook(tabSource(sampleTabs(tabs)), TODAY);
const seen = (p: { row: number; column: string; col: number; message: { id: string; en: string } }) =>
  [p.row, p.column, p.col, p.message.id, p.message.en] as const;

/** The problems on the Kas row of the repayment K004 (sheet row 5), its Masuk holding `amountIn`. */
function masuk(amountIn: Cell) {
  const kas = cashGrid(baseCash.map((r) => (r.receiptNo === 'K004' ? { ...r, amountIn } : r)));
  return review({ Kas: kas }).problems.filter((p) => p.tab === 'Kas' && p.row === 5);
}

/** The problems of Pinjaman when P001's Jumlah Angsuran (sheet row 2, column 7) holds `installments`. */
const angsuran = (installments: Cell) =>
  review({ Pinjaman: loansGrid([{ ...baseLoans[0]!, installments }]) }).problems.filter(
    (p) => p.tab === 'Pinjaman',
  );

describe('values quoted as the sheet shows them', () => {
  it('quotes TRUE in Masuk as TRUE', () => {
    expect(masuk(true).map(seen)).toEqual([
      [
        5,
        'Masuk',
        7,
        '"TRUE" tidak terbaca sebagai jumlah uang. Tulis Rupiah bulat sebagai angka, mis. 1500000 (bukan "1,5 juta" atau "1.500,50").',
        '"TRUE" cannot be read as an amount of money. Write whole Rupiah as a number, e.g. 1500000 (not "1,5 juta" or "1.500,50").',
      ],
    ]);
  });

  it('quotes a fraction of money as 1.500.000,5, in English 1,500,000.5', () => {
    expect(masuk(1500000.5).map(seen)).toEqual([
      [
        5,
        'Masuk',
        7,
        'Jumlah uang harus Rupiah bulat, tanpa sen: 1.500.000,5. Bulatkan ke Rupiah penuh.',
        'Money must be whole Rupiah, without cents: 1,500,000.5. Round it to whole Rupiah.',
      ],
    ]);
  });

  it('still masks a NIK typed as a number into Masuk', () => {
    expect(masuk(3203011505800001).map((p) => p.message.id)).toEqual([
      'Jumlah uang "3203••••••••0000" terlalu besar: paling banyak Rp 999.999.999.999. Periksa angka nol yang berlebih.',
    ]);
  });

  it('quotes a fraction of a whole number as 2,5, in English 2.5', () => {
    expect(angsuran(2.5).map(seen)).toEqual([
      [
        2,
        'Jumlah Angsuran',
        7,
        '"2,5" harus angka bulat. Tulis angka tanpa koma.',
        '"2.5" must be a whole number. Write it without decimals.',
      ],
    ]);
  });

  it.each([
    [1e20, '100.000.000.000.000.000.000', '100,000,000,000,000,000,000'],
    [1e300, '1E+300', '1E+300'],
  ])('says a whole number %d is too large, not that it is no whole number', (cell, shown, shownEn) => {
    expect(angsuran(cell).map(seen)).toEqual([
      [
        2,
        'Jumlah Angsuran',
        7,
        `Angka "${shown}" terlalu besar: periksa nol yang berlebih.`,
        `The number "${shownEn}" is too large: check for extra zeros.`,
      ],
    ]);
  });

  it('keeps a group name typed as a date as the sheet shows it, 01/01/2026', () => {
    const { book } = review({
      Pengaturan: settingsGrid({ ...baseSettings, 'Nama Kelompok': d('2026-01-01') }),
    });
    expect(book.settings.groupName).toBe('01/01/2026');
  });
});
