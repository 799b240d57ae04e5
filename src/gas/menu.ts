// The add-on menu (Extensions › Buku Kelompok): Indonesian labels, one handler each.

/** Menu items in order: label and the top-level function Apps Script calls. */
export const menuItems: readonly { readonly label: string; readonly handler: string }[] = [
  { label: 'Buka Panel', handler: 'menuOpenSidebar' },
  { label: 'Siapkan Buku', handler: 'menuSetupBook' },
  { label: 'Periksa Data', handler: 'menuRunChecks' },
  { label: 'Hitung Saldo Pinjaman', handler: 'menuComputeBalances' },
  { label: 'Buat Jurnal Minggu Ini', handler: 'menuJournalThisWeek' },
  { label: 'Buat Jurnal Minggu Lalu', handler: 'menuJournalLastWeek' },
  { label: 'Bantuan', handler: 'menuHelp' },
];

/** Builds the menu; safe in `AuthMode.NONE` (it touches nothing but the UI). */
export function buildMenu(ui: GoogleAppsScript.Base.Ui): void {
  const menu = ui.createAddonMenu();
  menuItems.forEach((item, i) => {
    // A separator before the journal items and before help groups the actions.
    if (i === 4 || i === 6) menu.addSeparator();
    menu.addItem(item.label, item.handler);
  });
  menu.addToUi();
}

/** `Bantuan`: what each menu item does, Indonesian first. */
export const helpText = {
  id: [
    'Buku Kelompok: buku administrasi kelompok tani.',
    '',
    '• Buka Panel: ringkasan, masalah data, pinjaman menunggak, jurnal.',
    '• Siapkan Buku: membuat tab yang belum ada (Pengaturan, Anggota, Kas, Pinjaman, Kegiatan); tab yang sudah ada tidak diubah.',
    '• Periksa Data: menulis tab Pemeriksaan, tiap masalah dengan tautan ke selnya.',
    '• Hitung Saldo Pinjaman: menulis tab Saldo Pinjaman dan Simpanan per hari ini.',
    '• Buat Jurnal Minggu Ini / Minggu Lalu: menulis tab Jurnal <minggu>.',
    '',
    'Tab buatan add-on ditimpa setiap kali dibuat ulang; jangan menulis di sana.',
  ].join('\n'),
  en: [
    'Buku Kelompok: the administration book of a farmer group.',
    'Open panel; set up the book (creates missing tabs, never changes existing ones); check data',
    '(writes Pemeriksaan with links to each cell); loan balances (writes Saldo Pinjaman and Simpanan',
    "as of today); this or last week's journal (writes Jurnal <week>). Generated tabs are replaced",
    'whenever they are regenerated: do not type into them.',
  ].join(' '),
};
