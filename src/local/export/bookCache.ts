// The typed books of an export, kept in its folder (`.buku-kelompok/`), so that exporting again as
// of another date recomputes balances without opening the workbooks again. A book is kept as the
// warehouse holds it (NIKs as exported, no phone numbers or notes), under a key of its file's
// fingerprint and the options it was read with: a changed file or option never finds it.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Book } from '../../core/book/types';
import { tempEnded, tempStarted } from '../interruptedWrite';
import type { IsoDate } from '../../core/cell';
import { WAREHOUSE_VERSION } from './warehouseSchema';

export const BOOK_CACHE_FOLDER = '.buku-kelompok';

export class BookCache {
  private readonly dir: string;

  constructor(folder: string) {
    this.dir = join(folder, BOOK_CACHE_FOLDER);
  }

  /** The typed book of a file of these bytes, read as of `today`, with or without full NIKs. */
  key(fingerprint: string, options: { readonly today: IsoDate; readonly withNik: boolean }): string {
    return createHash('sha256')
      .update([fingerprint, options.today, options.withNik ? 'nik' : 'masked', WAREHOUSE_VERSION].join('|'))
      .digest('hex')
      .slice(0, 32);
  }

  /** The book kept under `key`; undefined when none is (or it cannot be read: then the file is read). */
  read(key: string): Book | undefined {
    try {
      return JSON.parse(readFileSync(this.path(key), 'utf8')) as Book;
    } catch {
      return undefined;
    }
  }

  /**
   * Keeps a book, through a temporary file renamed into place: a file half written (a crash) is
   * never read, as it does not parse. A write that fails (a full disk) removes its temporary file,
   * and so does Ctrl-C or SIGTERM (interruptedWrite.ts).
   */
  write(key: string, book: Book): void {
    mkdirSync(this.dir, { recursive: true });
    const tmp = `${this.path(key)}.${process.pid}.tmp`;
    tempStarted(tmp);
    try {
      writeFileSync(tmp, JSON.stringify(book));
      renameSync(tmp, this.path(key));
    } catch (e) {
      try {
        rmSync(tmp, { force: true });
      } catch {
        // Left as it is: why the write failed is what is said.
      }
      throw e;
    } finally {
      tempEnded(tmp);
    }
  }

  /** Removes every kept book but those of `keys`: the books the folder's tables hold now. */
  prune(keys: ReadonlySet<string>): void {
    let names: string[];
    try {
      names = readdirSync(this.dir);
    } catch {
      return;
    }
    for (const name of names)
      if (!keys.has(name.replace(/\.json$/, ''))) rmSync(join(this.dir, name), { force: true });
  }

  private path(key: string): string {
    return join(this.dir, `${key}.json`);
  }
}
