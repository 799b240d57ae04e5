// `buku-kelompok journal FILE [--week 2026-W48] [--json] [--out FILE]`: the week's journal (default:
// the week of today); with --out, a copy of the book with the `Jurnal <week>` tab.
import type { PresenceCount } from '../../core/attendance/attendanceReport';
import type { JournalModel } from '../../core/journal/journalModel';
import { weeklyJournal } from '../../core/journal/weeklyJournal';
import { journalDutyWords } from '../../core/generatedTabs/journalDutiesRows';
import { BEFORE_OPENING } from '../../core/generatedTabs/journalSheet';
import { pick, text, type Bilingual, type Lang } from '../../core/text';
import { journalWeekOf, parseJournalWeek } from '../../core/week/journalWeek';
import {
  count,
  countWord,
  groupedPlural,
  longDate,
  oneLine,
  percent,
  quantity,
  rupiah,
  whole,
} from '../cliFormat';
import type { CliCommand } from '../cliCommand';
import {
  commonOptions,
  forceFlag,
  langOption,
  outFlag,
  parse,
  commandTime,
  type CommandTime,
  type CliContext,
} from '../cliOptions';
import { LocalHost } from '../localHost';
import { localApi, unwrap } from '../localApi';
import { CliError, openBook, type OpenedBook } from '../openBook';
import type { IsoDate } from '../../core/cell';
import type { ReviewedBook } from '../../core/reviewBook';
import { creditReport } from '../../core/credit/creditReport';
import type { CreditReport } from '../../core/credit/types';
import { oneBookFile, printNowOrAfterWrite, printReport, writeCopy } from '../oneBookCommand';
import { outOption } from '../outFile';
import { printJson } from '../jsonPieces';
import { collectBetweenSteps } from '../boundedHeap';
import { noLoansTabNote } from '../requiredTabs';

const options = {
  week: {
    type: 'string',
    value: 'yyyy-Www',
    help: text(
      'minggu jurnal, mis. 2026-W48 (bawaan: minggu ini)',
      "the journal's week, e.g. 2026-W48 (default: this week)",
    ),
  },
  out: outFlag,
  force: forceFlag,
  ...commonOptions,
} as const;

export const journalCommand: CliCommand = {
  name: 'journal',
  operands: 'FILE',
  summary: text(
    'Jurnal mingguan pendamping: kegiatan, kas, kredit, penagihan dan anggota minggu itu; dengan --out, salinan buku dengan tab Jurnal minggu itu.',
    'The facilitator’s weekly journal: the week’s activities, cash, credit, collections and members; with --out, a copy of the book with that week’s Jurnal tab.',
  ),
  options,
  examples: [
    'buku-kelompok journal buku.xlsx',
    'buku-kelompok journal buku.xlsx --week 2026-W47 --out hasil/jurnal.xlsx',
  ],
  run: runJournal,
};

/** The words of the Jurnal tab's §9 parts, which the text uses too. */
const dutyWords = journalDutyWords;

/** `12 / 14 (85,7 %)`; without the rate when no one was active, as the tab writes it. */
function presence(c: PresenceCount, lang: Lang): string {
  const counted = `${whole(c.present, lang)} / ${whole(c.active, lang)}`;
  return c.rate === null ? counted : `${counted} (${percent(c.rate, lang)})`;
}

/**
 * The week's meetings with their attendance and the farm inputs received (the tab's section 1),
 * each part only when it has a row or its tab was not read (then it says so).
 */
