// The sidebar's API: every argument and result is plain JSON (no Date, no class), served alike by
// Apps Script (google.script.run) and by the local preview server (HTTP).
import type { IsoDate } from '../cell';
import type { Rupiah } from '../money';
import type { Problem } from '../problem';
import type { Lang, Text } from '../text';

/** Every API call answers this way: the sidebar never sees an exception, a stack trace or `null`. */
export type ApiResponse<T> =
  { readonly ok: true; readonly data: T } | { readonly ok: false; readonly error: ApiError };

export interface ApiError {
  /** Stable code, e.g. `lock.timeout`, `tab.notGenerated`, `book.noTabs`, `internal`. */
  readonly code: string;
  readonly message: Text;
}

export interface ProblemView extends Problem {
  /** `problemId(problem)`: what `applyFix` takes. */
  readonly id: string;
}

export interface LoanAtRisk {
  readonly loanId: string;
  readonly memberId: string;
  readonly memberName: string;
  readonly daysPastDue: number;
  readonly arrears: Rupiah;
  readonly outstandingPrincipal: Rupiah;
  readonly kol: number;
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
    | 'warnings';
  readonly label: Text;
  /** Count, whole Rupiah, or a fraction (PAR30); null when it cannot be computed (no loans). */
  readonly value: number | null;
  readonly unit: 'count' | 'rupiah' | 'fraction';
  /** What the figure means, shown on hover or tap. */
  readonly definition: Text;
}

export interface WeekOption {
  /** ISO week, `2026-W48`. */
  readonly value: string;
  /** `23–29 November 2026` in both languages. */
  readonly label: Text;
}

/** The sidebar's whole first view, from one call. */
export interface Overview {
  readonly groupName: string;
  readonly asOf: IsoDate;
  /** The user's chosen language, else the book's `Bahasa`. */
  readonly lang: Lang;
  readonly cards: readonly Card[];
  /** Errors first, then warnings, then info. */
  readonly problems: readonly ProblemView[];
  /** Loans past due, worst first. */
  readonly loansAtRisk: readonly LoanAtRisk[];
  /** This week first, then past weeks (newest first), for the journal's week picker. */
  readonly weeks: readonly WeekOption[];
  /** Input tabs of BOOK.md not found in the book (canonical names): `Siapkan Buku` creates them. */
  readonly missingTabs: readonly string[];
}

export interface ActionResult {
  /** What happened, for the user: "Tab Pemeriksaan ditulis: 3 kesalahan, 5 peringatan." */
  readonly message: Text;
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
  /** Applies the one fix of the problem with this id, to its one cell. */
  applyFix(problemId: string): ApiResponse<ActionResult>;
  setLanguage(lang: Lang): ApiResponse<Overview>;
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
] as const satisfies readonly (keyof SidebarApi)[];
