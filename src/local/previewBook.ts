// Opens a .xlsx book for the preview: the local adapter, the local host and the API over them.
import { basename } from 'node:path';
import type { SidebarApi } from '../core/api/types';
import type { IsoDate } from '../core/cell';
import type { Host, Workbook } from '../core/workbook';
import type { CellAddress } from './bookSnapshot';
import { LocalHost } from './localHost';
import { XlsxWorkbook } from './xlsxWorkbook';

/** What the server needs of a book: its API, its cells for the view, and a way to save it. */
export interface PreviewBook {
  /** Shown as the page title: the book's file name. */
  readonly title: string;
  readonly api: SidebarApi;
  readonly workbook: Workbook;
  /** The cell the last `goToCell` selected. */
  selection(): CellAddress | null;
  /** Writes the workbook back to its file. */
  save(): Promise<void>;
}

export interface PreviewBookOptions {
  /** Today as given (`--today`); else the clock's date in Asia/Jakarta. */
  readonly today?: IsoDate;
  /** Where the sidebar's per-user language is remembered. */
  readonly prefsFile?: string;
}

/** Loads `file` (throws WorkbookFileError) and serves `makeApi(host)` over it, saving back to `file`. */
export async function openPreviewBook(
  file: string,
  makeApi: (host: Host) => SidebarApi,
  options: PreviewBookOptions = {},
): Promise<PreviewBook> {
  const workbook = await XlsxWorkbook.load(file);
  const host = new LocalHost(workbook, options);
  return {
    title: basename(file),
    api: makeApi(host),
    workbook,
    selection: () => host.selected[host.selected.length - 1] ?? null,
    // Written beside it, then renamed: a failed write never leaves half a workbook behind.
    save: () => workbook.save(file),
  };
}
