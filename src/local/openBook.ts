// Opens an .xlsx file as a checked book for the command line, or says in one line why it cannot.
import { reviewBook, type ReviewedBook } from '../core/reviewBook';
import { findTab } from '../core/book/findTab';
import { inputTabs } from '../core/book/schema';
import type { IsoDate } from '../core/cell';
import { basename } from 'node:path';
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
    if (e instanceof WorkbookFileError) throw lockFileError(file) ?? new CliError(e.code, e.text);
    throw e;
  }
  const names = workbook.tabNames();
  if (!inputTabs.some((spec) => findTab(names, spec) !== undefined)) {
    // A file this tool wrote (summary --out, a tab written alone): no book, and setting it up would
    // make one, a group that does not exist, in the next summary.
    if (names.length > 0 && names.every((n) => workbook.isGenerated(n)))
      throw new CliError(
        'book.generatedOnly',
        text(
          `${file} adalah hasil Buku Kelompok (tab ${names.join(', ')}), bukan buku kelompok: tidak dibaca sebagai buku.`,
          `${file} was written by Buku Kelompok (tab ${names.join(', ')}), not a group's book: it is not read as a book.`,
        ),
      );
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

/**
 * The lock file Excel keeps beside a book while it is open (`~$buku.xlsx`): said as such, not as a
 * file that is no workbook, for what the user needs to know is that the book is open, and that what
 * is typed there and not saved is not read.
 */
function lockFileError(file: string): CliError | undefined {
  if (!basename(file).startsWith('~$')) return undefined;
  const book = basename(file).slice(2);
  return new CliError(
    'file.excelLock',
    text(
      `${file} adalah file kunci Excel: buku ${book} sedang dibuka di Excel. File ini tidak dibaca; baca ${book} sendiri, dan simpan dulu di Excel apa yang belum disimpan.`,
      `${file} is Excel's lock file: the book ${book} is open in Excel. This file is not read; read ${book} itself, after saving in Excel what is not saved yet.`,
    ),
  );
}
