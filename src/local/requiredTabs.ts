// The command line's refusal of a book without a tab its report is made from (exit 2, the tab named),
// never reported on as a book with nothing in it (an SHU of Rp 0, an empty portfolio). Which tabs
// each report needs is the core's table (src/core/book/reportTabs.ts), the add-on's too.
import { findTab } from '../core/book/findTab';
import { missingFor, unreadFor, type Report } from '../core/book/reportNeeds';
import type { Problem } from '../core/problems/problem';
import { loansTab } from '../core/book/schema';
import { text, type Bilingual } from '../core/text';
import { shellWord } from './cliFormat';
import { CliError } from './openBook';

/** Refuses the book in `file` (its tabs `names`) when a tab the command `needs` reads is missing. */
export function refuseMissingTabs(file: string, names: readonly string[], needs: Report): void {
  const missing = missingFor(names, needs).map((spec) => spec.name);
  if (missing.length === 0) return;
  const tabs = missing.join(', ');
  const one = missing.length === 1;
  const setup = setupCommandLine(file);
  throw new CliError(
    'book.tabMissing',
    text(
      `${file} tidak punya tab ${tabs}, yang diperlukan perintah ${needs}. Buat tab itu dengan perintah ${setup} (di Google Sheets: menu Siapkan Buku), atau ganti nama tab yang ada menjadi ${missing.map((n) => `"${n}"`).join(', ')}.`,
      `${file} has no ${one ? 'tab' : 'tabs'} ${tabs}, which the command ${needs} needs. Create ${one ? 'it' : 'them'} with the command ${setup} (in Google Sheets: the menu Set up book, Siapkan Buku), or rename an existing tab to ${missing.map((n) => `"${n}"`).join(', ')}.`,
    ),
  );
}

/**
 * Refuses the book in `file` when a tab the command `needs` is there but its header row was not
 * found (`problems`, the book's checks): none of its rows were read, and a report made without them
 * is that of a book without the tab (every loan unpaid, for Kas). The check's own message says which
 * headers are missing.
 */
export function refuseUnreadTabs(
  file: string,
  names: readonly string[],
  problems: readonly Problem[],
  needs: Report,
): void {
  const tab = unreadFor(names, problems, needs);
  if (tab === undefined) return;
  const why = problems.find((p) => p.code === 'tab.header.notFound' && p.tab === tab)!.message;
  throw new CliError(
    'book.tabUnreadable',
    text(
      `${file}: tab ${tab} tidak dapat dibaca, jadi perintah ${needs} tidak dijalankan (tanpa isi tab itu angkanya salah). ${why.id}`,
      `${file}: the tab ${tab} cannot be read, so the command ${needs} was not run (without that tab's rows its figures would be wrong). ${why.en}`,
    ),
  );
}

/**
 * Said by a command that lists loans (journal, messages) on a book without `Pinjaman`: a group
 * without a revolving fund still has its journal, but an empty list is not left to mean "nothing
 * due". Undefined when the book has the tab.
 */
export function noLoansTabNote(file: string, names: readonly string[]): Bilingual | undefined {
  if (findTab(names, loansTab) !== undefined) return undefined;
  const setup = setupCommandLine(file);
  return text(
    `Buku ini tidak punya tab Pinjaman: tidak ada pinjaman, angsuran jatuh tempo, atau penagihan yang dapat dicantumkan. Bila kelompok punya dana bergulir, buat tab itu dengan perintah ${setup} (di Google Sheets: menu Siapkan Buku).`,
    `The book has no Pinjaman tab: no loans, installments due or collections can be listed. If the group runs a revolving fund, create the tab with the command ${setup} (in Google Sheets: the menu Set up book, Siapkan Buku).`,
  );
}

/** The command that sets the book up (`setup`), as the person would type it. */
export function setupCommandLine(file: string): string {
  return `buku-kelompok setup ${shellWord(file)}`;
}
