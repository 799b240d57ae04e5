// The input tabs each report needs, as tab specs (src/core/book/reportTabs.ts is the table, by
// name): a book without one of them is refused, the tab named, never reported on as a book with
// nothing in it. Without Kas every loan looks unpaid and members would be asked for money they have
// paid; without Anggota an SHU has no one to share among.
import { findTab } from './findTab';
import { reportTabs, type Report } from './reportTabs';
import { cashTab, loansTab, membersTab, planTab, type TabSpec } from './schema';

export type { Report };

const specs: readonly TabSpec[] = [membersTab, cashTab, loansTab, planTab];

/** The tabs `report` needs that are missing from a book with the tabs `names`, in the table's order. */
export function missingFor(names: readonly string[], report: Report): readonly TabSpec[] {
  return reportTabs[report]
    .map((name) => specs.find((spec) => spec.name === name)!)
    .filter((spec) => findTab(names, spec) === undefined);
}
