// `buku-kelompok check FILE… [--json] [--today DATE] [--lang id|en]`: the problems of each book.
import { countBySeverity } from '../../core/problems/problem';
import { pick, text, type Lang } from '../../core/text';
import { count, countsLine, groupedPlural, longDate, oneLine, problemsByTab, UNREADABLE } from '../cliFormat';
import { checkBookJson, type CheckBookJson, type CheckFailureJson } from '../cliJson';
import { usageLine, type CliCommand } from '../cliCommand';
import { commonOptions, langOption, parse, todayOption, type CliContext } from '../cliOptions';
import { printJson } from '../jsonPieces';
import { namedOnce } from '../namedOnce';
import { CliError, openBook } from '../openBook';

// `--lang`'s default is the book's Bahasa, as for every command that prints a book.
const options = { ...commonOptions } as const;

export const checkCommand: CliCommand = {
  name: 'check',
  operands: 'FILE…',
  summary: text(
    'Memeriksa satu buku atau lebih: tiap masalah dengan tab, baris dan kolomnya. File buku tidak diubah.',
    'Checks one or more books: each problem with its tab, row and column. The books are not changed.',
  ),
  options,
  examples: ['buku-kelompok check buku.xlsx', 'buku-kelompok check desa/*.xlsx --json > masalah.json'],
  run: runCheck,
};

/** Exit 0 when no book has errors, 1 when any has, 2 when an argument or a file is unusable. */
export async function runCheck(args: readonly string[], ctx: CliContext): Promise<number> {
  const { values, positionals } = parse(args, options);
  const today = todayOption(values.today, ctx);
  // Each book in its own Bahasa unless --lang is given, as the other commands print a book.
  const langGiven = langOption(values.lang);
  const langsRead = new Set<Lang>();
  // The language of what is about no one book (a file it cannot read, the tally): --lang, else the
  // Bahasa of every book read so far when they share one, else Indonesian.
  const sharedLang = (): Lang => langGiven ?? (langsRead.size === 1 ? [...langsRead][0]! : 'id');
  // The same file named twice is read once, as `export` reads it; said on stderr.
  const { files, repeats } = namedOnce(positionals);
  for (const r of repeats) ctx.err(`${r.note.id} / ${r.note.en}`);
  const many = files.length > 1;
  if (positionals.length === 0)
    throw new CliError('args.noFile', {
      id: `Sebutkan file buku: ${usageLine(checkCommand)}`,
      en: `Name the book's file: ${usageLine(checkCommand)}`,
    });

  // Kept for --json only: as text, each book is printed when checked.
  const books: (CheckBookJson | CheckFailureJson)[] = [];
  let unreadable = 0;
  let read = 0;
  let withErrors = 0;
  for (const file of files) {
    try {
      // Only the book and its problems are kept: the credit report and the savings the checks
      // computed go (a district book's loans and their installments are about 100 MB).
      const { book, problems } = await openBook(file, today, { readOnce: true, letFileGo: true });
      const counts = countBySeverity(problems);
      read += 1;
      if (counts.error > 0) withErrors += 1;
      const lang = langGiven ?? book.settings.language;
      langsRead.add(lang);
      if (values.json) books.push(checkBookJson(file, problems));
      else {
        const group = book.settings.groupName;
        // One line whatever the name holds (Alt+Enter in Nama Kelompok), as a table's cell.
        ctx.out(oneLine(`${file}${group ? ` — ${group}` : ''}`));
        ctx.out(
          `${countsLine(counts, lang)}${lang === 'en' ? ` (as of ${longDate(today, lang)})` : ` (per ${longDate(today, lang)})`}`,
        );
        for (const line of problemsByTab(problems, lang)) ctx.out(line);
        ctx.out('');
      }
    } catch (e) {
      if (!(e instanceof CliError)) throw e;
      unreadable += 1;
      books.push({ file, error: { code: e.code, message: e.text } });
      // Over many files, in the report too (`check * > laporan.txt`): its block, with why.
      if (many && !values.json) {
        const lang = sharedLang();
        ctx.out(oneLine(`${file} ${pick(UNREADABLE, lang)}`));
        const line = pick(e.text, lang);
        ctx.out(line.includes(file) ? line : `${file}: ${line}`);
        ctx.out('');
      }
      ctx.err(`${e.text.id} / ${e.text.en}`);
    }
  }
  if (values.json) printJson(ctx.out, { books });
  else if (many) {
    const n = files.length;
    ctx.out(
      pick(
        {
          id: `${n} buku: ${read} terbaca, ${unreadable ? `${unreadable} tidak terbaca, ` : ''}${withErrors} dengan kesalahan`,
          en: `${groupedPlural(n, 'book')}: ${count(read, 'en')} read, ${unreadable ? `${count(unreadable, 'en')} unreadable, ` : ''}${count(withErrors, 'en')} with errors`,
        },
        sharedLang(),
      ),
    );
  }
  return unreadable > 0 ? 2 : withErrors > 0 ? 1 : 0;
}
