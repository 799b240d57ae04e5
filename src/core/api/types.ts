// The sidebar's API: every argument and result is plain JSON (no Date, no class), served alike by
// Apps Script (google.script.run) and by the local preview server (HTTP).
import type { Cell, IsoDate } from '../cell';
import type { Figure, Kol, LoanStatus } from '../credit/types';
import type { Rupiah } from '../money';
import type { Fix, Problem, Severity } from '../problems/problem';
import type { Lang, Bilingual } from '../text';
import type { MemberMessage, ReadyMessages } from '../messages/readyMessages';
import type { WeekOption } from '../week/journalWeek';

/** Every API call answers this way: the sidebar never sees an exception, a stack trace or `null`. */
export type ApiResponse<T> =
  { readonly ok: true; readonly data: T } | { readonly ok: false; readonly error: ApiError };

export interface ApiError {
  /** Stable code, e.g. `lock.timeout`, `tab.notGenerated`, `book.noTabs`, `internal`. */
  readonly code: string;
  readonly message: Bilingual;
}

/**
 * A row as the user saw it: the value of its identity column (ID Anggota, ID Pinjaman, No Bukti)
 * when it has one, else a hash of every value of the row (never the values: they may hold a NIK or
 * a phone number). A fix is applied only to the same row.
 */
export type RowKey = { readonly col: number; readonly value: Cell } | { readonly digest: string };

/** A fix as shown: what it writes, and what it was computed from. */
export interface FixView extends Fix {
  /** The cell's value as read when the fix was computed. */
  readonly was: Cell;
  readonly rowKey: RowKey;
}

export interface ProblemView extends Problem {
  /** `problemId(problem)`: stable across readings of an unchanged book. */
  readonly id: string;
  readonly fix?: FixView;
}

/** What `applyFix` takes: the shown fix of one problem (`fixRequest(problemView)`). */
export interface FixRequest {
  readonly problemId: string;
  readonly tab: string;
  readonly row: number;
  readonly col: number;
  /** The column's header as shown, for the result's message. */
  readonly column: string;
  readonly fix: FixView;
}

/** One page of a long list: the items from `offset` on, and how many there are in all. */
export interface Page<T> {
  readonly items: readonly T[];
  /** Index of the first item in the whole list. */
  readonly offset: number;
  readonly total: number;
  /**
   * The reading of the book the page comes from (the fingerprint of its cells, merged blocks, tab
   * names and today): sent back with the request for the next page of a long list.
   */
  readonly reading?: string;
  /** The book changed since the reading the request named: this is the list again from its start. */
  readonly restarted?: true;
}

export interface TabProblemCounts {
  readonly tab: string;
  readonly counts: Readonly<Record<Severity, number>>;
}

/** A page of problems (errors first), with the counts of the whole list per tab. */
export interface ProblemPage extends Page<ProblemView> {
  /** Every tab with problems; tabs with more errors first, then more warnings, then by name. */
  readonly byTab: readonly TabProblemCounts[];
}

export interface LoanAtRisk {
  readonly loanId: string;
  readonly memberId: string;
  readonly memberName: string;
  readonly daysPastDue: number;
  readonly arrears: Rupiah;
  readonly outstandingPrincipal: Rupiah;
  /** The Kol shown: by days past due, or held since a rescheduling (`kolHeld`, docs/book.md §7). */
  readonly kol: number;
  readonly kolByDays: Kol;
  readonly status: LoanStatus;
  /** Fines charged by today (waived ones included), paid, waived (`Hapus Denda`), and still owed; not part of arrears. */
  readonly finesCharged: Rupiah;
  readonly finesPaid: Rupiah;
  readonly finesWaived: Rupiah;
  readonly finesOwed: Rupiah;
  /** The last rescheduling, when there was one (`Jadwal Ulang <date>` beside the status). */
  readonly rescheduledOn?: IsoDate;
  /** While a rescheduling holds the Kol: the Kol on that date, and the date. */
  readonly kolHeld?: { readonly kol: Kol; readonly since: IsoDate };
  /** Once written off: the date and the principal written off (`Hapus Buku <date>`). */
  readonly writtenOff?: { readonly date: IsoDate; readonly principal: Rupiah };
  /** Repayments after the write-off. */
  readonly recoveries: Rupiah;
  /** The next installment (`Angsuran Berikut`, docs/book.md §5): the first open one due after today. */
  readonly nextInstallment?: { readonly due: IsoDate; readonly amount: Rupiah };
}

export interface Card {
  readonly key:
    | 'activeMembers'
    | 'cashBalance'
    | 'totalSavings'
    | 'outstandingPrincipal'
    | 'arrears'
    | 'par30'
    | 'errors'
    | 'warnings'
    | 'lastMeetingRate'
    | 'membersToVisit';
  readonly label: Bilingual;
  /** Count, whole Rupiah, or a fraction (PAR30); null when it cannot be computed (no loans). */
  readonly value: number | null;
  readonly unit: 'count' | 'rupiah' | 'fraction';
  /** What the figure means, shown on hover or tap. */
  readonly definition: Bilingual;
}

export type { WeekOption };

/** A member the sidebar's picker offers (its search is by name or ID). */
export interface MemberOption {
  readonly id: string;
  readonly name: string;
  /** Active today; members who left are offered too, after the active ones. */
  readonly active: boolean;
}

