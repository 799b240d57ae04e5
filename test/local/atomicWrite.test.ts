// The atomic writer: the file is replaced whole, or stays as it was with no temporary file left.
import {
  chmodSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { open, rename, unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AtomicWriteError, writeFileAtomic, type AtomicWriteFs } from '../../src/local/atomicWrite';

function freshDir(): string {
  return mkdtempSync(join(tmpdir(), 'bk-atomic-'));
}

/** A disk that takes `room` bytes of a write, then answers ENOSPC, as a full disk does. */
function fullDisk(room: number): AtomicWriteFs {
  return {
    rename,
    unlink,
    open: (async (...args: Parameters<typeof open>) => {
      const handle = await open(...args);
      const writeFile = handle.writeFile.bind(handle);
      handle.writeFile = (async (data: Uint8Array) => {
        await writeFile(Buffer.from(data).subarray(0, room));
        throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
      }) as typeof handle.writeFile;
      return handle;
    }) as typeof open,
  };
}

describe('writeFileAtomic', () => {
  it('replaces the file whole and leaves nothing else in the folder', async () => {
    const dir = freshDir();
    const file = join(dir, 'buku.xlsx');
    writeFileSync(file, 'old');
    await writeFileAtomic(file, Buffer.from('new contents'));
    expect(readFileSync(file, 'utf8')).toBe('new contents');
    expect(readdirSync(dir)).toEqual(['buku.xlsx']);
  });

  it('writes pieces one after the other, as one file', async () => {
    const dir = freshDir();
    const file = join(dir, 'buku.xlsx');
    writeFileSync(file, 'old contents, longer than the new');
    await writeFileAtomic(file, [Buffer.from('new '), Buffer.alloc(0), Buffer.from('contents')]);
    expect(readFileSync(file, 'utf8')).toBe('new contents');
    expect(readdirSync(dir)).toEqual(['buku.xlsx']);
  });

  it('creates a file that did not exist', async () => {
    const dir = freshDir();
    await writeFileAtomic(join(dir, 'baru.xlsx'), Buffer.from('x'));
    expect(readdirSync(dir)).toEqual(['baru.xlsx']);
  });

  it('on a full disk keeps the old file whole, removes its temporary file and names the cause', async () => {
    const dir = freshDir();
    const file = join(dir, 'buku.xlsx');
    writeFileSync(file, 'the old, valid book');
    const error = await writeFileAtomic(file, Buffer.alloc(10_000, 1), fullDisk(100)).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AtomicWriteError);
    expect((error as AtomicWriteError).code).toBe('ENOSPC');
    expect((error as AtomicWriteError).text).toEqual({
      id: `File tidak dapat ditulis: ${file} (disk penuh, ENOSPC); file lama tetap utuh`,
      en: `Cannot write ${file} (the disk is full, ENOSPC); the old file is untouched`,
    });
    expect(readFileSync(file, 'utf8')).toBe('the old, valid book');
    expect(readdirSync(dir)).toEqual(['buku.xlsx']);
  });

  it('keeps the file’s permissions: a book kept private stays private', async () => {
    const dir = freshDir();
    const file = join(dir, 'buku.xlsx');
    writeFileSync(file, 'old');
    chmodSync(file, 0o600);
    await writeFileAtomic(file, Buffer.from('new'));
    expect(readFileSync(file, 'utf8')).toBe('new');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    chmodSync(file, 0o664);
    await writeFileAtomic(file, Buffer.from('newer'));
    expect(statSync(file).mode & 0o777).toBe(0o664);
  });

  it('writes through a symbolic link: the file it points to is replaced, the link stays', async () => {
    const dir = freshDir();
    mkdirSync(join(dir, 'real'));
    const real = join(dir, 'real', 'buku.xlsx');
    writeFileSync(real, 'old');
    const link = join(dir, 'buku.xlsx');
    symlinkSync(real, link);
    await writeFileAtomic(link, Buffer.from('new'));
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(real, 'utf8')).toBe('new');
    expect(readdirSync(join(dir, 'real'))).toEqual(['buku.xlsx']);
  });

  it('into a missing folder says so and writes nothing', async () => {
    const dir = freshDir();
    const file = join(dir, 'nope', 'buku.xlsx');
    const error = (await writeFileAtomic(file, Buffer.from('x')).catch(
      (e: unknown) => e,
    )) as AtomicWriteError;
    expect(error.code).toBe('ENOENT');
    expect(error.text.en).toBe(`Cannot write ${file} (the folder does not exist, ENOENT); no file was made`);
    expect(readdirSync(dir)).toEqual([]);
  });
});
