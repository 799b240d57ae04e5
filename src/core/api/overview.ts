// The sidebar's first view from one reading of the book: cards, problems, loans at risk, weeks.
import { isMemberActiveOn } from '../book/memberActivity';
import type { Book, Member } from '../book/types';
import { cashBalanceOn } from '../cash/cashBalance';
import type { Grid, IsoDate } from '../cell';
import type { CreditReport, Figure } from '../credit/types';
import {
  compareProblems,
  countBySeverity,
  problemId,
  severityOrder,
  type Problem,
} from '../problems/problem';
import type { SavingsReport } from '../savings/memberSavings';
import { text as t, type Lang } from '../text';
import { journalWeekOf, recentWeeks } from '../week/journalWeek';
import { weeklyJournal } from '../journal/weeklyJournal';
import { readyMessages, type ReadyMessages } from '../messages/readyMessages';
import {
  LOANS_PER_PAGE,
  MEMBERS_PER_PAGE,
  MESSAGES_PER_PAGE,
  PROBLEMS_PER_PAGE,
  pageOf,
  problemCountsByTab,
} from './pages';
import { loansNeedingAttention } from './loansNeedingAttention';
import { participationCards } from './participationCards';
import { saprodiSeasons } from '../saprodi/saprodiReport';
import { problemView } from './shownFix';
import type { Card, LoanAtRisk, MemberOption, MessagePage, Overview, Page, ProblemPage } from './types';

/** Everything one reading of the book gives: the typed book, every problem, the models as of today. */
export interface BookState {
  readonly today: IsoDate;
  readonly tabNames: readonly string[];
  readonly book: Book;
  /** The checks' problems, then the credit engine's and the savings' (unsorted). */
  readonly problems: readonly Problem[];
  readonly credit: CreditReport;
  readonly savings: SavingsReport;
  readonly missingTabs: readonly string[];
  readonly unreadTabs: readonly string[];
  /** A tab's cells as read for this state (undefined for a tab not read), to tie fixes to what was shown. */
  readonly grid: (tab: string) => Grid | undefined;
  /** The fingerprint of this reading of the book, carried by each page of its lists (`Page.reading`). */
  readonly reading: string;
}

export function loansAtRisk(credit: CreditReport): LoanAtRisk[] {
  return loansNeedingAttention(credit.loans).map((l) => ({
    loanId: l.loanId,
    memberId: l.memberId,
    memberName: l.memberName,
    daysPastDue: l.daysPastDue,
    arrears: l.arrears,
    outstandingPrincipal: l.outstandingPrincipal,
    kol: l.kol,
    kolByDays: l.kolByDays,
    status: l.status,
    finesCharged: l.finesCharged,
    finesPaid: l.finesPaid,
    finesWaived: l.finesWaived,
    finesOwed: l.finesOwed,
    // Absent, not undefined, when the loan has none: both transports then send the same JSON.
    ...(l.rescheduledOn !== undefined && { rescheduledOn: l.rescheduledOn }),
    ...(l.kolHeld && { kolHeld: { ...l.kolHeld } }),
    ...(l.writtenOff && { writtenOff: { ...l.writtenOff } }),
    recoveries: l.recoveries,
    ...(l.nextInstallment && {
      nextInstallment: { due: l.nextInstallment.due, amount: l.nextInstallment.amount },
    }),
  }));
}

/** The portfolio's figures the sidebar shows under its loans: fines, rescheduling, write-off. */
export const LOAN_FIGURE_KEYS = [
  'finesOwed',
  'restructuredLoans',
  'restructuredPrincipal',
  'writtenOffLoans',
  'writtenOffPrincipal',
  'recoveries',
] as const;

export function loanFigures(credit: CreditReport): Figure[] {
  return LOAN_FIGURE_KEYS.flatMap((key) => credit.portfolio.figures.filter((f) => f.key === key));
}

/**
 * The page of problems from `offset`, errors first, and among them the tabs in the order the sidebar
 * shows them (more errors first, `byTab`): the first page holds the worst tab's, not those of the
 * tab whose name comes first (an audit: 148 errors of Kas hidden behind 40 of Anggota). Each fix is
 * tied to the cell it was computed from.
 */
export function problemPage(state: BookState, offset: number): ProblemPage {
  const byTab = problemCountsByTab(state.problems);
  const rank = new Map(byTab.map((t, i) => [t.tab, i]));
  const problems = [...state.problems].sort(
    (a, b) =>
      severityOrder[a.severity] - severityOrder[b.severity] ||
      rank.get(a.tab)! - rank.get(b.tab)! ||
      compareProblems(a, b),
  );
  const page = pageOf(problems, offset, PROBLEMS_PER_PAGE);
  return {
    ...page,
    items: page.items.map((p) => problemView(p, problemId(p), state.book, state.grid)),
    byTab,
    reading: state.reading,
  };
}

/** The page of loans needing attention from `offset`, past due worst first. */
export function loansAtRiskPage(state: BookState, offset: number): Page<LoanAtRisk> {
  return { ...pageOf(loansAtRisk(state.credit), offset, LOANS_PER_PAGE), reading: state.reading };
}

