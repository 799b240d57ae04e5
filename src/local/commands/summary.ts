// `buku-kelompok summary FILE… [--json] [--as-of DATE] [--out FILE.xlsx]`: one row per group's book
// for a supervisor, worst first, with totals; --out writes a new workbook with `Ringkasan Kelompok`.
import { groupSummarySheet } from '../../core/generatedTabs/groupSummarySheet';
import {
  groupSummary,
  groupSummaryRow,
  isSummaryFailure,
  notInTotalsNote,
  worstFirst,
  type DutiesFigures,
  type GroupSummary,
  type GroupSummaryEntry,
  type GroupSummaryRow,
} from '../../core/summary/groupSummary';
import { formatShortDate } from '../../core/isoDate';
import { pick, text, type Bilingual, type Lang } from '../../core/text';
import {
  alignedTable,
  groupedPlural,
  longDate,
  oneLine,
  percent,
  rupiah,
  UNREADABLE,
  whole,
} from '../cliFormat';
import { usageLine, type CliCommand } from '../cliCommand';
import {
  commonOptions,
  dateOption,
  forceFlag,
  json,
  langFlag,
  langOption,
  parse,
  commandTime,
  type CliContext,
} from '../cliOptions';
import { groupKey } from '../export/groupKey';
import { LocalHost } from '../localHost';
import { namedOnce } from '../namedOnce';
import { CliError, openBook } from '../openBook';
import { outOption, writeOut, writtenLine } from '../outFile';
import { XlsxWorkbook } from '../xlsxWorkbook';

const options = {
  'as-of': {
    type: 'string',
    value: 'yyyy-mm-dd',
    help: text('tanggal angka-angka (bawaan: hari ini)', "the figures' date (default: today)"),
  },
  force: forceFlag,
  out: {
    type: 'string',
    value: 'FILE.xlsx',
    help: text(
      'tulis workbook baru dengan tab Ringkasan Kelompok ke file ini',
      'write a new workbook with the tab Ringkasan Kelompok to this file',
    ),
  },
  ...commonOptions,
  lang: { ...langFlag, help: text('bahasa keluaran (bawaan: id)', "the output's language (default: id)") },
} as const;

export const summaryCommand: CliCommand = {
  name: 'summary',
  operands: 'FILE…',
  summary: text(
    'Satu baris per buku kelompok untuk pengawas (anggota, kas, simpanan, pinjaman, PAR30, masalah), yang terburuk dahulu, dengan jumlah.',
    'One row per group’s book for a supervisor (members, cash, savings, loans, PAR30, problems), worst first, with totals.',
  ),
  options,
  examples: [
    'buku-kelompok summary desa/*.xlsx',
    'buku-kelompok summary desa/*.xlsx --as-of 2026-10-31 --out ringkasan.xlsx',
  ],
  run: runSummary,
};

/** Books read that stand for one group (as `export` names them in `shared`): the files as given. */
export interface SharedGroup {
  readonly groupName: string;
  readonly files: readonly string[];
}

/**
 * The groups the books read stand for, as `export` and the office summary count them
 * (docs/warehouse.md, the group key: Provinsi, Kabupaten, Kecamatan, Desa and Nama Kelompok; a
 * book without a name by its file): how many, and those with more than one book.
 */
export function groupsOfBooks(books: readonly { file: string; key: string; groupName: string }[]): {
  groups: number;
  shared: SharedGroup[];
} {
  const byKey = new Map<string, { groupName: string; files: string[] }>();
  for (const b of books) {
    const group = byKey.get(b.key);
    if (group) group.files.push(b.file);
    else byKey.set(b.key, { groupName: b.groupName, files: [b.file] });
  }
  return { groups: byKey.size, shared: [...byKey.values()].filter((g) => g.files.length > 1) };
}

/** Said under the totals, as `export` says it: the totals add up every book of such a group. */
export function sharedGroupNote(g: SharedGroup): Bilingual {
  const name = g.groupName ? ` (${g.groupName})` : '';
  const files = g.files.join(', ');
  return text(
    `Catatan: ${files}: buku satu kelompok${name}; baris Jumlah menjumlahkan semuanya, jadi salinan satu buku terhitung dua kali`,
    `Note: ${files}: books of one group${name}; the Total row adds them up, so a copy of one book counts it twice`,
  );
}

/**
 * The aligned table a person reads: worst first, then the totals (why a file is unreadable goes to
 * stderr); `groups` counts the groups the books read stand for, `shared` those with several books.
 */
