// `Siapkan Buku`: which input tabs of docs/book.md a book lacks, and what each new tab starts with.
import type { Cell } from '../cell';
import { findTab } from './findTab';
import { inputTabs, settingKeys, type TabSpec } from './schema';

export interface NewTab {
  readonly spec: TabSpec;
  /** Rows below the header: the keys of `Pengaturan` with their example values; none elsewhere. */
  readonly rows: readonly (readonly Cell[])[];
}

/** The input tabs missing from a book with these tab names (found as the checks find them), in the order of docs/book.md. */
export function missingInputTabs(names: readonly string[]): TabSpec[] {
  return inputTabs.filter((spec) => findTab(names, spec) === undefined);
}

/**
 * What `Siapkan Buku` creates: every missing input tab, nothing else, so running it twice changes
 * nothing the second time. A numeric example (Saldo Awal Kas 0) is written as a number, so the
 * checks do not read it as money typed as text.
 */
export function setupBook(names: readonly string[]): NewTab[] {
  return missingInputTabs(names).map((spec) => ({
    spec,
    rows:
      spec.key === 'settings'
        ? settingKeys.map((s): Cell[] => [
            s.name,
            /^\d+$/.test(s.example) ? Number(s.example) : s.example || null,
          ])
        : [],
  }));
}
