// Opens an .xlsx file as a checked book for the command line, or says in one line why it cannot.
import { existsSync, mkdirSync, realpathSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { reviewBook, type ReviewedBook } from '../core/reviewBook';
import { findTab } from '../core/book/findTab';
import { inputTabs } from '../core/book/schema';
import type { IsoDate } from '../core/cell';
import { text, type Text } from '../core/text';
import { AtomicWriteError } from './atomicWrite';
import { WorkbookFileError } from './workbookFileError';
import { XlsxWorkbook } from './xlsxWorkbook';

/** A failure the command line reports in one line and exit code 2. */
export class CliError extends Error {
  constructor(
    readonly code: string,
    readonly text: Text,
  ) {
    super(text.en);
    this.name = 'CliError';
  }
}

export interface OpenedBook extends ReviewedBook {
  readonly file: string;
  readonly workbook: XlsxWorkbook;
}

/** Loads the file into memory (the file itself is never written) and runs the checks as of today. */
export async function openBook(file: string, today: IsoDate): Promise<OpenedBook> {
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
        `${file} tidak berisi tab buku yang dikenal (${expected})`,
        `${file} has none of the book's tabs (${expected})`,
      ),
    );
  }
  return { file, workbook, ...reviewBook(workbook, today) };
}

/** `--out` must be another file than the input: the input is never modified. */
export function refuseSameFile(input: string, out: string): void {
  const same =
    resolve(input) === resolve(out) ||
    (existsSync(input) && existsSync(out) && realpathSync(input) === realpathSync(out));
  if (same)
    throw new CliError(
      'args.outIsInput',
      text(
        `--out tidak boleh sama dengan file masukan (${input}): file masukan tidak pernah diubah`,
        `--out may not be the input file (${input}): the input is never modified`,
      ),
    );
}

/** Writes a workbook to a file, creating its folder; a failure is one line, not a stack trace. */
export async function saveBook(workbook: XlsxWorkbook, file: string): Promise<void> {
  try {
    mkdirSync(dirname(resolve(file)), { recursive: true });
    await workbook.save(file);
  } catch (e) {
    if (e instanceof AtomicWriteError) throw new CliError('file.write', e.text);
    const code = (e as NodeJS.ErrnoException).code ?? (e instanceof Error ? e.message : 'error');
    throw new CliError(
      'file.write',
      text(`File tidak dapat ditulis: ${file} (${code})`, `Cannot write the file ${file} (${code})`),
    );
  }
}
