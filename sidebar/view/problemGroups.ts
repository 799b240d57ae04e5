// The problems list: grouped by tab, tabs with errors first, errors first within each tab.
import { compareProblems, countBySeverity, type Severity } from '../../src/core/problems/problem';
import type { ProblemPage, ProblemView } from '../../src/core/api/types';

export interface ProblemGroup {
  readonly tab: string;
  readonly counts: Readonly<Record<Severity, number>>;
  /** The shown problems of this tab, errors first, then by row and column. */
  readonly problems: readonly ProblemView[];
}

export interface ProblemGroups {
  readonly groups: readonly ProblemGroup[];
  /** Problems left out to keep the list short (they are all in the `Pemeriksaan` tab). */
  readonly hidden: number;
}

/**
 * Groups problems by tab. Tabs with more errors come first, then more warnings, then by name;
 * at most `limit` problems are shown in all, the most severe ones.
 */
export function groupProblems(problems: readonly ProblemView[], limit = Infinity): ProblemGroups {
  const byTab = new Map<string, ProblemView[]>();
  for (const p of problems) {
    const list = byTab.get(p.tab);
    if (list) list.push(p);
    else byTab.set(p.tab, [p]);
  }
  const all = [...byTab.entries()].map(([tab, list]) => ({
    tab,
    counts: countBySeverity(list),
    problems: [...list].sort(compareProblems),
  }));
  all.sort(
    (a, b) =>
      b.counts.error - a.counts.error ||
      b.counts.warning - a.counts.warning ||
      b.counts.info - a.counts.info ||
      a.tab.localeCompare(b.tab),
  );
  // Keep the most severe problems overall when the list must be cut.
  const kept = new Set([...problems].sort(compareProblems).slice(0, Math.max(0, limit)));
  const groups = all
    .map((g) => ({ ...g, problems: g.problems.filter((p) => kept.has(p)) }))
    .filter((g) => g.problems.length > 0);
  return { groups, hidden: problems.length - kept.size };
}

/**
 * The loaded part of a page of problems, grouped by tab: tabs in the server's order (more errors
 * first), each with its counts over the whole list; `hidden` is what is not loaded yet.
 */
export function groupPage(page: ProblemPage): ProblemGroups {
  const byTab = new Map<string, ProblemView[]>();
  for (const p of page.items) {
    const list = byTab.get(p.tab);
    if (list) list.push(p);
    else byTab.set(p.tab, [p]);
  }
  const groups = page.byTab
    .filter((t) => byTab.has(t.tab))
    .map((t) => ({ tab: t.tab, counts: t.counts, problems: [...byTab.get(t.tab)!].sort(compareProblems) }));
  return { groups, hidden: Math.max(0, page.total - page.items.length) };
}

/**
 * A further page appended to the loaded one: each problem once, the counts of the newer reading.
 * A page `restarted` (the book changed since the loaded one was read) replaces it.
 */
export function appendProblemPage(loaded: ProblemPage, next: ProblemPage): ProblemPage {
  if (next.restarted) return next;
  const seen = new Set(loaded.items.map((p) => p.id));
  return {
    ...next,
    offset: 0,
    items: [...loaded.items, ...next.items.filter((p) => !seen.has(p.id))],
  };
}
