// `buku-kelompok ruk FILE [--year yyyy] [--as-of DATE] [--json] [--out FILE]`: the group's business
// plan against what was done (docs/book.md §9); with --out, a copy of the book with `RUK <year>`.
import { lists } from '../../core/book/schema';
import { formatShortDate, monthName } from '../../core/isoDate';
import {
  PLAN_STATUSES,
  planReport,
  planStatusDefinitions,
  planStatusLabels,
  type PlanReport,
} from '../../core/plan/planReport';
import { pick, text, type Lang } from '../../core/text';
import { alignedTable, count, longDate, oneLine, quantity, rupiah, whole } from '../cliFormat';
import type { CliCommand } from '../cliCommand';
import {
  commonOptions,
  dateOption,
  forceFlag,
  json,
  langOption,
  outFlag,
  parse,
  commandTime,
  type CliContext,
} from '../cliOptions';
import { localApi, unwrap } from '../localApi';
import { outOption } from '../outFile';
import {
  oneBookFile,
  printNowOrAfterWrite,
  printReport,
  reportOnBook,
  writeCopy,
  yearOption,
} from '../oneBookCommand';

const options = {
  year: {
    type: 'string',
    value: 'yyyy',
    help: text(
      'tahun rencana (bawaan: tahun tanggal --as-of)',
      'the plan year (default: the year of --as-of)',
    ),
  },
  'as-of': {
    type: 'string',
    value: 'yyyy-mm-dd',
    help: text('tanggal status (bawaan: hari ini)', "the statuses' date (default: today)"),
  },
  out: outFlag,
  force: forceFlag,
  ...commonOptions,
} as const;

export const rukCommand: CliCommand = {
  name: 'ruk',
  operands: 'FILE',
  summary: text(
    'Rencana Usaha Kelompok (RUK) setahun dibanding pelaksanaannya: status tiap baris (Terlaksana, Terlambat, Belum, Tidak Terlaksana), volume dan biaya; dengan --out, salinan buku dengan tab RUK <tahun>.',
    "The year's group business plan (RUK) against what was done: each row's status (done, done late, not yet, not done), volume and cost; with --out, a copy of the book with the tab RUK <year>.",
  ),
  options,
  examples: [
    'buku-kelompok ruk buku.xlsx --year 2026',
    'buku-kelompok ruk buku.xlsx --json --out hasil/ruk.xlsx',
  ],
  run: runRuk,
};

/** The JSON of the README: `{year, asOf, counts, onTime, totalCost, totalSpent, rows}`. */
export function rukJson(report: PlanReport) {
  return {
    year: report.year,
    asOf: report.asOf,
    counts: report.counts,
    onTime: report.onTime,
    totalCost: report.totalCost,
    totalSpent: report.totalSpent,
    rows: report.rows.map((r) => ({
      code: r.code,
      activity: r.activity,
      type: r.type,
      month: r.month,
      target: r.target,
      unit: r.unit,
      cost: r.cost,
      fundSource: r.fundSource,
      responsible: r.responsible,
      status: r.status,
      doneDate: r.doneDate,
      activities: r.activities,
      volumeDone: r.volumeDone,
      spent: r.spent,
      row: r.row,
    })),
  };
}

const typeLabel = (type: string, lang: Lang) =>
  pick(lists.activityType.find((a) => a.value === type)?.label ?? text(type, type), lang);

export function rukText(report: PlanReport, groupName: string, lang: Lang): string[] {
  const en = lang === 'en';
  const year = report.year ?? Number(report.asOf.slice(0, 4));
  const lines = [
    oneLine(
      `RUK ${year}${groupName ? ` — ${groupName}` : ''} (${en ? 'as of' : 'per'} ${longDate(report.asOf, lang)})`,
    ),
  ];
  if (report.rows.length === 0) {
    lines.push(en ? `No RUK rows for ${year}.` : `Tidak ada baris RUK untuk tahun ${year}.`);
    return lines;
  }
  const header = en
    ? ['Code', 'Month', 'Activity', 'Type', 'Target', 'Done', 'Cost', 'Spent', 'Status', 'Date done']
    : ['Kode', 'Bulan', 'Kegiatan', 'Jenis', 'Target', 'Volume', 'Biaya', 'Realisasi', 'Status', 'Tanggal'];
  const rows = report.rows.map((r) => [
    r.code,
    `${monthName(Number(r.month.slice(5, 7)), lang).slice(0, 3)} ${r.month.slice(0, 4)}`,
    r.activity,
    typeLabel(r.type, lang),
    r.target === null ? '' : `${quantity(r.target, lang)}${r.unit ? ` ${r.unit}` : ''}`,
    r.activities === 0 ? '' : `${quantity(r.volumeDone, lang)}${r.unit ? ` ${r.unit}` : ''}`,
    r.cost === null ? '' : rupiah(r.cost, lang),
    r.spent === 0 ? '' : rupiah(r.spent, lang),
    pick(planStatusLabels[r.status], lang),
    r.doneDate === null ? '' : formatShortDate(r.doneDate),
  ]);
  const right = new Set([4, 5, 6, 7]);
  const table = alignedTable([header, ...rows], (i) => right.has(i));
  lines.push('', ...table, '');
  for (const status of PLAN_STATUSES)
    lines.push(
      `${pick(planStatusLabels[status], lang)}: ${whole(report.counts[status], lang)} (${pick(planStatusDefinitions[status], lang)})`,
    );
  const { done, due } = report.onTime;
  lines.push(
    en
      ? `On time: ${count(done, lang)} of ${count(due, lang)} rows due (done on time ÷ rows whose month is over or already done)`
      : `Tepat waktu: ${done} dari ${due} baris yang jatuh tempo (Terlaksana ÷ baris yang bulannya sudah lewat atau sudah Terlaksana)`,
    `${en ? 'Planned cost' : 'Biaya rencana'} ${rupiah(report.totalCost, lang)} · ${en ? 'spent' : 'realisasi'} ${rupiah(report.totalSpent, lang)}`,
  );
  return lines;
}

export async function runRuk(args: readonly string[], ctx: CliContext): Promise<number> {
  const { values, positionals } = parse(args, options);
  const time = commandTime(values.today, ctx);
  const { today } = time;
  const asOf = dateOption('as-of', values['as-of'], today);
  const file = oneBookFile(positionals, rukCommand);
  const year = yearOption(values.year, asOf);
  const out = outOption(values, [file]);

  // With --out as of today, the action writing the tab takes the book as checked here: read and
  // checked once. With another --as-of the action checks the book as of that date, as the add-on
  // would on that day, so the book checked as of today is not handed over.
  const reuse = out !== undefined && asOf === today;
  const { workbook, reported, reviewed } = await reportOnBook(
    file,
    today,
    (opened) => {
      const lang = langOption(values.lang) ?? opened.book.settings.language;
      const report = planReport(opened.book, asOf, { year });
      const print = printNowOrAfterWrite(out !== undefined, () => {
        if (values.json) ctx.out(json(rukJson(report)));
        else printReport(ctx, rukText(report, opened.book.settings.groupName, lang), opened, lang);
      });
      return { lang, print };
    },
    { ...(reuse ? { readOnce: true, keepReview: true } : {}), needs: 'ruk' },
  );
  if (out !== undefined) {
    // The tab as the add-on writes it on the as-of date: its statuses are those printed above.
    const result = unwrap(localApi({ workbook }, { ...time, today: asOf }, reviewed).generatePlan(year));
    await writeCopy(ctx, { workbook }, out, result.tabs, reported.lang);
  }
  reported.print();
  return 0;
}
