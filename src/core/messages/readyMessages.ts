// Ready messages (docs/book.md §8): for each member of the week's collection list a short
// Indonesian text and, when the member's No HP is valid, a wa.me link; and the week's summary for
// the group's chat. Money as `Rp 1.500.000`, dates as `5 Desember 2026`, never a NIK.
import type { Book, Member } from '../book/types';
import type { IsoDate } from '../cell';
import { formatLongDate } from '../isoDate';
import type { CollectionItem, JournalModel } from '../journal/journalModel';
import { formatRupiah, type Rupiah } from '../money';
import { waLink } from './waLink';

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

/** One member's message for their loans of the collection list. */
export function memberMessageText(
  book: Book,
  member: Member | undefined,
  name: string,
  items: readonly CollectionItem[],
): { text: string; total: Rupiah } {
  const s = book.settings;
  const lines = [`Yth. ${greeting(member)} ${name}, dari ${s.groupName || 'kelompok'}:`];
  let total = 0;
  for (const item of items) {
    const parts: string[] = [];
    if (item.installmentNo !== null && item.due !== null && item.amountDue > 0)
      parts.push(
        `angsuran ke-${item.installmentNo} ${formatRupiah(item.amountDue)} jatuh tempo ${formatLongDate(item.due, 'id')}`,
      );
    if (item.arrears > 0) parts.push(`tunggakan ${formatRupiah(item.arrears)}`);
    // The collection list's total already holds the fines owed beside arrears (docs/book.md §7).
    if (item.finesOwed > 0) parts.push(`denda ${formatRupiah(item.finesOwed)}`);
    total += item.total;
    lines.push(`- Pinjaman ${item.loanId}: ${parts.join(', ')}.`);
  }
  lines.push(`Jumlah dibayar: ${formatRupiah(total)}. Terima kasih.`);
  lines.push(s.treasurerName ? `${s.treasurerName}, Bendahara` : 'Bendahara');
  return { text: lines.join('\n'), total };
}

/** The week's summary for the group's chat: what happened, the cash, the credit, who pays next week. */
export function weekSummaryText(journal: JournalModel): string {
  const c = journal.cash;
  const k = journal.credit;
  const n = k.collection.items.length;
  const lines = [
    `${journal.header.groupName || 'Kelompok'}: ringkasan minggu ${journal.week.label.id}`,
    `- Kegiatan: ${journal.activities.total}${journal.activities.rows.length ? ` (${[...new Set(journal.activities.rows.map((a) => a.typeLabel.id))].join(', ')})` : ''}`,
    `- Kas: masuk ${formatRupiah(c.totalIn)}, keluar ${formatRupiah(c.totalOut)}, saldo ${formatRupiah(c.closingBalance)}`,
    `- Angsuran diterima ${formatRupiah(k.totalRepaid)}; sisa pokok ${formatRupiah(k.outstandingPrincipal)}; tunggakan ${formatRupiah(k.arrears)}`,
    n > 0
      ? `- Minggu depan (${formatLongDate(k.collection.from, 'id')}–${formatLongDate(k.collection.to, 'id')}): ${n} pinjaman ditagih, ${formatRupiah(k.collection.total)}`
      : '- Minggu depan: tidak ada angsuran yang ditagih',
  ];
  if (journal.header.facilitatorName) lines.push(`Pendamping: ${journal.header.facilitatorName}`);
  return lines.join('\n');
}

/**
 * The messages of a week's journal: one per member of its collection list, in the list's order.
 * Fines owed come with each item of the collection list, beside the arrears (docs/book.md §7).
 */
export function readyMessages(book: Book, journal: JournalModel): ReadyMessages {
  const members = new Map<string, Member>();
  for (const m of book.members) if (!members.has(m.id)) members.set(m.id, m);
  const byMember = new Map<string, CollectionItem[]>();
  for (const item of journal.credit.collection.items) {
    const list = byMember.get(item.memberId);
    if (list) list.push(item);
    else byMember.set(item.memberId, [item]);
  }
  const messages: MemberMessage[] = [];
  for (const [memberId, items] of byMember) {
    const member = members.get(memberId);
    const name = member?.name ?? items[0]!.memberName ?? memberId;
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
