// The generated tab `Kartu Anggota` (docs/book.md §8): one card per member, each starting a new
// A4 portrait page: the member, savings with a running balance, each loan's schedule, lines to sign.
import { madeOnce } from '../madeOnce';
import type { Book } from '../book/types';
import type { IsoDate } from '../cell';
import { lists, type Category } from '../book/schema';
import { kolName } from '../credit/collectibility';
import {
  CLOSED_LINE,
  CLOSED_WORD,
  WRITTEN_OFF_LINE,
  kolHeldLabel,
  loanStatusText,
  rescheduledLine,
  writeOffLabel,
} from '../credit/loanNotes';
import { formatLongDate, formatLongDateTime } from '../isoDate';
import { formatRupiah } from '../money';
import { cardAttendanceText, type CardLoan, type MemberCard } from '../memberCard/memberCard';
import { cell, BOLD, CENTER, ITALIC, RIGHT, type OutCell, type SheetGrid } from '../sheetGrid';
import { pick, text as t, type Lang, type Bilingual } from '../text';
import { categoryLabel } from './categoryLabel';
import { rupiahCell as rp } from './rupiahCell';
import { headerRow, placeLine } from './titleBlock';

export const MEMBER_CARD_TAB = 'Kartu Anggota';

// A4 portrait: 802 px fit to the page's width prints at about 88 %. Uraian is the widest (the Kas
// row's description, wrapped: `Simpanan wajib 10/2025 - <name>` in one line for most names),
// Kategori holds `Simpanan Sukarela` (116 px of Arial 10: at 104 px it printed `Simpanan Sukarel`),
// every amount `Rp 99.999.999` (88 px: at 84 px a deposit of Rp 1.500.000 showed `###` in Excel).
const WIDTHS = [28, 84, 280, 124, 94, 94, 98];
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

/**
 * What the cards of one tab share: the words in its language, its two header rows, and one cell for
 * each day, number, amount or word they repeat. The 5,000 cards of a district book hold about a
 * million cells, most of them these; each made once instead (and each header row once), the tab
 * holds a fifth as many objects while it is built and written.
 */
interface CardCells {
  readonly lang: Lang;
  readonly L: (x: Bilingual) => string;
  readonly wordCell: (text: string) => OutCell;
  /** A label right of the ID and the NIK (in E), aligned right: longer than its column, it runs into the empty D. */
  readonly dateLabel: (text: string) => OutCell;
  /** A word of the lines to sign, centred: a long name runs as far both ways into the empty cells beside it. */
  readonly signCell: (text: string) => OutCell;
  readonly dayCell: (date: IsoDate) => OutCell;
  readonly noCell: (n: number) => OutCell;
  readonly moneyCell: (amount: number) => OutCell;
  readonly categoryCell: (category: Category) => OutCell;
  readonly savingsHeader: readonly OutCell[];
  readonly scheduleHeader: readonly OutCell[];
  /** The title block down to its blank row, the same for every card of a date. */
  readonly titleRows: (asOf: IsoDate) => Rows;
}

/** Rows of the tab: a row may stand in it more than once (a blank line, a header). */
type Rows = (readonly OutCell[])[];

/** A row with no cells (a blank line), one for every blank line of the tab. */
const BLANK: readonly OutCell[] = [];

/** A label in column A and an amount in G. */
function amountRow(label: OutCell, amount: OutCell): OutCell[] {
  return [label, cell(null), cell(null), cell(null), cell(null), cell(null), amount];
}

/** A label in column A (running over the empty B) and its value in C. */
function field(k: CardCells, label: string, value: string): OutCell[] {
  return [k.wordCell(label), cell(null), cell(value, BOLD)];
}

/** A label in column A and an amount in G. */
function amountField(k: CardCells, label: string, amount: number): OutCell[] {
  return amountRow(k.wordCell(label), k.moneyCell(amount));
}

function percent(rate: number, lang: Lang): string {
  const value = Math.round(rate * 100 * 100) / 100;
  return lang === 'en' ? `${value}` : `${value}`.replace('.', ',');
}

