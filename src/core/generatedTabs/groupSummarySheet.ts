// The generated tab `Ringkasan Kelompok`: one row per group's book, worst first, a totals row, and
// what PAR30 and the totals mean under the table. Written by `summary --out` into a new workbook.
import { defaultSettings } from '../book/types';
import {
  cell,
  BOLD,
  ITALIC,
  ITALIC_WRAP,
  WRAP,
  type MergeAcross,
  type OutCell,
  type SheetGrid,
} from '../sheetGrid';
import {
  figuresLabel,
  isSummaryFailure,
  notInTotalsNote,
  summaryDefinitions,
  worstFirst,
  type DutiesFigures,
  type GroupSummary,
  type GroupSummaryRow,
} from '../summary/groupSummary';
import { pick, text as t, type Lang, type Bilingual } from '../text';
import { rupiahCell } from './rupiahCell';
import { tableStart, tableColumn } from './titleBlock';

export const GROUP_SUMMARY_TAB = 'Ringkasan Kelompok';

// Widths in pixels, 1,983 in all (every header's longest word whole in bold): fit to the width of A4 landscape it would print at 54 %, so it
// prints two pages wide, No, File and Nama Kelompok at the left of both (local/printColumns.ts);
// Rupiah columns are 122 px, wide enough for a bold total of Rp 99.999.999.999 (115 px of Arial 10 bold) (an office's Jumlah
// passes a billion: at 105 px it showed ###); a file, group, village or district name longer than its
// column wraps (`Kelompok Tani Mekar Sari` is 158 px of Arial 10: 160 px did not hold it whole).
const columns: readonly { label: Bilingual; width: number }[] = [
  tableColumn('No', 'No', 32),
  tableColumn('File', 'File', 95),
  tableColumn('Nama Kelompok', 'Group', 160),
  tableColumn('Desa', 'Village', 85),
  tableColumn('Kecamatan', 'District', 85),
  tableColumn('Anggota Aktif', 'Active Members', 66),
  tableColumn('Saldo Kas', 'Cash Balance', 122),
  tableColumn('Total Simpanan', 'Total Savings', 122),
  tableColumn('Pinjaman Belum Lunas', 'Loans Open', 66),
  tableColumn('Sisa Pokok', 'Outstanding Principal', 122),
  tableColumn('Tunggakan', 'Arrears', 122),
  tableColumn('PAR30', 'PAR30', 58),
  tableColumn('Kol 5 (Macet)', 'Kol 5 (Loss)', 58),
  tableColumn('Pinjaman Menunggak', 'Loans Past Due', 82),
  tableColumn('Kesalahan', 'Errors', 74),
  tableColumn('Peringatan', 'Warnings', 76),
  tableColumn('Kegiatan Terakhir', 'Last Kegiatan', 80),
  tableColumn('Kas Terakhir', 'Last Kas', 80),
  tableColumn('Kehadiran 4 Pertemuan', 'Attendance, Last 4', 84),
  tableColumn('Anggota Perempuan', 'Women Members', 80),
  tableColumn('RUK Tepat Waktu', 'RUK On Time', 62),
  tableColumn('Saprodi Tepat', 'Saprodi Right', 62),
  tableColumn('Keterangan', 'Note', 110),
];

/**
 * The last column (1-based, PAR30) the definitions under the table are merged up to: D to L, so
 * that they print whole on the first page (A to L, 1.122 px: 83 % of A4 landscape).
 */
const DEFINITIONS_END = 12;

/** A figure not computed (null) is a dash; its reason is in the Keterangan column. */
const dash = cell('–', { align: 'right' });
const int = (n: number | null, bold = false): OutCell =>
  n === null ? dash : cell(n, { format: 'integer', ...(bold ? { bold } : {}) });
const rp = (n: number | null, bold = false): OutCell => (n === null ? dash : rupiahCell(n, bold));
const pct = (n: number | null, bold = false): OutCell =>
  n === null
    ? cell('–', { align: 'right', ...(bold ? { bold } : {}) })
    : cell(n, { format: 'percent', ...(bold ? { bold } : {}) });
/** `4 / 6`: done out of due; a dash when nothing is due. */
const outOf = (n: number, of: number, bold = false): OutCell =>
  cell(of === 0 ? '–' : `${n} / ${of}`, { align: 'right', ...(bold ? { bold } : {}) });
const duties = (d: DutiesFigures, bold = false): OutCell[] => [
  pct(d.attendanceLast4, bold),
  pct(d.womenShare, bold),
  outOf(d.rukOnTime.done, d.rukOnTime.due, bold),
  outOf(d.saprodiRight.right, d.saprodiRight.rows, bold),
];
const day = (d: string | null): OutCell => (d === null ? cell(null) : cell({ date: d }, { format: 'date' }));

