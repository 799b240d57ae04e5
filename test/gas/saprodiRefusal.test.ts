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
  expect(error).toEqual({
    code: 'tab.unreadable',
    message: {
      id: 'Judul kolom tab "Saprodi" tidak ditemukan, jadi isinya tidak terbaca dan laporan ini tidak dibuat (angkanya akan salah). Jalankan Periksa Data untuk melihat kolom yang belum ada, perbaiki judulnya, lalu coba lagi; tidak ada yang diubah.',
      en: 'The header row of the tab "Saprodi" was not found, so its rows cannot be read and this report was not made (its figures would be wrong). Run Periksa Data (check the data) to see which columns are missing, fix the headers, and try again; nothing was changed.',
    },
  });
  // The menu's Buat Saprodi Musim Terakhir shows the same words.
  book.gas.menuSaprodiLatest!();
  expect(book.world.alerts.at(-1)).toContain(error.message.id);
  expect(book.world.alerts.at(-1)).not.toMatch(/Siapkan Buku/);
});

it('a Saprodi tab whose rows name no season points to Periksa Data, not to Siapkan Buku', () => {
  const book = gasBook();
  fillDemo(book);
  const saprodi = book.world.sheet('Saprodi')!;
  for (let row = 2; row <= saprodi.lastRow(); row += 1) saprodi.put(row, 1, { value: '' });
  const error = refusal(run<ApiResponse<ActionResult>>(book, 'generateSaprodi'));
  expect(error).toEqual({
    code: 'season.none',
    message: {
      id: 'Tab "Saprodi" tidak punya baris yang lengkap: baris yang ada punya kesalahan (mis. Musim Tanam kosong), jadi tidak ada musim tanam untuk laporan ini; tidak ada yang diubah. Jalankan Periksa Data untuk melihat baris itu di tab Pemeriksaan, perbaiki, lalu coba lagi.',
      en: 'The tab "Saprodi" has no complete row: the rows it has have errors (an empty Musim Tanam, say), so there is no season for this report; nothing was changed. Run Periksa Data (check the data) to see those rows in the Pemeriksaan tab, correct them, and try again.',
    },
  });
});

it('a Saprodi tab with its header and no row says to fill it in', () => {
  const book = gasBook();
  fillDemo(book);
  const saprodi = book.world.sheet('Saprodi')!;
  for (let row = 2; row <= saprodi.lastRow(); row += 1)
    for (let col = 1; col <= saprodi.values()[0]!.length; col += 1) saprodi.put(row, col, { value: '' });
  expect(refusal(run<ApiResponse<ActionResult>>(book, 'generateSaprodi'))).toEqual({
    code: 'season.none',
    message: {
      id: 'Tab "Saprodi" belum berisi baris, jadi tidak ada musim tanam untuk laporan ini; tidak ada yang diubah. Isi kebutuhan saprodi per anggota di tab itu (satu baris per anggota, musim tanam dan jenis), lalu coba lagi.',
      en: 'The tab "Saprodi" has no rows yet, so there is no season for this report; nothing was changed. Enter each member’s farm-input needs in it (one row per member, season and kind), and try again.',
    },
  });
});

it('a book without the Saprodi tab is refused as for every report: the tab named, nothing made', () => {
  const book = gasBook();
  fillDemo(book);
  book.world.sheet('Saprodi')!.setName('Pupuk');
  expect(refusal(run<ApiResponse<ActionResult>>(book, 'generateSaprodi')).code).toBe('tab.notFound');
  expect(book.world.sheets.map((s) => s.name)).not.toContain('Saprodi');
});
