// Audit (3 December): the line an action leaves in the sidebar's status (and in the menu's alert)
// writes its counts bare: "1206 peringatan" beside the Peringatan card's "1.206", and in English
// "1 loans, 1 members". The README: figures read as the sidebar writes them, "counts grouped
// (`1,137 rows`) in English"; sidebar/view/format.ts formatCount groups them, and formatCountOf
// says "1 error", "3 errors".
import type { ActionResult, ApiResponse, Overview } from '../../src/core/api/types';
import { addDays } from '../../src/core/isoDate';
import { formatCount } from '../../sidebar/view/format';
import { fillDemo, gasBook, run } from './gasBook';

function ok<T>(response: ApiResponse<T>): T {
  if (!response.ok) throw new Error(`${response.error.code}: ${response.error.message.en}`);
  return response.data;
}

it('Periksa Data on a book with over a thousand warnings: the count grouped, as on the card', () => {
  const book = gasBook();
  fillDemo(book);
  const kas = book.world.sheet('Kas')!;
  const first = kas.lastRow() + 1;
  const day = { time: book.world.typedDate(addDays(book.today, -30)).getTime() };
  for (let i = 0; i < 1200; i += 1)
    [day, `BX-${1000 + i}`, `Iuran ${i}`, 'Iuran', 'A001', '', `Rp ${10 + (i % 50)}.000`].forEach((v, c) =>
      kas.put(first + i, c + 1, { value: v as never }),
    );
  const result = ok(run<ApiResponse<ActionResult>>(book, 'runChecks'));
  const warnings = ok(run<ApiResponse<Overview>>(book, 'getOverview')).cards.find(
    (c) => c.key === 'warnings',
  )!;
  expect(warnings.value).toBeGreaterThan(999);
  expect(result.message.id).toContain(`${formatCount(warnings.value!, 'id')} peringatan`);
  expect(result.message.en).toContain(`${formatCount(warnings.value!, 'en')} warnings`);
});

it('Hitung Saldo Pinjaman on a book of one member and one loan says "1 loan, 1 member" in English', () => {
  const book = gasBook();
  ok(run<ApiResponse<ActionResult>>(book, 'setupBook'));
  const type = (tab: string, row: number, cells: readonly string[]) =>
    cells.forEach((v, c) => v && book.world.sheet(tab)!.type(row, c + 1, v));
  const joined = addDays(book.today, -330);
  const lent = addDays(book.today, -300);
  type('Anggota', 2, ['A001', 'Siti Aminah', '', 'P', '', 'Anggota', '', '', joined, 'Aktif']);
  type('Pinjaman', 2, ['P001', 'A001', lent, '1000000', '1,5', 'Flat', '10', 'Bulanan']);
  type('Kas', 2, [lent, 'BK-1', 'Pencairan P001', 'Pencairan Pinjaman', 'A001', 'P001', '', '1000000']);
  const result = ok(run<ApiResponse<ActionResult>>(book, 'computeBalances'));
  expect(result.message.en).toBe('Tabs Saldo Pinjaman and Simpanan written: 1 loan, 1 member.');
});
