// Audit (3 December): user A's problem list names Kas; user B renames the tab (`Kas 2026`, as a
// group starting a new year's book does). A clicks a problem: goToCell answers `tab.notFound`,
// whose words advise "jalankan Siapkan Buku untuk membuat tab yang belum ada". Done, that makes an
// empty Kas beside the renamed one, and every figure is then read from the empty tab. docs/book.md
// §4 says why the sidebar must not advise it ("a cash tab kept under another name wants renaming,
// not an empty Kas beside it"); a stale list is said as such elsewhere (`cell.outside`: "Periksa lagi
// untuk memperbarui daftar masalah").
import { createApi } from '../../src/core/api/createApi';
import type { ApiResponse, Overview } from '../../src/core/api/types';
import { LocalHost } from '../../src/local/localHost';
import { XlsxWorkbook } from '../../src/local/xlsxWorkbook';
import { demoBytes } from '../local/demoBytes';
import { fillDemo, gasBook, run } from './gasBook';

function ok<T>(response: ApiResponse<T>): T {
  if (!response.ok) throw new Error(`${response.error.code}: ${response.error.message.en}`);
  return response.data;
}

/** What goToCell answers for a tab no longer there: the list is out of date, check again. */
const tabGone = (tab: string) => ({
  ok: false,
  error: {
    code: 'cell.tabGone',
    message: {
      id: `Tab "${tab}" sudah tidak ada (mungkin namanya diganti atau tab itu dihapus sejak pemeriksaan). Periksa lagi untuk memperbarui daftar masalah.`,
      en: `The tab "${tab}" is no longer there (perhaps it was renamed or deleted since the check). Check again to refresh the list of problems.`,
    },
  },
});

it('a problem whose tab was renamed since the check says to check again, not to set up the book', () => {
  const book = gasBook();
  fillDemo(book);
  const problem = ok(run<ApiResponse<Overview>>(book, 'getOverview')).problems.items.find(
    (p) => p.tab === 'Kas' && p.row > 0,
  )!;
  book.world.sheet('Kas')!.setName('Kas 2026');
  const names = book.world.sheets.map((s) => s.name);
  const res = run<ApiResponse<null>>(book, 'goToCell', problem.tab, problem.row, Math.max(problem.col, 1));
  expect(res).toEqual(tabGone('Kas'));
  // Nothing selected, no tab made.
  expect(book.world.activeRange).toBeNull();
  expect(book.world.sheets.map((s) => s.name)).toEqual(names);
});

it('a tab deleted since the check is said the same way', () => {
  const book = gasBook();
  fillDemo(book);
  expect(run<ApiResponse<null>>(book, 'goToCell', 'Hilang', 1, 1)).toEqual(tabGone('Hilang'));
});

it('the local preview says the same of a tab not in the file', async () => {
  const today = '2026-12-03';
  const workbook = await XlsxWorkbook.fromBuffer(await demoBytes(today));
  const api = createApi(new LocalHost(workbook, { today, clock: () => new Date() }));
  expect(api.goToCell('Kas 2026', 2, 1)).toEqual(tabGone('Kas 2026'));
  expect(api.goToCell('Kas', 2, 1)).toEqual({ ok: true, data: null });
});
