// The year-end share-out, SHU (docs/book.md §8): income, costs, the SHU, its parts, and each
// member's share of the savings and loan parts, every split adding up exactly to the Rupiah.
import { byDate } from '../byDateThenRow';
import type { Book, CashEntry } from '../book/types';
import type { Category } from '../book/schema';
import type { IsoDate } from '../cell';
import { creditReport } from '../credit/creditReport';
import type { CreditReport } from '../credit/types';
import { fromYmd, daysInMonth } from '../isoDate';
import { divideHalfUp, type Rupiah } from '../money';
import { defaultShuSettings, type ShuPartRole, type ShuSettings } from './shuSettings';
import { splitLargestRemainder } from './splitLargestRemainder';
import { savingsMove, savingsRowsByMember } from '../savings/memberSavings';

export interface ShuPartShare {
  readonly name: string;
  readonly role: ShuPartRole;
  /** Hundredths of a percent, as written in `Pembagian SHU`. */
  readonly basisPoints: number;
  readonly amount: Rupiah;
}

export interface MemberShare {
  readonly memberId: string;
  readonly name: string;
  /** Sum of the savings balance at the year's 12 month-ends (0 before joining): the savings weight. */
  readonly monthEndSavings: Rupiah;
  /** `monthEndSavings` ÷ 12, rounded half up (shown; the split uses the exact sum). */
  readonly averageSavings: Rupiah;
  /** The jasa part of this member's repayments dated in the year, recoveries included (docs/book.md §7). */
  readonly jasaPaid: Rupiah;
  readonly fromSavings: Rupiah;
  readonly fromLoans: Rupiah;
  readonly total: Rupiah;
}

export interface ShareOut {
  readonly year: number;
  /** The last day counted: 31 December, or today while the year is not over. */
  readonly asOf: IsoDate;
  /** The year is not over yet: the figures are as of `asOf`. */
  readonly provisional: boolean;
  readonly settings: ShuSettings;
  readonly income: {
    readonly jasa: Rupiah;
    readonly byCategory: readonly { readonly category: Category; readonly amount: Rupiah }[];
    readonly total: Rupiah;
  };
  readonly costs: {
    readonly byCategory: readonly { readonly category: Category; readonly amount: Rupiah }[];
    readonly total: Rupiah;
  };
  /** Income − costs; nothing is shared when it is 0 or less. */
  readonly shu: Rupiah;
  readonly parts: readonly ShuPartShare[];
  /** A members' part that went to the reserve since no member had savings (or paid jasa) in the year. */
  readonly toReserve: readonly ('savings' | 'loans')[];
  /** Members of the year (Anggota order), and any other member with savings or jasa in it. */
  readonly members: readonly MemberShare[];
}

/** The last day of each month of the year. */
function monthEnds(year: number): IsoDate[] {
  return Array.from({ length: 12 }, (_, i) => fromYmd(year, i + 1, daysInMonth(year, i + 1)));
}

/**
 * Jasa paid toward each loan's installments by repayments dated on or before `date`, and the jasa
 * part of the recoveries of a written-off loan (docs/book.md §7), by member; from `known` when it is
 * the book's credit report as of that date.
 */
function jasaPaidByMember(book: Book, date: IsoDate, known?: CreditReport): Map<string, Rupiah> {
  const paid = new Map<string, Rupiah>();
  const credit = known?.asOf === date ? known : creditReport(book, date);
  for (const loan of credit.loans) {
    const jasa = loan.installments.reduce((s, i) => s + i.paidJasa, loan.recoveriesJasa);
    paid.set(loan.memberId, (paid.get(loan.memberId) ?? 0) + jasa);
  }
  return paid;
}

function sumByCategory(
  cash: readonly CashEntry[],
  categories: readonly Category[],
  from: IsoDate,
  to: IsoDate,
  sign: 1 | -1,
): { category: Category; amount: Rupiah }[] {
  return categories.map((category) => ({
    category,
    amount: cash
      .filter((e) => e.category === category && e.date >= from && e.date <= to)
      .reduce((s, e) => s + sign * (e.amountIn - e.amountOut), 0),
  }));
}

/**
 * The share-out of calendar year `year`, counting rows up to `today` while the year is not over.
 * `settings` are the book's `Pendapatan SHU`, `Biaya SHU` and `Pembagian SHU` as read. `credit` is
 * the book's credit report the caller already has (the add-on's, as of today): the share-out of a
 * year still running takes it rather than settling every loan again (a district book's 5,000).
 */
