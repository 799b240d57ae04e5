// The generated tab `Saprodi <season>` (docs/book.md §9): the distribution per member and kind
// with right person, amount and time, the totals per kind, the shares right, and the RDKK list for
// the extension officer — the one generated place a NIK is shown in full (§10).
import { fingerprint } from '../api/keptViews';
import type { Book } from '../book/types';
import {
  saprodiDefinitions,
  saprodiNotYetDue,
  type RightShare,
  type SaprodiReport,
} from '../saprodi/saprodiReport';
import type { IsoDate } from '../cell';
import { formatLongDate } from '../isoDate';
import { cell, BOLD, ITALIC, ITALIC_WRAP, RIGHT, WRAP, type OutCell, type SheetGrid } from '../sheetGrid';
import { counted, decimalText, pick, text as t, type Lang, type Bilingual } from '../text';
import { HEADER_BACKGROUND, headerRow, placeLine, tableStart, tableColumn, totalsStart } from './titleBlock';

/**
 * Characters a tab name may not hold in a spreadsheet file; 31 characters at most. A longer name is
 * cut to 25, then `…` and 4 characters of a hash of the season, so that two seasons alike in their
 * first 31 characters (`… Irigasi Teknis 2026` and `… 2027`) never write over each other's tab.
 */
export function saprodiTabName(season: string): string {
  const name = `Saprodi ${season}`.replace(/[[\]*?/\\:]/g, '-').trim();
  return name.length <= 31
    ? name
    : `${name.slice(0, 25).trim()}… ${fingerprint([season], []).replace('.', '').slice(0, 4)}`;
}

// 995 px over 13 columns: A4 landscape, fit to width.
const columns: readonly { label: Bilingual; width: number }[] = [
  tableColumn('No', 'No', 30),
  tableColumn('ID Anggota', 'Member ID', 65),
  tableColumn('Nama', 'Name', 150),
  // The RDKK list's NIK below, 16 digits (119 px of Arial 10).
  tableColumn('Komoditas', 'Commodity', 130),
  // `Received` (59 px bold) over the totals per kind; `Komoditas`, `Commodity` (74 px bold) over the RDKK list.
  tableColumn('Luas Tanam (ha)', 'Area (ha)', 66),
  tableColumn('Jenis', 'Kind', 82),
  tableColumn('Rencana (kg)', 'Planned (kg)', 70),
  tableColumn('Diterima (kg)', 'Received (kg)', 70),
  tableColumn('Tanggal Terima', 'Received', 80),
  tableColumn('Tanggal Tanam', 'Planting', 80),
  tableColumn('Tepat Orang', 'Right Person', 65),
  tableColumn('Tepat Jumlah', 'Right Amount', 65),
  tableColumn('Tepat Waktu', 'Right Time', 65),
];

const SECTION = { bold: true, size: 11 } as const;
const NOT_RIGHT = '#f4cccc';

function yesNo(value: boolean | null, lang: Lang): OutCell {
  if (value === null) return cell('?', { align: 'center' });
  return cell(pick(value ? t('Ya', 'Yes') : t('Tidak', 'No'), lang), {
    align: 'center',
    ...(value ? {} : { background: NOT_RIGHT }),
  });
}

/** A row not yet due: its amount and time are not judged yet. */
const judged = (value: boolean | null, notYetDue: boolean, lang: Lang) =>
  notYetDue ? cell(pick(saprodiNotYetDue.label, lang), { align: 'center', wrap: true }) : yesNo(value, lang);

const dateCell = (date: IsoDate | null) => cell(date === null ? null : { date }, { format: 'date' });
const kg = (n: number | null, bold = false) => cell(n, { format: 'decimal', ...(bold ? { bold } : {}) });

/**
 * A share's row, or (a count alone) the rows not yet due; its label is merged over ID Anggota and
 * Nama (`Tepat ketiganya` is too wide for one).
 */
function shareRow(
  label: Bilingual,
  share: RightShare | number,
  definition: Bilingual | null,
  lang: Lang,
): OutCell[] {
  const count = typeof share === 'number';
  return [
    cell(null),
    cell(pick(label, lang), BOLD),
    cell(null),
    cell(count ? share : `${share.right} / ${share.rows}`, RIGHT),
    cell(count ? null : share.share, { format: 'percent' }),
    cell(definition === null ? null : pick(definition, lang), ITALIC_WRAP),
  ];
}