function meetingAndSaprodiLines(model: JournalModel, lang: Lang): string[] {
  const w = (t: Bilingual) => pick(t, lang);
  const lines: string[] = [];
  const meetings = model.attendance.meetings;
  const { attendance, saprodi } = model.notRead;
  if (attendance) lines.push(w(dutyWords.meetings), `  ${w(dutyWords.tabNotRead(attendance))}`);
  if (meetings.length > 0) lines.push(w(dutyWords.meetings));
  for (const m of meetings)
    lines.push(
      `  ${longDate(m.date, lang)}: ${w(dutyWords.presentOfActive)} ${presence(m, lang)} · ${w(dutyWords.households)} ${presence(m.households, lang)} · ${w(dutyWords.men)} ${presence(m.byGender.L, lang)} · ${w(dutyWords.women)} ${presence(m.byGender.P, lang)}`,
    );
  if (saprodi) lines.push(w(dutyWords.saprodi), `  ${w(dutyWords.tabNotRead(saprodi))}`);
  if (model.saprodiReceived.length > 0) lines.push(w(dutyWords.saprodi));
  for (const r of model.saprodiReceived) {
    const who = r.memberName === null ? r.memberId : `${r.memberName} (${r.memberId})`;
    const planting =
      r.plantingDate === null ? '' : `, ${w(dutyWords.planting)} ${longDate(r.plantingDate, lang)}`;
    lines.push(
      `  ${longDate(r.date, lang)} · ${who} · ${r.season} · ${r.kind}: ${w(dutyWords.received)} ${quantity(r.receivedKg, lang)}, ${w(dutyWords.planned)} ${quantity(r.plannedKg, lang)}${planting}`,
    );
  }
  return lines;
}

/**
 * The members to visit and the RUK rows still to do (the tab's section 6), each only when it has a
 * row or its tab was not read.
 */
function visitAndPlanLines(model: JournalModel, lang: Lang): string[] {
  const w = (t: Bilingual) => pick(t, lang);
  const lines: string[] = [];
  const toVisit = model.attendance.toVisit;
  const { attendance, plan } = model.notRead;
  if (attendance) lines.push(w(dutyWords.toVisit), `  ${w(dutyWords.tabNotRead(attendance))}`);
  if (toVisit.length > 0) lines.push(w(dutyWords.toVisit));
  for (const v of toVisit) {
    const last =
      v.lastPresent === null
        ? w(dutyWords.neverPresent)
        : `${w(dutyWords.lastPresent)} ${longDate(v.lastPresent, lang)}`;
    lines.push(`  ${v.name} (${v.memberId}): ${w(dutyWords.absent(whole(v.absences, lang)))}; ${last}`);
  }
  if (plan) lines.push(w(dutyWords.planToDo), `  ${w(dutyWords.tabNotRead(plan))}`);
  if (model.planToDo.length > 0) lines.push(w(dutyWords.planToDo));
  for (const p of model.planToDo)
    lines.push(
      // `11/2026`, as the tab writes the month.
      `  ${p.month.slice(5, 7)}/${p.month.slice(0, 4)} · ${p.code} · ${w(p.typeLabel)}: ${p.responsible === null ? p.activity : `${p.activity} (${p.responsible})`}`,
    );
  return lines;
}

/**
 * The journal as a few readable lines: what a facilitator would read out; `note` under the group's
 * name (a book without Pinjaman). Each line is `oneLine`: a line break typed in the group's or a
 * member's name, an activity's Uraian or a RUK row (Alt+Enter) is shown as `↵`, so that each stays
 * one line (the journal's own words hold none).
 */
