// Every word of the sidebar's own chrome, Indonesian first with English beside it.
import { text, type Text } from '../../src/core/text';

export const strings = {
  title: text('Buku Kelompok', 'Group Book'),
  loading: text('Memuat data buku…', 'Loading the book…'),
  retry: text('Coba lagi', 'Try again'),
  asOf: text('Per', 'As of'),
  figures: text('Ringkasan', 'Summary'),
  actions: text('Tindakan', 'Actions'),
  problems: text('Masalah data', 'Data problems'),
  noProblems: text('Tidak ada masalah data.', 'No data problems.'),
  loansAtRisk: text('Pinjaman perlu perhatian', 'Loans needing attention'),
  noLoansAtRisk: text('Tidak ada pinjaman yang menunggak.', 'No loans are past due.'),
  week: text('Minggu', 'Week'),
  language: text('Bahasa', 'Language'),
  fix: text('Perbaiki', 'Fix'),
  definitionOf: text('Arti', 'Meaning of'),
  notComputable: text('tidak dapat dihitung', 'cannot be computed'),
  missingTabs: text('Tab belum ada:', 'Tabs not found:'),
  wholeTab: text('Seluruh tab', 'Whole tab'),
  row: text('Baris', 'Row'),
  column: text('Kolom', 'Column'),
  days: text('hari', 'days'),
  andMore: text('dan {n} lainnya — lihat tab Pemeriksaan', 'and {n} more — see the Pemeriksaan tab'),
  andMoreLoans: text('dan {n} pinjaman lainnya', 'and {n} more loans'),
  showMore: text('Tampilkan {n} lagi ({left} belum tampil)', 'Show {n} more ({left} not shown)'),
  loadingMore: text('Memuat lanjutan daftar…', 'Loading more of the list…'),
  errors: text('kesalahan', 'errors'),
  warnings: text('peringatan', 'warnings'),
  notes: text('catatan', 'notes'),
  error: text('kesalahan', 'error'),
  warning: text('peringatan', 'warning'),
  note: text('catatan', 'note'),
  info: text('catatan', 'note'),
  goTo: text('Buka sel', 'Go to cell'),
  runCheck: text('Periksa Data', 'Check Data'),
  runCheckBusy: text('Memeriksa data…', 'Checking the data…'),
  computeBalances: text('Hitung Saldo Pinjaman', 'Compute Loan Balances'),
  computeBalancesBusy: text('Menghitung saldo…', 'Computing balances…'),
  generateJournal: text('Buat Jurnal', 'Make Journal'),
  generateJournalBusy: text('Membuat jurnal…', 'Making the journal…'),
  setupBook: text('Siapkan Buku', 'Set Up Book'),
  setupBookBusy: text('Menyiapkan buku…', 'Setting up the book…'),
  applyFixBusy: text('Memperbaiki sel…', 'Fixing the cell…'),
  setLanguageBusy: text('Mengganti bahasa…', 'Switching language…'),
  goToCellBusy: text('Membuka sel…', 'Opening the cell…'),
  goToCellDone: text('Sel {cell} dipilih.', 'Cell {cell} selected.'),
} satisfies Record<string, Text>;

/** Replaces `{name}` placeholders. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}
