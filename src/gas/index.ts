// Apps Script entry points: every export becomes a top-level function in dist/Code.js. Thin: each
// builds the Host over the real services, calls the core's API and hands back plain JSON.
import { createApi } from '../core/api/createApi';
import { apiError } from '../core/api/errorMessages';
import type { ActionResult, ApiResponse, FixRequest } from '../core/api/types';
import type { IsoDate } from '../core/cell';
import type { Lang, Bilingual } from '../core/text';
import { buildMenu, helpText } from './menu';
import { HostError } from '../core/workbook';
import { SheetsHost } from './sheetsHost';
import { toHostError } from './sheetsErrors';

/** Runs when the spreadsheet opens; may run in AuthMode.NONE, so it only builds the menu. */
export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  buildMenu(SpreadsheetApp.getUi());
}

/** Runs when the add-on is installed: the same menu, at once. */
export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as unknown as GoogleAppsScript.Events.SheetsOnOpen);
}

function api() {
  const host = new SheetsHost({ SpreadsheetApp, LockService, PropertiesService, Utilities });
  return createApi(host, { report: (error) => console.error(error) });
}

/** What crosses google.script.run: plain JSON only (no Date, no undefined, no class). */
function plain<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** Even building the Host may fail (no spreadsheet, services refused): still an ApiResponse. */
function call<T>(fn: () => ApiResponse<T>): ApiResponse<T> {
  try {
    return plain(fn());
  } catch (error) {
    // Apps Script refusing the spreadsheet itself (AuthMode.NONE, access withdrawn) is said as such.
    const known = toHostError(error);
    if (known instanceof HostError) return { ok: false, error: apiError(known.code, known.params) };
    console.error(error);
    return { ok: false, error: apiError('internal') };
  }
}

function bilingual(text: Bilingual): string {
  return `${text.id}\n\n(${text.en})`;
}

function alertResult(response: ApiResponse<ActionResult>): void {
  SpreadsheetApp.getUi().alert(bilingual(response.ok ? response.data.message : response.error.message));
}

/* ---------------------------------------------------------------- menu */

export function menuOpenSidebar(): void {
  let html: GoogleAppsScript.HTML.HtmlOutput;
  try {
    html = HtmlService.createHtmlOutputFromFile('sidebar').setTitle('Buku Kelompok');
  } catch (error) {
    console.error(error);
    SpreadsheetApp.getUi().alert(bilingual(apiError('html.missing').message));
    return;
  }
  // Showing it may be refused otherwise (the add-on not yet allowed): said as what it is.
  const shown = call(() => {
    SpreadsheetApp.getUi().showSidebar(html);
    return { ok: true, data: null };
  });
  if (!shown.ok) SpreadsheetApp.getUi().alert(bilingual(shown.error.message));
}
export function menuSetupBook(): void {
  alertResult(call(() => api().setupBook()));
}
export function menuRunChecks(): void {
  alertResult(call(() => api().runChecks()));
}
export function menuComputeBalances(): void {
  alertResult(call(() => api().computeBalances()));
}
export function menuJournalThisWeek(): void {
  alertResult(call(() => api().generateJournalOf(0)));
}
export function menuJournalLastWeek(): void {
  alertResult(call(() => api().generateJournalOf(1)));
}
export function menuAllMemberCards(): void {
  alertResult(call(() => api().generateAllMemberCards()));
}
export function menuShuLastYear(): void {
  alertResult(call(() => api().computeShuOf(1)));
}
export function menuShuThisYear(): void {
  alertResult(call(() => api().computeShuOf(0)));
}
export function menuPlanThisYear(): void {
  alertResult(call(() => api().generatePlan()));
}

export function menuSaprodiLatest(): void {
  alertResult(call(() => api().generateSaprodi()));
}

export function menuHelp(): void {
  SpreadsheetApp.getUi().alert(bilingual(helpText));
}

/* ---------------------------------------------------------------- the sidebar's API (apiFunctionNames) */

export function getOverview() {
  return call(() => api().getOverview());
}
export function runChecks() {
  return call(() => api().runChecks());
}
export function computeBalances(asOf?: IsoDate) {
  return call(() => api().computeBalances(asOf));
}
export function generateJournal(week: string) {
  return call(() => api().generateJournal(week));
}
export function setupBook() {
  return call(() => api().setupBook());
}
export function goToCell(tab: string, row: number, col: number) {
  return call(() => api().goToCell(tab, row, col));
}
export function applyFix(request: FixRequest) {
  return call(() => api().applyFix(request));
}
export function setLanguage(lang: Lang) {
  return call(() => api().setLanguage(lang));
}
export function getProblems(offset: number, reading?: string) {
  return call(() => api().getProblems(offset, reading));
}
export function getLoansAtRisk(offset: number, reading?: string) {
  return call(() => api().getLoansAtRisk(offset, reading));
}
export function getMembers(offset: number, query?: string) {
  return call(() => api().getMembers(offset, query));
}
export function getMessages(offset: number, reading?: string) {
  return call(() => api().getMessages(offset, reading));
}
export function generateMemberCard(memberId: string, asOf?: IsoDate) {
  return call(() => api().generateMemberCard(memberId, asOf));
}
export function generateAllMemberCards(asOf?: IsoDate) {
  return call(() => api().generateAllMemberCards(asOf));
}
export function computeShu(year: number) {
  return call(() => api().computeShu(year));
}

export function generatePlan(year?: number) {
  return call(() => api().generatePlan(year));
}

export function generateSaprodi(season?: string) {
  return call(() => api().generateSaprodi(season));
}