/** A loan's rows, added to `rows`. */
function loanRows(loan: CardLoan, k: CardCells, rows: Rows): void {
  const L = k.L;
  const frequency =
    lists.frequency.find((f) => f.value === loan.frequency)?.label ?? t(loan.frequency, loan.frequency);
  // A harvest loan's `Jumlah Angsuran` is the months to harvest, paid once (docs/book.md §7), not a
  // count of installments (a print audit: "4 angsuran musiman" over a one-row schedule).
  const harvest = loan.frequency === 'Musiman';
  const method = lists.method.find((m) => m.value === loan.method)?.label ?? t(loan.method, loan.method);
  // The status stands on the loan's title line: a card must fit one A4 page (docs/book.md §8).
  const status =
    `${L(t('Status', 'Status'))}: ${L(loanStatusText(loan))}` +
    // A written-off loan has left arrears and the Kol counts (docs/book.md §7).
    (loan.status === 'Lunas' || loan.writtenOff
      ? ''
      : `, ${loan.daysPastDue} ${L(t('hari tunggakan', 'days past due'))}, Kol ${loan.kol} ${L(kolName(loan.kol))}`);
  rows.push([cell(`${L(t('PINJAMAN', 'LOAN'))} ${loan.loanId} · ${status}`, BOLD)]);
  // Why the Kol is not the one its days past due give, as Saldo Pinjaman says it.
  const held = kolHeldLabel(loan);
  if (held) rows.push([cell(L(held))]);
  rows.push([
    cell(
      L(
        t(
          `Cair ${formatLongDate(loan.disbursed, 'id')}, pokok ${formatRupiah(loan.principal)}, jasa ${percent(loan.monthlyRate, 'id')} % per bulan (${pick(method, 'id')}), ${harvest ? `dibayar sekali saat panen, ${loan.installments} bulan setelah cair` : `${loan.installments} angsuran ${pick(frequency, 'id').toLowerCase()}`}`,
          `Disbursed ${formatLongDate(loan.disbursed, 'en')}, principal ${formatRupiah(loan.principal, 'en')}, jasa ${percent(loan.monthlyRate, 'en')} % a month (${pick(method, 'en')}), ${harvest ? `paid once at harvest, ${loan.installments} months later` : `${loan.installments} ${pick(frequency, 'en').toLowerCase()} installments`}`,
        ),
      ),
    ),
  ]);
  rows.push(k.scheduleHeader);
  let schedule: IsoDate | undefined;
  for (const i of loan.schedule) {
    // A rescheduling's new installments, numbered from 1, under a line that says what became of
    // the old ones: closed at what was paid on them, never "settled" (docs/book.md §7).
    const on = i.rescheduledOn;
    if (on && on !== schedule) {
      // Two short lines, not one wrapped in column A: they run over the empty cells beside them.
      rows.push([cell(L(rescheduledLine(loan.schedule, on)))], [cell(L(CLOSED_LINE))]);
      rows.push(k.scheduleHeader);
    }
    schedule = on;
    const paid = i.paidPrincipal + i.paidJasa;
    rows.push([
      k.noCell(i.no),
      k.dayCell(i.due),
      i.closedOn ? k.wordCell(L(CLOSED_WORD)) : i.settledOn ? k.dayCell(i.settledOn) : cell(null),
      k.moneyCell(i.principal),
      k.moneyCell(i.jasa),
      k.moneyCell(paid),
      k.moneyCell(i.principal + i.jasa - paid),
    ]);
  }
  const off = writeOffLabel(loan);
  if (off) rows.push([cell(`${L(loanStatusText(loan))}: ${L(off)}.`)], [cell(L(WRITTEN_OFF_LINE))]);
  const next = loan.nextInstallment;
  rows.push(
    amountField(
      k,
      `${L(t('Tunggakan', 'Arrears'))} (${L(t('pokok', 'principal'))} ${formatRupiah(loan.arrearsPrincipal, k.lang)}, ${L(t('jasa', 'jasa'))} ${formatRupiah(loan.arrearsJasa, k.lang)})`,
      loan.arrears,
    ),
  );
  rows.push(amountField(k, L(t('Denda belum dibayar', 'Fines owed')), loan.finesOwed));
  rows.push(amountField(k, L(t('Sisa pokok', 'Outstanding principal')), loan.outstandingPrincipal));
  rows.push([
    cell(
      next
        ? L(
            t(
              `Angsuran berikut: ke-${next.no}, ${formatLongDate(next.due, 'id')}, ${formatRupiah(next.amount)}`,
              `Next installment: no. ${next.no}, ${formatLongDate(next.due, 'en')}, ${formatRupiah(next.amount, 'en')}`,
            ),
          )
        : L(t('Angsuran berikut: tidak ada', 'Next installment: none')),
      BOLD,
    ),
  ]);
  rows.push(BLANK);
}

