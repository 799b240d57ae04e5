// The generated tab `SHU <year>` (docs/book.md §8): income and costs by category, the SHU, its
// parts, each member's share, and the rules in both languages under the table.
import type { Book } from '../book/types';
import { formatLongDate } from '../isoDate';
import { formatRupiah } from '../money';
import type { ShareOut } from '../shu/shareOut';
import { formatPercent } from '../shu/shuSettings';
import { cell, BOLD, ITALIC, ITALIC_WRAP, WRAP, type OutCell, type SheetGrid } from '../sheetGrid';
import { counted, pick, text as t, type Lang, type Bilingual } from '../text';
import { categoryLabel } from './categoryLabel';
import { rupiahCell as rp } from './rupiahCell';
import { headerRow, titleBlock, tableColumn } from './titleBlock';

export function shuTabName(year: number): string {
  return `SHU ${year}`;
}

/** Why a members' part went to Cadangan (ShareOut.toReserve): under the parts, in the tab and the text. */
export const toReserveNote: Record<ShareOut['toReserve'][number], Bilingual> = {
  savings: t(
    'Tidak ada anggota bersimpanan tahun ini: bagian Jasa Simpanan masuk Cadangan.',
    'No member had savings this year: the Jasa Simpanan part goes to Cadangan.',
  ),
  loans: t(
    'Tidak ada anggota membayar jasa pinjaman tahun ini: bagian Jasa Pinjaman masuk Cadangan.',
    'No member paid loan jasa this year: the Jasa Pinjaman part goes to Cadangan.',
  ),
};

// A4 portrait: 745 px fit to the page's width prints at about 95 %; labels of the upper sections
// stand in column A and run over the empty cells beside them.
const columns: readonly { label: Bilingual; width: number }[] = [
  tableColumn('No', 'No', 32),
  tableColumn('ID Anggota', 'Member ID', 70),
  tableColumn('Nama', 'Name', 150),
  tableColumn('Rata-rata Simpanan', 'Average Savings', 100),
  tableColumn('Jasa Dibayar', 'Jasa Paid', 95),
  tableColumn('Dari Jasa Simpanan', 'From Savings Part', 100),
  tableColumn('Dari Jasa Pinjaman', 'From Loans Part', 100),
  tableColumn('Jumlah SHU Anggota', "Member's Total", 100),
];

/** Where the amounts of the upper sections stand (1-based): the `Jasa Dibayar` column. */
const AMOUNT_COL = 5;

function line(
  label: string,
  amount: number | null,
  style: { bold?: boolean; indent?: boolean } = {},
): OutCell[] {
  const row: OutCell[] = [cell(style.indent ? `   ${label}` : label, style.bold ? BOLD : {})];
  while (row.length < AMOUNT_COL - 1) row.push(cell(null));
  if (amount !== null) row.push(rp(amount, style.bold ?? false));
  return row;
}

function bothLanguages(rule: Bilingual): OutCell[][] {
  return [[cell(rule.id, ITALIC_WRAP)], [cell(rule.en, ITALIC_WRAP)]];
}

