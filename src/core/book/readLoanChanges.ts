// Reads `Perubahan Pinjaman` (docs/book.md §7) into typed loan changes and checks what a row can
// tell on its own; what needs the loan's history (before disbursement, after Lunas) is the engine's.
import type { IsoDate } from '../cell';
import { formatShortDate } from '../isoDate';
import { decimalText } from '../text';
import type { Problem } from '../problems/problem';
import { findTab } from './findTab';
import { loanChangesTab, type LoanChangeColumn } from './schema';
import { readRatePercent } from './readRatePercent';
import { dataRows, headerColumns, openTab, type TabSource } from './tabRows';
import type { ColumnRef, LoanChange } from './types';
import { otherLetters } from './memberLookup';

export interface LoanChangesReading {
  readonly changes: readonly LoanChange[];
  readonly tab?: string;
  readonly columns: Readonly<Partial<Record<LoanChangeColumn, ColumnRef>>>;
}

/**
 * The tab is optional: a book without it has no changes and no problem. `loans` maps every loan ID
 * written in `Pinjaman` to its row; a row naming another ID is an error.
 */
export function readLoanChanges(
  source: TabSource,
  problems: Problem[],
  ctx: { readonly today: IsoDate; readonly loans: ReadonlyMap<string, unknown> | undefined },
): LoanChangesReading {
  if (findTab(source.tabNames(), loanChangesTab) === undefined) return { changes: [], columns: {} };
  const open = openTab(source, loanChangesTab, problems);
  if (!open) return { changes: [], columns: {} };
  const changes: LoanChange[] = [];
  const seen = new Map<string, number>();

  for (const r of dataRows<LoanChangeColumn>(open, { dateKey: 'date' })) {
    const loanId = r.identifier('loanId');
    const date = r.date('date');
    const kind = r.list('kind', 'loanChangeKind', 'change.kind.unknown');
    const installments = r.wholeNumber('installments');
    const ratePercent = readRatePercent(r);
    const method = r.list('method', 'method', 'loan.method.unknown');
    const frequency = r.list('frequency', 'frequency', 'loan.frequency.unknown');
    const reason = r.text('reason');

    if (loanId === undefined && !r.hasError('loanId')) r.report('loanId', 'change.loan.missing');
    else if (loanId !== undefined && ctx.loans?.has(loanId) === false)
      r.report('loanId', 'change.loan.unknown', { value: loanId }, otherLetters(ctx.loans, loanId));
    if (date === undefined && !r.hasError('date')) r.report('date', 'change.date.missing');
    else if (date !== undefined && date > ctx.today)
      r.report('date', 'change.date.future', {
        date: formatShortDate(date),
        today: formatShortDate(ctx.today),
      });
    if (kind === undefined && !r.hasError('kind')) r.report('kind', 'change.kind.missing');

    if (installments !== undefined && (installments < 1 || installments > 260))
      r.report('installments', 'loan.installments.range', { value: installments });
    if (ratePercent !== undefined && (ratePercent < 0 || ratePercent > 10))
      r.report('ratePercent', 'loan.rate.range', { value: decimalText(ratePercent) });
    const termsGiven = [installments, ratePercent, method, frequency].some((v) => v !== undefined);
    if (kind === 'Jadwal Ulang' && installments === undefined && !r.hasError('installments'))
      r.report('installments', 'change.installments.missing');
    if (kind !== undefined && kind !== 'Jadwal Ulang' && termsGiven)
      r.report('kind', 'change.terms.ignored', { kind });
    if (kind === 'Hapus Buku' && reason === undefined) r.report('reason', 'change.reason.missing');

    if (loanId !== undefined && date !== undefined) {
      // A Hapus Denda may stand beside the other change of its date (docs/book.md §7).
      const key = `${loanId}\u0000${date}${kind === 'Hapus Denda'}`;
      const first = seen.get(key);
      if (first !== undefined) {
        r.report('date', 'change.date.duplicate', {
          value: loanId,
          date: formatShortDate(date),
          firstRow: first,
        });
        continue;
      }
      seen.set(key, r.row);
    }
    // A change is applied only when everything it says could be read: a half-read rescheduling would
    // compute a schedule nobody agreed to.
    const unreadable = (
      ['loanId', 'date', 'kind', 'installments', 'ratePercent', 'method', 'frequency'] as const
    ).some((k) => r.hasError(k));
    if (unreadable || loanId === undefined || date === undefined || kind === undefined) continue;
    if (!ctx.loans?.has(loanId) || date > ctx.today) continue;
    changes.push({
      tab: open.tab,
      row: r.row,
      loanId,
      date,
      kind,
      ...(kind === 'Jadwal Ulang' && installments !== undefined && { installments }),
      ...(kind === 'Jadwal Ulang' &&
        ratePercent !== undefined && { monthlyRate: Math.round((ratePercent / 100) * 1e12) / 1e12 }),
      ...(kind === 'Jadwal Ulang' && method !== undefined && { method }),
      ...(kind === 'Jadwal Ulang' && frequency !== undefined && { frequency }),
      ...(reason !== undefined && { reason }),
    });
  }
  return { changes, tab: open.tab, columns: headerColumns(open) };
}