/** This week's ready messages: the week's journal is computed for them, so only on asking. */
export function weekMessages(state: BookState): ReadyMessages {
  const { book, today } = state;
  const week = journalWeekOf(today, book.settings.weekStart).value;
  return readyMessages(book, weeklyJournal(book, state.problems, week, '', today));
}

/**
 * The page of the week's messages from `offset`, with the collection window and the week's summary,
 * and the reading of the book they were made from.
 */
export function messagePageOf(messages: ReadyMessages, offset: number, reading: string): MessagePage {
  const { members, ...ready } = messages;
  return { ...ready, ...pageOf(members, offset, MESSAGES_PER_PAGE), reading };
}

/** This week's ready messages from `offset`. */
export function messagePage(state: BookState, offset: number): MessagePage {
  return messagePageOf(weekMessages(state), offset, state.reading);
}

/** Each member once, active ones first, both in Anggota order. */
export function memberOptions(members: readonly Member[], today: IsoDate): MemberOption[] {
  const seen = new Set<string>();
  const options: MemberOption[] = [];
  for (const m of members) {
    if (seen.has(m.id)) continue;
    seen.add(m.id);
    options.push({ id: m.id, name: m.name, active: isMemberActiveOn(m, today) });
  }
  return [...options.filter((o) => o.active), ...options.filter((o) => !o.active)];
}

/** The page of members from `offset` whose name or ID contains `query` (without case), active first. */
export function memberPage(
  members: readonly Member[],
  today: IsoDate,
  offset: number,
  query: string,
): Page<MemberOption> {
  // As the sidebar's picker searches: every typed word in the ID or name, case and accents ignored.
  const fold = (x: string) =>
    x
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase();
  const words = fold(query).split(/\s+/).filter(Boolean);
  const all = memberOptions(members, today);
  const found = words.length
    ? all.filter((m) => words.every((w) => fold(`${m.id} ${m.name}`).includes(w)))
    : all;
  return pageOf(found, offset, MEMBERS_PER_PAGE);
}

/** A card of the portfolio's figure `key`, with its label, value, unit and definition. */
function portfolioCard(credit: CreditReport, key: 'outstandingPrincipal' | 'arrears' | 'par30'): Card {
  const { label, value, unit, definition } = credit.portfolio.figures.find((f) => f.key === key)!;
  return { key, label, value, unit, definition };
}

export function overview(state: BookState, lang: Lang): Overview {
  const { book, credit, today } = state;
  const counts = countBySeverity(state.problems);
  const cards: Card[] = [
    {
      key: 'activeMembers',
      label: t('Anggota aktif', 'Active members'),
      value: book.members.filter((m) => isMemberActiveOn(m, today)).length,
      unit: 'count',
      definition: t(
        'Anggota yang sudah masuk dan belum keluar pada hari ini (hari keluar masih dihitung)',
        'Members who have joined and not left as of today (the day of leaving still counts)',
      ),
    },
    {
      key: 'cashBalance',
      label: t('Saldo kas', 'Cash balance'),
      value: cashBalanceOn(book, today),
      unit: 'rupiah',
      definition: t(
        'Saldo Awal Kas ditambah semua uang masuk dikurangi uang keluar di Kas sampai hari ini',
        'Opening balance plus all money in minus money out in Kas up to today',
      ),
    },
    {
      key: 'totalSavings',
      label: t('Total simpanan', 'Total savings'),
      value: state.savings.totals.balance,
      unit: 'rupiah',
      definition: t(
        'Simpanan Pokok, Wajib dan Sukarela semua anggota dikurangi penarikan',
        "All members' compulsory, regular and voluntary savings minus withdrawals",
      ),
    },
    // The credit cards are the portfolio's figures: one name and one definition wherever they appear.
    portfolioCard(credit, 'outstandingPrincipal'),
    portfolioCard(credit, 'arrears'),
    portfolioCard(credit, 'par30'),
    ...participationCards(book, today),
    {
      key: 'errors',
      label: t('Kesalahan', 'Errors'),
      value: counts.error,
      unit: 'count',
      definition: t('Masalah data yang harus diperbaiki', 'Data problems that must be fixed'),
    },
    {
      key: 'warnings',
      label: t('Peringatan', 'Warnings'),
      value: counts.warning,
      unit: 'count',
      definition: t('Masalah data yang perlu diperiksa', 'Data problems worth checking'),
    },
  ];
  return {
    groupName: book.settings.groupName,
    asOf: today,
    lang,
    cards,
    problems: problemPage(state, 0),
    loansAtRisk: loansAtRiskPage(state, 0),
    loanFigures: loanFigures(credit),
    weeks: recentWeeks(today, book.settings.weekStart),
    missingTabs: [...state.missingTabs],
    unreadTabs: [...state.unreadTabs],
    members: memberPage(book.members, today, 0, ''),
    seasons: saprodiSeasons(book).reverse(),
  };
}
