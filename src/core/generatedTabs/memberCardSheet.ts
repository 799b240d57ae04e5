// The generated tab `Kartu Anggota` (docs/book.md §8): one card per member, each starting a new
// A4 portrait page: the member, savings with a running balance, each loan's schedule, lines to sign.
import type { Book } from '../book/types';
import { lists } from '../book/schema';
import { kolName } from '../credit/collectibility';
import { loanStatusText } from '../credit/loanNotes';
import { formatLongDate, formatLongDateTime } from '../isoDate';
import { formatRupiah } from '../money';
import { cardAttendanceText, type CardLoan, type MemberCard } from '../memberCard/memberCard';
import { cell, type OutCell, type SheetGrid } from '../sheetGrid';
import { pick, text as t, type Lang, type Bilingual } from '../text';
import { categoryLabel } from './categoryLabel';
import { rupiahCell as rp } from './rupiahCell';
import { headerRow, placeLine } from './titleBlock';

export const MEMBER_CARD_TAB = 'Kartu Anggota';

// A4 portrait: 762 px fit to the page's width prints at about 92 %. Uraian is the widest (the Kas
// row's description, wrapped: `Simpanan wajib 10/2025 - <name>` in one line for most names),
// Kategori holds `Simpanan Sukarela`, the amounts `Rp 12.500.000`.
const WIDTHS = [28, 84, 280, 104, 84, 84, 98];
const COLS = WIDTHS.length;

const savingsColumns: readonly Bilingual[] = [
  t('No', 'No'),
  t('Tanggal', 'Date'),
  t('Uraian', 'Description'),
  t('Kategori', 'Category'),
  t('Masuk', 'In'),
  t('Keluar', 'Out'),
  t('Saldo', 'Balance'),
];

const scheduleColumns: readonly Bilingual[] = [
  t('Ke', 'No'),
  t('Jatuh Tempo', 'Due'),
  t('Tanggal Lunas', 'Settled On'),
  t('Pokok', 'Principal'),
  t('Jasa', 'Jasa'),
  t('Dibayar', 'Paid'),
  t('Belum Dibayar', 'Unpaid'),
];

/** A label in column A (running over the empty B) and its value in C, or an amount in G. */
function field(label: string, value: string | number | null, amount = false): OutCell[] {
  if (amount)
    return [cell(label), cell(null), cell(null), cell(null), cell(null), cell(null), rp(Number(value))];
  return [cell(label), cell(null), cell(value, { bold: true })];
}

function percent(rate: number, lang: Lang): string {
  const value = Math.round(rate * 100 * 100) / 100;
  return lang === 'en' ? `${value}` : `${value}`.replace('.', ',');
}

function loanRows(loan: CardLoan, lang: Lang, L: (x: Bilingual) => string): OutCell[][] {
  const rows: OutCell[][] = [];
  const frequency =
    lists.frequency.find((f) => f.value === loan.frequency)?.label ?? t(loan.frequency, loan.frequency);
  const method = lists.method.find((m) => m.value === loan.method)?.label ?? t(loan.method, loan.method);
  // The status stands on the loan's title line: a card must fit one A4 page (docs/book.md §8).
  const status =
    `${L(t('Status', 'Status'))}: ${L(loanStatusText(loan))}` +
    // A written-off loan has left arrears and the Kol counts (docs/book.md §7).
    (loan.status === 'Lunas' || loan.writtenOff
      ? ''
      : `, ${loan.daysPastDue} ${L(t('hari tunggakan', 'days past due'))}, Kol ${loan.kol} ${L(kolName(loan.kol))}`);
  rows.push([cell(`${L(t('PINJAMAN', 'LOAN'))} ${loan.loanId} · ${status}`, { bold: true })]);
  rows.push([
    cell(
      L(
        t(
          `Cair ${formatLongDate(loan.disbursed, 'id')}, pokok ${formatRupiah(loan.principal)}, jasa ${percent(loan.monthlyRate, 'id')} % per bulan (${pick(method, 'id')}), ${loan.schedule.length} angsuran ${pick(frequency, 'id').toLowerCase()}`,
          `Disbursed ${formatLongDate(loan.disbursed, 'en')}, principal ${formatRupiah(loan.principal)}, jasa ${percent(loan.monthlyRate, 'en')} % a month (${pick(method, 'en')}), ${loan.schedule.length} ${pick(frequency, 'en').toLowerCase()} installments`,
        ),
      ),
    ),
  ]);
  rows.push(headerRow(scheduleColumns, lang));
  for (const i of loan.schedule) {
    const paid = i.paidPrincipal + i.paidJasa;
    rows.push([
      cell(i.no, { format: 'integer' }),
      cell({ date: i.due }),
      i.settledOn ? cell({ date: i.settledOn }) : cell(null),
      rp(i.principal),
      rp(i.jasa),
      rp(paid),
      rp(i.principal + i.jasa - paid),
    ]);
  }
  const next = loan.nextInstallment;
  rows.push(
    field(
      `${L(t('Tunggakan', 'Arrears'))} (${L(t('pokok', 'principal'))} ${formatRupiah(loan.arrearsPrincipal)}, ${L(t('jasa', 'jasa'))} ${formatRupiah(loan.arrearsJasa)})`,
      loan.arrears,
      true,
    ),
  );
  rows.push(field(L(t('Denda belum dibayar', 'Fines owed')), loan.finesOwed, true));
  rows.push(field(L(t('Sisa pokok', 'Outstanding principal')), loan.outstandingPrincipal, true));
  rows.push([
    cell(
      next
        ? L(
            t(
              `Angsuran berikut: ke-${next.no}, ${formatLongDate(next.due, 'id')}, ${formatRupiah(next.amount)}`,
              `Next installment: no. ${next.no}, ${formatLongDate(next.due, 'en')}, ${formatRupiah(next.amount)}`,
            ),
          )
        : L(t('Angsuran berikut: tidak ada', 'Next installment: none')),
      { bold: true },
    ),
  ]);
  rows.push([]);
  return rows;
}

