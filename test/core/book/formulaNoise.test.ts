// A formula's floating-point noise is no fraction (docs/book.md §2): a number cell whole at the 15
// significant digits a spreadsheet shows is read as that whole number; a typed fraction is refused.
import { reviewBook } from '../../../src/core/reviewBook';
import { baseCash, baseLoans, cashGrid, loansGrid, sampleTabs, tabSource, TODAY } from './fixtures';

const review = (tabs: Parameters<typeof sampleTabs>[0]) => reviewBook(tabSource(sampleTabs(tabs)), TODAY);
/** The base Kas with the repayment K004 (sheet row 5, Rp 118.000) of another amount. */
const repaid = (amountIn: number) =>
  cashGrid(baseCash.map((r) => (r.receiptNo === 'K004' ? { ...r, amountIn } : r)));
const seen = (p: { row: number; column: string; col: number; message: { id: string } }) =>
  [p.row, p.column, p.col, p.message.id] as const;

describe('money with floating-point noise', () => {
  it('reads a repayment stored as 118000.00000000003 as Rp 118.000: no problem, and the loan has no arrears', () => {
    const clean = review({});
    const noisy = review({ Kas: repaid(118000.00000000003) });
    expect(noisy.problems).toEqual(clean.problems);
    expect(noisy.book.cash.find((c) => c.receiptNo === 'K004')?.amountIn).toBe(118000);
    expect(noisy.credit.loans).toEqual(clean.credit.loans);
  });

  it('still refuses a typed 1500000.5, at its row and column', () => {
    const found = review({ Kas: repaid(1500000.5) }).problems.filter(
      (p) => p.code === 'value.money.fraction',
    );
    expect(found.map(seen)).toEqual([
      [5, 'Masuk', 7, 'Jumlah uang harus Rupiah bulat, tanpa sen: 1.500.000,5. Bulatkan ke Rupiah penuh.'],
    ]);
  });
});

describe('whole numbers with floating-point noise', () => {
  const installments = (n: number) => loansGrid([{ ...baseLoans[0]!, installments: n }]);

  it('reads Jumlah Angsuran stored as 12.000000000000002 as 12', () => {
    const noisy = review({ Pinjaman: installments(12.000000000000002) });
    expect(noisy.problems).toEqual(review({}).problems);
    expect(noisy.book.loans[0]?.installments).toBe(12);
  });

  it('still refuses a typed 12.5, at its row and column', () => {
    const found = review({ Pinjaman: installments(12.5) }).problems.filter((p) => p.tab === 'Pinjaman');
    expect(found.map(seen)).toEqual([
      [2, 'Jumlah Angsuran', 7, '"12,5" harus angka bulat. Tulis angka tanpa koma.'],
    ]);
  });
});
