// What `Siapkan Buku` adds to the tabs an earlier release made: the `Pengaturan` keys and the
// dropdown choices added since (docs/book.md §3 and §7), written below and beside what is there.
import { cellText, type Cell, type Grid } from '../cell';
import { findHeaderRow } from './findHeaderRow';
import { findTab } from './findTab';
import { gridCell, gridRowLength } from './gridCell';
import { matchSettingKey } from './readSettings';
import {
  lists,
  loansTab,
  matchListValue,
  normaliseListValue,
  settingKeys,
  settingsTab,
  type ListKey,
  type SettingSpec,
  type TabSpec,
} from './schema';
import type { TabSource } from './tabRows';

/** Rows written below a tab's last used row; `col` is the sheet column of each row's first cell. */
export interface AddedRows {
  readonly tab: string;
  readonly row: number;
  readonly col: number;
  readonly rows: readonly (readonly Cell[])[];
}

/**
 * A dropdown the add-on made that now offers `choices`: every rule on the column from `row` down
 * that offers `was`, otherwise as it was (help text, warnings); another rule there is left alone.
 */
export interface WidenedDropdown {
  readonly tab: string;
  readonly row: number;
  readonly col: number;
  readonly choices: readonly string[];
  readonly was: readonly string[];
}

/** What is written into existing tabs. */
export interface TabAdditions {
  readonly rows: readonly AddedRows[];
  readonly dropdowns: readonly WidenedDropdown[];
}

/** Where the upgrade reads: the book's cells, and the dropdown on a cell. */
export interface UpgradeSource extends TabSource {
  /** The choices of a cell's dropdown, `[]` when it has none, undefined for a rule of another kind. */
  dropdownChoices(tab: string, row: number, col: number): readonly string[] | undefined;
  /** Whether a cell holds a formula: one that shows nothing reads as an empty cell. */
  holdsFormula?(tab: string, row: number, col: number): boolean;
}

export interface BookUpgrade {
  readonly additions: TabAdditions;
  /** The `Pengaturan` keys added (canonical names), and the tab's name as the user wrote it. */
  readonly settings?: { readonly tab: string; readonly keys: readonly string[] };
  /** Dropdowns that gained choices: the column's header as written, and the choices added. */
  readonly widened: readonly {
    readonly tab: string;
    readonly header: string;
    readonly added: readonly string[];
  }[];
  /** Dropdowns the user set up differently, left alone, and the choices they lack (undefined: not a list, not checked). */
  readonly ownRules: readonly {
    readonly tab: string;
    readonly header: string;
    readonly lacking: readonly string[] | undefined;
  }[];
}

/** The list columns whose choices grew since the first release, with the list it made (docs/book.md §7: `Musiman`). */
const GROWN_LISTS: readonly {
  readonly spec: TabSpec;
  readonly column: string;
  readonly was: readonly string[];
}[] = [{ spec: loansTab, column: 'frequency', was: ['Bulanan', 'Mingguan'] }];

/** Whether two dropdowns offer the same choices, compared as list values are (case, spaces). */
export function sameChoices(a: readonly string[], b: readonly string[]): boolean {
  const key = (l: readonly string[]) => l.map(normaliseListValue).sort().join('\n');
  return key(a) === key(b);
}

/** A setting's value as a new book has it: digits as a number (so `0` is not money typed as text). */
export function settingExampleCell(s: SettingSpec): Cell {
  return /^\d+$/.test(s.example) ? Number(s.example) : s.example || null;
}

/** The last sheet row holding a value (0 for none). */
function lastUsedRow(grid: Grid): number {
  for (let r = grid.length - 1; r >= 0; r -= 1) {
    for (let c = 0; c < gridRowLength(grid, r); c += 1) if (gridCell(grid, r, c) !== null) return r + 1;
  }
  return 0;
}

