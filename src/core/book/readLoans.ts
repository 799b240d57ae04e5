// Reads `Pinjaman` into typed loans and checks every rule of docs/book.md §3 for it.
import { valueCheckCode } from '../problems/problemCatalogue';
import * as z from 'zod/mini';
import { wholeNumber } from './wholeNumber';
import type { Problem } from '../problems/problem';
import type { ColumnRef, Loan } from './types';
import { checkMemberRef, type MemberIndex } from './memberLookup';
import { parseRow } from './parseRow';
import { loansTab, type LoanColumn } from './schema';
import { readRatePercent } from './readRatePercent';
import { dataRows, headerColumns, openTab, type TabSource } from './tabRows';

export const loanRow = z.object({
  loanId: z.string().check(z.minLength(1)),
  memberId: z.string().check(z.minLength(1)),
  disbursed: z.string(),
  principal: z.number().check(wholeNumber(), z.positive(valueCheckCode('loan.principal.notPositive'))),
  ratePercent: z
    .number()
    .check(z.gte(0, valueCheckCode('loan.rate.range')), z.lte(10, valueCheckCode('loan.rate.range'))),
  installments: z
    .number()
    .check(
      wholeNumber(valueCheckCode('loan.installments.range')),
      z.gte(1, valueCheckCode('loan.installments.range')),
      z.lte(260, valueCheckCode('loan.installments.range')),
    ),
});

/** The values of one `Pinjaman` row as read, before `loanRow` checks them. */
export interface LoanValues {
  readonly loanId: string | undefined;
  readonly memberId: string | undefined;
  readonly disbursed: string | undefined;
  readonly principal: number | undefined;
  readonly ratePercent: number | undefined;
  readonly installments: number | undefined;
}

/**
 * True only when `loanRow` would take `v` as it is: the same checks, without zod, for the rows
 * that are read well (test/core/book/rowFastPaths.test.ts holds it to the schema). A row it turns
 * away still goes through `loanRow`, with its problems.
 */
export function loanValuesHold(v: LoanValues): v is z.infer<typeof loanRow> {
  return (
    !!v.loanId &&
    !!v.memberId &&
    v.disbursed !== undefined &&
    Number.isSafeInteger(v.principal) &&
    v.principal! > 0 &&
    v.ratePercent !== undefined &&
    v.ratePercent >= 0 &&
    v.ratePercent <= 10 &&
    Number.isSafeInteger(v.installments) &&
    v.installments! >= 1 &&
    v.installments! <= 260
  );
}

export interface LoansReading {
  readonly loans: readonly Loan[];
  readonly tab?: string;
  readonly columns: Readonly<Partial<Record<LoanColumn, ColumnRef>>>;
  /** Every loan ID written (also of rows left out for their own errors), with its member ID. */
  readonly refs: ReadonlyMap<string, string | undefined>;
}

/** `Musiman`: one installment at harvest, `Jumlah Angsuran` months after disbursement, 1 to 12. */
const MAX_SEASON_MONTHS = 12;

export function readLoans(source: TabSource, problems: Problem[], members: MemberIndex): LoansReading {
  const open = openTab(source, loansTab, problems, { missingSeverity: 'warning' });
  if (!open) return { loans: [], columns: {}, refs: new Map() };
  const loans: Loan[] = [];
  const idRows = new Map<string, number>();
  const refs = new Map<string, string | undefined>();

  for (const r of dataRows<LoanColumn>(open, { dateKey: 'disbursed' })) {
    const id = r.identifier('loanId');
    const memberId = r.identifier('memberId');
    const disbursed = r.date('disbursed');
    const principal = r.money('principal');
    const ratePercent = readRatePercent(r);
    const method = r.list('method', 'method', 'loan.method.unknown') ?? 'Flat';
    const installments = r.wholeNumber('installments');
    const frequency = r.list('frequency', 'frequency', 'loan.frequency.unknown') ?? 'Bulanan';

    if (id !== undefined) {
      const first = idRows.get(id);
      if (first !== undefined) {
        r.report('loanId', 'loan.id.duplicate', { value: id, firstRow: first });
        continue;
      }
      idRows.set(id, r.row);
      refs.set(id, memberId);
    }
    if (memberId !== undefined) {
      checkMemberRef(r, 'memberId', memberId, disbursed, members, {
        unknown: 'loan.member.unknown',
        inactive: 'loan.member.inactive',
      });
    }

    // With every value read and in range, the schema holds: a row is not passed through zod for
    // nothing (a district book's 5,000 loans, as readCash does for its rows).
    const values = { loanId: id, memberId, disbursed, principal, ratePercent, installments };
    const parsed = loanValuesHold(values)
      ? values
      : parseRow(loanRow, values, r, {
          loanId: 'loan.id.missing',
          memberId: 'loan.member.missing',
          disbursed: 'loan.disbursed.missing',
          principal: 'loan.principal.missing',
          ratePercent: 'loan.rate.missing',
          installments: 'loan.installments.missing',
        });
    // A harvest loan's term is in months, at most a year (docs/book.md §7): a longer one is not scheduled.
    const seasonalTooLong =
      frequency === 'Musiman' && parsed !== undefined && parsed.installments > MAX_SEASON_MONTHS;
    if (seasonalTooLong)
      r.report('installments', 'loan.installments.seasonal', { value: parsed.installments });
    // A loan whose method or frequency is unknown cannot be scheduled: it is left out with its problem.
    if (!parsed || r.hasError('method') || r.hasError('frequency') || seasonalTooLong) continue;
    const purpose = r.text('purpose');
    const fund = r.text('source');
    const note = r.text('note');
    loans.push({
      tab: open.tab,
      row: r.row,
      id: parsed.loanId,
      memberId: parsed.memberId,
      disbursed: parsed.disbursed,
      principal: parsed.principal,
      // `1,5` % in the sheet is 0.015 here; rounding drops binary noise such as 0.015000000000000001.
      monthlyRate: Math.round((parsed.ratePercent / 100) * 1e12) / 1e12,
      method,
      installments: parsed.installments,
      frequency,
      ...(purpose !== undefined && { purpose }),
      ...(fund !== undefined && { source: fund }),
      ...(note !== undefined && { note }),
    });
  }
  return { loans, tab: open.tab, columns: headerColumns(open), refs };
}
