// `buku-kelompok saprodi FILE [--season "MT I 2026"] [--json] [--out FILE]`: one season's farm-input
// distribution (docs/book.md §9); with --out, a copy of the book with `Saprodi <season>` and its RDKK.
import { apiError } from '../../core/api/errorMessages';
import { findTab } from '../../core/book/findTab';
import { saprodiTab } from '../../core/book/schema';
import { formatShortDate } from '../../core/isoDate';
import {
  saprodiDefinitions,
  saprodiNotYetDue,
  saprodiReport,
  chooseSeason,
  type RightShare,
  type SaprodiReport,
} from '../../core/saprodi/saprodiReport';
import { pick, text, type Lang } from '../../core/text';
import { maskNik } from '../../core/values/maskNik';
import { alignedTable, groupedPlural, oneLine, percent, quantity, shellWord, whole } from '../cliFormat';
import type { CliCommand } from '../cliCommand';
import {
  commonOptions,
  forceFlag,
  json,
  langOption,
  outFlag,
  parse,
  commandTime,
  type CliContext,
} from '../cliOptions';
import { localApi, unwrap } from '../localApi';
import { CliError, type OpenedBook } from '../openBook';
import { outOption } from '../outFile';
import { oneBookFile, printNowOrAfterWrite, printReport, reportOnBook, writeCopy } from '../oneBookCommand';

const options = {
  season: {
    type: 'string',
    value: '"MT I 2026"',
    help: text(
      'musim tanam seperti ditulis di tab Saprodi (bawaan: musim terakhir yang ditulis)',
      'the planting season as written in the Saprodi tab (default: the last season written)',
    ),
  },
  out: outFlag,
  force: forceFlag,
  ...commonOptions,
} as const;

export const saprodiCommand: CliCommand = {
  name: 'saprodi',
  operands: 'FILE',
  summary: text(
    'Distribusi saprodi satu musim tanam: tiap anggota dan jenis dengan tepat orang, tepat jumlah dan tepat waktu, jumlah per jenis dan bagian yang tepat; dengan --out, salinan buku dengan tab Saprodi <musim> dan daftar RDKK.',
    "One season's farm-input distribution: each member and kind with right person, right amount and right time, totals per kind and the shares right; with --out, a copy of the book with the tab Saprodi <season> and the RDKK list.",
  ),
  options,
  examples: [
    'buku-kelompok saprodi buku.xlsx --season "MT I 2026"',
    'buku-kelompok saprodi buku.xlsx --season "MT I 2026" --out hasil/saprodi.xlsx',
  ],
  run: runSaprodi,
};

/**
 * The JSON of the README: the report's rows, totals per kind, shares and RDKK. The NIK is masked
 * here as everywhere outside `Anggota` and the RDKK tab (docs/book.md §10).
 */
export function saprodiJson(report: SaprodiReport) {
  return {
    season: report.season,
    asOf: report.asOf,
    rows: report.rows.map((r) => ({
      memberId: r.memberId,
      memberName: r.memberName,
      commodity: r.commodity,
      areaHa: r.areaHa,
      kind: r.kind,
      plannedKg: r.plannedKg,
      receivedKg: r.receivedKg,
      receivedDate: r.receivedDate,
      plantingDate: r.plantingDate,
      rightPerson: r.rightPerson,
      rightAmount: r.rightAmount,
      rightTime: r.rightTime,
      allRight: r.allRight,
      notYetDue: r.notYetDue,
      row: r.row,
    })),
    kinds: report.kinds,
    rightPerson: report.rightPerson,
    rightAmount: report.rightAmount,
    rightTime: report.rightTime,
    allRight: report.allRight,
    notYetDue: report.notYetDue,
    subsidyAreaLimit: report.subsidyAreaLimit,
    overLimit: report.overLimit,
    rdkk: report.rdkk.map((l) => ({ ...l, nik: l.nik === null ? null : maskNik(l.nik) })),
  };
}

const yesNo = (value: boolean | null, lang: Lang) =>
  value === null ? '?' : lang === 'en' ? (value ? 'yes' : 'no') : value ? 'ya' : 'tidak';

