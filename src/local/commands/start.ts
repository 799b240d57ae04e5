// `npm start`: writes the demo book, runs check, balances and this week's journal on it, writes a
// copy with the generated tabs (as the add-on writes them), and prints a short summary with paths.
import { loansAtRisk } from '../../core/api/overview';
import { loanChangeLabel } from '../../core/credit/loanNotes';
import { weeklyJournal } from '../../core/journal/weeklyJournal';
import { countBySeverity } from '../../core/problems/problem';
import { pick, text } from '../../core/text';
import { journalWeekOf } from '../../core/week/journalWeek';
import { toYmd } from '../../core/isoDate';
import { shareOut } from '../../core/shu/shareOut';
import { attendanceReport, lastMeetingsRate } from '../../core/attendance/attendanceReport';
import { planReport } from '../../core/plan/planReport';
import { saprodiReport, saprodiSeasons } from '../../core/saprodi/saprodiReport';
import {
  count,
  countsLine,
  groupedPlural,
  longDate,
  oneLine,
  percent,
  problemLine,
  rupiah,
} from '../cliFormat';
import type { CliCommand } from '../cliCommand';
import {
  forceFlag,
  helpFlag,
  langFlag,
  langOption,
  parse,
  todayFlag,
  commandTime,
  type CliContext,
} from '../cliOptions';
import { localApi, unwrap } from '../localApi';
import { LocalHost } from '../localHost';
import { CliError, openBook } from '../openBook';
import { copyWithTabs, outTarget, writeOut, writtenLine } from '../outFile';
import { DEFAULT_DEMO_FILE, refuseOperands, writeDemo } from './demo';

export const DEFAULT_RESULT_FILE = 'out/buku-kelompok-demo-hasil.xlsx';
const SHOWN_PROBLEMS = 5;

const options = {
  demo: {
    type: 'string',
    value: 'FILE.xlsx',
    help: text(
      `file buku contoh (bawaan: ${DEFAULT_DEMO_FILE})`,
      `the demo book's file (default: ${DEFAULT_DEMO_FILE})`,
    ),
  },
  out: {
    type: 'string',
    value: 'FILE.xlsx',
    help: text(
      `file hasil dengan tab buatan (bawaan: ${DEFAULT_RESULT_FILE})`,
      `the results' file with the generated tabs (default: ${DEFAULT_RESULT_FILE})`,
    ),
  },
  force: forceFlag,
  today: todayFlag,
  lang: langFlag,
  help: helpFlag,
} as const;

export const startCommand: CliCommand = {
  name: 'start',
  operands: '',
  summary: text(
    'Untuk mencoba (npm start): menulis buku contoh, memeriksanya, menghitung saldo dan jurnal minggu ini, lalu menulis salinan dengan tab buatan.',
    'To try the tool (npm start): writes the demo book, checks it, computes balances and this week’s journal, then writes a copy with the generated tabs.',
  ),
  options,
  examples: ['npm start', 'npm start -- --lang en', 'buku-kelompok start --today 2026-11-28'],
  run: runStart,
};

/**
 * `npm start` passes `--force` to npm, not to this command (an audit: refused again): a demo saved
 * in Excel since is refused with the spelling that reaches it.
 */
function throughNpm<T>(targets: () => T): T {
  try {
    return targets();
  } catch (e) {
    if (!(e instanceof CliError) || e.code !== 'file.outExists') throw e;
    throw new CliError(
      e.code,
      text(
        `${e.text.id} (lewat npm: npm start -- --force)`,
        `${e.text.en} (through npm: npm start -- --force)`,
      ),
    );
  }
}

