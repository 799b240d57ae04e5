// Problems of tabs, header rows and summary rows (docs/book.md §1).
import { e, w, i, type Arg } from './problemKind';

export const tabProblems = {
  // Said in Sheets and on the command line alike: both ways to make the tab (a CLI audit: the menu only).
  'tab.missing': e<{ tab: Arg }>(
    'Tab "{tab}" tidak ada. Buat tab itu dengan Siapkan Buku (menu add-on, atau perintah buku-kelompok setup) atau ganti nama tab yang ada menjadi "{tab}".',
    'The tab "{tab}" is missing. Create it with Siapkan Buku (the add-on menu, or the command buku-kelompok setup) or rename an existing tab to "{tab}".',
  ),
  'tab.ambiguous': w<{ tab: Arg; names: Arg; used: Arg }>(
    'Ada lebih dari satu tab untuk "{tab}": {names}. Yang dibaca hanya "{used}"; hapus atau ganti nama tab lainnya.',
    'More than one tab stands for "{tab}": {names}. Only "{used}" is read; delete or rename the others.',
  ),
  'tab.header.notFound': e<{ tab: Arg; missing: Arg }>(
    'Baris judul kolom tidak ditemukan di 10 baris pertama tab "{tab}": kolom {missing} tidak ada. Tulis judul kolom itu dalam satu baris.',
    'No header row in the first 10 rows of the tab "{tab}": the column(s) {missing} are missing. Write those headers in one row.',
  ),
  'tab.merged': w<{ range: Arg; first: Arg }>(
    'Sel {range} digabung: hanya baris {first} yang berisi nilainya, baris lainnya terbaca kosong. Pisahkan sel gabungan itu dan tulis nilainya di setiap baris.',
    'The cells {range} are merged: only row {first} holds the value, the other rows read empty. Unmerge them and write the value in each row.',
  ),
  'tab.header.duplicate': w<{ firstCol: Arg }>(
    'Kolom "{column}" ada dua kali (juga kolom {firstCol}). Yang dibaca hanya yang pertama; hapus atau ganti nama yang ini.',
    'The column "{column}" appears twice (also column {firstCol}). Only the first is read; delete or rename this one.',
  ),
  // `tab`: the canonical name; only Kas holds the cash whose opening balance is a setting.
  'row.summary': i<{ value: Arg; tab: Arg }>(
    (a) =>
      `Baris ringkasan "${a.value}" dilewati: jumlah dan saldo dihitung sendiri oleh add-on.${a.tab === 'Kas' ? ' Saldo awal kas ditulis di Pengaturan (Saldo Awal Kas).' : ''}`,
    (a) =>
      `Summary row "${a.value}" skipped: the add-on computes totals and balances itself.${a.tab === 'Kas' ? ' An opening cash balance goes into Pengaturan (Saldo Awal Kas).' : ''}`,
  ),
};
