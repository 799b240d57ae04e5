// A book's tabs typed into the fake Sheets as a person would: text kept as text (`'…`, as in a text
// column), dates typed in the spreadsheet's zone, empty cells empty.
import { isDateCell, type Cell, type Grid } from '../../src/core/cell';
import type { FakeWorld } from '../gas/fakeSpreadsheetApp';

export function typeIntoSheets(
  world: FakeWorld,
  tabs: readonly { readonly name: string; readonly grid: Grid }[],
): void {
  for (const tab of tabs)
    world.addSheet(
      tab.name,
      tab.grid.map((row) =>
        row.map((c: Cell) =>
          c === null ? '' : isDateCell(c) ? world.typedDate(c.date) : typeof c === 'string' ? `'${c}` : c,
        ),
      ),
    );
}
