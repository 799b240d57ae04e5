// The `Pemeriksaan` tab: every problem of the book, errors first, each with a link to its cell.
import type { Settings } from '../book/types';
import type { IsoDate } from '../cell';
import { compareProblems, countBySeverity, type Problem, type Severity } from '../problems/problem';
import { cell, BOLD, ITALIC, WRAPPED_TEXT, type OutCell, type SheetGrid } from '../sheetGrid';
import { columnLetters } from '../spreadsheetSettings';
import { counted, pick, text as t, type Lang, type Bilingual } from '../text';
import { tableStart, tableColumn } from './titleBlock';

export const CHECKS_TAB = 'Pemeriksaan';

export const severityLabels: Record<Severity, Bilingual> = {
  error: t('Kesalahan', 'Error'),
  warning: t('Peringatan', 'Warning'),
  info: t('Catatan', 'Note'),
};

/**
 * The styles of a row's number and level cells, made once for each severity (a district book's
 * Pemeriksaan has thousands of rows), and those of its text cells.
 */
const rowStyle = (bold: boolean, background?: string) => {
  const style = background ? { background } : {};
  return { no: { format: 'integer', ...style }, level: { bold, ...style } } as const;
};
const rowStyles: Record<Severity, ReturnType<typeof rowStyle>> = {
  error: rowStyle(true, '#f4cccc'),
  warning: rowStyle(false, '#fff2cc'),
  info: rowStyle(false),
};
const TEXT: Omit<OutCell, 'v'> = { format: 'text' };

const columns = [
  tableColumn('No', 'No', 40),
  tableColumn('Tingkat', 'Severity', 90),
  tableColumn('Letak', 'Location', 120),
  tableColumn('Kolom', 'Column', 120),
  tableColumn('Masalah', 'Problem', 330),
  tableColumn('Perbaikan otomatis', 'Automatic fix', 180),
  // The longest code, `attendance.meeting.countMismatch`, is 211 px of Arial 10.
  tableColumn('Kode', 'Code', 220),
] as const;

/** `Kas!C5`, `Kas baris 5`, or the tab alone, as a person reads a location. */
export function locationText(p: Pick<Problem, 'tab' | 'row' | 'col'>, lang: Lang): string {
  if (p.row < 1) return p.tab;
  if (p.col < 1) return `${p.tab} ${pick(t('baris', 'row'), lang)} ${p.row}`;
  return `${p.tab}!${columnLetters(p.col)}${p.row}`;
}

/** The summary people read first: `3 kesalahan, 5 peringatan, 1 catatan`. */
export function problemSummary(problems: readonly Problem[]): Bilingual {
  const n = countBySeverity(problems);
  const parts = [
    counted(n.error, 'kesalahan', 'error'),
    counted(n.warning, 'peringatan', 'warning'),
    counted(n.info, 'catatan', 'note'),
  ];
  return { id: parts.map((p) => p.id).join(', '), en: parts.map((p) => p.en).join(', ') };
}

/**
 * `tabs` are the book's tab names: a problem on a tab that exists links to its cell (its row when
 * no column is known, the tab's first cell when no row is); one on a missing tab has no link.
 */
export function checksSheet(
  problems: readonly Problem[],
  settings: Settings,
  tabs: readonly string[],
  lang: Lang,
  today: IsoDate,
  generatedAt: string,
): SheetGrid {
  const sorted = [...problems].sort(compareProblems);
  const { rows, frozenRows } = tableStart(
    { title: t('PEMERIKSAAN DATA', 'DATA CHECKS'), settings, asOf: today, generatedAt },
    columns,
    lang,
    [[cell(pick(problemSummary(sorted), lang), BOLD)], []],
  );
  if (sorted.length === 0) {
    rows.push([
      cell(null),
      cell(pick(t('Tidak ada masalah ditemukan.', 'No problems found.'), lang), ITALIC),
    ]);
  }
  const existing = new Set(tabs);
  sorted.forEach((p, i) => {
    const style = rowStyles[p.severity];
    rows.push([
      cell(i + 1, style.no),
      cell(pick(severityLabels[p.severity], lang), style.level),
      cell(
        locationText(p, lang),
        existing.has(p.tab)
          ? { ...WRAPPED_TEXT, link: { tab: p.tab, row: Math.max(p.row, 1), col: Math.max(p.col, 1) } }
          : WRAPPED_TEXT,
      ),
      // A location or a column name longer than its column (`Perubahan Pinjaman baris 12`) wraps.
      cell(p.column, WRAPPED_TEXT),
      cell(pick(p.message, lang), WRAPPED_TEXT),
      cell(p.fix ? pick(p.fix.label, lang) : null, WRAPPED_TEXT),
      cell(p.code, TEXT),
    ]);
  });
  return {
    name: CHECKS_TAB,
    rows,
    widths: columns.map((c) => c.width),
    frozenRows,
    orientation: 'landscape',
  };
}