function groupRow(no: number, g: GroupSummaryRow, lang: Lang): OutCell[] {
  const note = g.notComputed
    .map((u) => `${pick(figuresLabel[u.figures], lang)}: ${pick(u.reason, lang)}`)
    .join('; ');
  return [
    int(no),
    // Names of any length wrap in their columns (the row grows), never cut at the next one.
    cell(g.file, WRAP),
    cell(g.groupName, WRAP),
    cell(g.village ?? '', WRAP),
    cell(g.district ?? '', WRAP),
    int(g.activeMembers),
    rp(g.cashBalance),
    rp(g.savings),
    int(g.openLoans),
    rp(g.outstandingPrincipal),
    rp(g.arrears),
    pct(g.par30),
    int(g.kol5Loans),
    int(g.pastDueLoans),
    int(g.errors),
    int(g.warnings),
    day(g.lastActivity),
    day(g.lastCash),
    ...duties(g),
    ...(note ? [cell(note, WRAP)] : []),
  ];
}

/**
 * `groups`: how many groups the books read stand for (a group is its key, docs/warehouse.md; the
 * command line works it out), and the notes naming the books that share one; without it, each
 * book is taken for a group.
 */
export function groupSummarySheet(
  summary: GroupSummary,
  lang: Lang,
  generatedAt: string,
  groups: { readonly count: number; readonly notes: readonly Bilingual[] } = {
    count: summary.totals.books,
    notes: [],
  },
): SheetGrid {
  // Many groups, so no one group's name or place in the title block: title, as-of date, generated-at.
  const { rows, frozenRows } = tableStart(
    {
      title: t('RINGKASAN KELOMPOK', 'GROUP SUMMARY'),
      settings: defaultSettings,
      asOf: summary.asOf,
      generatedAt,
    },
    columns,
    lang,
  );

  worstFirst(summary.groups).forEach((g, i) => {
    if (isSummaryFailure(g)) {
      const gap = Array.from({ length: columns.length - 3 }, () => cell(null));
      rows.push([int(i + 1), cell(g.file, WRAP), ...gap, cell(pick(g.error.message, lang), WRAP)]);
    } else rows.push(groupRow(i + 1, g, lang));
  });

  const s = summary.totals;
  const unreadable = s.unreadable
    ? pick(
        t(
          `${s.unreadable} file tidak terbaca`,
          `${s.unreadable} ${s.unreadable === 1 ? 'file' : 'files'} unreadable`,
        ),
        lang,
      )
    : '';
  rows.push([
    cell(null),
    cell(pick(t('Jumlah', 'Total'), lang), BOLD),
    // Groups, not books, as the text says it: `4 kelompok (5 buku)`.
    cell(
      pick(
        groups.count === s.books
          ? t(`${s.books} kelompok`, `${s.books} ${s.books === 1 ? 'group' : 'groups'}`)
          : t(
              `${groups.count} kelompok (${s.books} buku)`,
              `${groups.count} ${groups.count === 1 ? 'group' : 'groups'} (${s.books} ${s.books === 1 ? 'book' : 'books'})`,
            ),
        lang,
      ),
      BOLD,
    ),
    cell(null),
    cell(null),
    int(s.activeMembers, true),
    rp(s.cashBalance, true),
    rp(s.savings, true),
    int(s.openLoans, true),
    rp(s.outstandingPrincipal, true),
    rp(s.arrears, true),
    pct(s.par30, true),
    int(s.kol5Loans, true),
    int(s.pastDueLoans, true),
    int(s.errors, true),
    int(s.warnings, true),
    cell(null),
    cell(null),
    ...duties(s, true),
    cell(unreadable, BOLD),
  ]);

  // The books whose figures are not in the totals, named under them.
  const leftOut = notInTotalsNote(summary.groups.filter((g): g is GroupSummaryRow => !isSummaryFailure(g)));
  if (leftOut) rows.push([cell(null), cell(pick(leftOut, lang), ITALIC)]);
  // The books of one group, named: the totals add up all of them.
  for (const note of groups.notes) rows.push([cell(null), cell(pick(note, lang), ITALIC)]);

  // Each definition from D: its label, then its text merged over D to L (DEFINITIONS_END) and
  // wrapped. Not in A to C: those print again at the left of the second page, where the labels stood
  // with no text beside them.
  rows.push([]);
  const merges: MergeAcross[] = [];
  for (const d of summaryDefinitions) {
    rows.push([cell(null), cell(null), cell(null), cell(pick(d.label, lang), BOLD)]);
    rows.push([cell(null), cell(null), cell(null), cell(pick(d.definition, lang), ITALIC_WRAP)]);
    merges.push({ row: rows.length, col: 4, rows: 1, cols: DEFINITIONS_END - 3 });
  }

  return {
    name: GROUP_SUMMARY_TAB,
    rows,
    widths: columns.map((c) => c.width),
    frozenRows,
    orientation: 'landscape',
    // Printed more than one page wide: the group's No, file and name on every page, and no page
    // between the columns of one kind (place, money, loans, counts of loans, problems, last dates,
    // duties).
    printTitleColumns: 3,
    keepColumns: [
      [4, 5],
      [7, 8],
      [9, 12],
      [13, 14],
      [15, 16],
      [17, 18],
      [19, 22],
    ],
    merges,
  };
}
