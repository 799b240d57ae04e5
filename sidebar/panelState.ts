// The sidebar's state and the controls' callbacks: what app.ts keeps and changes, what render.ts draws.
import type { ApiError, Card, MessagePage, Overview, ProblemView } from '../src/core/api/types';
import type { Lang, Bilingual } from '../src/core/text';
import type { ActionKey, BusyKey } from './view/actionButtons';

export interface Status {
  readonly kind: 'progress' | 'success' | 'error';
  readonly message: Bilingual;
}

export interface State {
  lang: Lang;
  overview: Overview | null;
  /** The failure of the first load, shown with a retry button. */
  loadError: ApiError | null;
  busy: BusyKey | null;
  /** The problem whose fix is being applied. */
  busyProblem: string | null;
  status: Status | null;
  /** The week picked for the journal; null means the first offered (this week). */
  week: string | null;
  /** The season picked for Saprodi; null means the first offered (the latest written). */
  season: string | null;
  openDefinitions: Set<Card['key']>;
  /** The member card's search text and picked member ID. */
  memberQuery: string;
  /** Every member the book lists (the overview's first page total), whatever a search has narrowed. */
  membersTotal: number;
  member: string | null;
  /** The copy button that copied last (its label says so). */
  copied: string | null;
  /** This week's ready messages once asked for (null until then, and again after the book changes). */
  messages: MessagePage | null;
}

export interface Controller {
  readonly state: State;
  reload(): void;
  run(action: ActionKey): void;
  goToCell(tab: string, row: number, col: number, ref: string): void;
  applyFix(problem: ProblemView): void;
  setLanguage(lang: Lang): void;
  /**
   * Fetches the next page of problems, or of loans needing attention, for the reading of the book the
   * pages shown came from; the server sends the list from its start when the book changed since.
   */
  moreProblems(): void;
  moreLoans(): void;
  pickWeek(week: string): void;
  pickSeason(season: string): void;
  toggleDefinition(key: Card['key']): void;
  searchMembers(query: string): void;
  /** The member whose card the button makes; null when none is picked (the button is then off). */
  pickMember(id: string | null): void;
  makeCard(): void;
  makeAllCards(): void;
  computeShu(year: number): void;
  /** Fetches this week's ready messages (the first page), or their next page. */
  showMessages(): void;
  moreMessages(): void;
  /** Copies a ready message to the clipboard. */
  copy(key: string, text: string): void;
}
