// The generated tab `Saldo Pinjaman` (docs/book.md §4): one row per loan, totals, then the
// portfolio with each figure's definition beside it.
import type { Book } from '../book/types';
import { kolName } from '../credit/collectibility';
import {
  finesWaivedLabel,
  kolHeldLabel,
  loanChangeLabel,
  loanStatusText,
  shownKol,
  writeOffLabel,
} from '../credit/loanNotes';
import type { CreditReport, Figure } from '../credit/types';
import {
  cell,
  BOLD,
  ITALIC,
  ITALIC_WRAP,
  RIGHT,
  WRAP,
  type CellFormat,
  type OutCell,
  type SheetGrid,
} from '../sheetGrid';
import { counted, pick, text as t, type Lang, type Bilingual } from '../text';
import { rupiahCell as rp } from './rupiahCell';
import { charsIn, tableStart, tableColumn, totalsStart } from './titleBlock';

export const LOAN_BALANCES_TAB = 'Saldo Pinjaman';
/** No, the two IDs and Nama: repeated at the left of every printed page. */
const REPEATED = 4;

// Widths in pixels: 1.628 in all, too wide for one A4 landscape page at a readable size (64 %
// fit to its width), so the tab prints two pages wide, No to Nama at the left of both
// (local/printColumns.ts); a Rupiah column (105 px) still holds a bold total of Rp 999.999.999
// (96 px of Arial 10 bold), where a narrower one would show ###, and no word of a header is broken
// in either language (`Tunggakan` of Hari Tunggakan is 72 px bold: 78 px).
const columns: readonly { label: Bilingual; width: number }[] = [
  tableColumn('No', 'No', 32),
  tableColumn('ID Pinjaman', 'Loan ID', 70),
  tableColumn('ID Anggota', 'Member ID', 70),
  tableColumn('Nama', 'Name', 140),
  tableColumn('Tanggal Cair', 'Disbursed', 80),
  tableColumn('Pokok', 'Principal', 105),
  tableColumn('Angsuran Jatuh Tempo', 'Installments Due', 105),
  tableColumn('Dibayar untuk yang Jatuh Tempo', 'Paid Toward Due', 105),
  tableColumn('Total Angsuran Diterima', 'Total Repaid', 105),
  tableColumn('Tunggakan Pokok', 'Arrears Principal', 105),
  tableColumn('Tunggakan Jasa', 'Arrears Jasa', 105),
  tableColumn('Total Tunggakan', 'Total Arrears', 105),
  tableColumn('Sisa Pokok', 'Outstanding Principal', 105),
  tableColumn('Hari Tunggakan', 'Days Past Due', 78),
  tableColumn('Kol', 'Kol', 36),
  tableColumn('Status', 'Status', 85),
  tableColumn('Angsuran Berikut: Tanggal', 'Next Installment: Date', 92),
  tableColumn('Angsuran Berikut: Jumlah', 'Next Installment: Amount', 105),
];

/** Where the note of a loan with fines or changes starts (1-based), after its three Rupiah columns. */
const NOTE_COL = 9;

/**
 * The last column (1-based, Total Tunggakan) of what is under the table: the notes of fines and
 * changes, the portfolio's definitions and the Kol line are merged up to it, not to the last
 * column, so that they print whole on the first page (A to L, 1.127 px: 83 % of A4 landscape).
 */
const NOTES_END = 12;

const gapCells = (n: number): OutCell[] => Array.from({ length: n }, () => cell(null));

/** `Jadwal Ulang 03/11/2026` or `Hapus Buku …` with the principal written off, and why a Kol is held. */
function noteOf(b: CreditReport['loans'][number], lang: Lang): OutCell {
  const parts = [loanChangeLabel(b), kolHeldLabel(b), finesWaivedLabel(b), writeOffLabel(b)].filter(
    (x): x is Bilingual => x !== undefined,
  );
  return parts.length === 0 ? cell(null) : cell(parts.map((p) => pick(p, lang)).join('; '), WRAP);
}

/** The portfolio's value column (1-based): `Pokok`, wide enough for a Rupiah total. */
const PORTFOLIO_VALUE_COL = 6;

