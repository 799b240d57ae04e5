// `buku-kelompok messages FILE [--week 2026-W48] [--json]`: the week's ready messages (docs/book.md
// §8): each member's text of the collection list with its wa.me link, and the week's summary.
import { weeklyJournal } from '../../core/journal/weeklyJournal';
import { readyMessages, type ReadyMessages } from '../../core/messages/readyMessages';
import { pick, text, type Bilingual, type Lang } from '../../core/text';
import { journalWeekOf, parseJournalWeek } from '../../core/week/journalWeek';
import { longDate, oneLine, rupiah } from '../cliFormat';
import type { CliCommand } from '../cliCommand';
import { commonOptions, json, langOption, parse, commandTime, type CliContext } from '../cliOptions';
import { LocalHost } from '../localHost';
import { CliError, openBook } from '../openBook';
import { oneBookFile } from '../oneBookCommand';
import { noLoansTabNote } from '../requiredTabs';

const options = {
  week: {
    type: 'string',
    value: 'yyyy-Www',
    help: text(
      'minggu jurnal, mis. 2026-W48; pesan menagih tujuh hari sesudahnya (bawaan: minggu ini)',
      "the journal's week, e.g. 2026-W48; the messages collect the seven days after it (default: this week)",
    ),
  },
  ...commonOptions,
} as const;

export const messagesCommand: CliCommand = {
  name: 'messages',
  operands: 'FILE',
  summary: text(
    'Pesan siap kirim: teks tagihan tiap anggota di daftar penagihan dengan tautan wa.me (bila No HP benar) dan ringkasan minggu untuk grup. Tidak ada yang dikirim otomatis.',
    "Ready messages: each collection-list member's text with a wa.me link (when the No HP is valid) and the week's summary for the group's chat. Nothing is sent automatically.",
  ),
  options,
  examples: ['buku-kelompok messages buku.xlsx', 'buku-kelompok messages buku.xlsx --week 2026-W47 --json'],
  run: runMessages,
};

/**
 * The messages as a person reads them before sending (the texts are Indonesian, as sent);
 * `weekLabel` is the week's dates in both languages (the messages carry the Indonesian only);
 * `note` says why no one is listed (a book without Pinjaman) instead of "nobody to collect from".
 */
export function messagesText(
  messages: ReadyMessages,
  weekLabel: Bilingual,
  lang: Lang,
  note?: Bilingual,
): string[] {
  const en = lang === 'en';
  const lines = [
    en
      ? `Messages for week ${messages.week} (${weekLabel.en}); collection ${longDate(messages.from, lang)} – ${longDate(messages.to, lang)}`
      : `Pesan minggu ${messages.week} (${weekLabel.id}); penagihan ${longDate(messages.from, lang)} – ${longDate(messages.to, lang)}`,
  ];
  if (note) lines.push('', pick(note, lang));
  else if (messages.members.length === 0)
    lines.push('', en ? 'Nobody to collect from.' : 'Tidak ada yang ditagih.');
  for (const m of messages.members) {
    lines.push(
      '',
      // The name as typed, on one line (a line break in it is `↵`); the message under it is sent as it is.
      oneLine(
        `— ${m.name === m.memberId ? m.memberId : `${m.memberId} ${m.name}`}: ${rupiah(m.total, lang)}`,
      ),
      ...m.text.split('\n').map((l) => `  ${l}`),
    );
    lines.push(
      m.waLink
        ? `  ${m.waLink}`
        : `  (${en ? 'no valid No HP: copy the text' : 'No HP tidak ada atau tidak benar: salin teksnya'})`,
    );
  }
  lines.push(
    '',
    en ? '— Summary for the group' : '— Ringkasan untuk grup',
    ...messages.summary.text.split('\n').map((l) => `  ${l}`),
  );
  lines.push(`  ${messages.summary.waLink}`);
  return lines;
}

export async function runMessages(args: readonly string[], ctx: CliContext): Promise<number> {
  const { values, positionals } = parse(args, options);
  const time = commandTime(values.today, ctx);
  const { today } = time;
  // Checked before the book is read, with --json too, as every command checks it.
  const lang = langOption(values.lang);
  const file = oneBookFile(positionals, messagesCommand);
  // The repayments are Kas rows: without them every loan would look unpaid, and the messages would
  // ask members for arrears they have paid. Without Pinjaman there is no one to collect from: said.
  const opened = await openBook(file, today, { needs: 'messages' });
  const note = noLoansTabNote(file, opened.workbook.tabNames());
  const weekStart = opened.book.settings.weekStart;
  const parsed = parseJournalWeek(values.week ?? journalWeekOf(today, weekStart).value, weekStart);
  if (!parsed.ok) throw new CliError(parsed.error.code, parsed.error.message);
  const host = new LocalHost(opened.workbook, time);
  const journal = weeklyJournal(opened.book, opened.problems, parsed.week.value, host.now(), today);
  const messages = readyMessages(opened.book, journal);
  // The week's dates in both languages: the core's messages carry the Indonesian (the texts sent).
  const weekLabel = parsed.week.label;
  if (values.json) {
    const { week, weekLabel: labelId, ...rest } = messages;
    ctx.out(json({ week, weekLabel: labelId, weekLabelEn: weekLabel.en, ...rest }));
    if (note) ctx.err(`${note.id} / ${note.en}`);
  } else
    for (const line of messagesText(messages, weekLabel, lang ?? opened.book.settings.language, note))
      ctx.out(line);
  return 0;
}
