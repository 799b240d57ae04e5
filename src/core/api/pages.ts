// Long lists reach the sidebar a page at a time, so that a reply stays small whatever the book's size.
import { countBySeverity, type Problem, type Severity } from '../problems/problem';
import type { Page, TabProblemCounts } from './types';
import { addTo } from '../listsByKey';

/** Problems per page: the sidebar's first view shows this many, and fetches more on demand. */
export const PROBLEMS_PER_PAGE = 40;
/** Loans needing attention per page. */
export const LOANS_PER_PAGE = 20;
/** Members per page of the member card's picker. */
export const MEMBERS_PER_PAGE = 50;
/** Ready messages per page (a district book's week has thousands, each a few hundred bytes). */
export const MESSAGES_PER_PAGE = 20;

/** The items of `list` from `offset` (clamped to the list), at most `size` of them. */
export function pageOf<T>(list: readonly T[], offset: number, size: number): Page<T> {
  const start = Math.min(Math.max(0, Math.floor(offset) || 0), list.length);
  return { items: list.slice(start, start + size), offset: start, total: list.length };
}

/** Counts by severity per tab over the whole list: tabs with more errors first, then more warnings. */
export function problemCountsByTab(problems: readonly Problem[]): TabProblemCounts[] {
  const byTab = new Map<string, Problem[]>();
  for (const p of problems) addTo(byTab, p.tab, p);
  const all = [...byTab.entries()].map(([tab, list]) => ({
    tab,
    counts: countBySeverity(list) as Readonly<Record<Severity, number>>,
  }));
  return all.sort(
    (a, b) =>
      b.counts.error - a.counts.error ||
      b.counts.warning - a.counts.warning ||
      b.counts.info - a.counts.info ||
      a.tab.localeCompare(b.tab),
  );
}