export function saprodiSheet(
  report: SaprodiReport,
  book: Book,
  lang: Lang,
  asOf: IsoDate,
  generatedAt: string,
): SheetGrid {
  const { rows, frozenRows } = tableStart(
    {
      title: t(`DISTRIBUSI SAPRODI ${report.season}`, `FARM INPUT DISTRIBUTION ${report.season}`),
      settings: book.settings,
      asOf,
      generatedAt,
    },
    columns,
    lang,
  );
  report.rows.forEach((r, i) => {
    rows.push([
      cell(i + 1, { format: 'integer' }),
      cell(r.memberId),
      cell(r.memberName, WRAP),
      cell(r.commodity, WRAP),
      cell(r.areaHa, { format: 'decimal' }),
      cell(r.kind),
      kg(r.plannedKg),
      kg(r.receivedKg),
      dateCell(r.receivedDate),
      dateCell(r.plantingDate),
      yesNo(r.rightPerson, lang),
      judged(r.rightAmount, r.notYetDue, lang),
      judged(r.rightTime, r.notYetDue, lang),
    ]);
  });
  if (report.rows.length === 0)
    rows.push([
      cell(null),
      cell(
        pick(
          t(`Tidak ada baris untuk musim ${report.season}.`, `No row for the season ${report.season}.`),
          lang,
        ),
        ITALIC,
      ),
    ]);

  rows.push([], [cell(pick(t('Jumlah per jenis', 'Totals per kind'), lang), SECTION)]);
  rows.push([
    cell(null),
    ...headerRow(
      [
        t('Jenis', 'Kind'),
        t('Baris', 'Rows'),
        t('Rencana (kg)', 'Planned (kg)'),
        t('Diterima (kg)', 'Received (kg)'),
        t('Diterima ÷ Rencana', 'Received ÷ Planned'),
      ],
      lang,
    ),
  ]);
  for (const k of report.kinds) {
    rows.push([
      cell(null),
      cell(k.kind),
      cell(k.rows, { format: 'integer' }),
      kg(k.plannedKg),
      kg(k.receivedKg),
      cell(k.plannedKg === 0 ? null : k.receivedKg / k.plannedKg, { format: 'percent' }),
    ]);
  }

  rows.push([], [cell(pick(t('Tepat orang, jumlah, waktu', 'Right person, amount, time'), lang), SECTION)]);
  const sharesStart = rows.length + 1;
  saprodiDefinitions.forEach((d, i) => {
    const share = [report.rightPerson, report.rightAmount, report.rightTime][i];
    if (share) rows.push(shareRow(d.label, share, d.definition, lang));
  });
  rows.push(shareRow(t('Tepat ketiganya', 'Right on all three'), report.allRight, null, lang));
  if (report.notYetDue > 0)
    rows.push(shareRow(saprodiNotYetDue.label, report.notYetDue, saprodiNotYetDue.definition, lang));
  const shareRows = rows.length + 1 - sharesStart;
  if (report.overLimit.length > 0) {
    // Each area and the limit as the tab's language writes a decimal (`2,5 ha`, `2.5 ha`).
    const ha = (n: number) => `${pick(decimalText(n), lang)} ha`;
    const list = report.overLimit.map((o) => `${o.memberId} (${ha(o.areaHa)})`).join(', ');
    const limit = ha(report.subsidyAreaLimit);
    rows.push([
      cell(null),
      cell(
        pick(
          t(
            `Luas tanam lebih dari Batas Luas Subsidi ${limit}: ${list}.`,
            `Planted area over the subsidy limit of ${limit}: ${list}.`,
          ),
          lang,
        ),
        BOLD,
      ),
    ]);
  }

  // The RDKK: one line per member, the need per kind in the kinds' own columns, from a new page
  // (it goes to the extension officer).
  rows.push([], [cell(pick(t(`RDKK ${report.season}`, `RDKK ${report.season}`), lang), SECTION)]);
  const rdkkStart = rows.length;
  // Its page goes to the extension officer on its own: whose list, where, of which day (a print
  // audit: it named neither group nor village nor date), each on a line of its own: a long group
  // name and place filled the page's width on one.
  for (const line of [book.settings.groupName, placeLine(book.settings, lang)])
    if (line) rows.push([cell(line, BOLD)]);
  rows.push([cell(`${pick(t('Per tanggal', 'As of'), lang)} ${formatLongDate(asOf, lang)}`, BOLD)]);
  rows.push([
    cell(
      pick(
        t(
          'Rencana Definitif Kebutuhan Kelompok untuk penyuluh. NIK ditulis lengkap hanya di daftar ini.',
          "The group's definitive need plan for the extension officer. NIKs are written in full in this list only.",
        ),
        lang,
      ),
      ITALIC,
    ),
  ]);
  const kinds = report.kinds.map((k) => k.kind);
  rows.push(
    [
      t('No', 'No'),
      t('ID Anggota', 'Member ID'),
      t('Nama', 'Name'),
      t('NIK', 'NIK'),
      t('Luas (ha)', 'Area (ha)'),
      t('Komoditas', 'Commodity'),
      ...kinds.map((k) => t(`${k} (kg)`, `${k} (kg)`)),
    ].map((label) =>
      cell(pick(label, lang), { bold: true, background: HEADER_BACKGROUND, wrap: true, align: 'center' }),
    ),
  );
  report.rdkk.forEach((l, i) => {
    rows.push([
      cell(i + 1, { format: 'integer' }),
      cell(l.memberId),
      cell(l.name, WRAP),
      cell(l.nik, { format: 'text' }),
      cell(l.areaHa, { format: 'decimal' }),
      cell(l.commodities.join(', '), WRAP),
      ...kinds.map((k) => kg(l.needKg[k] ?? null)),
    ]);
  });
  rows.push([
    ...totalsStart(lang),
    cell(pick(counted(report.rdkk.length, 'anggota', 'member'), lang), BOLD),
    cell(null),
    cell(null),
    cell(null),
    ...kinds.map((k) =>
      kg(
        report.rdkk.reduce((s, l) => s + (l.needKg[k] ?? 0), 0),
        true,
      ),
    ),
  ]);
  // A ninth kind in the RDKK would stand beyond the 13 columns above: give it a width too.
  const widths = columns.map((c) => c.width);
  while (widths.length < 6 + kinds.length) widths.push(65);
  return {
    name: saprodiTabName(report.season),
    rows,
    widths,
    frozenRows,
    // The header of the distribution would print above the RDKK's own columns: no row repeats.
    printTitleRows: 0,
    pageBreaks: [rdkkStart],
    orientation: 'landscape',
    // Labels over ID Anggota and Nama; each definition wrapped over Jenis to the last column.
    merges: [
      { row: sharesStart, col: 2, rows: shareRows, cols: 2 },
      { row: sharesStart, col: 6, rows: shareRows, cols: columns.length - 5 },
    ],
  };
}