export function journalText(model: JournalModel, lang: Lang, note?: Bilingual): string[] {
  const en = lang === 'en';
  const w = (t: { id: string; en: string }) => pick(t, lang);
  const lines = [`${w(model.title)} ${model.week.value} — ${w(model.week.label)}`, model.header.groupName];
  if (note) lines.push(w(note));
  if (model.emptyNote) lines.push(w(model.emptyNote));
  // No count of a Kegiatan not read (`Kegiatan (–)`): the line under it says why.
  const total = model.notRead.activities ? '–' : whole(model.activities.total, lang);
  lines.push('', `${en ? 'Activities' : 'Kegiatan'} (${total})`);
  if (model.notRead.activities) lines.push(`  ${w(dutyWords.tabNotRead(model.notRead.activities))}`);
  for (const a of model.activities.rows)
    lines.push(
      `  ${longDate(a.date, lang)} · ${w(a.typeLabel)}: ${a.description}${a.attendance === null ? '' : ` (${en ? 'present' : 'hadir'} ${whole(a.attendance, lang)})`}`,
    );
  lines.push(...meetingAndSaprodiLines(model, lang));
  const c = model.cash;
  // A week before Tanggal Saldo Awal: the book holds no cash balance for it (docs/book.md §6).
  const balance = (v: number | null) => (v === null ? '–' : rupiah(v, lang));
  lines.push(
    '',
    en
      ? `Cash: opening ${balance(c.openingBalance)}, in ${rupiah(c.totalIn, lang)}, out ${rupiah(c.totalOut, lang)}, closing ${balance(c.closingBalance)}`
      : `Kas: saldo awal ${balance(c.openingBalance)}, masuk ${rupiah(c.totalIn, lang)}, keluar ${rupiah(c.totalOut, lang)}, saldo akhir ${balance(c.closingBalance)}`,
  );
  if (c.openingBalance === null) lines.push(`  ${pick(BEFORE_OPENING, lang)}`);
  const k = model.credit;
  lines.push(
    en
      ? `Credit as of ${longDate(k.asOf, lang)}: ${groupedPlural(k.activeLoans, 'loan')} not yet repaid, outstanding ${rupiah(k.outstandingPrincipal, lang)}, arrears ${rupiah(k.arrears, lang)}, PAR30 ${percent(k.par30, lang)}; disbursed ${rupiah(k.totalDisbursed, lang)}, repaid ${rupiah(k.totalRepaid, lang)} this week${k.totalNotCounted ? ` (and ${rupiah(k.totalNotCounted, lang)} not counted toward any loan: see check)` : ''}`
      : `Kredit per ${longDate(k.asOf, lang)}: ${k.activeLoans} pinjaman belum lunas, sisa pokok ${rupiah(k.outstandingPrincipal, lang)}, tunggakan ${rupiah(k.arrears, lang)}, PAR30 ${percent(k.par30, lang)}; dicairkan ${rupiah(k.totalDisbursed, lang)}, angsuran ${rupiah(k.totalRepaid, lang)} minggu ini${k.totalNotCounted ? ` (dan ${rupiah(k.totalNotCounted, lang)} tidak dihitung pada pinjaman mana pun: lihat check)` : ''}`,
  );
  if (k.collection.items.length > 0) {
    lines.push(
      en
        ? `To collect ${longDate(k.collection.from, lang)} – ${longDate(k.collection.to, lang)}: ${rupiah(k.collection.total, lang)}`
        : `Penagihan ${longDate(k.collection.from, lang)} – ${longDate(k.collection.to, lang)}: ${rupiah(k.collection.total, lang)}`,
    );
    for (const i of k.collection.items)
      lines.push(
        `  ${i.loanId} ${i.memberName || i.memberId}: ${rupiah(i.total, lang)}${i.arrears > 0 ? ` (${en ? 'arrears' : 'tunggakan'} ${rupiah(i.arrears, lang)})` : ''}${i.finesOwed > 0 ? ` (${en ? 'fines' : 'denda'} ${rupiah(i.finesOwed, lang)})` : ''}`,
      );
  }
  lines.push(
    en
      ? `Members: ${count(model.members.active, lang)} active, ${count(model.members.joined.length, lang)} joined, ${count(model.members.left.length, lang)} left`
      : `Anggota: ${model.members.active} aktif, ${model.members.joined.length} masuk, ${model.members.left.length} keluar`,
    en
      ? `Data quality: ${countWord(model.dataQuality.errors, 'error', lang)}, ${countWord(model.dataQuality.warnings, 'warning', lang)}`
      : `Kualitas data: ${countWord(model.dataQuality.errors, 'error', lang)}, ${countWord(model.dataQuality.warnings, 'warning', lang)}`,
  );
  lines.push(...visitAndPlanLines(model, lang));
  return lines.map(oneLine);
}

export async function runJournal(args: readonly string[], ctx: CliContext): Promise<number> {
  const { values, positionals } = parse(args, options);
  const time = commandTime(values.today, ctx);
  const file = oneBookFile(positionals, journalCommand);
  const out = outOption(values, [file]);
  const lang = langOption(values.lang);

  // With --out, the action writing the tab takes the book as checked here: read and checked once.
  const { workbook, reported, reviewed, print } = await printJournal(file, time, ctx, {
    week: values.week,
    lang,
    json: values.json === true,
    keepReview: out !== undefined,
  });
  if (out !== undefined) {
    const result = unwrap(localApi({ workbook }, time, reviewed).generateJournal(reported.week));
    await writeCopy(ctx, { workbook }, out, result.tabs, reported.lang);
  }
  print();
  return 0;
}