/** The keys a readable `Pengaturan` lacks (a key written under an alias is there), as rows to add. */
function missingSettings(
  source: UpgradeSource,
  names: readonly string[],
): { readonly tab: string; readonly keys: readonly string[]; readonly rows: AddedRows } | undefined {
  const tab = findTab(names, settingsTab);
  if (tab === undefined) return undefined;
  const grid = source.readTab(tab);
  const header = findHeaderRow(grid, settingsTab);
  const keyCol = header?.columns.key?.col;
  const valueCol = header?.columns.value?.col;
  if (!header || keyCol === undefined || valueCol === undefined) return undefined;
  const present = new Set<string>();
  for (let r = header.row; r < grid.length; r += 1) {
    const key = matchSettingKey(cellText(gridCell(grid, r, keyCol - 1)).trim());
    if (key) present.add(key);
  }
  const missing = settingKeys.filter((s) => !present.has(s.key));
  if (missing.length === 0) return undefined;
  const first = Math.min(keyCol, valueCol);
  const width = Math.max(keyCol, valueCol) - first + 1;
  const rows = missing.map((s) => {
    const row = new Array<Cell>(width).fill(null);
    row[keyCol - first] = s.name;
    row[valueCol - first] = settingExampleCell(s);
    return row;
  });
  // Below the last row used, and below any formula the new rows would meet: a formula that shows
  // nothing reads as an empty cell, and is the user's all the same (a Siapkan Buku audit: written over).
  let row = Math.max(lastUsedRow(grid), header.row) + 1;
  for (;;) {
    let met = -1;
    for (let r = 0; r < rows.length; r += 1)
      for (let c = 0; c < width; c += 1) if (source.holdsFormula?.(tab, row + r, first + c)) met = r;
    if (met < 0) break;
    row += met + 1;
  }
  return { tab, keys: missing.map((s) => s.name), rows: { tab, row, col: first, rows } };
}

/**
 * What `Siapkan Buku` adds to the existing tabs: nothing that is there is changed. A dropdown is
 * widened only when it offers the list an earlier release made (compared as list values are); a
 * dropdown the user made or changed is left alone and reported, with the choices it lacks (one
 * written under an alias is there) when it is a list.
 */
export function upgradeBook(source: UpgradeSource): BookUpgrade {
  const names = source.tabNames();
  const settings = missingSettings(source, names);
  const widened: { tab: string; header: string; added: string[] }[] = [];
  const ownRules: { tab: string; header: string; lacking: string[] | undefined }[] = [];
  const dropdowns: WidenedDropdown[] = [];
  for (const { spec, column, was } of GROWN_LISTS) {
    const tab = findTab(names, spec);
    if (tab === undefined) continue;
    const header = findHeaderRow(source.readTab(tab), spec);
    const found = header?.columns[column];
    const list = spec.columns.find((c) => c.key === column)?.list as ListKey;
    if (!header || !found) continue;
    const canonical = (lists[list] as readonly { readonly value: string }[]).map((v) => v.value);
    let choices = source.dropdownChoices(tab, header.row + 1, found.col);
    // The first rows pasted in from another file lose their dropdown while the rows below keep the
    // template's (found by an audit: Musiman never added): the first row past the data tells.
    if (choices?.length === 0)
      choices = source.dropdownChoices(tab, source.readTab(tab).length + 1, found.col);
    // No dropdown at all: nothing keeps the user from typing the new choice.
    if (choices?.length === 0) continue;
    if (choices && sameChoices(choices, was)) {
      dropdowns.push({ tab, row: header.row + 1, col: found.col, choices: canonical, was: choices });
      widened.push({ tab, header: found.header, added: canonical.filter((v) => !was.includes(v)) });
      continue;
    }
    const lacking = choices && canonical.filter((v) => !choices.some((c) => matchListValue(list, c) === v));
    if (lacking?.length !== 0) ownRules.push({ tab, header: found.header, lacking });
  }
  return {
    additions: { rows: settings ? [settings.rows] : [], dropdowns },
    ...(settings ? { settings: { tab: settings.tab, keys: settings.keys } } : {}),
    widened,
    ownRules,
  };
}
