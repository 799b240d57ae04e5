// Problems of tabs, header rows and summary rows (docs/book.md §1).
import { e, w, i, type Arg } from './problemKind';

export const tabProblems = {
  'tab.missing': e<{ tab: Arg }>(
    (a) =>
      `Tab "${a.tab}" tidak ada. Buat tab itu (menu Siapkan Buku) atau ganti nama tab yang ada menjadi "${a.tab}".`,
    (a) =>
      `The tab "${a.tab}" is missing. Create it (menu Set up book) or rename an existing tab to "${a.tab}".`,
  ),
  'tab.ambiguous': w<{ tab: Arg; names: Arg; used: Arg }>(
    (a) =>
      `Ada lebih dari satu tab untuk "${a.tab}": ${a.names}. Yang dibaca hanya "${a.used}"; hapus atau ganti nama tab lainnya.`,
    (a) =>
      `More than one tab stands for "${a.tab}": ${a.names}. Only "${a.used}" is read; delete or rename the others.`,
  ),
  'tab.header.notFound': e<{ tab: Arg; missing: Arg }>(
    (a) =>
      `Baris judul kolom tidak ditemukan di 10 baris pertama tab "${a.tab}": kolom ${a.missing} tidak ada. Tulis judul kolom itu dalam satu baris.`,
    (a) =>
      `No header row in the first 10 rows of the tab "${a.tab}": the column(s) ${a.missing} are missing. Write those headers in one row.`,
  ),
  'tab.header.duplicate': w<{ firstCol: Arg }>(
    (a) =>
      `Kolom "${a.column}" ada dua kali (juga kolom ke-${a.firstCol}). Yang dibaca hanya yang pertama; hapus atau ganti nama yang ini.`,
    (a) =>
      `The column "${a.column}" appears twice (also column ${a.firstCol}). Only the first is read; delete or rename this one.`,
  ),
  'row.summary': i<{ value: Arg }>(
    (a) =>
      `Baris ringkasan "${a.value}" dilewati: jumlah dan saldo dihitung sendiri oleh add-on. Saldo awal kas ditulis di Pengaturan (Saldo Awal Kas).`,
    (a) =>
      `Summary row "${a.value}" skipped: the add-on computes totals and balances itself. An opening cash balance goes into Pengaturan (Saldo Awal Kas).`,
  ),
};
