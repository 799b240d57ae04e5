// The command line's --json shapes, documented in the README: keys in a fixed order, money in whole
// Rupiah, rates as fractions. Built field by field so that a new field in the core changes nothing here.
import type { CreditReport } from '../core/credit/types';
import { countBySeverity, type Problem } from '../core/problems/problem';
import type { Bilingual } from '../core/text';

/** A problem as --json prints it. */
export interface ProblemJsonShape {
  readonly tab: string;
  readonly row: number;
  readonly column: string;
  readonly code: string;
  readonly severity: Problem['severity'];
  readonly message: Bilingual;
}

/**
 * A problem in the --json report, its shape made when it is printed (by JSON.stringify, through
 * toJSON): a district book's 180,000 problems are never all held as text at once.
 */
export class ProblemJson {
  constructor(private readonly problem: Problem) {}

  toJSON(): ProblemJsonShape {
    const p = this.problem;
    const message = p.message;
    return {
      tab: p.tab,
      row: p.row,
      column: p.column,
      code: p.code,
      severity: p.severity,
      message: { id: message.id, en: message.en },
    };
  }
}

export interface CheckBookJson {
  readonly file: string;
  readonly problems: readonly ProblemJson[];
  readonly counts: { readonly error: number; readonly warning: number; readonly info: number };
}

/** A file that could not be read as a book (exit code 2). */
export interface CheckFailureJson {
  readonly file: string;
  readonly error: { readonly code: string; readonly message: Bilingual };
}

export function checkBookJson(file: string, problems: readonly Problem[]): CheckBookJson {
  const counts = countBySeverity(problems);
  return {
    file,
    problems: problems.map((p) => new ProblemJson(p)),
    counts: { error: counts.error, warning: counts.warning, info: counts.info },
  };
}

export function balancesJson(report: CreditReport) {
  const p = report.portfolio;
  return {
    asOf: report.asOf,
    loans: report.loans.map((l) => ({
      loanId: l.loanId,
      memberId: l.memberId,
      principal: l.principal,
      due: l.due,
      paid: l.paid,
      arrears: l.arrears,
      arrearsPrincipal: l.arrearsPrincipal,
      arrearsJasa: l.arrearsJasa,
      outstandingPrincipal: l.outstandingPrincipal,
      daysPastDue: l.daysPastDue,
      kol: l.kol,
      status: l.status,
      // docs/book.md §7: Kol from days alone beside the Kol shown (held after a rescheduling).
      kolByDays: l.kolByDays,
      kolHeld: l.kolHeld ?? null,
      finesCharged: l.finesCharged,
      finesPaid: l.finesPaid,
      finesWaived: l.finesWaived,
      finesOwed: l.finesOwed,
      next: l.nextInstallment ? { date: l.nextInstallment.due, amount: l.nextInstallment.amount } : null,
      oldestUnpaidDue: l.oldestUnpaid?.due ?? null,
      changes: l.changes,
      writtenOff: l.writtenOff ?? null,
      recoveries: l.recoveries,
      // Of those, the jasa part: jasa received, which the SHU counts as income (docs/book.md §8).
      recoveriesJasa: l.recoveriesJasa,
    })),
    portfolio: {
      loans: p.loans,
      borrowers: p.borrowers,
      disbursed: p.disbursed,
      outstandingPrincipal: p.outstandingPrincipal,
      arrears: p.arrears,
      par30: p.par30,
      collectionRate: p.collectionRate,
      onTimeRate: p.onTimeRate,
      writtenOffLoans: p.writtenOffLoans,
      writtenOffPrincipal: p.writtenOffPrincipal,
      recoveries: p.recoveries,
      finesOwed: p.finesOwed,
      restructuredLoans: p.restructuredLoans,
      restructuredPrincipal: p.restructuredPrincipal,
    },
  };
}
