// The Host of the Apps Script door: the spreadsheet's date and time, the document lock, the
// user's preferences and the selection.
import type { IsoDate } from '../core/cell';
import { columnLetters } from '../core/columnLetters';
import { KEPT_KEY, type KeptAnswers } from '../core/api/keptViews';
import type { Host, Workbook } from '../core/workbook';
import { HostError } from '../core/workbook';
import { sheetsCall, toHostError } from './sheetsErrors';
import { SheetsWorkbook } from './sheetsWorkbook';
import { zoneDates } from './zoneDates';

/** The Apps Script services the add-on uses, passed in so tests can hand in fakes. */
export interface GasServices {
  readonly SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  readonly LockService: GoogleAppsScript.Lock.LockService;
  readonly PropertiesService: GoogleAppsScript.Properties.PropertiesService;
  readonly Utilities: Pick<GoogleAppsScript.Utilities.Utilities, 'formatDate'>;
}

/** How long an action waits for another user's action on the same book before giving up. */
export const LOCK_WAIT_MS = 10_000;
const PREF_PREFIX = 'bukuKelompok.';

/** The build of dist/Code.js (scripts/gasBundle.mjs defines it from the sources); 'dev' elsewhere. */
declare const BUKU_BUILD: string | undefined;
const BUKU_VERSION = typeof BUKU_BUILD === 'string' ? BUKU_BUILD : 'dev';
/** The document property that keeps the names of the tabs a click listed (`ListedTabsStore`). */
const LISTED_TABS_KEY = 'bukuKelompok.listedTabs';

export class SheetsHost implements Host {
  readonly workbook: Workbook;
  private readonly spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet;
  private readonly timeZone: string;

  constructor(private readonly services: GasServices) {
    this.spreadsheet = services.SpreadsheetApp.getActiveSpreadsheet();
    this.timeZone = this.spreadsheet.getSpreadsheetTimeZone();
    const formatDate = (d: Date, tz: string, pattern: string) =>
      services.Utilities.formatDate(d, tz, pattern);
    // The document's: the tabs are the same for every user of the book. Apps Script gives null where
    // the script is neither an add-on nor bound to the file: the store's calls then throw, and
    // SheetsWorkbook takes that as nothing kept.
    const documentStore = () => services.PropertiesService.getDocumentProperties();
    this.workbook = new SheetsWorkbook(
      this.spreadsheet,
      services.SpreadsheetApp,
      zoneDates(this.timeZone, formatDate),
      {
        version: BUKU_VERSION,
        read: () => documentStore().getProperty(LISTED_TABS_KEY),
        write: (value) => documentStore().setProperty(LISTED_TABS_KEY, value),
        now: () => Date.now(),
      },
    );
  }

  today(): IsoDate {
    return this.services.Utilities.formatDate(new Date(), this.timeZone, 'yyyy-MM-dd');
  }

  now(): string {
    return this.services.Utilities.formatDate(new Date(), this.timeZone, 'yyyy-MM-dd HH:mm');
  }

  withLock<T>(fn: () => T): T {
    const lock = this.services.LockService.getDocumentLock();
    try {
      lock.waitLock(LOCK_WAIT_MS);
    } catch (error) {
      throw new HostError('lock.timeout', error instanceof Error ? error.message : String(error));
    }
    try {
      const result = fn();
      // Writes are buffered: flush inside the lock, so a refusal surfaces here and not later.
      this.services.SpreadsheetApp.flush();
      return result;
    } catch (error) {
      throw toHostError(error);
    } finally {
      lock.releaseLock();
    }
  }

  /** The first view, kept in the user's properties: a failure to keep or read them only costs time. */
  readonly kept: KeptAnswers = {
    version: BUKU_VERSION,
    read: () => {
      try {
        return this.userStore().getProperties();
      } catch {
        return {};
      }
    },
    write: (values) => {
      try {
        this.userStore().setProperties(values);
      } catch {
        // Over the store's quota, say: the next click computes its view again.
      }
    },
  };

  /** The user's property store (the kept views and the preferences). */
  private userStore(): GoogleAppsScript.Properties.Properties {
    return this.services.PropertiesService.getUserProperties();
  }

  getUserPref(key: string): string | null {
    return this.userStore().getProperty(PREF_PREFIX + key);
  }

  /**
   * A preference never waits on the kept views: when the store (500 KB in all) refuses it, they are
   * let go in the same write (the next click computes its view again) and every other property stays.
   */
  setUserPref(key: string, value: string): void {
    const store = this.userStore();
    try {
      store.setProperty(PREF_PREFIX + key, value);
    } catch {
      const others = Object.entries(store.getProperties()).filter(([k]) => !k.startsWith(KEPT_KEY));
      store.setProperties({ ...Object.fromEntries(others), [PREF_PREFIX + key]: value }, true);
    }
  }

  selectCell(tab: string, row: number, col: number): void {
    sheetsCall(() => {
      const sheet = this.spreadsheet.getSheetByName(tab);
      if (!sheet) throw new HostError('tab.notFound', `No tab named ${tab}`, { tab });
      const r = Math.max(row, 1);
      const c = Math.max(col, 1);
      // A list of problems older than the tab (rows deleted since): say so rather than fail.
      if (r > sheet.getMaxRows() || c > sheet.getMaxColumns()) {
        throw new HostError('cell.outside', `${tab}!R${r}C${c} is outside the sheet`, {
          tab,
          cell: `${columnLetters(c)}${r}`,
        });
      }
      sheet.getRange(r, c).activate();
    });
  }
}
