// Opens an .xlsx file as a checked book for the command line, or says in one line why it cannot.
import { reviewBook, type ReviewedBook } from '../core/reviewBook';
import { findTab } from '../core/book/findTab';
import { inputTabs } from '../core/book/schema';
import type { IsoDate } from '../core/cell';
import { text, type Bilingual } from '../core/text';
import { WorkbookFileError } from './workbookFileError';
import { XlsxWorkbook } from './xlsxWorkbook';
import type { Report } from '../core/book/reportNeeds';
import { refuseMissingTabs, refuseUnreadTabs, setupCommandLine } from './requiredTabs';

/** A failure the command line reports in one line and exit code 2. */
export class CliError extends Error {
  constructor(
    readonly code: string,
    readonly text: Bilingual,
  ) {
    super(text.en);
    this.name = 'CliError';
  }
}

export interface OpenedBook extends ReviewedBook {
  readonly file: string;
  readonly workbook: XlsxWorkbook;
}

/**
 * Loads the file into memory (the file itself is never written) and runs the checks as of today.
 * With `readOnce` (a command that reads the book no further), each tab's cells are let go as soon as
 * the checks have their rows: at district scale they are the larger part of the memory. With
 * `letFileGo` (a command that also writes no copy) the file's bytes go before the checks. With
 * `needs`, a book without a tab the command reads is refused before it is checked, and one whose
 * such tab has no header row found, after.
 */
export async function openBook(
  file: string,
  today: IsoDate,
  options: { readonly readOnce?: boolean; readonly letFileGo?: boolean; readonly needs?: Report } = {},
): Promise<OpenedBook> {
  let workbook: XlsxWorkbook;
  try {
    workbook = await XlsxWorkbook.load(file);
  } catch (e) {
    if (e instanceof WorkbookFileError) throw new CliError(e.code, e.text);
    throw e;
  }
  const names = workbook.tabNames();
  if (!inputTabs.some((spec) => findTab(names, spec) !== undefined)) {
    const expected = inputTabs.map((t) => t.name).join(', ');
    throw new CliError(
      'book.noTabs',
      text(
        `${file} tidak berisi tab buku yang dikenal (${expected}). Siapkan buku dengan perintah ${setupCommandLine(file)}`,
        `${file} has none of the book's tabs (${expected}). Set the book up with the command ${setupCommandLine(file)}`,
      ),
    );
  }
  if (options.needs) refuseMissingTabs(file, names, options.needs);
  if (options.readOnce) workbook.readEachTabOnce();
  // Every tab is read by now: a command that writes no copy needs the file's bytes no more.
  if (options.letFileGo) workbook.letFileGo();
  const reviewed = reviewBook(workbook, today);
  if (options.needs) refuseUnreadTabs(file, names, reviewed.problems, options.needs);
  return { file, workbook, ...reviewed };
}
