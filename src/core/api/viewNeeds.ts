// What the sidebar's figures are made from (docs/book.md §4, "Reports need their tabs"): the money
// figures and the loans needing attention are worked out from Kas. On a book without it they would
// be those of a book where nothing was ever paid (every loan in arrears, PAR30 near 100 %), so the
// sidebar shows them as not computable and says why, as the add-on refuses the reports made of them.
// Read by the sidebar only: the overview itself is the same whatever the book lacks.
import type { Card, Overview } from './types';

/** The tab the figures below are made from, as `Overview.missingTabs` names it. */
export const FIGURES_TAB = 'Kas';

/** The cards made from Kas: the cash, the savings and the portfolio. */
export const CARDS_FROM_KAS: readonly Card['key'][] = [
  'cashBalance',
  'totalSavings',
  'outstandingPrincipal',
  'arrears',
  'par30',
];

/** True when the overview's money figures and loans cannot be trusted: the book has no Kas, or its header was not found. */
export function figuresUnknown(o: Pick<Overview, 'missingTabs' | 'unreadTabs'>): boolean {
  return o.missingTabs.includes(FIGURES_TAB) || o.unreadTabs.includes(FIGURES_TAB);
}

/** The overview as the sidebar shows it: without Kas, its money cards not computable and no loans listed. */
export function shownOverview(o: Overview): Overview {
  if (!figuresUnknown(o)) return o;
  return {
    ...o,
    cards: o.cards.map((c) => (CARDS_FROM_KAS.includes(c.key) ? { ...c, value: null } : c)),
    loansAtRisk: { ...o.loansAtRisk, items: [], total: 0 },
    loanFigures: [],
  };
}