function cardRows(card: MemberCard, book: Book, lang: Lang, generatedAt: string): OutCell[][] {
  const L = (x: Bilingual) => pick(x, lang);
  const s = book.settings;
  const rows: OutCell[][] = [[cell(L(t('KARTU ANGGOTA', 'MEMBER CARD')), { bold: true, size: 14 })]];
  if (s.groupName) rows.push([cell(s.groupName, { bold: true, size: 12 })]);
  const place = placeLine(s, lang);
  if (place) rows.push([cell(place)]);
  rows.push([
    cell(
      `${L(t('Per tanggal', 'As of'))} ${formatLongDate(card.asOf, lang)} · ${L(t('Dibuat', 'Generated'))} ${formatLongDateTime(generatedAt, lang)}`,
      { italic: true },
    ),
  ]);
  rows.push([]);
  const m = card.member;
  const role = lists.role.find((r) => r.value === m.role)?.label ?? t(m.role, m.role);
  // The dates stand right of the ID and the NIK (label in E, value in F), a row less each.
  rows.push([
    ...field(L(t('ID Anggota', 'Member ID')), m.id),
    cell(null),
    cell(L(t('Tanggal Masuk', 'Joined'))),
    cell(formatLongDate(m.joinDate, lang), { bold: true }),
  ]);
  rows.push(field(L(t('Nama', 'Name')), `${m.name}${m.role === 'Anggota' ? '' : ` (${L(role)})`}`));
  rows.push([
    ...field('NIK', m.nik ?? '-'),
    ...(m.status === 'Keluar'
      ? [
          cell(null),
          cell(L(t('Keluar', 'Left'))),
          cell(m.leaveDate ? formatLongDate(m.leaveDate, lang) : L(t('Keluar', 'Left')), { bold: true }),
        ]
      : []),
  ]);
  if (card.attendance)
    rows.push(
      field(L(t('Kehadiran', 'Attendance')), L(cardAttendanceText(card.attendance, card.asOf.slice(0, 4)))),
    );
  rows.push([]);

  rows.push([cell(L(t('SIMPANAN', 'SAVINGS')), { bold: true })]);
  rows.push(headerRow(savingsColumns, lang));
  card.savings.movements.forEach((mv, i) => {
    rows.push([
      cell(i + 1, { format: 'integer' }),
      cell({ date: mv.date }),
      // Wrapped: a long description grows its row instead of running into Kategori on paper.
      cell(mv.description, { wrap: true }),
      cell(categoryLabel(mv.category, lang)),
      mv.amountIn ? rp(mv.amountIn) : cell(null),
      mv.amountOut ? rp(mv.amountOut) : cell(null),
      rp(mv.balance),
    ]);
  });
  if (card.savings.movements.length === 0)
    rows.push([
      cell(null),
      cell(null),
      cell(L(t('Belum ada simpanan.', 'No savings yet.')), { italic: true }),
    ]);
  const sv = card.savings;
  rows.push(field(L(t('Simpanan Pokok', 'Principal savings')), sv.pokok, true));
  rows.push(field(L(t('Simpanan Wajib', 'Mandatory savings')), sv.wajib, true));
  rows.push(field(L(t('Simpanan Sukarela', 'Voluntary savings')), sv.sukarela, true));
  rows.push(field(L(t('Penarikan', 'Withdrawals')), sv.withdrawn, true));
  const total = field(L(t('Saldo simpanan', 'Savings balance')), sv.balance, true);
  rows.push([{ ...total[0]!, bold: true }, ...total.slice(1, -1), rp(sv.balance, true)]);
  rows.push([]);

  if (card.loans.length === 0)
    rows.push([cell(L(t('Tidak ada pinjaman.', 'No loans.')), { italic: true })], []);
  for (const loan of card.loans) rows.push(...loanRows(loan, lang, L));

  // Lines to sign: the treasurer and the member, each with the name under the line (the blank
  // row above is the last loan's, or the one after `Tidak ada pinjaman.`).
  rows.push([
    cell(null),
    cell(null),
    cell(L(t('Bendahara', 'Treasurer'))),
    cell(null),
    cell(null),
    cell(L(t('Anggota', 'Member'))),
  ]);
  rows.push([], []);
  rows.push([
    cell(null),
    cell(null),
    cell(`(${s.treasurerName ?? '..............................'})`),
    cell(null),
    cell(null),
    cell(`(${m.name})`),
  ]);
  return rows;
}

/** One card, or many (every active member), each from a new page. */
export function memberCardSheet(
  cards: readonly MemberCard[],
  book: Book,
  lang: Lang,
  generatedAt: string,
): SheetGrid {
  const rows: OutCell[][] = [];
  const pageBreaks: number[] = [];
  for (const card of cards) {
    if (rows.length > 0) pageBreaks.push(rows.length + 1);
    rows.push(...cardRows(card, book, lang, generatedAt));
  }
  if (cards.length === 0)
    rows.push([
      cell(pick(t('KARTU ANGGOTA: tidak ada anggota aktif.', 'MEMBER CARD: no active member.'), lang), {
        bold: true,
      }),
    ]);
  return {
    name: MEMBER_CARD_TAB,
    rows,
    widths: WIDTHS.slice(0, COLS),
    frozenRows: 0,
    orientation: 'portrait',
    ...(pageBreaks.length > 0 ? { pageBreaks } : {}),
  };
}
