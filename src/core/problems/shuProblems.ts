// Problems of the year-end share-out's settings in Pengaturan (docs/book.md §8).
import { e, type Arg, type Figure } from './problemKind';

/** A Pembagian SHU that cannot be used as written: the default split stands in for it meanwhile. */
const splitError = <A extends object = Record<never, never>>(id: string, en: string) =>
  e<A>(`${id} Sementara dipakai pembagian baku.`, `${en} The default split is used for now.`);

export const shuProblems = {
  'settings.shuCategory.unknown': e<{ value: Arg; setting: Arg; example: Arg }>(
    'Kategori "{value}" di {setting} bukan kategori Kas. Tulis kategori Kas dipisah titik koma, mis. {example}. Sementara dipakai {example}.',
    '"{value}" in {setting} is not a Kas category. Write Kas categories separated by semicolons, e.g. {example}. {example} is used for now.',
  ),
  'settings.shuCategory.notAllowed': e<{ value: Arg; setting: Arg; example: Arg }>(
    'Kategori "{value}" tidak boleh di {setting}: simpanan anggota dan pokok pinjaman bukan pendapatan atau biaya kelompok, dan jasa pinjaman sudah dihitung dari angsuran. Hapus kategori itu. Sementara dipakai {example}.',
    'The category "{value}" may not be in {setting}: members\' savings and loan principal are neither income nor cost of the group, and loan jasa is already counted from repayments. Remove it. {example} is used for now.',
  ),
  'settings.shuCategory.both': e<{ value: Arg }>(
    'Kategori "{value}" ada di Pendapatan SHU dan di Biaya SHU. Tulis di salah satu saja. Sementara kategori itu dihitung sebagai pendapatan saja.',
    'The category "{value}" is in both Pendapatan SHU (income) and Biaya SHU (costs). Keep it in one. For now it is counted as income only.',
  ),
  'settings.shuParts.entry': splitError<{ value: Arg }>(
    'Bagian "{value}" di Pembagian SHU tidak terbaca. Tulis nama lalu persen (lebih dari 0, paling banyak 100), dipisah titik koma, mis. Cadangan 25; Jasa Simpanan 30.',
    'The part "{value}" in Pembagian SHU cannot be read. Write a name and a percentage (above 0, at most 100), separated by semicolons, e.g. Cadangan 25; Jasa Simpanan 30.',
  ),
  'settings.shuParts.duplicate': splitError<{ value: Arg }>(
    'Bagian "{value}" ditulis dua kali di Pembagian SHU. Gabungkan persennya.',
    'The part "{value}" is written twice in Pembagian SHU. Add its percentages together.',
  ),
  'settings.shuParts.noReserve': splitError(
    'Pembagian SHU tidak punya bagian Cadangan, tempat sisa Rupiah pembulatan. Tambahkan "Cadangan" dengan persennya.',
    'Pembagian SHU has no Cadangan (reserve) part, which takes the Rupiah left by rounding. Add "Cadangan" with its percentage.',
  ),
  'settings.shuParts.sum': splitError<{ sum: Figure }>(
    'Persen di Pembagian SHU berjumlah {sum}, bukan 100. Ubah persennya sampai jumlahnya 100.',
    'The percentages in Pembagian SHU add up to {sum}, not 100. Change them until they add up to 100.',
  ),
};
