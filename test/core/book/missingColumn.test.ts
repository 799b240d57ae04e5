// A row's problem in a column the header row lacks (column 0) says that the column must be added to
// the header first: what the message asks to write has nowhere to go (docs/book.md §1).
import { reviewBook } from '../../../src/core/reviewBook';
import { cashTab } from '../../../src/core/book/schema';
import { problemAt, placeAt } from '../../../src/core/problems/problemCatalogue';
import { baseCash, cashGrid, d, sampleTabs, tabSource, TODAY } from './fixtures';

const iuran = { date: d('2026-11-20'), description: 'Iuran', category: 'Iuran', amountIn: 5000 };
const seen = (p: { row: number; column: string; col: number; message: { id: string; en: string } }) =>
  [p.row, p.column, p.col, p.message.id, p.message.en] as const;

function memberMissing(columns: readonly (typeof cashTab.columns)[number]['key'][]) {
  const kas = cashGrid([...baseCash.filter((r) => r.memberId === undefined), iuran], { columns });
  return reviewBook(tabSource(sampleTabs({ Kas: kas })), TODAY).problems.filter(
    (p) => p.code === 'cash.member.missing',
  );
}

describe('a problem in a column the header row lacks', () => {
  it('says the column must be added to the header row', () => {
    const columns = cashTab.columns.map((c) => c.key).filter((k) => k !== 'memberId');
    expect(memberMissing(columns).map(seen)).toEqual([
      [
        3,
        'ID Anggota',
        0,
        'Kategori Iuran perlu ID Anggota. Tulis ID anggota yang bersangkutan di kolom "ID Anggota". Kolom "ID Anggota" belum ada: tambahkan di baris judul.',
        'The category Iuran needs a member ID. Write the member\'s ID in the column "ID Anggota". Column "ID Anggota" is missing: add it to the header row.',
      ],
    ]);
  });

  it('says nothing more when the column is there', () => {
    expect(memberMissing(cashTab.columns.map((c) => c.key)).map(seen)).toEqual([
      [
        3,
        'ID Anggota',
        5,
        'Kategori Iuran perlu ID Anggota. Tulis ID anggota yang bersangkutan di kolom "ID Anggota".',
        'The category Iuran needs a member ID. Write the member\'s ID in the column "ID Anggota".',
      ],
    ]);
  });

  it('leaves a problem of the whole tab (row 0) as it is', () => {
    const p = problemAt('member.role.chairCount', placeAt('Anggota', 0, 'Jabatan', 0), { count: 0 });
    expect(p.message.id).not.toMatch(/belum ada/);
  });
});
