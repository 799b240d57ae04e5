// Ready messages (docs/book.md §8): for each member of the week's collection list a short
// Indonesian text and, when the member's No HP is valid, a wa.me link; and the week's summary for
// the group's chat. Money as `Rp 1.500.000`, dates as `5 Desember 2026`, never a NIK.
import type { Book, Member } from '../book/types';
import type { IsoDate } from '../cell';
import { addDays, formatLongDate } from '../isoDate';
import type { CollectionItem, JournalModel } from '../journal/journalModel';
import { spanOf } from '../journal/collectionList';
import { formatRupiah, type Rupiah } from '../money';
import {
  charCount,
  cutId,
  cutText,
  MAX_LOAN_ID_CHARS,
  MAX_LOAN_LINES,
  MAX_MESSAGE_CHARS,
  MAX_NAME_CHARS,
} from './shortText';
import { waLink } from './waLink';
import { addTo, firstByKey } from '../listsByKey';

export interface MemberMessage {
  readonly memberId: string;
  readonly name: string;
  /** The loans of the collection list this message covers. */
  readonly loanIds: readonly string[];
  /** What the member is asked to pay: installments falling due + arrears (+ fines owed). */
  readonly total: Rupiah;
  /** `08…`, only when the member's No HP is valid; null otherwise. */
  readonly phone: string | null;
  readonly text: string;
  /** `https://wa.me/62…?text=…`; null without a valid number (the text can still be copied). */
  readonly waLink: string | null;
}

export interface ReadyMessages {
  /** The journal week, `2026-W48`, and its dates as people read them. */
  readonly week: string;
  readonly weekLabel: string;
  /** The collection window: the seven days after the week. */
  readonly from: IsoDate;
  readonly to: IsoDate;
  readonly members: readonly MemberMessage[];
  /** The week's summary for the group's chat, and a wa.me link that lets the person pick the chat. */
  readonly summary: { readonly text: string; readonly waLink: string };
}

function greeting(member: Member | undefined): string {
  return member?.gender === 'L' ? 'Bapak' : member?.gender === 'P' ? 'Ibu' : 'Bapak/Ibu';
}

/** One loan's line: the installment falling due, the arrears and the fines owed. */
function loanLine(item: CollectionItem): string {
  const parts: string[] = [];
  if (item.installmentNo !== null && item.due !== null && item.amountDue > 0)
    parts.push(
      `angsuran ${spanOf(item, `ke-${item.installmentNo}`, `ke-${item.lastInstallmentNo}`, 'id')} ${formatRupiah(item.amountDue)} jatuh tempo ${spanOf(item, formatLongDate(item.due, 'id'), formatLongDate(item.lastDue!, 'id'), 'id')}`,
    );
  if (item.arrears > 0) parts.push(`tunggakan ${formatRupiah(item.arrears)}`);
  // The collection list's total already holds the fines owed beside arrears (docs/book.md §7).
  if (item.finesOwed > 0) parts.push(`denda ${formatRupiah(item.finesOwed)}`);
  return `- Pinjaman ${cutId(item.loanId, MAX_LOAN_ID_CHARS)}: ${parts.join(', ')}.`;
}

/**
 * The loan lines with the first `shown` loans one by one and the rest summed in one line; with
 * none shown, one line that sends the member to the card.
 */
function loanLines(items: readonly CollectionItem[], shown: number): string[] {
  if (items.length <= shown) return items.map(loanLine);
  if (shown === 0) return [`- ${items.length} pinjaman; rinciannya di Kartu Anggota.`];
  const rest = items.slice(shown);
  const restTotal = rest.reduce((sum, i) => sum + i.total, 0);
  return [
    ...items.slice(0, shown).map(loanLine),
    `- ${rest.length} pinjaman lain: ${formatRupiah(restTotal)}.`,
  ];
}

/**
 * One member's message for their loans of the collection list, at most MAX_MESSAGE_CHARS long
 * (docs/book.md §8): names cut at MAX_NAME_CHARS, loan IDs at MAX_LOAN_ID_CHARS, at most
 * MAX_LOAN_LINES loans one by one and the rest summed; when that is still too long (large amounts
 * on long IDs), fewer loans are detailed, down to none. With no loan detailed the message is well
 * under the limit whatever the amounts, so the limit always holds.
 */
