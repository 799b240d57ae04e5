// The generated tab `RUK <year>` (docs/book.md §9): the group's plan against what was done,
// per row and in total, printable on A4 landscape.
import type { Book } from '../book/types';
import { formatShortDate, monthName } from '../isoDate';
import {
  PLAN_STATUSES,
  planStatusDefinitions,
  planStatusLabels,
  type PlanReport,
  type PlanStatus,
} from '../plan/planReport';
import { lists } from '../book/schema';
import { cell, BOLD, ITALIC, WRAP, type OutCell, type SheetGrid } from '../sheetGrid';
import { counted, pick, text as t, type Lang, type Bilingual } from '../text';
import { rupiahCell as rp } from './rupiahCell';
import { tableStart, tableColumn, totalsStart } from './titleBlock';

/** `RUK 2026`. */
export function planTabName(year: number): string {
  return `RUK ${year}`;
}

// 985 px: A4 landscape (297 mm) less two 19 mm margins is about 259 mm, some 980 px at 96 dpi.
// `Terlaksana` and `Pelaksanaan` fit their columns in bold (at 65 and 75 px they broke in the middle,
// printed); Kegiatan and Jenis Kegiatan, which wrap, gave the room, and Kegiatan again for Kode, Bulan
// and Satuan.
const columns: readonly { label: Bilingual; width: number }[] = [
  tableColumn('No', 'No', 30),
  // `Jumlah` in bold (45 px of Arial 10).
  tableColumn('Kode', 'Code', 56),
  tableColumn('Kegiatan', 'Activity', 106),
  // `Group meeting/discussion`: its longest word whole (114 px).
  tableColumn('Jenis Kegiatan', 'Type', 120),
  // `September 2026` in one line (100 px: at 95 px it was cut).
  tableColumn('Bulan', 'Month', 110),
  tableColumn('Target', 'Target', 55),
  // `pertemuan` (meeting), a unit a group often plans in, whole (64 px); a longer one wraps.
  tableColumn('Satuan', 'Unit', 70),
  tableColumn('Terlaksana (volume)', 'Done (volume)', 78),
  tableColumn('Biaya Rencana', 'Planned Cost', 95),
  tableColumn('Realisasi Biaya', 'Spent', 95),
  tableColumn('Status', 'Status', 80),
  tableColumn('Tanggal Pelaksanaan', 'Date Done', 90),
];

/** Light backgrounds that tell the statuses apart on screen and in grey on paper. */
const STATUS_BACKGROUND: Readonly<Record<PlanStatus, string>> = {
  Terlaksana: '#d9ead3',
  Terlambat: '#fff2cc',
  Belum: '#ffffff',
  'Tidak Terlaksana': '#f4cccc',
};

const monthLabel = (month: string, lang: Lang) =>
  `${monthName(Number(month.slice(5, 7)), lang)} ${month.slice(0, 4)}`;

export function planSheet(report: PlanReport, book: Book, lang: Lang, generatedAt: string): SheetGrid {
  const year = report.year ?? Number(report.asOf.slice(0, 4));
  const { rows, frozenRows } = tableStart(
    {
      title: t(`RENCANA USAHA KELOMPOK (RUK) ${year}`, `GROUP BUSINESS PLAN (RUK) ${year}`),
      settings: book.settings,
      asOf: report.asOf,
      generatedAt,
    },
    columns,
    lang,
  );
  const typeLabel = (type: string) => lists.activityType.find((l) => l.value === type)?.label;
  report.rows.forEach((r, i) => {
    const label = typeLabel(r.type);
    rows.push([
      cell(i + 1, { format: 'integer' }),
      cell(r.code),
      cell(r.activity, WRAP),
      cell(label ? pick(label, lang) : r.type, WRAP),
      cell(monthLabel(r.month, lang)),
      cell(r.target, { format: 'decimal' }),
      cell(r.unit, WRAP),
      cell(r.activities > 0 ? r.volumeDone : null, { format: 'decimal' }),
      r.cost === null ? cell(null) : rp(r.cost),
      rp(r.spent),
      // Wrapped: `Tidak Terlaksana` is wider than the column and ran out of its colour into L.
      cell(pick(planStatusLabels[r.status], lang), { background: STATUS_BACKGROUND[r.status], wrap: true }),
      cell(r.doneDate === null ? null : { date: r.doneDate }, { format: 'date' }),
    ]);
  });
  if (report.rows.length === 0) {
    rows.push([
      cell(null),
      cell(
        pick(t(`Tidak ada baris RUK untuk tahun ${year}.`, `No RUK row for the year ${year}.`), lang),
        ITALIC,
      ),
    ]);
  }
  rows.push([
    ...totalsStart(lang),
    cell(pick(counted(report.rows.length, 'baris rencana', 'plan row'), lang), BOLD),
    ...Array.from({ length: 5 }, () => cell(null)),
    rp(report.totalCost, true),
    rp(report.totalSpent, true),
  ]);
  rows.push([]);
  // Each label merged over Kode and Kegiatan: `Tidak Terlaksana` does not fit in Kode alone.
  const summaryStart = rows.length + 1;
  const summary: OutCell[][] = PLAN_STATUSES.map((status) => [
    cell(null),
    cell(pick(planStatusLabels[status], lang), { bold: true, background: STATUS_BACKGROUND[status] }),
    cell(null),
    cell(report.counts[status], { format: 'integer' }),
    cell(pick(planStatusDefinitions[status], lang), ITALIC),
  ]);
  rows.push(...summary);
  const { done, due } = report.onTime;
  rows.push([
    cell(null),
    cell(pick(t('Tepat waktu', 'On time'), lang), BOLD),
    cell(null),
    cell(due === 0 ? null : done / due, { format: 'percent' }),
    cell(
      pick(
        t(
          `${done} dari ${due} baris: yang Terlaksana ÷ yang bulannya sudah lewat atau sudah Terlaksana, per ${formatShortDate(report.asOf)}`,
          `${done} of ${due} rows: those done on time ÷ those whose month is over or already done, as of ${formatShortDate(report.asOf)}`,
        ),
        lang,
      ),
      ITALIC,
    ),
  ]);
  rows.push([]);
  rows.push([
    cell(
      pick(
        t(
          'Terlaksana (volume) = jumlah Volume baris Kegiatan dengan Kode RUK itu; Realisasi Biaya = jumlah Keluar baris Kas dengan Kode RUK itu.',
          'Done (volume) = the Volume of the Kegiatan rows with that RUK code; Spent = the Keluar of the Kas rows with that RUK code.',
        ),
        lang,
      ),
      ITALIC,
    ),
  ]);
  return {
    name: planTabName(year),
    rows,
    widths: columns.map((c) => c.width),
    frozenRows,
    orientation: 'landscape',
    merges: [{ row: summaryStart, col: 2, rows: PLAN_STATUSES.length + 1, cols: 2 }],
  };
}
