// `export`'s work: read the books that changed since the folder's last export (by the SHA-256 of
// their bytes and the export's options), turn each into warehouse rows, and rewrite the tables
// keeping every other book's rows. A book whose only change is `--as-of` is not read again: its
// typed book, kept in the folder, gives the tables whose values move with the date. Each file read
// is counted, so tests can hold incrementality.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename, relative, resolve } from 'node:path';
import { BOOK_CACHE_FOLDER, BookCache } from './bookCache';
import type { ReviewedBook } from '../../core/reviewBook';
import type { IsoDate } from '../../core/cell';
import { text, type Bilingual } from '../../core/text';
import { CliError, openBook } from '../openBook';
import {
  bookTables,
  exportedBook,
  unreadableBookRows,
  type BookFile,
  type ExportOptions,
} from './bookTables';
import { WAREHOUSE_VERSION, warehouseTables } from './warehouseSchema';
import { WarehouseFolder, type DroppedBook, type ExportedBook, type SharedGroup } from './warehouseFolder';
import { keptBooksWriteError } from './writeFailure';

export type { ExportOptions } from './bookTables';

/**
 * What happened to each file given: read (or unreadable), not read at all, or not read but its
 * balances recomputed for a new `--as-of` from the typed book the folder kept.
 */
export type BookOutcome = 'read' | 'unchanged' | 'rebalanced' | 'unreadable';

/** One file given to the export and what happened to it; an unreadable one says why. */
export interface ExportedFile {
  readonly path: string;
  readonly file: string;
  readonly outcome: BookOutcome;
  readonly error?: { readonly code: string; readonly message: Bilingual };
}

export interface ExportResult {
  readonly dir: string;
  readonly books: readonly ExportedFile[];
  /**
   * Files read as books. A file that could not be read counts in `unreadable` only: each file given
   * is counted once, in `read`, `unchanged`, `rebalanced` or `unreadable`.
   */
  readonly read: number;
  readonly unchanged: number;
  /** Files not read, whose tables that move with the date were recomputed for the new `--as-of`. */
  readonly rebalanced: number;
  readonly unreadable: number;
  /** Rows in each table's file after the export, the other books' rows included. */
  readonly rows: Readonly<Record<string, number>>;
  /** Files of earlier exports taken out because a file of their group was read under another name. */
  readonly dropped: readonly DroppedBook[];
  /** Groups that several files in the folder stand for (two years' books, or copies of one). */
  readonly shared: readonly SharedGroup[];
}

/** How a file becomes a reviewed book; the command line's `openBook` unless a test says otherwise. */
export type OpenBook = (path: string, today: IsoDate) => Promise<ReviewedBook>;

/** The same file read with the same options but perhaps `--as-of`: its typed book is the same. */
function sameBook(before: ExportedBook | undefined, fingerprint: string, options: ExportOptions): boolean {
  return (
    before !== undefined &&
    before.readable &&
    before.fingerprint === fingerprint &&
    before.today === options.today &&
    before.nikMasked === !options.withNik &&
    before.version === WAREHOUSE_VERSION
  );
}

/** Balances, statuses and `active` move with the date; the records, problems and checks do not. */
const asOfTables = warehouseTables.filter((t) => t.asOf);

/** Two files of one name would be one book in the warehouse: refused before anything is read. */
function refuseSameNames(paths: readonly string[]): void {
  const seen = new Map<string, string>();
  for (const path of paths) {
    const file = basename(path);
    const first = seen.get(file);
    if (first !== undefined && resolve(first) !== resolve(path))
      throw new CliError(
        'export.file.sameName',
        text(
          `Dua file bernama ${file} (${first} dan ${path}): di gudang data buku dikenali dari nama filenya, ganti nama salah satunya`,
          `Two files named ${file} (${first} and ${path}): the warehouse knows a book by its file name, rename one of them`,
        ),
      );
    seen.set(file, path);
  }
}

function fingerprintOf(path: string): { fingerprint: string; bytes: number } {
  try {
    const content = readFileSync(path);
    return { fingerprint: createHash('sha256').update(content).digest('hex'), bytes: content.length };
  } catch {
    // A file that cannot be read has no fingerprint; openBook says why in both languages.
    return { fingerprint: '', bytes: 0 };
  }
}

export async function exportBooks(
  named: readonly string[],
  dir: string,
  options: ExportOptions,
  open: OpenBook = openBook,
): Promise<ExportResult> {
  // The folder written to is no book, even when a pattern like desa/* names it.
  const inOut = (path: string): boolean => !relative(resolve(dir), resolve(path)).startsWith('..');
  const paths = named.filter((path) => !inOut(path));
  refuseSameNames(paths);
  const folder = await WarehouseFolder.open(dir);
  const cache = new BookCache(folder.dir);
  let failed = true;
  try {
    const before = await folder.exportedBooks();
    const books: ExportedFile[] = [];
    const given = new Set<string>();
    const keep = new Set<string>();
    for (const path of paths) {
      const file = basename(path);
      if (given.has(file)) continue;
      given.add(file);
      const { fingerprint, bytes } = fingerprintOf(path);
      const source: BookFile = { file, fingerprint, bytes };
      const was = before.get(file);
      if (fingerprint !== '' && sameBook(was, fingerprint, options)) {
        const key = cache.key(fingerprint, options);
        if (was?.asOf === options.asOf) {
          folder.keepBook(file);
          keep.add(key);
          books.push({ path, file, outcome: 'unchanged' });
          continue;
        }
        const kept = cache.read(key);
        if (kept !== undefined) {
          // Problems are as of --today, which did not change: only the date's tables are recomputed.
          const rows = bookTables(source, { book: kept, problems: [] }, options, WAREHOUSE_VERSION);
          folder.replaceBook(file, rows, asOfTables);
          keep.add(key);
          books.push({ path, file, outcome: 'rebalanced' });
          continue;
        }
      }
      let reviewed: ReviewedBook;
      try {
        reviewed = await open(path, options.today);
      } catch (e) {
        if (!(e instanceof CliError)) throw e;
        folder.replaceBook(
          file,
          unreadableBookRows(source, { code: e.code, message: e.text }, options, WAREHOUSE_VERSION),
        );
        books.push({ path, file, outcome: 'unreadable', error: { code: e.code, message: e.text } });
        continue;
      }
      const book = exportedBook(reviewed.book, options.withNik);
      folder.replaceBook(file, bookTables(source, { ...reviewed, book }, options, WAREHOUSE_VERSION));
      if (fingerprint !== '') {
        const key = cache.key(fingerprint, options);
        try {
          cache.write(key, book);
        } catch (e) {
          // The folder cannot be written (a full disk, no permission): its tables will not be either.
          throw keptBooksWriteError(dir, BOOK_CACHE_FOLDER, e);
        }
        keep.add(key);
      }
      books.push({ path, file, outcome: 'read' });
    }
    // The books of earlier exports not given now stay in the folder, and so do their typed books.
    for (const [file, was] of before)
      if (!given.has(file) && was.fingerprint !== '')
        keep.add(cache.key(was.fingerprint, { today: was.today, withNik: !was.nikMasked }));
    const { rows, dropped, shared } = await folder.write();
    cache.prune(keep);
    const count = (outcome: BookOutcome) => books.filter((b) => b.outcome === outcome).length;
    failed = false;
    return {
      dir: folder.dir,
      books,
      read: count('read'),
      unchanged: count('unchanged'),
      rebalanced: count('rebalanced'),
      unreadable: count('unreadable'),
      rows,
      dropped,
      shared,
    };
  } finally {
    folder.close(failed);
  }
}
