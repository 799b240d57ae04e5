// What the user reads when an action cannot be done: one bilingual message per stable error code.
import type { ApiError } from './types';
import type { Bilingual } from '../text';

type Params = Readonly<Record<string, string>>;

/** `"Simpanan"`, or '' when the adapter did not say which tab (the sentence still reads). */
const quoted = (value: string | undefined): string => (value ? `"${value}"` : '');

const messages: Record<string, (p: Params) => Bilingual> = {
  'lock.timeout': () => ({
    id: 'Buku sedang dipakai oleh proses lain (mungkin pengguna lain). Tunggu sebentar lalu coba lagi; tidak ada yang diubah.',
    en: 'The book is busy with another action (perhaps another user). Wait a moment and try again; nothing was changed.',
  }),
  'tab.notGenerated': (p) => ({
    id: `Tab ${quoted(p.tab)} sudah ada tetapi tidak dibuat oleh Buku Kelompok, jadi tidak ditimpa. Ganti nama tab itu${p.tab ? ` (mis. "${p.tab} lama")` : ''} lalu coba lagi; tidak ada yang diubah.`,
    en: `A tab ${quoted(p.tab)} already exists but was not made by Buku Kelompok, so it is not overwritten. Rename that tab${p.tab ? ` (e.g. "${p.tab} lama")` : ''} and try again; nothing was changed.`,
  }),
  'tab.notFound': (p) => ({
    id: `Tab ${quoted(p.tab)} tidak ditemukan. Periksa nama tab, atau jalankan Siapkan Buku untuk membuat tab yang belum ada.`,
    en: `The tab ${quoted(p.tab)} was not found. Check the tab's name, or run Siapkan Buku (set up the book) to create missing tabs.`,
  }),
  'tab.exists': (p) => ({
    id: `Tab ${quoted(p.tab)} sudah ada dan tidak diubah.`,
    en: `The tab ${quoted(p.tab)} already exists and was left as it is.`,
  }),
  'permission.denied': () => ({
    id: 'Anda tidak punya izin mengubah spreadsheet ini (atau bagian yang dilindungi). Minta akses edit kepada pemiliknya; tidak ada yang diubah.',
    en: 'You may not edit this spreadsheet (or a protected part of it). Ask its owner for edit access; nothing was changed.',
  }),
  'book.noTabs': () => ({
    id: 'Buku ini belum punya tab Buku Kelompok (Pengaturan, Anggota, Kas, Pinjaman, Kegiatan). Jalankan Siapkan Buku dulu, lalu isi datanya.',
    en: 'This book has none of the Buku Kelompok tabs yet (Pengaturan, Anggota, Kas, Pinjaman, Kegiatan). Run Siapkan Buku (set up the book) first, then fill them in.',
  }),
  'fix.notFound': () => ({
    id: 'Masalah ini sudah tidak ada (mungkin sudah diperbaiki). Muat ulang panel untuk melihat keadaan terbaru.',
    en: 'This problem is no longer there (perhaps already fixed). Reload the panel to see the current state.',
  }),
  'fix.stale': (p) => ({
    id: `Sel ${p.cell ?? ''} sudah berubah sejak pemeriksaan (atau barisnya bergeser), jadi perbaikan tidak diterapkan; tidak ada yang diubah. Periksa lagi untuk melihat keadaan terbaru.`,
    en: `The cell ${p.cell ?? ''} has changed since the check (or its row moved), so the fix was not applied; nothing was changed. Check again to see the current state.`,
  }),
  'fix.invalid': () => ({
    id: 'Permintaan perbaikan tidak lengkap atau tidak dikenal; tidak ada yang diubah. Muat ulang panel lalu coba lagi.',
    en: 'The fix request is incomplete or not recognised; nothing was changed. Reload the panel and try again.',
  }),
  'cell.outside': (p) => ({
    id: `Sel ${p.cell ?? ''} sudah tidak ada di tab ${quoted(p.tab)} (mungkin baris atau kolomnya dihapus). Periksa lagi untuk memperbarui daftar masalah.`,
    en: `The cell ${p.cell ?? ''} is no longer in the tab ${quoted(p.tab)} (perhaps its row or column was deleted). Check again to refresh the list of problems.`,
  }),
  'fix.none': () => ({
    id: 'Masalah ini tidak punya perbaikan otomatis; perbaiki sel itu sendiri.',
    en: 'This problem has no automatic fix; correct the cell yourself.',
  }),
  'date.invalid': (p) => ({
    id: `Tanggal ${quoted(p.value)} tidak benar; tulis sebagai yyyy-mm-dd, mis. 2026-11-28.`,
    en: `The date ${quoted(p.value)} is not valid; write it as yyyy-mm-dd, e.g. 2026-11-28.`,
  }),
  'season.none': () => ({
    id: 'Tab Saprodi belum ada atau belum berisi baris. Jalankan Siapkan Buku, lalu isi kebutuhan saprodi per anggota.',
    en: 'The Saprodi tab is missing or has no rows yet. Run Siapkan Buku (set up the book), then enter each member’s farm-input needs.',
  }),
  'season.unknown': (p) => ({
    id: `Musim tanam ${quoted(p.value)} tidak ada di tab Saprodi. Yang ada: ${p.seasons ?? ''}.`,
    en: `The season ${quoted(p.value)} is not in the Saprodi tab. Seasons there: ${p.seasons ?? ''}.`,
  }),
  'lang.invalid': (p) => ({
    id: `Bahasa ${quoted(p.value)} tidak dikenal; pilih id atau en.`,
    en: `Unknown language ${quoted(p.value)}; choose id or en.`,
  }),
  'cell.invalid': () => ({
    id: 'Sel yang diminta tidak ada.',
    en: 'The requested cell does not exist.',
  }),
  'html.missing': () => ({
    id: 'Panel tidak ditemukan dalam pemasangan add-on. Pasang ulang add-on (dist/sidebar.html).',
    en: 'The panel is missing from the add-on installation. Reinstall the add-on (dist/sidebar.html).',
  }),
  'member.notFound': (p) => ({
    id: `Anggota dengan ID ${quoted(p.value)} tidak ada di tab Anggota. Pilih anggota dari daftar.`,
    en: `No member with the ID ${quoted(p.value)} in the Anggota tab. Pick a member from the list.`,
  }),
  'year.invalid': (p) => ({
    id: `Tahun ${quoted(p.value)} tidak dapat dipakai; tulis tahun empat angka, 2000 sampai 2100.`,
    en: `The year ${quoted(p.value)} cannot be used; write a four-digit year, 2000 to 2100.`,
  }),
  internal: () => ({
    id: 'Terjadi kesalahan yang tidak terduga; tidak ada yang diubah bila tindakan terputus. Coba lagi; bila berulang, laporkan kepada pengelola add-on.',
    en: 'Something unexpected went wrong; an interrupted action changes nothing. Try again; if it happens again, tell the add-on maintainer.',
  }),
};

/** The message of a code; an unknown code gets the generic one, never a stack trace. */
export function apiError(code: string, params: Params = {}): ApiError {
  const text = (messages[code] ?? messages.internal!)(params);
  const tidy = (s: string) => s.replace(/ {2,}/g, ' ');
  return { code, message: { id: tidy(text.id), en: tidy(text.en) } };
}
