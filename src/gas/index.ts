// Apps Script entry points: every export becomes a top-level function in dist/Code.js.
import { buildMenu } from './menu';

/** Runs when the spreadsheet opens; may run in AuthMode.NONE, so it only builds the menu. */
export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  buildMenu(SpreadsheetApp.getUi());
}

/** Runs when the add-on is installed: the same menu, at once. */
export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as unknown as GoogleAppsScript.Events.SheetsOnOpen);
}

function notYet(label: string): void {
  SpreadsheetApp.getUi().alert(`${label}: belum tersedia (not yet available).`);
}

export function menuOpenSidebar(): void {
  notYet('Buka Panel');
}
export function menuSetupBook(): void {
  notYet('Siapkan Buku');
}
export function menuRunChecks(): void {
  notYet('Periksa Data');
}
export function menuComputeBalances(): void {
  notYet('Hitung Saldo Pinjaman');
}
export function menuJournalThisWeek(): void {
  notYet('Buat Jurnal Minggu Ini');
}
export function menuJournalLastWeek(): void {
  notYet('Buat Jurnal Minggu Lalu');
}
export function menuHelp(): void {
  notYet('Bantuan');
}
