// Audit (3 December): user A's problem list names Kas; user B renames the tab (`Kas 2026`, as a
// group starting a new year's book does). A clicks a problem: goToCell answers `tab.notFound`,
// whose words advise "jalankan Siapkan Buku untuk membuat tab yang belum ada". Done, that makes an
// empty Kas beside the renamed one, and every figure is then read from the empty tab. docs/book.md
// §4 says why the sidebar must not advise it ("a cash tab kept under another name wants renaming,
// not an empty Kas beside it"); a stale list is said as such elsewhere (`cell.outside`: "Periksa lagi
// untuk memperbarui daftar masalah").
import type { ApiResponse, Overview } from '../../src/core/api/types';
import { fillDemo, gasBook, run } from './gasBook';

function ok<T>(response: ApiResponse<T>): T {
  if (!response.ok) throw new Error(`${response.error.code}: ${response.error.message.en}`);
  return response.data;
}

it('a problem whose tab was renamed since the check says to check again, not to set up the book', () => {
  const book = gasBook();
  fillDemo(book);
  const problem = ok(run<ApiResponse<Overview>>(book, 'getOverview')).problems.items.find(
    (p) => p.tab === 'Kas' && p.row > 0,
  )!;
  book.world.sheet('Kas')!.setName('Kas 2026');
  const res = run<ApiResponse<null>>(book, 'goToCell', problem.tab, problem.row, Math.max(problem.col, 1));
  if (res.ok) throw new Error('expected a refusal');
  expect(res.error.message.id).not.toMatch(/Siapkan Buku/);
  expect(res.error.message.en).not.toMatch(/Siapkan Buku/);
  expect(res.error.message.id).toMatch(/Periksa lagi/);
});
