// Money typed as text with a minus (`-1.500.000`) is refused as a number cell's minus is, in the
// words of its tab: an amount cannot be negative (docs/book.md §2, §3 Kas and Pengaturan).
import { reviewBook } from '../../../src/core/reviewBook';
import type { Cell } from '../../../src/core/cell';
import { baseCash, baseSettings, cashGrid, sampleTabs, settingsGrid, tabSource, TODAY } from './fixtures';

const review = (tabs: Parameters<typeof sampleTabs>[0]) => reviewBook(tabSource(sampleTabs(tabs)), TODAY);
const seen = (p: {
  row: number;
  column: string;
  col: number;
  code: string;
  message: { id: string; en: string };
}) => [p.row, p.column, p.col, p.code, p.message.id, p.message.en] as const;

/** The problems on Kas row 5 (the repayment K004) when its Masuk holds `amountIn`. */
const masuk = (amountIn: Cell) =>
  review({
    Kas: cashGrid(baseCash.map((r) => (r.receiptNo === 'K004' ? { ...r, amountIn } : r))),
  }).problems.filter((p) => p.tab === 'Kas' && p.row === 5);

describe('negative money typed as text', () => {
  it.each(['-1.500.000', '-Rp 1.500.000'])(
    'says on Kas that %j cannot be negative, as for a number cell',
    (text) => {
      const said = [
        5,
        'Masuk',
        7,
        'cash.amount.negative',
        'Jumlah tidak boleh minus: -Rp 1.500.000. Tulis uang masuk di kolom Masuk dan uang keluar di kolom Keluar, tanpa tanda minus.',
        'An amount cannot be negative: -Rp 1,500,000. Write money in under Masuk and money out under Keluar, without a minus sign.',
      ];
      expect(masuk(text).map(seen)).toEqual([said]);
      expect(masuk(-1500000).map(seen)).toEqual([said]);
    },
  );

  it('says in Pengaturan that the opening balance cannot be negative', () => {
    const { problems } = review({
      Pengaturan: settingsGrid({ ...baseSettings, 'Saldo Awal Kas': '-1.000.000' }),
    });
    expect(problems.filter((p) => p.tab === 'Pengaturan').map(seen)).toEqual([
      [
        8,
        'Nilai',
        2,
        'settings.openingBalance.negative',
        'Saldo Awal Kas tidak boleh minus: -Rp 1.000.000. Tulis saldo kas yang sebenarnya (0 bila kosong).',
        'The opening cash balance cannot be negative: -Rp 1,000,000. Write the real cash balance (0 when none).',
      ],
    ]);
  });

  it('still refuses text that is no amount after its minus', () => {
    expect(masuk('--1.500.000').map((p) => [p.code, p.column, p.message.id])).toEqual([
      [
        'value.money.invalid',
        'Masuk',
        '"--1.500.000" tidak terbaca sebagai jumlah uang. Tulis Rupiah bulat sebagai angka, mis. 1500000 (bukan "1,5 juta" atau "1.500,50").',
      ],
    ]);
  });
});