export function summaryText(
  summary: GroupSummary,
  lang: Lang,
  groups: { groups: number; shared: readonly SharedGroup[] } = {
    groups: summary.totals.books,
    shared: [],
  },
): string[] {
  const en = lang === 'en';
  const header = en
    ? [
        'File',
        'Group',
        'Village',
        'District',
        'Members',
        'Cash',
        'Savings',
        'Loans',
        'Outstanding',
        'Arrears',
        'PAR30',
        'Kol5',
        'Past due',
        'Errors',
        'Warnings',
        'Last Kegiatan',
        'Last Kas',
        'Attendance',
        'Women',
        'RUK on time',
        'Saprodi right',
      ]
    : [
        'File',
        'Kelompok',
        'Desa',
        'Kecamatan',
        'Anggota',
        'Kas',
        'Simpanan',
        'Pinjaman',
        'Sisa pokok',
        'Tunggakan',
        'PAR30',
        'Kol5',
        'Menunggak',
        'Kesalahan',
        'Peringatan',
        'Kegiatan akhir',
        'Kas akhir',
        'Kehadiran',
        'Perempuan',
        'RUK tepat',
        'Saprodi tepat',
      ];
  // `done/due`; a dash when nothing is due, as a ratio with no denominator.
  const outOf = (n: number, of: number) => (of === 0 ? '–' : `${whole(n, lang)}/${whole(of, lang)}`);
  const duties = (d: DutiesFigures) => [
    percent(d.attendanceLast4, lang),
    percent(d.womenShare, lang),
    outOf(d.rukOnTime.done, d.rukOnTime.due),
    outOf(d.saprodiRight.right, d.saprodiRight.rows),
  ];
  // A figure not computed (null): a dash, its reason in the note under the totals.
  const money = (n: number | null) => (n === null ? '–' : rupiah(n, lang));
  const num = (n: number | null) => (n === null ? '–' : whole(n, lang));
  const rows: string[][] = [];
  for (const g of worstFirst(summary.groups)) {
    if (isSummaryFailure(g)) {
      rows.push([g.file, pick(UNREADABLE, lang)]);
      continue;
    }
    rows.push([
      g.file,
      g.groupName,
      g.village ?? '',
      g.district ?? '',
      whole(g.activeMembers, lang),
      money(g.cashBalance),
      money(g.savings),
      num(g.openLoans),
      money(g.outstandingPrincipal),
      money(g.arrears),
      percent(g.par30, lang),
      num(g.kol5Loans),
      num(g.pastDueLoans),
      whole(g.errors, lang),
      whole(g.warnings, lang),
      // As every other command writes a date (`--json` keeps yyyy-mm-dd).
      g.lastActivity ? formatShortDate(g.lastActivity) : '–',
      g.lastCash ? formatShortDate(g.lastCash) : '–',
      ...duties(g),
    ]);
  }
  const s = summary.totals;
  rows.push([
    en ? 'Total' : 'Jumlah',
    // Groups, not books: two books of one group (two years', or a copy) are one group (docs/warehouse.md).
    en
      ? `${groupedPlural(groups.groups, 'group')}${groups.groups === s.books ? '' : ` (${groupedPlural(s.books, 'book')})`}`
      : `${groups.groups} kelompok${groups.groups === s.books ? '' : ` (${s.books} buku)`}`,
    '',
    '',
    whole(s.activeMembers, lang),
    rupiah(s.cashBalance, lang),
    rupiah(s.savings, lang),
    whole(s.openLoans, lang),
    rupiah(s.outstandingPrincipal, lang),
    rupiah(s.arrears, lang),
    percent(s.par30, lang),
    whole(s.kol5Loans, lang),
    whole(s.pastDueLoans, lang),
    whole(s.errors, lang),
    whole(s.warnings, lang),
    '',
    '',
    ...duties(s),
  ]);
  const right = new Set([4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 17, 18, 19, 20]);
  const lines = [
    en
      ? `Group summary as of ${longDate(summary.asOf, lang)}`
      : `Ringkasan kelompok per ${longDate(summary.asOf, lang)}`,
    // The groups, then a rule above the totals (the last row).
    ...alignedTable([header, ...rows], (i) => right.has(i), rows.length),
  ];
  const leftOut = notInTotalsNote(summary.groups.filter((g): g is GroupSummaryRow => !isSummaryFailure(g)));
  // The notes name files and groups as typed: a line break in one (Alt+Enter in Nama Kelompok) is
  // `↵`, as in the table, so that each note stays one line.
  lines.push(
    '',
    ...(leftOut ? [oneLine(pick(leftOut, lang))] : []),
    ...groups.shared.map((g) => oneLine(pick(sharedGroupNote(g), lang))),
  );
  lines.push(
    en
      ? 'PAR30 of the total: all groups’ outstanding principal more than 30 days past due ÷ all groups’ outstanding principal (a portfolio ratio, not an average).'
      : 'PAR30 jumlah: sisa pokok menunggak > 30 hari semua kelompok ÷ sisa pokok semua kelompok (rasio portofolio, bukan rata-rata).',
    en
      ? 'Attendance: members present (H + W) at the last 4 meetings ÷ members active at them. Women: active women ÷ active members whose gender is given. RUK on time: RUK rows of the report date’s year done in their month ÷ those due (none due where the Kegiatan tab was not read). Saprodi right: rows right on person, amount and time ÷ rows planted (or received) by the report date. The totals divide sum by sum too.'
      : 'Kehadiran: anggota hadir (H + W) di 4 pertemuan terakhir ÷ anggota aktif saat itu. Perempuan: anggota aktif perempuan ÷ anggota aktif yang jenis kelaminnya diisi. RUK tepat: baris RUK tahun tanggal laporan yang terlaksana pada bulannya ÷ yang jatuh tempo (tidak ada yang jatuh tempo bila tab Kegiatan tidak terbaca). Saprodi tepat: baris tepat orang, jumlah dan waktu ÷ baris yang sudah tanam (atau diterima) pada tanggal laporan. Jumlahnya juga jumlah ÷ jumlah.',
  );
  return lines;
}

