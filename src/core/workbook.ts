// The port both adapters implement: a spreadsheet (Google Sheets) or a workbook file (.xlsx).
import type { Grid, IsoDate } from './cell';
import type { Cell } from './cell';
import type { SheetGrid } from './sheetGrid';
import type { TabSpec } from './book/schema';
import type { TabAdditions } from './book/upgradeBook';
import type { KeptAnswers } from './api/keptViews';

/** Cells merged into one: the first cell (`row`, `col`), and how many rows and columns it spans. */
export interface MergedBlock {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

export interface Workbook {
  /**
   * Every tab's name, in order. An adapter for which listing costs a call per tab (Sheets) may leave
   * out the tabs that are none of `among` (every input tab when not given) once each of those is
   * found by its name or an alias, and every tab that stands for no input tab when it answers from
   * names an earlier click listed; `fresh` asks it to list them again instead (before tabs are made).
   */
  tabNames(among?: readonly TabSpec[], options?: { readonly fresh?: boolean }): string[];
  /** All cells of a tab from A1 to its last used cell, normalised; one batched read. */
  readTab(name: string): Grid;
  /** Formula cells saved without a computed value (only a file can hold them), read as empty. */
  uncomputedFormulas?(name: string): readonly { readonly row: number; readonly col: number }[];
  /**
   * The tab's merged blocks (only the first cell of one holds its value; the others read empty).
   * Asked only of a tab where a required cell read empty, so a book without such cells costs nothing.
   */
  mergedBlocks?(name: string): readonly MergedBlock[];
  /** Whether the tab carries the `buku-kelompok:generated` marker. */
  isGenerated(name: string): boolean;
  /** Replaces (or creates) a generated tab whole, with the marker and warning-only protection. */
  writeGenerated(grid: SheetGrid): void;
  /**
   * Replaces (or creates) several generated tabs, all or none: on a failure every old tab is left as
   * it was and nothing half-written remains. An adapter whose writes are already all-or-nothing (a
   * file saved once after the action) may leave it out; `writeGenerated` is then called per tab.
   */
  writeGeneratedTabs?(grids: readonly SheetGrid[]): void;
  /** Whether an input cell holds a formula: a fix is not written over one (docs/book.md §1). */
  holdsFormula?(tab: string, row: number, col: number): boolean;
  /**
   * Writes one input cell (an applied fix, asked for by the user), all or nothing: `was`, what the
   * cell held as read, is put back when a write of several calls fails half-way.
   */
  writeCell(tab: string, row: number, col: number, value: Cell, was?: Cell): void;
  /** Creates a missing input tab with its header row, notes, validation and formats. */
  createInputTab(spec: TabSpec, rows: readonly (readonly Cell[])[]): void;
  /** The choices of a cell's dropdown, `[]` when it has none, undefined for a rule of another kind. */
  dropdownChoices?(tab: string, row: number, col: number): readonly string[] | undefined;
  /**
   * `Siapkan Buku` in one go, all or none: creates the missing input tabs, then writes the rows
   * added below existing tabs' last used rows and widens the dropdowns (docs/book.md §3).
   */
  setUpBook?(
    create: readonly { readonly spec: TabSpec; readonly rows: readonly (readonly Cell[])[] }[],
    additions: TabAdditions,
  ): void;
}

/** What an adapter provides around the workbook: the date, the lock, the user's choices. */
export interface Host {
  readonly workbook: Workbook;
  /** Today in the spreadsheet's time zone. */
  today(): IsoDate;
  /**
   * Now, for "generated at" lines, as `yyyy-mm-dd hh:mm` in the spreadsheet's time zone; the day
   * alone, `yyyy-mm-dd`, when the day was given rather than read from a clock (`--today`).
   */
  now(): string;
  /** Runs `fn` under the document lock; throws a `HostError` with code `lock.timeout` when it cannot. */
  withLock<T>(fn: () => T): T;
  /** A per-user preference (the sidebar's language). */
  getUserPref(key: string): string | null;
  setUserPref(key: string, value: string): void;
  /**
   * Selects a cell for the user (Sheets) or reports it (local preview); a tab not there is a
   * HostError `tab.notFound` (`tab.missing` in the preview), a cell past its end `cell.outside`.
   */
  selectCell(tab: string, row: number, col: number): void;
  /** Where the first view is kept between clicks (Sheets); without it every view is computed. */
  readonly kept?: KeptAnswers;
}

/** Failures of the outside world, with a stable code the sidebar turns into a message. */
export class HostError extends Error {
  constructor(
    readonly code: string,
    message: string,
    /** Details for the user's message, e.g. `{ tab: 'Simpanan' }`. */
    readonly params: Readonly<Record<string, string>> = {},
  ) {
    super(message);
    this.name = 'HostError';
  }
}
