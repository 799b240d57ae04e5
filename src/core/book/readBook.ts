// Reads a group's book from its input tabs into the typed Book, with every problem as data (docs/book.md §1-3).
import type { IsoDate } from '../cell';
import type { Problem } from '../problems/problem';
import { checkLoanDisbursements } from './checkLoanDisbursements';
import { memberIndex } from './memberLookup';
import { readActivities } from './readActivities';
import { readCash } from './readCash';
import { readLoanChanges } from './readLoanChanges';
import { readLoans } from './readLoans';
import { readMembers } from './readMembers';
import { readSettings } from './readSettings';
import { readAttendance } from '../attendance/readAttendance';
import { checkPlanCodes, readPlan } from '../plan/readPlan';
import { readSaprodi } from '../saprodi/readSaprodi';
import type { TabSource } from './tabRows';
import type { Book } from './types';

export type { TabSource } from './tabRows';

export interface BookReading {
  readonly book: Book;
  /**
   * In reading order: Pengaturan, Anggota, Pinjaman, Kas, Kegiatan, then the loans' disbursement
   * warnings; within a tab by row. Sort with `compareProblems` to show errors first.
   */
  readonly problems: readonly Problem[];
}

/** Never throws on what the cells hold; `today` is the spreadsheet's today, never the clock. */
export function readBook(source: TabSource, ctx: { readonly today: IsoDate }): BookReading {
  const problems: Problem[] = [];
  const settings = readSettings(source, problems);
  const members = readMembers(source, problems, ctx);
  // A tab not read (missing, or its header row not found) is a problem of its own: the tabs that
  // refer to it get no row-by-row "not in that tab" for what may well be there (docs/book.md §1).
  const index = memberIndex(members.members, members.tab === undefined ? undefined : members.ids);
  const loans = readLoans(source, problems, index);
  const loanRefs = loans.tab === undefined ? undefined : loans.refs;
  const cash = readCash(source, problems, {
    today: ctx.today,
    settings: settings.settings,
    members: index,
    loans: loanRefs,
  });
  const activities = readActivities(source, problems, ctx);
  const loanChanges = readLoanChanges(source, problems, { today: ctx.today, loans: loanRefs });
  if (cash.tab !== undefined) problems.push(...checkLoanDisbursements(loans.loans, cash.cash, loans.columns));
  // docs/book.md §9: attendance, the business plan and farm inputs, after the tabs they refer to.
  const attendance = readAttendance(source, problems, {
    today: ctx.today,
    members: index,
    activities: activities.tab === undefined ? undefined : activities.activities,
  });
  const plan = readPlan(source, problems);
  const saprodi = readSaprodi(source, problems, {
    today: ctx.today,
    settings: settings.settings,
    members: index,
  });

  const tabNames: Record<string, string> = {};
  if (settings.tab !== undefined) tabNames.settings = settings.tab;
  if (members.tab !== undefined) tabNames.members = members.tab;
  if (loans.tab !== undefined) tabNames.loans = loans.tab;
  if (cash.tab !== undefined) tabNames.cash = cash.tab;
  if (activities.tab !== undefined) tabNames.activities = activities.tab;
  if (loanChanges.tab !== undefined) tabNames.loanChanges = loanChanges.tab;
  if (attendance.tab !== undefined) tabNames.attendance = attendance.tab;
  if (plan.tab !== undefined) tabNames.plan = plan.tab;
  if (saprodi.tab !== undefined) tabNames.saprodi = saprodi.tab;
  const book: Book = {
    settings: settings.settings,
    members: members.members,
    cash: cash.cash,
    loans: loans.loans,
    activities: activities.activities,
    loanChanges: loanChanges.changes,
    ...(attendance.sheet && { attendance: attendance.sheet }),
    ...(plan.plan && { plan: plan.plan }),
    ...(saprodi.saprodi && { saprodi: saprodi.saprodi }),
    tabNames,
    columns: {
      members: members.columns,
      loans: loans.columns,
      cash: cash.columns,
      activities: activities.columns,
      loanChanges: loanChanges.columns,
    },
  };
  // Kode RUK is checked once the plan is known (a code with no RUK tab at all names no plan row either).
  problems.push(...checkPlanCodes(book, plan.codes));
  return { book, problems };
}