/** Exit 0 when no book has errors, 1 when any has, 2 when an argument or a file is unusable (as `check`). */
export async function runSummary(args: readonly string[], ctx: CliContext): Promise<number> {
  const { values, positionals } = parse(args, options);
  const time = commandTime(values.today, ctx);
  const { today } = time;
  const asOf = dateOption('as-of', values['as-of'], today);
  const lang = langOption(values.lang) ?? 'id';
  if (positionals.length === 0)
    throw new CliError('args.noFile', {
      id: `Sebutkan file buku: ${usageLine(summaryCommand)}`,
      en: `Name the books' files: ${usageLine(summaryCommand)}`,
    });
  const out = outOption(values, positionals);

  const groups: GroupSummaryEntry[] = [];
  // Each book read with its group's key, as `export` keys it: the books of one group are one group.
  const keyed: { file: string; key: string; groupName: string }[] = [];
  // The same file named twice is read once, as `export` reads it (its figures would count twice).
  const { files, repeats } = namedOnce(positionals);
  for (const r of repeats) ctx.err(`${r.note.id} / ${r.note.en}`);
  for (const file of files) {
    try {
      const opened = await openBook(file, today);
      const row = groupSummaryRow(file, opened, asOf);
      groups.push(row);
      keyed.push({ file, key: groupKey(opened.book.settings, file), groupName: row.groupName });
    } catch (e) {
      if (!(e instanceof CliError)) throw e;
      groups.push({ file, error: { code: e.code, message: { id: e.text.id, en: e.text.en } } });
      // As `check` says it: on stderr, one line; the message names the file (else it is put first).
      const line = `${e.text.id} / ${e.text.en}`;
      ctx.err(line.includes(file) ? line : `${file}: ${line}`);
    }
  }
  const summary = groupSummary(groups, asOf, today);
  const ofBooks = groupsOfBooks(keyed);
  // With --out, the workbook is written before the summary is printed: a run whose write fails
  // prints no summary that a script would take for the output of a good run.
  if (out !== undefined) {
    const workbook = XlsxWorkbook.create();
    // With --today, the same day writes the same file, byte for byte (the document's dates too).
    if (time.dayOnly) workbook.stampDates(today);
    const generatedAt = new LocalHost(workbook, time).now();
    const grid = groupSummarySheet(summary, lang, generatedAt, {
      count: ofBooks.groups,
      notes: ofBooks.shared.map(sharedGroupNote),
    });
    workbook.writeGenerated(grid);
    await writeOut(workbook, out);
    ctx.err(
      pick(
        writtenLine(
          out,
          text(`workbook baru dengan tab ${grid.name}`, `a new workbook with the tab ${grid.name}`),
        ),
        lang,
      ),
    );
  }
  if (values.json) {
    ctx.out(json(summary));
    // stdout stays one JSON document: the note goes to stderr, in both languages, as other notes do.
    for (const g of ofBooks.shared) {
      const note = sharedGroupNote(g);
      ctx.err(oneLine(`${note.id} / ${note.en}`));
    }
  } else for (const line of summaryText(summary, lang, ofBooks)) ctx.out(line);
  return summary.totals.unreadable > 0 ? 2 : summary.totals.errors > 0 ? 1 : 0;
}