export function memberMessageText(
  book: Book,
  member: Member | undefined,
  name: string,
  items: readonly CollectionItem[],
): { text: string; total: Rupiah } {
  const s = book.settings;
  const group = s.groupName ? cutText(s.groupName, MAX_NAME_CHARS) : 'kelompok';
  const head = `Yth. ${greeting(member)} ${cutText(name, MAX_NAME_CHARS)}, dari ${group}:`;
  const total = items.reduce((sum, i) => sum + i.total, 0);
  const foot = [
    // "Total tagihan" (the amount to pay): "Jumlah dibayar" would read as what was already paid.
    `Total tagihan: ${formatRupiah(total)}. Terima kasih.`,
    s.treasurerName ? `${cutText(s.treasurerName, MAX_NAME_CHARS)}, Bendahara` : 'Bendahara',
  ];
  let text = '';
  for (let shown = MAX_LOAN_LINES; shown >= 0; shown -= 1) {
    text = [head, ...loanLines(items, shown), ...foot].join('\n');
    if (charCount(text) <= MAX_MESSAGE_CHARS) break;
  }
  return { text, total };
}

/**
 * The week's summary for the group's chat: what happened, the cash, the credit, who pays next week.
 * Names are cut at MAX_NAME_CHARS; when the summary would pass MAX_MESSAGE_CHARS, the kinds of
 * activity are left out and only their number stays (docs/book.md §8).
 */
export function weekSummaryText(journal: JournalModel): string {
  const withKinds = summaryLines(journal, true).join('\n');
  return charCount(withKinds) <= MAX_MESSAGE_CHARS ? withKinds : summaryLines(journal, false).join('\n');
}

function summaryLines(journal: JournalModel, withKinds: boolean): string[] {
  const c = journal.cash;
  const k = journal.credit;
  const n = k.collection.items.length;
  const kinds = [...new Set(journal.activities.rows.map((a) => a.typeLabel.id))];
  const group = journal.header.groupName ? cutText(journal.header.groupName, MAX_NAME_CHARS) : 'Kelompok';
  // A week not over yet is counted as of today, and its collection starts tomorrow (docs/book.md §6).
  const ahead =
    k.collection.from === addDays(journal.week.end, 1) ? 'Minggu depan' : 'Sampai akhir minggu depan';
  const lines = [
    `${group}: ringkasan minggu ${journal.week.label.id}`,
    // `–` where Kegiatan was not read: no count of a tab not read.
    `- Kegiatan: ${journal.notRead.activities ? '–' : journal.activities.total}${withKinds && kinds.length ? ` (${kinds.join(', ')})` : ''}`,
    `- Kas: masuk ${formatRupiah(c.totalIn)}, keluar ${formatRupiah(c.totalOut)}, saldo ${c.closingBalance === null ? '–' : formatRupiah(c.closingBalance)}`,
    `- Angsuran diterima ${formatRupiah(k.totalRepaid)}${k.totalNotCounted ? ` (dan ${formatRupiah(k.totalNotCounted)} belum tercatat pada pinjaman)` : ''}; sisa pokok ${formatRupiah(k.outstandingPrincipal)}; tunggakan ${formatRupiah(k.arrears)}`,
    n > 0
      ? `- ${ahead} (${formatLongDate(k.collection.from, 'id')}–${formatLongDate(k.collection.to, 'id')}): ${n} pinjaman ditagih, ${formatRupiah(k.collection.total)}`
      : `- ${ahead}: tidak ada angsuran yang ditagih`,
  ];
  if (journal.header.facilitatorName)
    lines.push(`Pendamping: ${cutText(journal.header.facilitatorName, MAX_NAME_CHARS)}`);
  return lines;
}

/**
 * The messages of a week's journal: one per member of its collection list, in the list's order.
 * Fines owed come with each item of the collection list, beside the arrears (docs/book.md §7).
 */
export function readyMessages(book: Book, journal: JournalModel): ReadyMessages {
  const members = firstByKey(book.members, (m) => m.id);
  const byMember = new Map<string, CollectionItem[]>();
  for (const item of journal.credit.collection.items) addTo(byMember, item.memberId, item);
  const messages: MemberMessage[] = [];
  for (const [memberId, items] of byMember) {
    const member = members.get(memberId);
    // A loan lent to an ID not in Anggota (a checks error) is addressed by that ID, never by nobody.
    const name = member?.name || items[0]!.memberName || memberId;
    const { text, total } = memberMessageText(book, member, name, items);
    const phone = member?.phone ?? null;
    messages.push({
      memberId,
      name,
      loanIds: items.map((i) => i.loanId),
      total,
      phone,
      text,
      waLink: phone ? waLink(text, phone) : null,
    });
  }
  const summary = weekSummaryText(journal);
  return {
    week: journal.week.value,
    weekLabel: journal.week.label.id,
    from: journal.credit.collection.from,
    to: journal.credit.collection.to,
    members: messages,
    summary: { text: summary, waLink: waLink(summary) },
  };
}
