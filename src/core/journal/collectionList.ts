// The collection list: for each loan, the installment falling due in a coming period, the arrears and
// the fines owed.
import type { IsoDate } from '../cell';
import type { CreditReport } from '../credit/types';
import type { Lang } from '../text';
import type { CollectionItem } from './journalModel';

/**
 * Every loan with something to collect between `from` and `to` (inclusive), from a credit report as
 * of the day before `from`: the installments due in the period, less what was paid on them in
 * advance, plus the arrears already owed and the fines owed. Sorted by member name, then loan. A
 * period of more than a week (a week under way: from tomorrow to the end of the next) may hold two
 * installments of a weekly loan: they are summed, and the first and the last named.
 */
export function collectionList(report: CreditReport, from: IsoDate, to: IsoDate): CollectionItem[] {
  const items: CollectionItem[] = [];
  for (const loan of report.loans) {
    // A written-off loan is collected no more (what comes back is a recovery); a repaid loan may
    // still owe fines.
    if (loan.writtenOff || loan.disbursed > report.asOf) continue;
    if (loan.status === 'Lunas' && loan.finesOwed === 0) continue;
    let amountDue = 0;
    type Due = { no: number; due: IsoDate } | null;
    let first: Due = null;
    let last: Due = null;
    // An installment with something owed is one not settled, and those come in due order: in a period
    // after the report's date, none falls when none is due after that date or the first is due after
    // `to`. The installments are then not read, which works the loan's history out again (loanBalance).
    const next = loan.nextInstallment;
    const none = from > report.asOf && (next === undefined || next.due > to);
    const installments = none ? [] : loan.installments;
    for (const inst of installments) {
      if (inst.due < from || inst.due > to) continue;
      const owed = inst.principal + inst.jasa - inst.paidPrincipal - inst.paidJasa;
      if (owed <= 0) continue;
      amountDue += owed;
      last = { no: inst.no, due: inst.due };
      first ??= last;
    }
    if (amountDue <= 0 && loan.arrears <= 0 && loan.finesOwed <= 0) continue;
    items.push({
      memberId: loan.memberId,
      memberName: loan.memberName,
      loanId: loan.loanId,
      installmentNo: first ? first.no : null,
      due: first ? first.due : null,
      lastInstallmentNo: last ? last.no : null,
      lastDue: last ? last.due : null,
      amountDue,
      arrears: loan.arrears,
      daysPastDue: loan.daysPastDue,
      finesOwed: loan.finesOwed,
      total: amountDue + loan.arrears + loan.finesOwed,
    });
  }
  // Plain code-unit order, not localeCompare: the same list in Apps Script and in Node, whatever the locale.
  const key = (i: CollectionItem) => [i.memberName.toLowerCase(), i.memberId, i.loanId];
  return items.sort((a, b) => compareKeys(key(a), key(b)));
}

function compareKeys(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < a.length; i += 1) {
    const x = a[i] ?? '';
    const y = b[i] ?? '';
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

/**
 * The first and the last of what an item names, as people say them: `a` alone, `a dan b` for two
 * installments in a row, else `a s.d. b` (English `and`, `to`).
 */
export function spanOf(item: CollectionItem, a: string, b: string, lang: Lang): string {
  if (item.lastInstallmentNo === item.installmentNo) return a;
  const two = item.lastInstallmentNo === item.installmentNo! + 1;
  return `${a} ${two ? (lang === 'en' ? 'and' : 'dan') : lang === 'en' ? 'to' : 's.d.'} ${b}`;
}