export function shareOut(
  book: Book,
  year: number,
  today: IsoDate,
  settings: ShuSettings = book.settings.shu ?? defaultShuSettings,
  credit?: CreditReport,
): ShareOut {
  const start = fromYmd(year, 1, 1);
  const end = fromYmd(year, 12, 31);
  const asOf = today < end ? today : end;

  // Jasa received in the year: what repayments up to its end paid toward jasa, less what those up to
  // the end of the year before had paid (repayments settle in date order, so the difference is the year's).
  const jasaNow = jasaPaidByMember(book, asOf, credit);
  const jasaBefore = jasaPaidByMember(book, fromYmd(year - 1, 12, 31));
  const jasaOf = (id: string) => (jasaNow.get(id) ?? 0) - (jasaBefore.get(id) ?? 0);
  const jasa = [...jasaNow.keys()].reduce((s, id) => s + jasaOf(id), 0);

  const incomeByCategory = sumByCategory(book.cash, settings.incomeCategories, start, asOf, 1);
  const costsByCategory = sumByCategory(book.cash, settings.costCategories, start, asOf, -1);
  const incomeTotal = jasa + incomeByCategory.reduce((s, c) => s + c.amount, 0);
  const costsTotal = costsByCategory.reduce((s, c) => s + c.amount, 0);
  const shu = incomeTotal - costsTotal;

  // Members: each ID once, in Anggota order, with their savings rows up to asOf in date order.
  const ends = monthEnds(year);
  const rowsOf = savingsRowsByMember(book.cash, asOf);
  const seen = new Set<string>();
  const candidates: { memberId: string; name: string; monthEndSavings: Rupiah; jasaPaid: Rupiah }[] = [];
  for (const m of book.members) {
    if (seen.has(m.id)) continue;
    seen.add(m.id);
    const rows = (rowsOf.get(m.id) ?? []).slice().sort(byDate);
    let monthEndSavings = 0;
    let balance = 0;
    let next = 0;
    for (const monthEnd of ends) {
      while (next < rows.length && rows[next]!.date <= monthEnd) {
        const [amountIn, amountOut] = savingsMove(rows[next++]!);
        balance += amountIn - amountOut;
      }
      // 0 before joining; a balance the book drove below zero (reported by the savings) counts as 0.
      if (monthEnd >= m.joinDate) monthEndSavings += Math.max(0, balance);
    }
    const jasaPaid = Math.max(0, jasaOf(m.id));
    const memberInYear = m.joinDate <= end && (m.leaveDate === undefined || m.leaveDate >= start);
    if (memberInYear || monthEndSavings > 0 || jasaPaid > 0)
      candidates.push({ memberId: m.id, name: m.name, monthEndSavings, jasaPaid });
  }

  const shared = Math.max(0, shu);
  // Each part rounded down (in BigInt: SHU × basis points may pass 2^53); the Rupiah left go to the reserve.
  const partAmounts = settings.parts.map((p) => Number((BigInt(shared) * BigInt(p.basisPoints)) / 10_000n));
  const reserveIndex = settings.parts.findIndex((p) => p.role === 'reserve');
  const give = (role: 'savings' | 'loans', weights: number[]) => {
    const index = settings.parts.findIndex((p) => p.role === role);
    if (index < 0) return weights.map(() => 0);
    const { shares, left } = splitLargestRemainder(partAmounts[index]!, weights);
    if (left > 0) {
      // No member saved (or paid jasa) in the year: the part cannot be shared, so it is kept as reserve.
      partAmounts[index] = 0;
      partAmounts[reserveIndex] = partAmounts[reserveIndex]! + left;
      toReserve.push(role);
    }
    return shares;
  };
  const toReserve: ('savings' | 'loans')[] = [];
  const fromSavings = give(
    'savings',
    candidates.map((c) => c.monthEndSavings),
  );
  const fromLoans = give(
    'loans',
    candidates.map((c) => c.jasaPaid),
  );
  const partsTotal = partAmounts.reduce((s, a) => s + a, 0);
  if (reserveIndex >= 0) partAmounts[reserveIndex] = partAmounts[reserveIndex]! + (shared - partsTotal);

  return {
    year,
    asOf,
    provisional: asOf < end,
    settings,
    income: { jasa, byCategory: incomeByCategory, total: incomeTotal },
    costs: { byCategory: costsByCategory, total: costsTotal },
    shu,
    parts: settings.parts.map((p, i) => ({ ...p, amount: partAmounts[i]! })),
    toReserve,
    members: candidates.map((c, i) => ({
      ...c,
      // Half up: every month-end counted is 0 or more (a balance below 0 counts as 0, above).
      averageSavings: divideHalfUp(c.monthEndSavings, 12),
      fromSavings: fromSavings[i]!,
      fromLoans: fromLoans[i]!,
      total: fromSavings[i]! + fromLoans[i]!,
    })),
  };
}
