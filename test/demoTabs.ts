// The demo book's tabs as a person may leave them, for tests through either adapter.
import type { demoBook } from '../src/core/demo/demoBook';

export type DemoTab = ReturnType<typeof demoBook>['tabs'][number];

/** `tabs` with the header `from` of the tab `tab` written `to` (say `Pemasukan`, no alias of `Masuk`). */
export function withHeaderRenamed(
  tabs: readonly DemoTab[],
  tab: string,
  from: string,
  to: string,
): DemoTab[] {
  return tabs.map((t) =>
    t.name === tab
      ? {
          ...t,
          grid: t.grid.map((row, r) => (r === t.headerRow - 1 ? row.map((c) => (c === from ? to : c)) : row)),
        }
      : t,
  );
}
