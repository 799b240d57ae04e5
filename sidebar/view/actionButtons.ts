// The action buttons' labels and states: one action runs at a time, and each re-enables after.
import type { Overview } from '../../src/core/api/types';
import type { Report } from '../../src/core/book/reportTabs';
import { LACKS_NOTHING, lacksAny, lacksFor, type Lacks } from './lacks';
import { pick, type Lang } from '../../src/core/text';
import { strings } from './strings';

export type ActionKey =
  'runChecks' | 'computeBalances' | 'generateJournal' | 'generatePlan' | 'generateSaprodi' | 'setupBook';
/** Anything that calls the server and must not overlap another call. */
export type BusyKey =
  | ActionKey
  | 'applyFix'
  | 'setLanguage'
  | 'goToCell'
  | 'getOverview'
  | 'getProblems'
  | 'getLoansAtRisk'
  | 'getMessages'
  | 'memberCard'
  | 'allMemberCards'
  | 'shuLastYear'
  | 'shuThisYear';

export interface ActionButton {
  readonly key: ActionKey;
  readonly label: string;
  readonly disabled: boolean;
  /** This button's action is running: show its progress label. */
  readonly busy: boolean;
  /** Drawn as the main call to action. */
  readonly prominent: boolean;
  /** The tabs the action is made from, missing or unread: it would be refused, so it is disabled and says why. */
  readonly lacks: Lacks;
}

/** The report each action writes, whose tabs it needs (the adapters refuse it without them). */
const reportOf: Partial<Record<ActionKey, Report>> = {
  computeBalances: 'savingsAndLoans',
  generateJournal: 'journal',
  generatePlan: 'ruk',
  generateSaprodi: 'saprodi',
};

const labels: Record<ActionKey, { idle: keyof typeof strings; busy: keyof typeof strings }> = {
  setupBook: { idle: 'setupBook', busy: 'setupBookBusy' },
  runChecks: { idle: 'runCheck', busy: 'runCheckBusy' },
  computeBalances: { idle: 'computeBalances', busy: 'computeBalancesBusy' },
  generateJournal: { idle: 'generateJournal', busy: 'generateJournalBusy' },
  generatePlan: { idle: 'generatePlan', busy: 'generatePlanBusy' },
  generateSaprodi: { idle: 'generateSaprodi', busy: 'generateSaprodiBusy' },
};

/**
 * The four actions in order. `Siapkan Buku` comes first and is prominent when input tabs are
 * missing (nothing else can work well until they exist); otherwise `Periksa Data` is.
 * Every button is disabled while any call runs, or when there is no overview yet; an action is
 * disabled, with the tabs it lacks, where the book misses a tab it is made from.
 */
export function actionButtons(
  overview: Pick<Overview, 'missingTabs' | 'unreadTabs' | 'weeks' | 'seasons'> | null,
  busy: BusyKey | null,
  lang: Lang,
): readonly ActionButton[] {
  const needsSetup = overview !== null && overview.missingTabs.length > 0;
  const order: ActionKey[] = needsSetup
    ? ['setupBook', 'runChecks', 'computeBalances', 'generateJournal', 'generatePlan', 'generateSaprodi']
    : ['runChecks', 'computeBalances', 'generateJournal', 'generatePlan', 'generateSaprodi', 'setupBook'];
  return order.map((key) => {
    const report = reportOf[key];
    const lacks = overview && report ? lacksFor(overview, report) : LACKS_NOTHING;
    return {
      key,
      label: pick(strings[busy === key ? labels[key].busy : labels[key].idle], lang),
      busy: busy === key,
      disabled:
        overview === null ||
        busy !== null ||
        lacksAny(lacks) ||
        (key === 'generateJournal' && overview.weeks.length === 0) ||
        (key === 'generateSaprodi' && overview.seasons.length === 0),
      prominent: needsSetup ? key === 'setupBook' : key === 'runChecks',
      lacks,
    };
  });
}
