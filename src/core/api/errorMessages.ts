// What the user reads when an action cannot be done: one bilingual message per stable error code.
import type { ApiError } from './types';
import { quotedValue } from '../problems/problemCatalogue';
import { text as t, type Bilingual } from '../text';

type Params = Readonly<Record<string, string>>;

/**
 * `"Simpanan"`, or '' when the adapter did not say which tab (the sentence still reads). Quoted as a
 * problem message quotes a cell: short, and a NIK or phone number masked (docs/book.md §10).
 */
const quoted = (value: string | undefined): string => (value ? `"${quotedValue(value)}"` : '');

/** Each code's message: fixed words, or words built from the parameters the error carries. */
const messages: Record<string, Bilingual | ((p: Params) => Bilingual)> = {
  'lock.timeout': t(
    'Buku sedang dipakai oleh proses lain (mungkin pengguna lain). Tunggu sebentar lalu coba lagi; tidak ada yang diubah.',
    'The book is busy with another action (perhaps another user). Wait a moment and try again; nothing was changed.',
  ),
  'tab.notGenerated': (p) => ({
    id: `Tab ${quoted(p.tab)} sudah ada tetapi tidak dibuat oleh Buku Kelompok, jadi tidak ditimpa. Ganti nama tab itu${p.tab ? ` (mis. "${p.tab} lama")` : ''} lalu coba lagi; tidak ada yang diubah.`,
    en: `A tab ${quoted(p.tab)} already exists but was not made by Buku Kelompok, so it is not overwritten. Rename that tab${p.tab ? ` (e.g. "${p.tab} lama")` : ''} and try again; nothing was changed.`,
  }),
  'tab.notFound': (p) =>
    t(
      `Tab ${quoted(p.tab)} tidak ditemukan. Periksa nama tab, atau jalankan Siapkan Buku untuk membuat tab yang belum ada.`,
      `The tab ${quoted(p.tab)} was not found. Check the tab's name, or run Siapkan Buku (set up the book) to create missing tabs.`,
    ),
  'tab.unreadable': (p) =>
    t(
      `Judul kolom tab ${quoted(p.tab)} tidak ditemukan, jadi isinya tidak terbaca dan laporan ini tidak dibuat (angkanya akan salah). Jalankan Periksa Data untuk melihat kolom yang belum ada, perbaiki judulnya, lalu coba lagi; tidak ada yang diubah.`,
      `The header row of the tab ${quoted(p.tab)} was not found, so its rows cannot be read and this report was not made (its figures would be wrong). Run Periksa Data (check the data) to see which columns are missing, fix the headers, and try again; nothing was changed.`,
    ),
  'tab.exists': (p) =>
    t(
      `Tab ${quoted(p.tab)} sudah ada dan tidak diubah.`,
      `The tab ${quoted(p.tab)} already exists and was left as it is.`,
    ),
  'permission.denied': t(
    'Anda tidak punya izin mengubah spreadsheet ini (atau bagian yang dilindungi). Minta akses edit kepada pemiliknya; tidak ada yang diubah.',
    'You may not edit this spreadsheet (or a protected part of it). Ask its owner for edit access; nothing was changed.',
  ),
  'auth.required': t(
    'Add-on ini belum diizinkan memakai spreadsheet ini. Buka lagi menu Ekstensi › Buku Kelompok, izinkan saat diminta, lalu coba lagi; tidak ada yang diubah.',
    'The add-on is not yet allowed to use this spreadsheet. Open Extensions › Buku Kelompok again, allow it when asked, then try again; nothing was changed.',
  ),
  'sheet.cellLimit': t(
    'Spreadsheet ini sudah mencapai batas Google Sheets, 10 juta sel (sel kosong ikut dihitung): tab baru tidak muat. Hapus tab yang tidak dipakai lagi, atau baris dan kolom kosong, lalu coba lagi; tidak ada yang diubah.',
    "This spreadsheet has reached Google Sheets' limit of 10 million cells (empty cells count too): the new tab does not fit. Delete tabs no longer used, or empty rows and columns, and try again; nothing was changed.",
  ),
  'book.noTabs': t(
    'Buku ini belum punya tab Buku Kelompok (Pengaturan, Anggota, Kas, Pinjaman, dan lainnya). Jalankan Siapkan Buku dulu, lalu isi datanya.',
    'This book has none of the Buku Kelompok tabs yet (Pengaturan, Anggota, Kas, Pinjaman and the others). Run Siapkan Buku (set up the book) first, then fill them in.',
  ),
  'fix.notFound': t(
    'Masalah ini sudah tidak ada (mungkin sudah diperbaiki). Muat ulang panel untuk melihat keadaan terbaru.',
    'This problem is no longer there (perhaps already fixed). Reload the panel to see the current state.',
  ),
  'fix.stale': (p) =>
    t(
      `Sel ${p.cell ?? ''} sudah berubah sejak pemeriksaan (atau barisnya bergeser), jadi perbaikan tidak diterapkan; tidak ada yang diubah. Periksa lagi untuk melihat keadaan terbaru.`,
      `The cell ${p.cell ?? ''} has changed since the check (or its row moved), so the fix was not applied; nothing was changed. Check again to see the current state.`,
    ),
  'fix.formula': (p) =>
    t(
      `Sel ${p.cell ?? ''} berisi rumus, jadi perbaikan tidak ditulis (rumusnya akan hilang); tidak ada yang diubah. Ubah rumusnya, atau ganti sel itu dengan nilainya sendiri.`,
      `The cell ${p.cell ?? ''} holds a formula, so the fix was not written (the formula would be lost); nothing was changed. Change the formula, or replace the cell with its value yourself.`,
    ),
  'fix.invalid': t(
    'Permintaan perbaikan tidak lengkap atau tidak dikenal; tidak ada yang diubah. Muat ulang panel lalu coba lagi.',
    'The fix request is incomplete or not recognised; nothing was changed. Reload the panel and try again.',
  ),
  'cell.outside': (p) =>
    t(
      `Sel ${p.cell ?? ''} sudah tidak ada di tab ${quoted(p.tab)} (mungkin baris atau kolomnya dihapus). Periksa lagi untuk memperbarui daftar masalah.`,
      `The cell ${p.cell ?? ''} is no longer in the tab ${quoted(p.tab)} (perhaps its row or column was deleted). Check again to refresh the list of problems.`,
    ),
  'cell.tabGone': (p) =>
    t(
      `Tab ${quoted(p.tab)} sudah tidak ada (mungkin namanya diganti atau tab itu dihapus sejak pemeriksaan). Periksa lagi untuk memperbarui daftar masalah.`,
      `The tab ${quoted(p.tab)} is no longer there (perhaps it was renamed or deleted since the check). Check again to refresh the list of problems.`,
    ),
  'fix.none': t(
    'Masalah ini tidak punya perbaikan otomatis; perbaiki sel itu sendiri.',
    'This problem has no automatic fix; correct the cell yourself.',
  ),
  'date.invalid': (p) =>
    t(
      `Tanggal ${quoted(p.value)} tidak benar; tulis sebagai yyyy-mm-dd, mis. 2026-11-28.`,
      `The date ${quoted(p.value)} is not valid; write it as yyyy-mm-dd, e.g. 2026-11-28.`,
    ),
  // The tab is there (without it: `tab.notFound`), read, and names no season: `left` when the rows
  // it has were left out for their errors. Setting the book up again would not help.
  'season.none': (p) =>
    p.left
      ? t(
          `Tab ${quoted(p.tab)} tidak punya baris yang lengkap: baris yang ada punya kesalahan (mis. Musim Tanam kosong), jadi tidak ada musim tanam untuk laporan ini; tidak ada yang diubah. Jalankan Periksa Data untuk melihat baris itu di tab Pemeriksaan, perbaiki, lalu coba lagi.`,
          `The tab ${quoted(p.tab)} has no complete row: the rows it has have errors (an empty Musim Tanam, say), so there is no season for this report; nothing was changed. Run Periksa Data (check the data) to see those rows in the Pemeriksaan tab, correct them, and try again.`,
        )
      : t(
          `Tab ${quoted(p.tab)} belum berisi baris, jadi tidak ada musim tanam untuk laporan ini; tidak ada yang diubah. Isi kebutuhan saprodi per anggota di tab itu (satu baris per anggota, musim tanam dan jenis), lalu coba lagi.`,
          `The tab ${quoted(p.tab)} has no rows yet, so there is no season for this report; nothing was changed. Enter each member’s farm-input needs in it (one row per member, season and kind), and try again.`,
        ),
  'season.unknown': (p) =>
    t(
      `Musim tanam ${quoted(p.value)} tidak ada di tab Saprodi. Yang ada: ${p.seasons ?? ''}.`,
      `The season ${quoted(p.value)} is not in the Saprodi tab. Seasons there: ${p.seasons ?? ''}.`,
    ),
  'lang.invalid': (p) =>
    t(
      `Bahasa ${quoted(p.value)} tidak dikenal; pilih id atau en.`,
      `Unknown language ${quoted(p.value)}; choose id or en.`,
    ),
  'cell.invalid': t('Sel yang diminta tidak ada.', 'The requested cell does not exist.'),
  'html.missing': t(
    'Panel tidak ditemukan dalam pemasangan add-on. Pasang ulang add-on.',
    'The panel is missing from the add-on installation. Reinstall the add-on.',
  ),
  'member.notFound': (p) =>
    t(
      `Anggota dengan ID ${quoted(p.value)} tidak ada di tab Anggota. Pilih anggota dari daftar.`,
      `No member with the ID ${quoted(p.value)} in the Anggota tab. Pick a member from the list.`,
    ),
  'member.noneActive': (p) =>
    t(
      `Tidak ada anggota aktif pada ${p.date ?? ''}: Kartu Anggota tidak ditulis; tidak ada yang diubah.`,
      `No member is active on ${p.date ?? ''}: Kartu Anggota was not written; nothing was changed.`,
    ),
  'year.invalid': (p) =>
    t(
      `Tahun ${quoted(p.value)} tidak dapat dipakai; tulis tahun empat angka, 2000 sampai ${p.last ?? 2100}.`,
      `The year ${quoted(p.value)} cannot be used; write a four-digit year, 2000 to ${p.last ?? 2100}.`,
    ),
  internal: t(
    'Terjadi kesalahan yang tidak terduga; tidak ada yang diubah bila tindakan terputus. Coba lagi; bila berulang, laporkan kepada pengelola add-on.',
    'Something unexpected went wrong; an interrupted action changes nothing. Try again; if it happens again, tell the add-on maintainer.',
  ),
};

/** The message of a code; an unknown code gets the generic one, never a stack trace. */
export function apiError(code: string, params: Params = {}): ApiError {
  const entry = messages[code] ?? messages.internal!;
  const text = typeof entry === 'function' ? entry(params) : entry;
  const tidy = (s: string) => s.replace(/ {2,}/g, ' ');
  return { code, message: { id: tidy(text.id), en: tidy(text.en) } };
}
