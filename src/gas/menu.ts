// The add-on menu (Extensions › Buku Kelompok): Indonesian labels, one handler each.

/** A menu item: its label and the top-level function Apps Script calls. */
interface MenuItem {
  readonly label: string;
  readonly handler: string;
}

/** An item in one line (positional, as a dozen `{ label, handler }` weigh more in the bundle). */
function item(label: string, handler: string): MenuItem {
  return { label, handler };
}

/** Menu items in order. */
export const menuItems: readonly MenuItem[] = [
  item('Buka Panel', 'menuOpenSidebar'),
  item('Siapkan Buku', 'menuSetupBook'),
  item('Periksa Data', 'menuRunChecks'),
  item('Hitung Saldo Pinjaman', 'menuComputeBalances'),
  item('Buat Jurnal Minggu Ini', 'menuJournalThisWeek'),
  item('Buat Jurnal Minggu Lalu', 'menuJournalLastWeek'),
  item('Buat RUK Tahun Ini', 'menuPlanThisYear'),
  item('Buat Saprodi Musim Terakhir', 'menuSaprodiLatest'),
  item('Bantuan', 'menuHelp'),
];

/**
 * The member's own money (docs/book.md §8), before help: the cards, and the SHU of last year and this
 * year. The labels name no year: the menu is built once, when the book opens, with no spreadsheet
 * zone known (AuthMode.NONE), and a book left open over New Year would name the wrong ones; each
 * handler counts the year in the spreadsheet's zone when it runs, and its message names it.
 */
export const memberMoneyItems: readonly MenuItem[] = [
  item('Buat Kartu Semua Anggota', 'menuAllMemberCards'),
  item('Hitung SHU Tahun Lalu', 'menuShuLastYear'),
  item('Hitung SHU Tahun Ini', 'menuShuThisYear'),
];

/** Every item in menu order: the member's own money comes just before help. */
export const allMenuItems = [...menuItems.slice(0, -1), ...memberMoneyItems, ...menuItems.slice(-1)];

/** Builds the menu; safe in `AuthMode.NONE` (it touches nothing but the UI). */
export function buildMenu(ui: GoogleAppsScript.Base.Ui): void {
  const menu = ui.createAddonMenu();
  menuItems.forEach((item, i) => {
    // Separators group the actions: the journal; the plan and farm inputs; the member's money and help.
    if (i === 4 || i === 6 || i === menuItems.length - 1) menu.addSeparator();
    if (i === menuItems.length - 1)
      for (const extra of memberMoneyItems) menu.addItem(extra.label, extra.handler);
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
    '• Siapkan Buku: membuat tab yang belum ada (Pengaturan, Anggota, Kas, Pinjaman, Kegiatan, Perubahan Pinjaman, Daftar Hadir, RUK, Saprodi); tab yang sudah ada tidak diubah.',
    '• Periksa Data: menulis tab Pemeriksaan, tiap masalah dengan tautan ke selnya.',
    '• Hitung Saldo Pinjaman: menulis tab Saldo Pinjaman dan Simpanan per hari ini.',
    '• Buat Jurnal Minggu Ini / Minggu Lalu: menulis tab Jurnal <minggu>.',
    '• Buat RUK Tahun Ini: menulis tab RUK <tahun>, rencana dibanding yang terlaksana.',
    '• Buat Saprodi Musim Terakhir: menulis tab Saprodi <musim> dengan tepat orang, jumlah, waktu dan RDKK.',
    '• Buat Kartu Semua Anggota: menulis tab Kartu Anggota, satu halaman A4 per anggota aktif (satu anggota: dari panel).',
    '• Hitung SHU Tahun Lalu / Tahun Ini: menulis tab SHU <tahun>, pembagian sisa hasil usaha menurut Pengaturan.',
    '',
    'Tab buatan add-on ditimpa setiap kali dibuat ulang; jangan menulis di sana.',
  ].join('\n'),
  en: [
    'Buku Kelompok: the administration book of a farmer group.',
    'Open panel; set up the book (creates missing tabs, never changes existing ones); check data',
    '(writes Pemeriksaan with links to each cell); loan balances (writes Saldo Pinjaman and Simpanan',
    "as of today); this or last week's journal (writes Jurnal <week>); this year's plan (writes RUK <year>);",
    'the latest season of farm inputs (writes Saprodi <season> with the RDKK); member cards (writes Kartu Anggota,',
    "one A4 page per active member); last or this year's share-out (writes SHU <year>). Generated tabs are replaced",
    'whenever they are regenerated: do not type into them.',
  ].join(' '),
};
