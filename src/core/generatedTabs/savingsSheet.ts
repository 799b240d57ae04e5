// The generated tab `Simpanan` (docs/book.md §4): savings by kind and balance per member, then totals.
import type { Book } from '../book/types';
import type { SavingsReport } from '../savings/memberSavings';
import { cell, BOLD, ITALIC, WRAP, type SheetGrid } from '../sheetGrid';
import { counted, pick, text as t, type Lang, type Bilingual } from '../text';
import { rupiahCell as rp } from './rupiahCell';
import { tableStart, tableColumn, totalsStart } from './titleBlock';

export const SAVINGS_TAB = 'Simpanan';

const columns: readonly { label: Bilingual; width: number }[] = [
  tableColumn('No', 'No', 40),
  tableColumn('ID Anggota', 'Member ID', 90),
  tableColumn('Nama', 'Name', 180),
  tableColumn('Simpanan Pokok', 'Principal Savings', 110),
  tableColumn('Simpanan Wajib', 'Mandatory Savings', 110),
  tableColumn('Simpanan Sukarela', 'Voluntary Savings', 110),
  tableColumn('Penarikan', 'Withdrawals', 110),
  tableColumn('Saldo Simpanan', 'Savings Balance', 120),
];

export function savingsSheet(savings: SavingsReport, book: Book, lang: Lang, generatedAt: string): SheetGrid {
  const { rows, frozenRows } = tableStart(
    {
      title: t('SIMPANAN ANGGOTA', 'MEMBER SAVINGS'),
      settings: book.settings,
      asOf: savings.asOf,
      generatedAt,
    },
    columns,
    lang,
  );
  savings.members.forEach((m, i) => {
    rows.push([
      cell(i + 1, { format: 'integer' }),
      cell(m.memberId),
      cell(m.memberName, WRAP),
      rp(m.pokok),
      rp(m.wajib),
      rp(m.sukarela),
      rp(m.withdrawn),
      rp(m.balance, true),
    ]);
  });
  const total = savings.totals;
  rows.push([
    ...totalsStart(lang),
    cell(pick(counted(total.members, 'anggota', 'member'), lang), BOLD),
    rp(total.pokok, true),
    rp(total.wajib, true),
    rp(total.sukarela, true),
    rp(total.withdrawn, true),
    rp(total.balance, true),
  ]);
  rows.push([]);
  rows.push([
    cell(
      pick(
        t(
          'Saldo = Simpanan Pokok + Wajib + Sukarela − Penarikan, dari baris Kas dengan ID Anggota yang ada di Anggota.',
          'Balance = principal + mandatory + voluntary savings − withdrawals, from Kas rows whose Member ID is in Anggota.',
        ),
        lang,
      ),
      ITALIC,
    ),
  ]);
  if (savings.problems.length > 0) {
    rows.push([
      cell(
        pick(
          t(
            `Perhatian: penarikan yang melebihi simpanan anggota pada tanggalnya: ${savings.problems.length} baris (lihat tab Pemeriksaan).`,
            `Attention: withdrawals beyond the member's savings on their date: ${savings.problems.length} rows (see the Pemeriksaan tab).`,
          ),
          lang,
        ),
        BOLD,
      ),
    ]);
  }
  return {
    name: SAVINGS_TAB,
    rows,
    widths: columns.map((c) => c.width),
    frozenRows,
    // 870 px: fit to A4 portrait's width it printed at 75 % in LibreOffice; landscape holds it at 100 %.
    orientation: 'landscape',
  };
}