export async function runStart(args: readonly string[], ctx: CliContext): Promise<number> {
  const { values, positionals } = parse(args, options);
  refuseOperands(positionals, startCommand);
  const time = commandTime(values.today, ctx);
  const { today } = time;
  // Before anything is written: an unknown --lang leaves no demo book behind.
  const langGiven = langOption(values.lang);
  const demoFile = values.demo ?? DEFAULT_DEMO_FILE;
  const force = values.force === true;
  // Both checked before either is written.
  const [demoTarget, resultTarget] = throughNpm(() => [
    outTarget(demoFile, [], force, '--demo'),
    outTarget(values.out ?? DEFAULT_RESULT_FILE, [demoFile], force),
  ]);
  await writeDemo(demoTarget, today);

  // Read back from the file, as a group's book would be.
  const opened = await openBook(demoFile, today);
  const lang = langGiven ?? opened.book.settings.language;
  const en = lang === 'en';
  const { book, problems } = opened;
  const counts = countBySeverity(problems);
  // Every count with its thousands grouped, as Rupiah are: `1.137 baris kas`, `1,137 cash rows`
  // (`id`: the Indonesian half of a text given in both languages, whichever is shown).
  const n = (x: number) => count(x, lang);
  const id = (x: number) => count(x, 'id');

  // The walk-through is printed once the result file is written: a failed write prints no report.
  const walkThrough: string[] = [];
  const say = (line: string) => walkThrough.push(line);
  say(oneLine(`Buku Kelompok — ${book.settings.groupName} (${longDate(today, lang)})`));
  say(
    pick(
      writtenLine(
        demoTarget,
        text(
          `buku contoh dengan ${id(book.members.length)} anggota, ${id(book.cash.length)} baris kas, ${id(book.loans.length)} pinjaman, ${id(book.activities.length)} kegiatan`,
          `the demo book with ${groupedPlural(book.members.length, 'member')}, ${groupedPlural(book.cash.length, 'cash row')}, ${groupedPlural(book.loans.length, 'loan')}, ${groupedPlural(book.activities.length, 'activity', 'activities')}`,
        ),
      ),
      lang,
    ),
  );
  say('');
  say(`${en ? 'Checks' : 'Pemeriksaan'}: ${countsLine(counts, lang, true)}`);
  for (const p of problems.slice(0, SHOWN_PROBLEMS))
    say(problemLine({ ...p, fix: undefined }, lang).replace('] ', `] ${p.tab} `));
  if (problems.length > SHOWN_PROBLEMS)
    say(`  … ${en ? 'and' : 'dan'} ${n(problems.length - SHOWN_PROBLEMS)} ${en ? 'more' : 'lainnya'}`);

  const report = opened.credit;
  const p = report.portfolio;
  say('');
  say(
    en
      ? `Loans as of ${longDate(today, lang)}: ${groupedPlural(p.loans, 'loan')}, outstanding ${rupiah(p.outstandingPrincipal, lang)}, arrears ${rupiah(p.arrears, lang)}, PAR30 ${percent(p.par30, lang)}`
      : `Pinjaman per ${longDate(today, lang)}: ${n(p.loans)} pinjaman, sisa pokok ${rupiah(p.outstandingPrincipal, lang)}, tunggakan ${rupiah(p.arrears, lang)}, PAR30 ${percent(p.par30, lang)}`,
  );
  // The sidebar's loans needing attention, each with what stands beside its status (docs/book.md §7).
  for (const l of loansAtRisk(report)) {
    const change = loanChangeLabel(l);
    const extra = [
      change ? pick(change, lang) : '',
      l.kolHeld
        ? en
          ? `Kol held (by days past due: Kol ${l.kolByDays})`
          : `Kol ditahan (menurut hari tunggakan: Kol ${l.kolByDays})`
        : '',
      l.finesOwed > 0 ? `${en ? 'fines owed' : 'denda belum dibayar'} ${rupiah(l.finesOwed, lang)}` : '',
      l.finesWaived > 0 ? `${en ? 'fines waived' : 'denda dihapus'} ${rupiah(l.finesWaived, lang)}` : '',
      l.writtenOff ? `${en ? 'recoveries' : 'pemulihan'} ${rupiah(l.recoveries, lang)}` : '',
    ].filter(Boolean);
    say(
      `  ${l.loanId} ${l.memberName}: ${n(l.daysPastDue)} ${en ? 'days past due' : 'hari menunggak'}, ${rupiah(l.arrears, lang)}${l.writtenOff ? '' : ` (Kol ${l.kol})`}${extra.map((x) => ` · ${x}`).join('')}`,
    );
  }

  const week = journalWeekOf(today, book.settings.weekStart);
  const host = new LocalHost(opened.workbook, time);
  const journal = weeklyJournal(book, problems, week.value, host.now(), today);
  say('');
  say(
    en
      ? `Journal ${week.value} (${week.label.en}): ${groupedPlural(journal.activities.total, 'activity', 'activities')}, cash in ${rupiah(journal.cash.totalIn, lang)}, out ${rupiah(journal.cash.totalOut, lang)}, ${groupedPlural(journal.credit.collection.items.length, 'loan')} to collect from ${longDate(journal.credit.collection.from, lang)} to ${longDate(journal.credit.collection.to, lang)}`
      : `Jurnal ${week.value} (${week.label.id}): ${n(journal.activities.total)} kegiatan, kas masuk ${rupiah(journal.cash.totalIn, lang)}, keluar ${rupiah(journal.cash.totalOut, lang)}, ${n(journal.credit.collection.items.length)} pinjaman ditagih ${longDate(journal.credit.collection.from, lang)} – ${longDate(journal.credit.collection.to, lang)}`,
  );

  // The year's share-out (docs/book.md §8): the demo book covers every month of this year.
  const year = toYmd(today).year;
  const share = shareOut(book, year, today, undefined, report);
  say('');
  say(
    en
      ? `SHU ${year}${share.provisional ? ` (provisional, to ${longDate(share.asOf, lang)})` : ''}: income ${rupiah(share.income.total, lang)}, costs ${rupiah(share.costs.total, lang)}, SHU ${rupiah(share.shu, lang)}; members' parts ${share.parts
          .filter((x) => x.role === 'savings' || x.role === 'loans')
          .map((x) => `${x.name} ${rupiah(x.amount, lang)}`)
          .join(', ')}`
      : `SHU ${year}${share.provisional ? ` (sementara, sampai ${longDate(share.asOf, lang)})` : ''}: pendapatan ${rupiah(share.income.total, lang)}, biaya ${rupiah(share.costs.total, lang)}, SHU ${rupiah(share.shu, lang)}; bagian anggota ${share.parts
          .filter((x) => x.role === 'savings' || x.role === 'loans')
          .map((x) => `${x.name} ${rupiah(x.amount, lang)}`)
          .join(', ')}`,
  );

  // The facilitator's other duties (docs/book.md §9): attendance, this year's RUK, the last season.
  const attendance = attendanceReport(book, today);
  const last4 = lastMeetingsRate(attendance, 4);
  const plan = planReport(book, today, { year });
  const c = plan.counts;
  const seasons = saprodiSeasons(book);
  const season = seasons[seasons.length - 1];
  const saprodi = season === undefined ? undefined : saprodiReport(book, season, today);
  say('');
  say(
    en
      ? `Attendance at the last 4 meetings ${percent(last4.rate, lang)} (${n(last4.present)} of ${n(last4.active)}); ${groupedPlural(attendance.toVisit.length, 'member')} to visit`
      : `Kehadiran 4 pertemuan terakhir ${percent(last4.rate, lang)} (${n(last4.present)} dari ${n(last4.active)}); ${n(attendance.toVisit.length)} anggota perlu dikunjungi`,
  );
  say(
    en
      ? `RUK ${year}: ${groupedPlural(plan.rows.length, 'row')}, ${n(c.Terlaksana)} done, ${n(c.Terlambat)} late, ${n(c['Tidak Terlaksana'])} not done, ${n(c.Belum)} not yet; on time ${n(plan.onTime.done)} of ${n(plan.onTime.due)}`
      : `RUK ${year}: ${n(plan.rows.length)} baris, ${n(c.Terlaksana)} terlaksana, ${n(c.Terlambat)} terlambat, ${n(c['Tidak Terlaksana'])} tidak terlaksana, ${n(c.Belum)} belum; tepat waktu ${n(plan.onTime.done)} dari ${n(plan.onTime.due)}`,
  );
  if (saprodi) {
    // Rows not yet due are left out of the share: then it says out of how many, and how many wait.
    const { allRight: all, notYetDue: due } = saprodi;
    const of = due > 0 ? ` ${en ? 'of' : 'dari'} ${n(all.rows)}` : '';
    const waiting = due > 0 ? `, ${n(due)} ${en ? 'not yet due' : 'belum waktunya'}` : '';
    say(
      en
        ? `Saprodi ${saprodi.season}: ${groupedPlural(saprodi.rows.length, 'row')}, right on person, amount and time ${n(all.right)}${of} (${percent(all.share, lang)})${waiting}; RDKK of ${groupedPlural(saprodi.rdkk.length, 'member')}`
        : `Saprodi ${saprodi.season}: ${n(saprodi.rows.length)} baris, tepat orang, jumlah dan waktu ${n(all.right)}${of} (${percent(all.share, lang)})${waiting}; RDKK ${n(saprodi.rdkk.length)} anggota`,
    );
  }

  // The generated tabs, written through the same API the sidebar calls.
  const api = localApi(opened, time);
  const tabs = [
    ...unwrap(api.runChecks()).tabs,
    ...unwrap(api.computeBalances(today)).tabs,
    ...unwrap(api.generateJournal(week.value)).tabs,
    ...unwrap(api.computeShu(year)).tabs,
    ...unwrap(api.generateAllMemberCards(today)).tabs,
    ...unwrap(api.generatePlan(year)).tabs,
    ...(season === undefined ? [] : unwrap(api.generateSaprodi(season)).tabs),
  ];
  await writeOut(opened.workbook, resultTarget);
  for (const line of walkThrough) ctx.out(line);
  ctx.out('');
  ctx.out(pick(writtenLine(resultTarget, copyWithTabs(tabs)), lang));
  ctx.out(
    pick(
      {
        id: `Coba juga: node dist/cli.js check ${demoFile} · node dist/cli.js journal ${demoFile} --week ${week.value}`,
        en: `Try also: node dist/cli.js check ${demoFile} · node dist/cli.js journal ${demoFile} --week ${week.value}`,
      },
      lang,
    ),
  );
  if (!en) ctx.out('English: npm start -- --lang en');
  return 0;
}
