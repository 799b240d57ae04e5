// Reads `Kas` into typed cash entries and checks every rule of docs/book.md §3 for it, the
// running balance included (savings withdrawals are checked by the savings model).
import * as z from 'zod/mini';
import type { IsoDate } from '../cell';
import { firstNegativeCash } from '../cash/cashBalance';
import { formatShortDate } from '../isoDate';
import { rupiahText } from '../money';
import type { Problem } from '../problems/problem';
import { checkMemberRef, otherLetters, type MemberIndex } from './memberLookup';
import { parseRow } from './parseRow';
import { problemAt, placeAt } from '../problems/problemCatalogue';
import { cashTab, categoryRules, type CashColumn } from './schema';
import { dataRowNumbers, headerColumns, openTab, type TabSource } from './tabRows';
import { RowReader } from './rowReader';
import type { CashEntry, ColumnRef, Settings } from './types';
import type { Mutable } from '../mutable';

const cashRow = z.object({
  date: z.string(),
  description: z.string().check(z.minLength(1)),
  category: z.string(),
});

export interface CashReading {
  readonly cash: readonly CashEntry[];
  readonly tab?: string;
  readonly columns: Readonly<Partial<Record<CashColumn, ColumnRef>>>;
}

export interface CashContext {
  readonly today: IsoDate;
  readonly settings: Settings;
  readonly members: MemberIndex;
  /** Loan ID → its member ID, for every loan ID written in `Pinjaman`. */
  /** Each loan's member; undefined where `Pinjaman` was not read (then no loan ID is unknown). */
  readonly loans: ReadonlyMap<string, string | undefined> | undefined;
}

/**
 * A Kas row's entry, made with `new` so that V8 keeps every field inside the object: an object
 * literal given its fields one by one keeps those past its first three in an array of their own,
 * about 18 bytes more a row (18 MB of a district book's million rows). Its prototype is Object's:
 * to every reader it is a plain object, as before.
 */
const CashRow = function (this: Mutable<CashEntry>, tab: string, row: number, date: IsoDate) {
  this.tab = tab;
  this.row = row;
  this.date = date;
} as unknown as new (tab: string, row: number, date: IsoDate) => Mutable<CashEntry>;
CashRow.prototype = Object.prototype;