export function saprodiText(report: SaprodiReport, groupName: string, lang: Lang): string[] {
  const en = lang === 'en';
  const lines = [oneLine(`Saprodi ${report.season}${groupName ? ` — ${groupName}` : ''}`)];
  const header = en
    ? [
        'Member',
        'Commodity',
        'ha',
        'Kind',
        'Planned kg',
        'Received kg',
        'Received',
        'Planting',
        'Person',
        'Amount',
        'Time',
      ]
    : [
        'Anggota',
        'Komoditas',
        'ha',
        'Jenis',
        'Rencana kg',
        'Diterima kg',
        'Terima',
        'Tanam',
        'Orang',
        'Jumlah',
        'Waktu',
      ];
  const rows = report.rows.map((r) => [
    `${r.memberId} ${r.memberName ?? '?'}`,
    r.commodity,
    quantity(r.areaHa, lang),
    r.kind,
    quantity(r.plannedKg, lang),
    r.receivedKg === null ? '' : quantity(r.receivedKg, lang),
    r.receivedDate === null ? '' : formatShortDate(r.receivedDate),
    r.plantingDate === null ? '' : formatShortDate(r.plantingDate),
    yesNo(r.rightPerson, lang),
    ...(r.notYetDue
      ? Array<string>(2).fill(pick(saprodiNotYetDue.label, lang).toLowerCase())
      : [yesNo(r.rightAmount, lang), yesNo(r.rightTime, lang)]),
  ]);
  const right = new Set([2, 4, 5]);
  const table = alignedTable([header, ...rows], (i) => right.has(i));
  lines.push('', ...table, '');
  // A Jenis as typed, as in the table: a line break in it is `↵`.
  lines.push(
    oneLine(
      `${en ? 'Per kind' : 'Per jenis'}: ${report.kinds
        .map(
          (k) =>
            `${k.kind} ${quantity(k.receivedKg, lang)} ${en ? 'of' : 'dari'} ${quantity(k.plannedKg, lang)} kg`,
        )
        .join(' · ')}`,
    ),
  );
  const shareLine = (label: string, s: RightShare, definition: string | null) =>
    `${label}: ${whole(s.right, lang)} ${en ? 'of' : 'dari'} ${whole(s.rows, lang)} (${percent(s.share, lang)})${definition ? ` — ${definition}` : ''}`;
  saprodiDefinitions.forEach((d, i) => {
    const share = [report.rightPerson, report.rightAmount, report.rightTime][i];
    if (share) lines.push(shareLine(pick(d.label, lang), share, pick(d.definition, lang)));
  });
  lines.push(shareLine(en ? 'Right on all three' : 'Tepat ketiganya', report.allRight, null));
  if (report.notYetDue > 0)
    lines.push(
      `${pick(saprodiNotYetDue.label, lang)} (${en ? 'as of' : 'per'} ${formatShortDate(report.asOf)}): ${en ? groupedPlural(report.notYetDue, 'row') : `${report.notYetDue} baris`} — ${pick(saprodiNotYetDue.definition, lang)}`,
    );
  if (report.overLimit.length > 0)
    lines.push(
      oneLine(
        `${en ? `Planted area over the subsidy limit of ${quantity(report.subsidyAreaLimit, lang)} ha` : `Luas tanam lebih dari Batas Luas Subsidi ${quantity(report.subsidyAreaLimit, lang)} ha`}: ${report.overLimit
          .map((o) => `${o.memberId} (${quantity(o.areaHa, lang)} ha)`)
          .join(', ')}`,
      ),
    );
  lines.push(
    en
      ? `RDKK: ${groupedPlural(report.rdkk.length, 'member')} (written in full, with NIKs, by --out)`
      : `RDKK: ${report.rdkk.length} anggota (ditulis lengkap, dengan NIK, oleh --out)`,
  );
  return lines;
}

/**
 * `season.none` said with the command line's steps: the tab is there (without it, `book.tabMissing`
 * names `setup`) and its header row found (else `book.tabUnreadable`), yet no row names a season.
 * With no rows: fill them in; with rows left out for their errors: `check` lists them.
 */
function noSaprodiRows(file: string, opened: Pick<OpenedBook, 'workbook' | 'problems'>): CliError {
  const tab = findTab(opened.workbook.tabNames(), saprodiTab)!;
  const again = `buku-kelompok saprodi ${shellWord(file)}`;
  const errors = opened.problems.some((p) => p.tab === tab && p.severity === 'error');
  const check = `buku-kelompok check ${shellWord(file)}`;
  return new CliError(
    'season.none',
    errors
      ? text(
          `Tab ${tab} tidak punya baris yang lengkap: baris yang ada punya kesalahan, lihat ${check}. Perbaiki baris itu, lalu jalankan lagi ${again}.`,
          `The ${tab} tab has no complete row: the rows it has have errors, see ${check}. Correct them, then run ${again} again.`,
        )
      : text(
          `Tab ${tab} belum berisi baris. Isi kebutuhan saprodi per anggota di tab itu (satu baris per anggota, musim tanam dan jenis), lalu jalankan lagi ${again}.`,
          `The ${tab} tab has no rows yet. Enter each member’s farm-input needs in it (one row per member, season and kind), then run ${again} again.`,
        ),
  );
}

export async function runSaprodi(args: readonly string[], ctx: CliContext): Promise<number> {
  const { values, positionals } = parse(args, options);
  const time = commandTime(values.today, ctx);
  const { today } = time;
  const file = oneBookFile(positionals, saprodiCommand);
  const out = outOption(values, [file]);

  // With --out, the action writing the tab takes the book as checked here: read and checked once.
  const { workbook, reported, reviewed } = await reportOnBook(
    file,
    today,
    (opened) => {
      const lang = langOption(values.lang) ?? opened.book.settings.language;
      // The same choice and the same refusals as the add-on's generateSaprodi.
      const choice = chooseSeason(opened.book, values.season);
      if (!choice.ok)
        throw choice.code === 'season.none'
          ? noSaprodiRows(file, opened)
          : new CliError(choice.code, apiError(choice.code, choice.args).message);
      const season = choice.season;
      const report = saprodiReport(opened.book, season, today);
      const print = printNowOrAfterWrite(out !== undefined, () => {
        if (values.json) ctx.out(json(saprodiJson(report)));
        else printReport(ctx, saprodiText(report, opened.book.settings.groupName, lang), opened, lang);
      });
      return { lang, season, print };
    },
    // A book without Saprodi, or whose header row is not found, is refused as for every report.
    { ...(out === undefined ? {} : { readOnce: true, keepReview: true }), needs: 'saprodi' },
  );
  if (out !== undefined) {
    const result = unwrap(localApi({ workbook }, time, reviewed).generateSaprodi(reported.season));
    await writeCopy(ctx, { workbook }, out, result.tabs, reported.lang);
  }
  reported.print();
  return 0;
}
