// The input tabs each report needs, as tab specs (src/core/book/reportTabs.ts is the table, by
// name): a book without one of them is refused, the tab named, never reported on as a book with
// nothing in it. Without Kas every loan looks unpaid and members would be asked for money they have
// paid; without Anggota an SHU has no one to share among.
import type { Problem } from '../problems/problem';
import { findTab } from './findTab';
import { reportTabs, tabsRead, type Report } from './reportTabs';
import {
  activitiesTab,
  cashTab,
  inputTabs,
  loansTab,
  membersTab,
  planTab,
  saprodiTab,
  type TabSpec,
} from './schema';

export type { Report };

const specs: readonly TabSpec[] = [membersTab, cashTab, loansTab, activitiesTab, planTab, saprodiTab];

/** The tabs `report` needs that are missing from a book with the tabs `names`, in the table's order. */
export function missingFor(names: readonly string[], report: Report): readonly TabSpec[] {
  return reportTabs[report]
    .map((name) => specs.find((spec) => spec.name === name)!)
    .filter((spec) => findTab(names, spec) === undefined);
}

/**
 * The first tab `report` reads (`tabsRead`) that the book has but could not read, as the book names it: no
 * header row was found (`tab.header.notFound`), so none of its rows were read. A report made of it
 * would be that of a book without the tab (every loan unpaid, for Kas), so it is refused as well.
 */
export function unreadFor(
  names: readonly string[],
  problems: readonly Pick<Problem, 'code' | 'tab'>[],
  report: Report,
): string | undefined {
  for (const name of tabsRead(report)) {
    const tab = unread(
      names,
      problems,
      specs.find((spec) => spec.name === name)!,
    );
    if (tab !== undefined) return tab;
  }
  return undefined;
}

/** The input tabs the book has but could not read (no header row found), by their names in the contract. */
export function unreadInputTabs(
  names: readonly string[],
  problems: readonly Pick<Problem, 'code' | 'tab'>[],
): string[] {
  return inputTabs.filter((spec) => unread(names, problems, spec) !== undefined).map((spec) => spec.name);
}

/** The tab standing for `spec`, as the book names it, when it is there and its header was not found. */
function unread(
  names: readonly string[],
  problems: readonly Pick<Problem, 'code' | 'tab'>[],
  spec: TabSpec,
): string | undefined {
  const tab = findTab(names, spec);
  return tab !== undefined && problems.some((p) => p.code === 'tab.header.notFound' && p.tab === tab)
    ? tab
    : undefined;
}