/** A card's rows, added to `rows`: one array for the whole tab, not one per card copied into it. */
function cardRows(card: MemberCard, book: Book, k: CardCells, rows: Rows): void {
  const { lang, L } = k;
  const s = book.settings;
  rows.push(...k.titleRows(card.asOf));
  const m = card.member;
  const role = lists.role.find((r) => r.value === m.role)?.label ?? t(m.role, m.role);
  // The dates stand right of the ID and the NIK (label in E, value in F), a row less each.
  rows.push([
    ...field(k, L(t('ID Anggota', 'Member ID')), m.id),
    cell(null),
    k.dateLabel(L(t('Tanggal Masuk', 'Joined'))),
    cell(formatLongDate(m.joinDate, lang), BOLD),
  ]);
  rows.push(field(k, L(t('Nama', 'Name')), `${m.name}${m.role === 'Anggota' ? '' : ` (${L(role)})`}`));
  rows.push([
    ...field(k, 'NIK', m.nik ?? '-'),
    ...(m.status === 'Keluar'
      ? [
          cell(null),
          k.dateLabel(L(t('Keluar', 'Left'))),
          cell(m.leaveDate ? formatLongDate(m.leaveDate, lang) : L(t('Keluar', 'Left')), BOLD),
        ]
      : []),
  ]);
  if (card.attendance)
    rows.push(
      field(
        k,
        L(t('Kehadiran', 'Attendance')),
        L(cardAttendanceText(card.attendance, card.asOf.slice(0, 4))),
      ),
    );
  rows.push(BLANK);

  rows.push([cell(L(t('SIMPANAN', 'SAVINGS')), BOLD)]);
  rows.push(k.savingsHeader);
  card.savings.movements.forEach((mv, i) => {
    rows.push([
      k.noCell(i + 1),
      k.dayCell(mv.date),
      // Wrapped: a long description grows its row instead of running into Kategori on paper.
      { v: mv.description, wrap: true },
      k.categoryCell(mv.category),
      mv.amountIn ? k.moneyCell(mv.amountIn) : cell(null),
      mv.amountOut ? k.moneyCell(mv.amountOut) : cell(null),
      k.moneyCell(mv.balance),
    ]);
  });
  if (card.savings.movements.length === 0)
    rows.push([cell(null), cell(null), cell(L(t('Belum ada simpanan.', 'No savings yet.')), ITALIC)]);
  const sv = card.savings;
  rows.push(amountField(k, L(t('Simpanan Pokok', 'Principal savings')), sv.pokok));
  rows.push(amountField(k, L(t('Simpanan Wajib', 'Mandatory savings')), sv.wajib));
  rows.push(amountField(k, L(t('Simpanan Sukarela', 'Voluntary savings')), sv.sukarela));
  rows.push(amountField(k, L(t('Penarikan', 'Withdrawals')), sv.withdrawn));
  rows.push(amountRow(cell(L(t('Saldo simpanan', 'Savings balance')), BOLD), rp(sv.balance, true)));
  rows.push(BLANK);

  if (card.loans.length === 0) rows.push([cell(L(t('Tidak ada pinjaman.', 'No loans.')), ITALIC)], BLANK);
  for (const loan of card.loans) loanRows(loan, k, rows);

  // Lines to sign: the treasurer and the member, each with the name under the line, centred (the
  // blank row above is the last loan's, or the one after `Tidak ada pinjaman.`).
  rows.push([
    cell(null),
    cell(null),
    k.signCell(L(t('Bendahara', 'Treasurer'))),
    cell(null),
    cell(null),
    k.signCell(L(t('Anggota', 'Member'))),
  ]);
  rows.push(BLANK, BLANK);
  rows.push([
    cell(null),
    cell(null),
    k.signCell(`(${s.treasurerName ?? '..............................'})`),
    cell(null),
    cell(null),
    cell(`(${m.name})`, CENTER),
  ]);
}

/** One card, or many (every active member), each from a new page. */
export function memberCardSheet(
  cards: Iterable<MemberCard>,
  book: Book,
  lang: Lang,
  generatedAt: string,
): SheetGrid {
  const L = (x: Bilingual) => pick(x, lang);
  const s = book.settings;
  const wordCell = madeOnce((text: string) => cell(text));
  const k: CardCells = {
    lang,
    L,
    wordCell,
    dateLabel: madeOnce((text: string) => cell(text, RIGHT)),
    signCell: madeOnce((text: string) => cell(text, CENTER)),
    dayCell: madeOnce((date: IsoDate) => cell({ date })),
    noCell: madeOnce((n: number) => cell(n, { format: 'integer' })),
    moneyCell: madeOnce((amount: number) => rp(amount)),
    categoryCell: madeOnce((category: Category) => wordCell(categoryLabel(category, lang))),
    savingsHeader: headerRow(savingsColumns, lang),
    scheduleHeader: headerRow(scheduleColumns, lang),
    titleRows: madeOnce((asOf: IsoDate) => {
      const top: Rows = [[cell(L(t('KARTU ANGGOTA', 'MEMBER CARD')), { bold: true, size: 14 })]];
      if (s.groupName) top.push([cell(s.groupName, { bold: true, size: 12 })]);
      const place = placeLine(s, lang);
      if (place) top.push([cell(place)]);
      top.push([
        cell(
          `${L(t('Per tanggal', 'As of'))} ${formatLongDate(asOf, lang)} · ${L(t('Dibuat', 'Generated'))} ${formatLongDateTime(generatedAt, lang)}`,
          ITALIC,
        ),
      ]);
      top.push(BLANK);
      return top;
    }),
  };
  const rows: Rows = [];
  const pageBreaks: number[] = [];
  for (const card of cards) {
    if (rows.length > 0) pageBreaks.push(rows.length + 1);
    cardRows(card, book, k, rows);
  }
  if (rows.length === 0)
    rows.push([
      cell(pick(t('KARTU ANGGOTA: tidak ada anggota aktif.', 'MEMBER CARD: no active member.'), lang), BOLD),
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