const unitFormat: Record<Figure['unit'], CellFormat> = {
  count: 'integer',
  rupiah: 'rupiah',
  fraction: 'percent',
};

export function loanBalancesSheet(
  report: CreditReport,
  book: Book,
  lang: Lang,
  generatedAt: string,
): SheetGrid {
  const { rows, frozenRows } = tableStart(
    {
      title: t('SALDO PINJAMAN', 'LOAN BALANCES'),
      settings: book.settings,
      asOf: report.asOf,
      generatedAt,
      // The later pages show the group and its place beside No to Nama only.
      lineChars: charsIn(columns.slice(0, REPEATED).map((c) => c.width)),
    },
    columns,
    lang,
  );

  // Every Angsuran Pinjaman row of the loan, what came back after a write-off too (docs/book.md §4,
  // §7): the column adds up to what Kas received.
  const received = (b: CreditReport['loans'][number]) => b.repaid + b.recoveries;
  report.loans.forEach((b, i) => {
    rows.push([
      cell(i + 1, { format: 'integer' }),
      cell(b.loanId),
      cell(b.memberId),
      cell(b.memberName, WRAP),
      cell({ date: b.disbursed }, { format: 'date' }),
      rp(b.principal),
      rp(b.due),
      rp(b.paid),
      rp(received(b)),
      rp(b.arrearsPrincipal),
      rp(b.arrearsJasa),
      rp(b.arrears),
      rp(b.outstandingPrincipal),
      cell(b.daysPastDue, { format: 'integer' }),
      cell(shownKol(b) ?? null, { format: 'integer', align: 'center' }),
      // `Jadwal Ulang <date>` beside the status, or `Hapus Buku <date>` for it (docs/book.md §7).
      cell(pick(loanStatusText(b), lang), WRAP),
      b.nextInstallment ? cell({ date: b.nextInstallment.due }, { format: 'date' }) : cell(null),
      b.nextInstallment ? rp(b.nextInstallment.amount) : cell(null),
    ]);
  });

  const sum = (f: (b: CreditReport['loans'][number]) => number) => report.loans.reduce((s, b) => s + f(b), 0);
  rows.push([
    ...totalsStart(lang),
    cell(null),
    cell(pick(counted(report.loans.length, 'pinjaman', 'loan'), lang), BOLD),
    cell(null),
    rp(
      sum((b) => b.principal),
      true,
    ),
    rp(
      sum((b) => b.due),
      true,
    ),
    rp(
      sum((b) => b.paid),
      true,
    ),
    rp(sum(received), true),
    rp(
      sum((b) => b.arrearsPrincipal),
      true,
    ),
    rp(
      sum((b) => b.arrearsJasa),
      true,
    ),
    rp(
      sum((b) => b.arrears),
      true,
    ),
    rp(
      sum((b) => b.outstandingPrincipal),
      true,
    ),
  ]);

  // Fines and loan changes (docs/book.md §7), beside the arrears and never in them: one row per loan
  // that has either, under the loans' own columns (ID, member, three Rupiah columns), the note merged
  // over the columns after them up to L (NOTES_END) and wrapped.
  rows.push([]);
  rows.push([
    cell(pick(t('DENDA DAN PERUBAHAN PINJAMAN', 'FINES AND LOAN CHANGES'), lang), { bold: true, size: 12 }),
  ]);
  const finesStart = rows.length + 1;
  const head = (label: Bilingual, align?: 'right') =>
    cell(pick(label, lang), { bold: true, background: '#e8f0e0', wrap: true, ...(align && { align }) });
  rows.push([
    head(t('No', 'No')),
    head(t('ID Pinjaman', 'Loan ID')),
    head(t('ID Anggota', 'Member ID')),
    head(t('Nama', 'Name')),
    cell(null, { background: '#e8f0e0' }),
    head(t('Denda Dikenakan', 'Fines Charged'), 'right'),
    head(t('Denda Dibayar', 'Fines Paid'), 'right'),
    head(t('Denda Belum Dibayar', 'Fines Owed'), 'right'),
    head(t('Keterangan', 'Note')),
  ]);
  const marked = report.loans.filter((b) => b.finesCharged > 0 || b.finesPaid > 0 || b.changes.length > 0);
  marked.forEach((b, i) => {
    rows.push([
      cell(i + 1, { format: 'integer' }),
      cell(b.loanId),
      cell(b.memberId),
      cell(b.memberName, WRAP),
      cell(null),
      rp(b.finesCharged),
      rp(b.finesPaid),
      rp(b.finesOwed),
      noteOf(b, lang),
    ]);
  });
  if (marked.length === 0)
    rows.push([
      cell(pick(t('Tidak ada denda atau perubahan pinjaman.', 'No fines or loan changes.'), lang), ITALIC),
    ]);
  else
    rows.push([
      ...totalsStart(lang),
      ...gapCells(3),
      rp(
        sum((b) => b.finesCharged),
        true,
      ),
      rp(
        sum((b) => b.finesPaid),
        true,
      ),
      rp(
        sum((b) => b.finesOwed),
        true,
      ),
    ]);
  const finesRows = rows.length + 1 - finesStart;

  // Portfolio: each label in one cell merged over columns A to E, its value in F (a Rupiah column),
  // its definition merged over G to L (NOTES_END) and wrapped, so that nothing is cut off by the
  // cell beside it or by a page, on screen or on paper.
  rows.push([]);
  rows.push([cell(pick(t('PORTOFOLIO', 'PORTFOLIO'), lang), { bold: true, size: 12 })]);
  const blockStart = rows.length + 1;
  const gap = (n: number): OutCell[] => Array.from({ length: n }, () => cell(null));
  rows.push([
    cell(pick(t('Ukuran', 'Figure'), lang), { bold: true, background: '#e8f0e0' }),
    ...gap(PORTFOLIO_VALUE_COL - 2),
    cell(pick(t('Nilai', 'Value'), lang), { bold: true, align: 'right', background: '#e8f0e0' }),
    cell(pick(t('Definisi (apa yang dihitung)', 'Definition (what is computed)'), lang), {
      bold: true,
      background: '#e8f0e0',
    }),
  ]);
  for (const f of report.portfolio.figures) {
    rows.push([
      cell(pick(f.label, lang), { bold: true, wrap: true }),
      ...gap(PORTFOLIO_VALUE_COL - 2),
      f.value === null ? cell('–', RIGHT) : cell(f.value, { format: unitFormat[f.unit] }),
      cell(pick(f.definition, lang), ITALIC_WRAP),
    ]);
  }
  const blockRows = rows.length + 1 - blockStart;
  rows.push([]);
  rows.push([
    cell(
      pick(
        t(
          `Kol: ${([1, 2, 3, 4, 5] as const).map((k) => `${k} ${kolName(k).id}`).join(', ')}. Batas hari Kol 2, 3, 4: ${book.settings.kolLimits.join(';')} (Pengaturan: Batas Kolektibilitas).`,
          `Kol: ${([1, 2, 3, 4, 5] as const).map((k) => `${k} ${kolName(k).en}`).join(', ')}. Day limits of Kol 2, 3, 4: ${book.settings.kolLimits.join(';')} (Pengaturan: Batas Kolektibilitas).`,
        ),
        lang,
      ),
      ITALIC_WRAP,
    ),
  ]);
  const noteRow = rows.length;

  return {
    name: LOAN_BALANCES_TAB,
    rows,
    widths: columns.map((c) => c.width),
    frozenRows,
    orientation: 'landscape',
    // Printed more than one page wide: No, the two IDs and Nama on every page, and no page between
    // the columns of one figure (date and principal, due and paid, the arrears, days and Kol, the
    // next installment).
    printTitleColumns: REPEATED,
    keepColumns: [
      [5, 6],
      [7, 8],
      [10, 12],
      [14, 15],
      [17, 18],
    ],
    merges: [
      { row: blockStart, col: 1, rows: blockRows, cols: PORTFOLIO_VALUE_COL - 1 },
      {
        row: blockStart,
        col: PORTFOLIO_VALUE_COL + 1,
        rows: blockRows,
        cols: NOTES_END - PORTFOLIO_VALUE_COL,
      },
      { row: noteRow, col: 1, rows: 1, cols: NOTES_END },
      { row: finesStart, col: NOTE_COL, rows: finesRows, cols: NOTES_END - NOTE_COL + 1 },
    ],
  };
}