/**
 * Opens the book and prints the week's journal (with --out, `keepReview`, it hands the printing back,
 * to be done once the copy is written); hands back the workbook and the week and language
 * that --out writes in, and lets the checked book go, as reportOnBook does. Of the checks, only the
 * book and its problems are kept: their credit report as of today goes before the journal makes its
 * own as of the week's end (a district book's loans with their installments are about 100 MB each).
 * With `keepReview` (--out) the checked book is handed back, for the action that writes the tab
 * (checking the book again would cost more), its credit report as of today worked out again when
 * the action's overview reads it.
 */
async function printJournal(
  file: string,
  time: CommandTime,
  ctx: CliContext,
  options: { week?: string; lang?: Lang; json: boolean; keepReview: boolean },
): Promise<{
  workbook: OpenedBook['workbook'];
  reported: { week: string; lang: Lang };
  reviewed?: ReviewedBook;
  print: () => void;
}> {
  const made = await makeJournal(file, time, options);
  // The journal's own credit report goes before it is printed, and with --json the book and its
  // problems too (made above, in a function of its own, so that nothing here holds them).
  collectBetweenSteps(made.cashRows);
  const { model, lang, note } = made;
  const problems = made.problems ?? [];
  const print = printNowOrAfterWrite(options.keepReview, () => {
    if (options.json) {
      printJson(ctx.out, model);
      if (note) ctx.err(`${note.id} / ${note.en}`);
    } else printReport(ctx, journalText(model, lang, note), { file, problems }, lang);
  });
  return {
    print,
    workbook: made.workbook,
    reported: { week: model.week.value, lang },
    ...(made.reviewed ? { reviewed: made.reviewed } : {}),
  };
}

/** The week's journal of the book in `file`, and what printing it needs; the book's problems only for the text. */
async function makeJournal(
  file: string,
  time: CommandTime,
  options: { week?: string; lang?: Lang; json: boolean; keepReview: boolean },
): Promise<{
  model: JournalModel;
  lang: Lang;
  note?: Bilingual;
  cashRows: number;
  problems?: OpenedBook['problems'];
  workbook: OpenedBook['workbook'];
  reviewed?: ReviewedBook;
}> {
  const { today } = time;
  const { book, problems, workbook, reviewed } = await openChecked(file, today, options.keepReview);
  // The checks' garbage goes before the journal's own credit report is made: a district book's
  // peak memory (see collectBetweenSteps).
  collectBetweenSteps(book.cash.length);
  const weekStart = book.settings.weekStart;
  const parsed = parseJournalWeek(options.week ?? journalWeekOf(today, weekStart).value, weekStart);
  if (!parsed.ok) throw new CliError(parsed.error.code, parsed.error.message);
  const host = new LocalHost(workbook, time);
  const model = weeklyJournal(book, problems, parsed.week.value, host.now(), today);
  const note = noLoansTabNote(file, workbook.tabNames());
  return {
    model,
    lang: options.lang ?? book.settings.language,
    ...(note ? { note } : {}),
    cashRows: book.cash.length,
    ...(options.json ? {} : { problems }),
    workbook,
    ...(reviewed ? { reviewed } : {}),
  };
}

/** The opened book's parts the journal needs; the checked book too when `keepReview`. */
async function openChecked(
  file: string,
  today: IsoDate,
  keepReview: boolean,
): Promise<Pick<OpenedBook, 'book' | 'problems' | 'workbook'> & { reviewed?: ReviewedBook }> {
  // The repayments are Kas rows: without them every loan would look unpaid (false arrears and
  // PAR30). A book without Pinjaman (a group without a revolving fund) still has its journal.
  const opened = await openBook(file, today, {
    readOnce: true,
    letFileGo: !keepReview,
    needs: 'journal',
  });
  const { book, problems, workbook, savings } = opened;
  if (!keepReview) return { book, problems, workbook };
  return { book, problems, workbook, reviewed: withCreditWhenRead({ book, problems, savings }, today) };
}

/**
 * The checked book without its credit report as of today, worked out again when read: only the
 * reply's overview reads it, once the journal has made (and let go) its own as of the week's end.
 * Held from the checks, it stood beside the journal's (each about 64 MB at ×10).
 */
function withCreditWhenRead(checked: Omit<ReviewedBook, 'credit'>, today: IsoDate): ReviewedBook {
  let credit: CreditReport | undefined;
  return {
    ...checked,
    get credit() {
      return (credit ??= creditReport(checked.book, today));
    },
  };
}
