// `buku-kelompok setup FILE [--out FILE.xlsx]`: the add-on's `Siapkan Buku` over an .xlsx file. The
// missing input tabs are created, a book an earlier release made gains the Pengaturan keys and the
// dropdown choice added since (docs/book.md §3), and the add-on's own answer is printed. The set-up
// book is written into FILE itself (asked for by naming the command), or with --out into a copy,
// FILE left alone. A FILE that does not exist yet becomes a new book. A book already whole is not
// written at all.
import { lstat, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import type { IsoDate } from '../../core/cell';
import { pick, text, type Bilingual, type Lang } from '../../core/text';
import type { CliCommand } from '../cliCommand';
import { shellWord } from '../cliFormat';
import {
  commonOptions,
  forceFlag,
  json,
  langOption,
  parse,
  commandTime,
  type CliContext,
} from '../cliOptions';
import { localApi, unwrap } from '../localApi';
import { CliError } from '../openBook';
import { oneBookFile } from '../oneBookCommand';
import { outOption, writeInPlace, writeOut, writtenLine } from '../outFile';
import { WorkbookFileError } from '../workbookFileError';
import { XlsxWorkbook } from '../xlsxWorkbook';

const options = {
  out: {
    type: 'string',
    value: 'FILE.xlsx',
    help: text(
      'tulis buku yang sudah disiapkan ke salinan ini; FILE tidak diubah',
      'write the set-up book to this copy; FILE is left as it is',
    ),
  },
  force: forceFlag,
  ...commonOptions,
} as const;

export const setupCommand: CliCommand = {
  name: 'setup',
  operands: 'FILE',
  summary: text(
    'Siapkan Buku: membuat tab isian yang belum ada dan menambahkan kunci Pengaturan serta pilihan yang belum ada pada buku dari rilis lama, lalu menyimpannya ke FILE itu sendiri (atau ke salinan dengan --out). FILE yang belum ada dibuat sebagai buku baru; buku yang sudah lengkap tidak ditulis.',
    'Set up the book (Siapkan Buku): creates the missing input tabs and adds to a book from an earlier release the Pengaturan keys and choices it lacks, then saves it into FILE itself (or into a copy with --out). A FILE that does not exist yet is made a new book; a book already whole is not written.',
  ),
  options,
  examples: [
    'buku-kelompok setup buku.xlsx',
    'buku-kelompok setup buku.xlsx --out buku-siap.xlsx',
    'buku-kelompok setup buku-baru.xlsx --today 2026-11-28',
  ],
  run: runSetup,
};

/** The book to set up: the file's, or a new one when FILE is not there (and no --out is given). */
async function bookToSetUp(
  file: string,
  newAllowed: boolean,
  today: IsoDate,
): Promise<{ workbook: XlsxWorkbook; isNew: boolean }> {
  // Not there at all (a dangling symbolic link is there, and is refused as missing when read), or
  // an empty file (`touch buku.xlsx`): nothing in it to lose.
  const absent = await stat(file).then(
    (found) => found.isFile() && found.size === 0,
    async (e: NodeJS.ErrnoException) =>
      e.code === 'ENOENT' &&
      (await lstat(file).then(
        () => false,
        () => true,
      )),
  );
  if (absent && newAllowed) {
    if (extname(file).toLowerCase() !== '.xlsx')
      throw new CliError(
        'args.fileNotXlsx',
        text(
          `${file} belum ada, dan buku baru harus berakhiran .xlsx: yang ditulis selalu workbook Excel`,
          `${file} does not exist, and a new book's name must end in .xlsx: what is written is always an Excel workbook`,
        ),
      );
    const workbook = XlsxWorkbook.create();
    // The same today writes the same file, byte for byte (as the demo).
    workbook.stampDates(today);
    return { workbook, isNew: true };
  }
  try {
    return { workbook: await XlsxWorkbook.load(file), isNew: false };
  } catch (e) {
    if (e instanceof WorkbookFileError) throw new CliError(e.code, e.text);
    throw e;
  }
}

/** What the printed and JSON reports say was written, or why nothing was. */
function writtenNote(
  file: string,
  out: string | undefined,
  isNew: boolean,
  changed: boolean,
): Bilingual | undefined {
  if (changed) return undefined;
  if (out !== undefined)
    return text(
      `${out} tidak ditulis: ${file} sudah lengkap dan dapat dipakai apa adanya.`,
      `${out} was not written: ${file} is already whole and can be used as it is.`,
    );
  return isNew ? undefined : text(`${file} tidak ditulis ulang.`, `${file} was not rewritten.`);
}

export async function runSetup(args: readonly string[], ctx: CliContext): Promise<number> {
  const { values, positionals } = parse(args, options);
  const time = commandTime(values.today, ctx);
  const { today } = time;
  // Checked before the book is read or written, with --json too.
  const langGiven = langOption(values.lang);
  const file = oneBookFile(positionals, setupCommand);
  const out = outOption(values, [file]);

  const { workbook, isNew } = await bookToSetUp(file, out === undefined, today);
  const before = new Set(workbook.tabNames());
  // The add-on's own action, as the preview runs it: the same plan, the same answer.
  const result = unwrap(localApi({ workbook }, time).setupBook());
  const lang: Lang = langGiven ?? result.overview.lang;
  const created = result.tabs.filter((tab) => !before.has(tab));
  const updated = result.tabs.filter((tab) => before.has(tab));
  const changed = result.tabs.length > 0;

  let written: Bilingual | undefined;
  if (changed && out !== undefined) {
    await writeOut(workbook, out);
    written = writtenLine(out, text('salinan buku yang sudah disiapkan', 'a copy of the book, set up'));
  } else if (changed) {
    await writeInPlace(workbook, file);
    written = isNew
      ? text(`Dibuat ${file}: buku baru`, `Created ${file}: a new book`)
      : text(`Disimpan ${file}: buku yang sudah disiapkan`, `Saved ${file}: the book, set up`);
  }
  const note = writtenNote(file, out?.path, isNew, changed);
  const target = changed && out !== undefined ? out.path : file;
  // The add-on's next step is a menu; at the command line, it is a command.
  const check = text(
    `Periksa buku dengan: buku-kelompok check ${shellWord(target)}`,
    `Check the book with: buku-kelompok check ${shellWord(target)}`,
  );

  // Said once the file is written, on stderr as every command's copy is: stdout stays the report.
  if (written) ctx.err(pick(written, lang));
  if (values.json) {
    ctx.out(
      json({
        file,
        out: out?.path ?? null,
        newBook: isNew,
        changed,
        written: changed ? target : null,
        created,
        updated,
        message: result.message,
      }),
    );
    return 0;
  }
  ctx.out(pick(result.message, lang));
  if (note) ctx.out(pick(note, lang));
  ctx.out(pick(check, lang));
  return 0;
}
