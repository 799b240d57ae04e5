// Savings per member (docs/book.md §3, Kas categories): Simpanan Pokok, Wajib, Sukarela in,
// Penarikan Simpanan out, and the withdrawals that take more than the member has saved.
import { sortByDateThenRow } from '../byDateThenRow';
import { columnOf } from '../book/columnOf';
import { problemAt, placeAt } from '../problems/problemCatalogue';
import type { Book, CashEntry } from '../book/types';
import type { IsoDate } from '../cell';
import { formatShortDate } from '../isoDate';
import { rupiahText, type Rupiah } from '../money';
import { addTo } from '../listsByKey';
import type { Problem } from '../problems/problem';

export interface MemberSavings {
  readonly memberId: string;
  readonly memberName: string;
  readonly pokok: Rupiah;
  readonly wajib: Rupiah;
  readonly sukarela: Rupiah;
  readonly withdrawn: Rupiah;
  /** pokok + wajib + sukarela − withdrawn. */
  readonly balance: Rupiah;
}

export interface SavingsTotals {
  readonly members: number;
  readonly pokok: Rupiah;
  readonly wajib: Rupiah;
  readonly sukarela: Rupiah;
  readonly withdrawn: Rupiah;
  readonly balance: Rupiah;
}

export interface SavingsReport {
  /** As of this date (every row when none was given). */
  readonly asOf?: IsoDate;
  /** One per member of `Anggota`, in its order. */
  readonly members: readonly MemberSavings[];
  readonly totals: SavingsTotals;
  /** `cash.withdrawal.exceedsSavings` on the `Kas` rows that take more than the member has. */
  readonly problems: readonly Problem[];
}

type Kind = 'pokok' | 'wajib' | 'sukarela' | 'withdrawn';
const kinds: Partial<Record<CashEntry['category'], Kind>> = {
  'Simpanan Pokok': 'pokok',
  'Simpanan Wajib': 'wajib',
  'Simpanan Sukarela': 'sukarela',
  'Penarikan Simpanan': 'withdrawn',
};

/**
 * Each member's savings rows (the four savings categories) dated up to `asOf` (every row without it),
 * by member ID, in the book's order: what the savings, the member cards and the share-out read. The
 * rows as they are (their kind is looked up again where needed), not a wrapper object per row; an
 * index loop over Kas's rows (see cashBalanceOn).
 */
/**
 * What a savings row moves: a deposit its `Masuk`, a withdrawal its `Keluar` ([in, out]). An amount in
 * the other column is an error on its row (`cash.amount.direction`) and moves nothing: one rule for
 * the Simpanan tab, the member card and the SHU's month-end savings.
 */
export function savingsMove(entry: CashEntry): [Rupiah, Rupiah] {
  return kinds[entry.category] === 'withdrawn' ? [0, entry.amountOut] : [entry.amountIn, 0];
}

export function savingsRowsByMember(cash: readonly CashEntry[], asOf?: IsoDate): Map<string, CashEntry[]> {
  const byMember = new Map<string, CashEntry[]>();
  for (let i = 0; i < cash.length; i++) {
    const entry = cash[i]!;
    if (!kinds[entry.category] || entry.memberId === undefined || (asOf !== undefined && entry.date > asOf))
      continue;
    addTo(byMember, entry.memberId, entry);
  }
  return byMember;
}

/**
 * Rows of members not in `Anggota` are left out (the checks report them). A withdrawal beyond the
 * balance is still counted, so the balance shows what the book says, and it is reported on its row:
 * the balance at that moment counts the member's rows in date order, ties in sheet order.
 */
export function memberSavings(book: Book, asOf?: IsoDate): SavingsReport {
  const byMember = savingsRowsByMember(book.cash, asOf);
  const outColumn = columnOf(book, 'cash', 'amountOut');
  const problems: Problem[] = [];
  const members: MemberSavings[] = [];
  const seen = new Set<string>();
  for (const m of book.members) {
    if (seen.has(m.id)) continue;
    seen.add(m.id);
    const rows = sortByDateThenRow(byMember.get(m.id) ?? []);
    const sums = { pokok: 0, wajib: 0, sukarela: 0, withdrawn: 0 };
    let balance = 0;
    for (const entry of rows) {
      const kind = kinds[entry.category]!;
      const [amountIn, amount] = savingsMove(entry);
      if (kind === 'withdrawn') {
        if (amount > balance) {
          problems.push(
            problemAt(
              'cash.withdrawal.exceedsSavings',
              placeAt(entry.tab, entry.row, outColumn.header, outColumn.col),
              {
                amount: rupiahText(amount),
                name: m.name,
                memberId: m.id,
                date: formatShortDate(entry.date),
                balance: rupiahText(balance),
              },
            ),
          );
        }
        sums.withdrawn += amount;
        balance -= amount;
      } else {
        sums[kind] += amountIn;
        balance += amountIn;
      }
    }
    members.push({ memberId: m.id, memberName: m.name, ...sums, balance });
  }
  const totals: SavingsTotals = members.reduce(
    (t, s) => ({
      members: t.members + 1,
      pokok: t.pokok + s.pokok,
      wajib: t.wajib + s.wajib,
      sukarela: t.sukarela + s.sukarela,
      withdrawn: t.withdrawn + s.withdrawn,
      balance: t.balance + s.balance,
    }),
    { members: 0, pokok: 0, wajib: 0, sukarela: 0, withdrawn: 0, balance: 0 },
  );
  problems.sort((a, b) => a.row - b.row);
  return { ...(asOf !== undefined ? { asOf } : {}), members, totals, problems };
}
