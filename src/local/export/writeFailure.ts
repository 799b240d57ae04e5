// Why the export could not write into its folder, said in both languages and naming the file or
// folder: a full disk, a folder without permission to write. DuckDB reports the operating system's
// message (`IO Error: Cannot open file "…": Permission denied`), node its code (`EACCES`).
import { join } from 'node:path';
import { text, type Bilingual } from '../../core/text';
import { WRITE_CAUSES } from '../atomicWrite';
import { CliError } from '../openBook';

const SYSTEM_MESSAGES: readonly (readonly [RegExp, string])[] = [
  [/no space left on device/i, 'ENOSPC'],
  [/disk quota exceeded/i, 'EDQUOT'],
  [/permission denied/i, 'EACCES'],
  [/operation not permitted/i, 'EPERM'],
  [/read-only file system/i, 'EROFS'],
  [/no such file or directory/i, 'ENOENT'],
  [/is a directory/i, 'EISDIR'],
];

/** The cause of a failed write: the file system's, in words, else the first line of the error. */
export function writeCause(e: unknown): Bilingual {
  const code = e instanceof Error ? (e as NodeJS.ErrnoException).code : undefined;
  const known = code === undefined ? undefined : WRITE_CAUSES[code];
  if (known) return known;
  const message = e instanceof Error ? e.message : String(e);
  for (const [pattern, system] of SYSTEM_MESSAGES) {
    const cause = pattern.test(message) ? WRITE_CAUSES[system] : undefined;
    if (cause) return cause;
  }
  const first = (message.split('\n')[0] ?? '').trim() || 'error';
  return text(first, first);
}

/**
 * A table's file that could not be written. `replacedSome`: some tables of the folder were already
 * renamed into place; otherwise every table in it is as it was.
 */
export function tableWriteError(dir: string, table: string, e: unknown, replacedSome = false): CliError {
  const path = join(dir, `${table}.parquet`);
  const cause = writeCause(e);
  return new CliError(
    'file.write',
    replacedSome
      ? text(
          `Tabel tidak dapat ditulis: ${path} (${cause.id}); sebagian tabel di ${dir} mungkin sudah diganti: ekspor lagi`,
          `Cannot write the table ${path} (${cause.en}); some tables in ${dir} may already be replaced: export again`,
        )
      : text(
          `Tabel tidak dapat ditulis: ${path} (${cause.id}); tabel di ${dir} tetap seperti sebelumnya`,
          `Cannot write the table ${path} (${cause.en}); the tables in ${dir} are as they were`,
        ),
  );
}

/** The folder of the typed books kept beside the tables (`.buku-kelompok/`) could not be written. */
export function keptBooksWriteError(dir: string, folder: string, e: unknown): CliError {
  const path = join(dir, folder);
  const cause = writeCause(e);
  return new CliError(
    'file.write',
    text(
      `Folder tidak dapat ditulis: ${path} (${cause.id}); tabel di ${dir} tetap seperti sebelumnya`,
      `Cannot write in the folder ${path} (${cause.en}); the tables in ${dir} are as they were`,
    ),
  );
}
