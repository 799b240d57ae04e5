// Audit (3 December): `Buat Saprodi Musim Terakhir` (menu) on a book whose Saprodi tab is there and
// full of rows, but whose header row is not found or whose rows name no season, is refused with
// `season.none`: "Tab Saprodi belum ada atau belum berisi baris. Jalankan Siapkan Buku, lalu isi
// kebutuhan saprodi per anggota." The tab is there with its rows, and Siapkan Buku then says
// "Semua tab sudah ada; tidak ada yang diubah". Every other report made of a tab whose header row
// is not found says so (`tab.unreadable`, docs/book.md §4), and the command line tells these cases
// apart (README: "with rows left out for their errors, `buku-kelompok check FILE` lists them").
import type { ActionResult, ApiResponse } from '../../src/core/api/types';
import { fillDemo, gasBook, run } from './gasBook';

function refusal(response: ApiResponse<ActionResult>) {
  if (response.ok) throw new Error('expected a refusal');
  return response.error;
}

it('a Saprodi tab whose header row is not found is said as such, as for the other reports', () => {
  const book = gasBook();
  fillDemo(book);
  // "Musim Tanam" typed as "Musim": the header row is not found.
  book.world.sheet('Saprodi')!.put(1, 1, { value: 'Musim' });
  const error = refusal(run<ApiResponse<ActionResult>>(book, 'generateSaprodi'));
  expect(error.code).toBe('tab.unreadable');
  book.gas.menuSaprodiLatest!();
  expect(book.world.alerts.at(-1)).not.toMatch(/Siapkan Buku/);
});

it('a Saprodi tab whose rows name no season does not send the user to Siapkan Buku', () => {
  const book = gasBook();
  fillDemo(book);
  const saprodi = book.world.sheet('Saprodi')!;
  for (let row = 2; row <= saprodi.lastRow(); row += 1) saprodi.put(row, 1, { value: '' });
  const error = refusal(run<ApiResponse<ActionResult>>(book, 'generateSaprodi'));
  expect(error.message.id).not.toMatch(/Siapkan Buku/);
  expect(error.message.id).toMatch(/Periksa Data/);
});
