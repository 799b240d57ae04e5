// The Host around a local workbook: today in Asia/Jakarta (or as given), an in-process lock,
// preferences in memory or a small JSON file, and the cells the API asked to select.
import { readFileSync, writeFileSync } from 'node:fs';
import type { IsoDate } from '../core/cell';
import { HostError, type Host, type Workbook } from '../core/workbook';

/** The zone of a book that has none of its own: the groups this serves keep Western Indonesian Time. */
export const LOCAL_TIME_ZONE = 'Asia/Jakarta';

/** One formatter per zone: making one costs far more than formatting with it (each tab written asks the time). */
const formats = new Map<string, Intl.DateTimeFormat>();

function partsIn(zone: string, at: Date): Record<string, string> {
  let format = formats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formats.set(zone, format);
  }
  const parts = format.formatToParts(at);
  return Object.fromEntries(parts.map((p) => [p.type, p.value]));
}

/** The calendar date at `at` in a time zone. */
export function dateIn(zone: string, at: Date): IsoDate {
  const p = partsIn(zone, at);
  return `${p.year}-${p.month}-${p.day}`;
}

/** `yyyy-mm-dd hh:mm` at `at` in a time zone. */
export function dateTimeIn(zone: string, at: Date): string {
  const p = partsIn(zone, at);
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
}

/** A worksheet's limits in .xlsx (Excel's), and the longest tab name (Sheets' and Excel's cap is 100 and 31). */
const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;
const MAX_TAB_NAME = 100;

export interface LocalHostOptions {
  /** Today as given (`--today`); else the clock's date in Asia/Jakarta. */
  readonly today?: IsoDate;
  /**
   * `today` was given (the command line's `--today`), not read from the clock: what is written is
   * stamped with that day alone, so that the same day writes the same bytes whatever the time.
   */
  readonly dayOnly?: boolean;
  /** Where preferences live between runs; in memory only when absent. */
  readonly prefsFile?: string;
  /** The clock, for tests. */
  readonly clock?: () => Date;
}

export interface SelectedCell {
  readonly tab: string;
  readonly row: number;
  readonly col: number;
}

export class LocalHost implements Host {
  /** The cell the API last asked to select (the preview shows it); only the last is kept. */
  selected: SelectedCell | null = null;
  private prefs: Record<string, string>;
  private readonly clock: () => Date;

  constructor(
    readonly workbook: Workbook,
    private readonly options: LocalHostOptions = {},
  ) {
    this.clock = options.clock ?? (() => new Date());
    this.prefs = options.prefsFile ? readPrefs(options.prefsFile) : {};
  }

  today(): IsoDate {
    return this.options.today ?? dateIn(LOCAL_TIME_ZONE, this.clock());
  }

  now(): string {
    if (this.options.today && this.options.dayOnly) return this.options.today;
    if (this.options.today)
      return `${this.options.today} ${dateTimeIn(LOCAL_TIME_ZONE, this.clock()).slice(11)}`;
    return dateTimeIn(LOCAL_TIME_ZONE, this.clock());
  }

  /** One process, one book: nothing else writes it meanwhile, so the lock only runs `fn`. */
  withLock<T>(fn: () => T): T {
    return fn();
  }

  getUserPref(key: string): string | null {
    return Object.prototype.hasOwnProperty.call(this.prefs, key) ? (this.prefs[key] ?? null) : null;
  }

  setUserPref(key: string, value: string): void {
    const prefs = { ...this.prefs, [key]: value };
    // Kept only once written: a choice the file refused is not half taken.
    if (this.options.prefsFile) writeFileSync(this.options.prefsFile, `${JSON.stringify(prefs, null, 2)}\n`);
    this.prefs = prefs;
  }

  /** As Sheets does: the tab must exist and the cell must be inside a sheet's limits. */
  selectCell(tab: string, row: number, col: number): void {
    if (!this.workbook.tabNames().includes(tab))
      throw new HostError('tab.missing', 'No such tab', { tab: tab.slice(0, MAX_TAB_NAME) });
    if (row < 1 || row > MAX_ROWS || col < 1 || col > MAX_COLUMNS)
      throw new HostError('cell.outside', 'Outside the sheet', {
        tab,
        cell: `R${row}C${col}`,
      });
    this.selected = { tab, row, col };
  }
}

function readPrefs(file: string): Record<string, string> {
  try {
    const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
      return Object.fromEntries(
        Object.entries(parsed as Record<string, unknown>).filter(
          (e): e is [string, string] => typeof e[1] === 'string',
        ),
      );
    }
  } catch {
    // A missing or broken preferences file means no preferences yet.
  }
  return {};
}