export function shuSheet(share: ShareOut, book: Book, lang: Lang, generatedAt: string): SheetGrid {
  const L = (x: Bilingual) => pick(x, lang);
  const rows: OutCell[][] = titleBlock(
    t(`SISA HASIL USAHA (SHU) TAHUN ${share.year}`, `YEAR-END SHARE-OUT (SHU) ${share.year}`),
    book.settings,
    lang,
    share.asOf,
    generatedAt,
  );
  if (share.provisional)
    rows.splice(rows.length - 1, 0, [
      cell(
        L(
          t(
            `Tahun ${share.year} belum selesai: angka sementara sampai ${formatLongDate(share.asOf, 'id')}.`,
            `The year ${share.year} is not over: provisional figures up to ${formatLongDate(share.asOf, 'en')}.`,
          ),
        ),
        BOLD,
      ),
    ]);

  rows.push([cell(L(t('PENDAPATAN', 'INCOME')), BOLD)]);
  rows.push(line(L(t('Jasa pinjaman diterima', 'Loan jasa received')), share.income.jasa, { indent: true }));
  for (const c of share.income.byCategory)
    rows.push(line(categoryLabel(c.category, lang), c.amount, { indent: true }));
  rows.push(line(L(t('Jumlah pendapatan', 'Total income')), share.income.total, BOLD));
  rows.push([]);
  rows.push([cell(L(t('BIAYA', 'COSTS')), BOLD)]);
  for (const c of share.costs.byCategory)
    rows.push(line(categoryLabel(c.category, lang), c.amount, { indent: true }));
  rows.push(line(L(t('Jumlah biaya', 'Total costs')), share.costs.total, BOLD));
  rows.push([]);
  rows.push(line(L(t('SHU (pendapatan − biaya)', 'SHU (income − costs)')), share.shu, BOLD));
  if (share.shu <= 0)
    rows.push([
      cell(
        L(
          t(
            `SHU ${formatRupiah(share.shu)}: tidak ada yang dibagi tahun ${share.year}.`,
            `SHU ${formatRupiah(share.shu, 'en')}: nothing is shared for ${share.year}.`,
          ),
        ),
        BOLD,
      ),
    ]);
  rows.push([]);

  rows.push([cell(L(t('PEMBAGIAN SHU', 'SHU PARTS')), BOLD)]);
  for (const p of share.parts) {
    const row = line(`${p.name} (${formatPercent(p.basisPoints, lang)} %)`, p.amount, { indent: true });
    rows.push(row);
  }
  rows.push(
    line(
      L(t('Jumlah', 'Total')),
      share.parts.reduce((s, p) => s + p.amount, 0),
      BOLD,
    ),
  );
  for (const role of share.toReserve) rows.push([cell(L(toReserveNote[role]), ITALIC)]);
  rows.push([]);

  rows.push([cell(L(t('SHU PER ANGGOTA', 'SHARE PER MEMBER')), BOLD)]);
  const frozenRows = 0;
  rows.push(
    headerRow(
      columns.map((c) => c.label),
      lang,
    ),
  );
  share.members.forEach((m, i) => {
    rows.push([
      cell(i + 1, { format: 'integer' }),
      cell(m.memberId),
      cell(m.name, WRAP),
      rp(m.averageSavings),
      rp(m.jasaPaid),
      rp(m.fromSavings),
      rp(m.fromLoans),
      rp(m.total, true),
    ]);
  });
  const sum = (f: (m: ShareOut['members'][number]) => number) => share.members.reduce((s, m) => s + f(m), 0);
  rows.push([
    cell(null),
    cell(L(t('Jumlah', 'Total')), BOLD),
    cell(L(counted(share.members.length, 'anggota', 'member')), BOLD),
    rp(
      sum((m) => m.averageSavings),
      true,
    ),
    rp(
      sum((m) => m.jasaPaid),
      true,
    ),
    rp(
      sum((m) => m.fromSavings),
      true,
    ),
    rp(
      sum((m) => m.fromLoans),
      true,
    ),
    rp(
      sum((m) => m.total),
      true,
    ),
  ]);
  rows.push([]);

  // The rules, each in both languages whatever the book's language: a supervisor checks with these.
  const income = share.settings.incomeCategories.join(', ') || '-';
  const costs = share.settings.costCategories.join(', ') || '-';
  const rules: Bilingual[] = [
    t(
      `Pendapatan = bagian jasa dari angsuran yang diterima 1 Januari–${formatLongDate(share.asOf, 'id')} + baris Kas berkategori ${income} (Masuk − Keluar).`,
      `Income = the jasa part of repayments received 1 January–${formatLongDate(share.asOf, 'en')} + Kas rows of the categories ${income} (in − out).`,
    ),
    t(
      `Biaya = baris Kas berkategori ${costs} (Keluar − Masuk). SHU = pendapatan − biaya; bila 0 atau kurang, tidak ada yang dibagi.`,
      `Costs = Kas rows of the categories ${costs} (out − in). SHU = income − costs; when 0 or less, nothing is shared.`,
    ),
    t(
      'Tiap bagian = SHU × persennya, dibulatkan ke bawah; sisa Rupiah masuk Cadangan.',
      'Each part = SHU × its percentage, rounded down; the Rupiah left go to Cadangan.',
    ),
    t(
      'Jasa Simpanan dibagi sebanding rata-rata saldo simpanan anggota pada 12 akhir bulan tahun ini (0 sebelum masuk); Jasa Pinjaman sebanding jasa yang dibayar anggota tahun ini.',
      "Jasa Simpanan is shared in proportion to the member's savings balance averaged over the year's 12 month-ends (0 before joining); Jasa Pinjaman in proportion to the jasa each member paid in the year.",
    ),
    t(
      'Bagian anggota dibulatkan ke bawah; sisa Rupiah diberikan satu-satu ke sisa pecahan terbesar (sama besar: baris Anggota lebih atas dulu), sehingga jumlahnya tepat sama dengan bagiannya.',
      'Member shares are rounded down; the Rupiah left go one each to the largest remainders (ties: the earlier Anggota row first), so they add up exactly to their part.',
    ),
  ];
  const rulesStart = rows.length + 1;
  for (const rule of rules) rows.push(...bothLanguages(rule));

  return {
    name: shuTabName(share.year),
    rows,
    widths: columns.map((c) => c.width),
    frozenRows,
    orientation: 'portrait',
    // The rules wrap across the table's width: one merged block, one call in Sheets.
    merges: [{ row: rulesStart, col: 1, rows: rules.length * 2, cols: columns.length }],
  };
}
