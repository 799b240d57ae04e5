// Writes a file whole or not at all: the bytes go to a temporary file in the same folder, which
// then takes the file's place by rename, so a full disk or a crash never leaves half a file.
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { open, realpath, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { text, type Bilingual } from '../core/text';
import { tempEnded, tempStarted } from './interruptedWrite';

/** Why an atomic write failed: the file system's code (ENOSPC, EACCES…), the old file untouched. */
export class AtomicWriteError extends Error {
  constructor(
    readonly path: string,
    /** The file system's error code, e.g. `ENOSPC`; `error` when it gave none. */
    readonly code: string,
    readonly cause: unknown,
    /** Whether a file stood at `path` before: it is as it was. Otherwise nothing was made there. */
    readonly existed = true,
  ) {
    super(`Cannot write ${path} (${code})`);
    this.name = 'AtomicWriteError';
  }

  /** One line in both languages that names the cause. */
  get text(): Bilingual {
    const cause = WRITE_CAUSES[this.code] ?? text(this.code, this.code);
    return this.existed
      ? text(
          `File tidak dapat ditulis: ${this.path} (${cause.id}); file lama tetap utuh`,
          `Cannot write ${this.path} (${cause.en}); the old file is untouched`,
        )
      : text(
          `File tidak dapat ditulis: ${this.path} (${cause.id}); tidak ada file yang dibuat`,
          `Cannot write ${this.path} (${cause.en}); no file was made`,
        );
  }
}

/** Each file system error code a write meets, said in both languages. */
export const WRITE_CAUSES: Readonly<Record<string, Bilingual>> = {
  ENOSPC: text('disk penuh, ENOSPC', 'the disk is full, ENOSPC'),
  EDQUOT: text('kuota disk habis, EDQUOT', 'the disk quota is used up, EDQUOT'),
  EACCES: text('tidak ada izin menulis, EACCES', 'no permission to write, EACCES'),
  EPERM: text('tidak ada izin menulis, EPERM', 'no permission to write, EPERM'),
  EROFS: text('disk hanya-baca, EROFS', 'the disk is read-only, EROFS'),
  ENOENT: text('folder tidak ada, ENOENT', 'the folder does not exist, ENOENT'),
  EISDIR: text('nama itu sebuah folder, EISDIR', 'that name is a folder, EISDIR'),
  EXDEV: text('folder di disk lain, EXDEV', 'the folder is on another disk, EXDEV'),
};

/**
 * The file `path` stands for, and its permissions: a symbolic link is written through (the file it
 * points to is replaced, the link stays a link), and a path with no file yet is itself, made with
 * the default permissions.
 */
async function existingFile(path: string): Promise<{ path: string; mode: number | undefined }> {
  try {
    const real = await realpath(path);
    return { path: real, mode: (await stat(real)).mode & 0o7777 };
  } catch {
    return { path, mode: undefined };
  }
}

/** The file system calls the writer makes, replaceable in tests (a disk that fills up). */
export interface AtomicWriteFs {
  open: typeof open;
  rename: typeof rename;
  unlink: typeof unlink;
}

const nodeFs: AtomicWriteFs = { open, rename, unlink };

/**
 * Writes `bytes` (or its pieces, in order) to `path` atomically: into `.<name>.<random>.tmp` beside it, flushed to disk,
 * then renamed over `path`. On any failure the temporary file is removed, `path` is as it was, and
 * an AtomicWriteError names the cause; on Ctrl-C or SIGTERM it is removed too (interruptedWrite.ts).
 */
export async function writeFileAtomic(
  path: string,
  bytes: Uint8Array | readonly Uint8Array[],
  fs: AtomicWriteFs = nodeFs,
): Promise<void> {
  const target = await existingFile(path);
  const temp = join(dirname(target.path), `.${basename(target.path)}.${randomBytes(6).toString('hex')}.tmp`);
  let created = false;
  // Said before the file exists: Ctrl-C from here on removes it (interruptedWrite.ts).
  tempStarted(temp);
  try {
    const handle = await fs.open(temp, 'wx');
    created = true;
    try {
      // The file keeps who may read it: a book kept private (0600) does not become readable by all.
      if (target.mode !== undefined) await handle.chmod(target.mode);
      // Pieces one after the other: each writeFile goes on from where the last one ended.
      for (const piece of bytes instanceof Uint8Array ? [bytes] : bytes) await handle.writeFile(piece);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temp, target.path);
  } catch (e) {
    if (created) await fs.unlink(temp).catch(() => undefined);
    throw new AtomicWriteError(path, (e as NodeJS.ErrnoException).code ?? 'error', e, existsSync(path));
  } finally {
    tempEnded(temp);
  }
}
