// What every command over one book does the same way: take its one FILE, print its report with the
// note on the book's open problems, and write the copy that `--out` asks for.
import type { IsoDate } from '../core/cell';
import type { ReviewedBook } from '../core/reviewBook';
import { toYmd } from '../core/isoDate';
import { pick, text, type Lang } from '../core/text';
import { openProblemsNote } from './cliFormat';
import { usageLine, type CliCommand } from './cliCommand';
import { FIRST_OPTION_YEAR, LAST_OPTION_YEAR, type CliContext } from './cliOptions';
import { CliError, openBook, type OpenedBook } from './openBook';
import type { Report } from '../core/book/reportNeeds';
import { copyWithTabs, writeOut, writtenLine, type OutTarget } from './outFile';

/** The command's one book file; a usage error when none or more than one is named. */
export function oneBookFile(positionals: readonly string[], command: CliCommand): string {
  const [file, ...rest] = positionals;
  if (file === undefined || rest.length > 0)
    throw new CliError('args.noFile', {
      id: `Sebutkan satu file buku: ${usageLine(command)}`,
      en: `Name one book file: ${usageLine(command)}`,
    });
  return file;
}

/**
 * `--year`: a four-digit calendar year, 2000 to `last` (2100, or this year for a command whose year
 * must have begun); this year when not given.
 */
export function yearOption(value: string | undefined, today: IsoDate, last = LAST_OPTION_YEAR): number {
  if (value === undefined) return toYmd(today).year;
  const year = Number(value);
  if (!/^\d{4}$/.test(value) || year < FIRST_OPTION_YEAR || year > LAST_OPTION_YEAR)
    throw new CliError(
      'args.year',
      text(
        `--year harus tahun empat angka ${FIRST_OPTION_YEAR} sampai ${last}, mis. 2026 (bukan "${value}")`,
        `--year must be a four-digit year ${FIRST_OPTION_YEAR} to ${last}, e.g. 2026 (not "${value}")`,
      ),
    );
  if (year > last)
    throw new CliError(
      'args.yearNotBegun',
      text(
        `--year ${value} belum dimulai (hari ini ${today}): tulis tahun ${FIRST_OPTION_YEAR} sampai ${last}`,
        `--year ${value} has not begun yet (today is ${today}): give a year from ${FIRST_OPTION_YEAR} to ${last}`,
      ),
    );
  return year;
}

/** Prints the report's lines, then, when the book still has errors or warnings, the note saying so. */
export function printReport(
  ctx: CliContext,
  lines: readonly string[],
  opened: Pick<OpenedBook, 'file' | 'problems'>,
  lang: Lang,
): void {
  for (const line of lines) ctx.out(line);
  const note = openProblemsNote(opened.problems, opened.file, lang);
  if (note) ctx.out(`\n${note}`);
}

/**
 * Opens the book and runs `report` on it (what the command prints); hands back the book's workbook
 * and what `report` returned. With `keepReview` (for `--out`) it hands back the checked book too, so
 * that the action writing the tabs takes it instead of reading and checking the book a second time;
 * without, the checked book is let go.
 */
export async function reportOnBook<T>(
  file: string,
  today: IsoDate,
  report: (opened: OpenedBook) => T,
  options: {
    readonly readOnce?: boolean;
    readonly keepReview?: boolean;
    readonly letFileGo?: boolean;
    readonly needs?: Report;
  } = {},
): Promise<{
  readonly workbook: OpenedBook['workbook'];
  readonly reported: T;
  readonly reviewed?: ReviewedBook;
}> {
  const opened = await openBook(file, today, options);
  const reported = report(opened);
  if (!options.keepReview) return { workbook: opened.workbook, reported };
  const { book, problems, credit, savings } = opened;
  return { workbook: opened.workbook, reported, reviewed: { book, problems, credit, savings } };
}

/**
 * Prints the report now, or with --out hands the printing back, to be done once the copy is written:
 * a run whose write fails prints no report that a script would take for the output of a good run.
 * Without --out nothing is held for later (the checked book goes as soon as the report is printed).
 */
export function printNowOrAfterWrite(afterWrite: boolean, print: () => void): () => void {
  if (afterWrite) return print;
  print();
  return () => {};
}

/** Writes the book, with the tabs the API just wrote into it, to `out`, and says so on stderr. */
export async function writeCopy(
  ctx: CliContext,
  opened: Pick<OpenedBook, 'workbook'>,
  out: OutTarget,
  tabs: readonly string[],
  lang: Lang,
): Promise<void> {
  await writeOut(opened.workbook, out);
  ctx.err(pick(writtenLine(out, copyWithTabs(tabs)), lang));
}
