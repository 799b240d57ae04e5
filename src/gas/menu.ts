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