/** The sidebar's whole first view, from one call. */
export interface Overview {
  readonly groupName: string;
  readonly asOf: IsoDate;
  /** The user's chosen language, else the book's `Bahasa`. */
  readonly lang: Lang;
  readonly cards: readonly Card[];
  /** The first page of problems: errors first, then warnings, then info (`getProblems` for more). */
  readonly problems: ProblemPage;
  /**
   * The first page of loans needing attention (`loansNeedingAttention`): past due worst first, then
   * Kol held or fines owed, then written off (`getLoansAtRisk` for more).
   */
  readonly loansAtRisk: Page<LoanAtRisk>;
  /** The portfolio's figures of fines, rescheduling and write-off, labelled as in `Saldo Pinjaman`. */
  readonly loanFigures: readonly Figure[];
  /** This week first, then past weeks (newest first), for the journal's week picker. */
  readonly weeks: readonly WeekOption[];
  /** Input tabs of docs/book.md not found in the book (canonical names): `Siapkan Buku` creates them. */
  readonly missingTabs: readonly string[];
  /**
   * Input tabs the book has but could not read, no header row found (canonical names): the reports
   * made of them are refused (`tab.unreadable`), and `Periksa Data` lists the headers missing.
   */
  readonly unreadTabs: readonly string[];
  /** The first page of members, active first, for the member card's picker (`getMembers` for more or a search). */
  readonly members: Page<MemberOption>;
  /** Seasons of `Saprodi` as first written, the latest written first, for `generateSaprodi`. */
  readonly seasons: readonly string[];
}

/**
 * This week's ready messages a page at a time (`getMessages`, asked for when the collection list is
 * opened): the collection window, the week's summary, and the members' messages from `offset`.
 */
export type MessagePage = Omit<ReadyMessages, 'members'> & Page<MemberMessage>;

export interface ActionResult {
  /** What happened, for the user: "Tab Pemeriksaan ditulis: 3 kesalahan, 5 peringatan." */
  readonly message: Bilingual;
  /** The tabs written or created. */
  readonly tabs: readonly string[];
  /** The view after the action, so the sidebar refreshes without a second call. */
  readonly overview: Overview;
}

export interface SidebarApi {
  getOverview(): ApiResponse<Overview>;
  runChecks(): ApiResponse<ActionResult>;
  /** Loan balances and savings as of a date (default today): writes `Saldo Pinjaman` and `Simpanan`. */
  computeBalances(asOf?: IsoDate): ApiResponse<ActionResult>;
  /** Writes `Jurnal <week>` for an ISO week such as `2026-W48`. */
  generateJournal(week: string): ApiResponse<ActionResult>;
  setupBook(): ApiResponse<ActionResult>;
  goToCell(tab: string, row: number, col: number): ApiResponse<null>;
  /** Applies one shown fix to its one cell, if the cell and its row still hold what was shown. */
  applyFix(request: FixRequest): ApiResponse<ActionResult>;
  /** Keeps the user's language; the overview is bilingual, so the book is not read again. */
  setLanguage(lang: Lang): ApiResponse<LanguageChoice>;
  /**
   * The page of problems starting at `offset`; `reading`: the `reading` of the page before it. When
   * the book no longer reads so, the first page, `restarted`: the pages would not join.
   */
  getProblems(offset: number, reading?: string): ApiResponse<ProblemPage>;
  /** The page of loans needing attention starting at `offset` (`reading` as for `getProblems`). */
  getLoansAtRisk(offset: number, reading?: string): ApiResponse<Page<LoanAtRisk>>;
  /** The page of members from `offset` whose name or ID contains `query` (all when empty), active first. */
  getMembers(offset: number, query?: string): ApiResponse<Page<MemberOption>>;
  /**
   * This week's ready messages from `offset`: computed only when asked, not with every overview
   * (`reading` as for `getProblems`).
   */
  getMessages(offset: number, reading?: string): ApiResponse<MessagePage>;
  /** Writes `Kartu Anggota` for one member as of a date (default today). */
  generateMemberCard(memberId: string, asOf?: IsoDate): ApiResponse<ActionResult>;
  /** Writes `Kartu Anggota` for every member active on the date, one page each. */
  generateAllMemberCards(asOf?: IsoDate): ApiResponse<ActionResult>;
  /** Writes `SHU <year>` (docs/book.md §8). */
  computeShu(year: number): ApiResponse<ActionResult>;
  /** Writes `RUK <year>`, the plan against what was done (default: this year). */
  generatePlan(year?: number): ApiResponse<ActionResult>;
  /** Writes `Saprodi <season>` with the RDKK (default: the season written last in `Saprodi`). */
  generateSaprodi(season?: string): ApiResponse<ActionResult>;
}

export interface LanguageChoice {
  readonly lang: Lang;
}

export const apiFunctionNames = [
  'getOverview',
  'runChecks',
  'computeBalances',
  'generateJournal',
  'setupBook',
  'goToCell',
  'applyFix',
  'setLanguage',
  'getProblems',
  'getLoansAtRisk',
  'getMembers',
  'getMessages',
  'generateMemberCard',
  'generateAllMemberCards',
  'computeShu',
  'generatePlan',
  'generateSaprodi',
] as const satisfies readonly (keyof SidebarApi)[];
