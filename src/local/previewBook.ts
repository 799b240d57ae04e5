// Opens a .xlsx book for the preview: the local adapter, the local host and the API over them, and
// the file's fingerprint, so that a change made on disk by another program is noticed, not overwritten.
import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { SidebarApi } from '../core/api/types';
import type { IsoDate } from '../core/cell';
import type { Host, Workbook } from '../core/workbook';
import { writeFileAtomic } from './atomicWrite';
import type { CellAddress } from './bookSnapshot';
import { LocalHost } from './localHost';
import { readWorkbookFile } from './readWorkbookFile';
import { XlsxWorkbook } from './xlsxWorkbook';

/** What the server needs of a book: its API, its cells for the view, and a way to save it. */
export interface PreviewBook {
  /** Shown as the page title: the book's file name. */
  readonly title: string;
  /** The API over the book as last read (a new one after the file is read again). */
  readonly api: SidebarApi;
  readonly workbook: Workbook;
  /** The cell the last `goToCell` selected. */
  selection(): CellAddress | null;
  /**
   * Reads the file again when it changed on disk since it was read or saved; true when it did.
   * `thorough` compares the whole content (before a write); else size and times are enough.
   */
  reloadIfChanged(thorough: boolean): Promise<boolean>;
  /** Writes the workbook back to its file; when that fails, the book is read again from it. */
  save(): Promise<void>;
}

export interface PreviewBookOptions {
  /** Today as given (`--today`); else the clock's date in Asia/Jakarta. */
  readonly today?: IsoDate;
  /** Where the sidebar's per-user language is remembered. */
  readonly prefsFile?: string;
  /** How the book is written back (`writeFileAtomic`); a test makes it fail. */
  readonly writeFile?: (file: string, bytes: Uint8Array) => Promise<void>;
}

/** What is known of the file as last read or written: its stat and its content's hash. */
interface Fingerprint {
  readonly size: number;
  readonly mtimeMs: number;
  readonly ino: number;
  readonly sha256: string;
}

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

async function fingerprint(file: string, bytes: Uint8Array): Promise<Fingerprint> {
  const s = await stat(file);
  return { size: s.size, mtimeMs: s.mtimeMs, ino: s.ino, sha256: sha256(bytes) };
}

/** Loads `file` (throws WorkbookFileError) and serves `makeApi(host)` over it, saving back to `file`. */
export async function openPreviewBook(
  file: string,
  makeApi: (host: Host) => SidebarApi,
  options: PreviewBookOptions = {},
): Promise<PreviewBook> {
  const open = async (bytes: Buffer) => {
    const workbook = await XlsxWorkbook.fromBuffer(bytes, file);
    const host = new LocalHost(workbook, options);
    return { workbook, host, api: makeApi(host), seen: await fingerprint(file, bytes) };
  };
  let current = await open(await readWorkbookFile(file));

  return {
    title: basename(file),
    get api() {
      return current.api;
    },
    get workbook() {
      return current.workbook;
    },
    selection: () => current.host.selected,
    reloadIfChanged: async (thorough) => {
      const seen = current.seen;
      const now = await stat(file).catch(() => null);
      const sameStat =
        now !== null && now.size === seen.size && now.mtimeMs === seen.mtimeMs && now.ino === seen.ino;
      if (sameStat && !thorough) return false;
      // Missing or unreadable now: WorkbookFileError says so, and the book in memory stays.
      const bytes = await readWorkbookFile(file);
      if (sha256(bytes) === seen.sha256) {
        // Touched, not changed: remember the new times so the next quick look is quick.
        if (!sameStat) current = { ...current, seen: await fingerprint(file, bytes) };
        return false;
      }
      current = await open(bytes);
      return true;
    },
    save: async () => {
      // Written beside it, then renamed: a failed write never leaves half a workbook behind.
      const bytes = await current.workbook.toBuffer();
      try {
        await (options.writeFile ?? writeFileAtomic)(file, bytes);
      } catch (e) {
        // Not saved: the book is read again as the file holds it, so that neither the view nor a
        // later save carries the work the user was told failed.
        current = await open(await readWorkbookFile(file)).catch(() => current);
        throw e;
      }
      current = { ...current, seen: await fingerprint(file, bytes) };
    },
  };
}