export function readCash(source: TabSource, problems: Problem[], ctx: CashContext): CashReading {
  const open = openTab(source, cashTab, problems);
  if (!open) return { cash: [], columns: {} };
  const cash: CashEntry[] = [];
  const receiptRows = new Map<string, number>();

  // An index loop over Kas's rows (see cashBalanceOn): a for…of over `dataRows` made an iterator
  // result per row, at a district book's 100,000 rows on every click.
  const rows = dataRowNumbers<CashColumn>(open, { dateKey: 'date' });
  // One reader moved from row to row (nothing below keeps it past its row).
  const reader = new RowReader(open, 0);
  for (let i = 0; i < rows.length; i++) {
    const r = reader.at(rows[i]!);
    const date = r.date('date');
    const receiptNo = r.identifier('receiptNo');
    const description = r.text('description');
    const category = r.list('category', 'category', 'cash.category.unknown');
    const memberId = r.identifier('memberId');
    const loanId = r.identifier('loanId');
    let amountIn = r.money('amountIn');
    let amountOut = r.money('amountOut');
    const planCode = r.identifier('planCode');
    // Every cell of the row is read: the checks below need only these values and the row's place.
    // When the source handed its cells over (a file read once), the row goes now: a district book's
    // million Kas rows (about 120 MB of cells) are collected as the entries are made, not held
    // beside them to the end of the tab. Every reader of a grid's cells reads a row left undefined
    // as empty (gridCell).
    if (source.handsOverCells) (open.grid as unknown[])[r.row - 1] = undefined;

    if (date !== undefined && date > ctx.today) {
      r.report('date', 'cash.date.future', {
        date: formatShortDate(date),
        today: formatShortDate(ctx.today),
      });
    } else if (
      date !== undefined &&
      ctx.settings.openingDate !== undefined &&
      date < ctx.settings.openingDate
    ) {
      r.report('date', 'cash.date.beforeOpening', {
        date: formatShortDate(date),
        openingDate: formatShortDate(ctx.settings.openingDate),
      });
    }

    if (receiptNo !== undefined) {
      const first = receiptRows.get(receiptNo);
      if (first !== undefined)
        r.report('receiptNo', 'cash.receiptNo.duplicate', { value: receiptNo, firstRow: first });
      else receiptRows.set(receiptNo, r.row);
    }

    const rule = category !== undefined ? categoryRules[category] : undefined;
    if (memberId !== undefined) {
      checkMemberRef(
        r,
        'memberId',
        memberId,
        date,
        ctx.members,
        { unknown: 'cash.member.unknown', inactive: 'cash.member.inactive' },
        (category === 'Angsuran Pinjaman' || category === 'Denda') &&
          loanId !== undefined &&
          ctx.loans?.get(loanId) === memberId,
      );
    } else if (rule?.needsMember && !r.hasError('memberId')) {
      r.report('memberId', 'cash.member.missing', { category: category ?? '' });
    }
    if (loanId !== undefined) {
      if (ctx.loans?.has(loanId) === false)
        r.report('loanId', 'cash.loan.unknown', { value: loanId }, otherLetters(ctx.loans, loanId));
      else {
        const loanMember = ctx.loans?.get(loanId);
        if (memberId !== undefined && loanMember !== undefined && loanMember !== memberId) {
          r.report('loanId', 'cash.loan.memberMismatch', { value: loanId, loanMember, memberId });
        }
      }
    } else if (rule?.needsLoan && !r.hasError('loanId')) {
      r.report('loanId', 'cash.loan.missing', { category: category ?? '' });
    }

    // Each column in turn, without a list of the two made per row.
    if (amountIn !== undefined && amountIn < 0)
      r.report('amountIn', 'cash.amount.negative', { value: rupiahText(amountIn) });
    if (amountOut !== undefined && amountOut < 0)
      r.report('amountOut', 'cash.amount.negative', { value: rupiahText(amountOut) });
    const amountsRead = !r.hasError('amountIn') && !r.hasError('amountOut');
    amountIn = amountIn ?? 0;
    amountOut = amountOut ?? 0;
    if (amountsRead) {
      if (amountIn === 0 && amountOut === 0) r.report('amountIn', 'cash.amount.missing');
      else if (amountIn > 0 && amountOut > 0) r.report('amountOut', 'cash.amount.both');
      else if (rule && rule.direction !== 'either') {
        const wrong = rule.direction === 'in' ? 'amountOut' : 'amountIn';
        if ((wrong === 'amountOut' ? amountOut : amountIn) > 0) {
          r.report(wrong, 'cash.amount.direction', { category: category ?? '', direction: rule.direction });
        }
      }
    }

    // With all three read, the schema holds (each is a string, the description not empty): a row
    // of a district book's 100,000 is not passed through zod for nothing.
    const parsed =
      date !== undefined && description !== undefined && category !== undefined
        ? { date, description, category }
        : parseRow(cashRow, { date, description, category }, r, {
            date: 'cash.date.missing',
            description: 'cash.description.missing',
            category: 'cash.category.missing',
          });
    // A row is kept when its date, description, category and one amount could be read: the cross-tab
    // and direction errors above are reported and the row still counts, as the treasurer wrote it.
    const oneAmount = amountIn > 0 !== amountOut > 0;
    if (!parsed || category === undefined || !amountsRead || !oneAmount) continue;
    // Field by field rather than with conditional spreads (a third of reading a district book's
    // Kas); the fields come in the same order as ever.
    const entry = new CashRow(open.tab, r.row, parsed.date);
    if (receiptNo !== undefined) entry.receiptNo = receiptNo;
    entry.description = parsed.description;
    entry.category = category;
    if (memberId !== undefined) entry.memberId = memberId;
    if (loanId !== undefined) entry.loanId = loanId;
    entry.amountIn = amountIn;
    entry.amountOut = amountOut;
    if (planCode !== undefined) entry.planCode = planCode;
    cash.push(entry);
  }

  const columns = headerColumns(open);
  const negative = firstNegativeCash({ settings: ctx.settings, cash });
  if (negative) {
    const out = columns.amountOut ?? { header: 'Keluar', col: 0 };
    problems.push(
      problemAt('cash.balance.negative', placeAt(open.tab, negative.entry.row, out.header, out.col), {
        balance: rupiahText(negative.balance),
      }),
    );
  }
  return { cash, tab: open.tab, columns };
}
