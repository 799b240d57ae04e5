// `buku-kelompok export` when its folder cannot be written (a full disk, no permission to write):
// one line in both languages naming the file or folder and the cause, exit 2 as every refusal, no
// report on stdout, and the tables already in the folder as they were. Never an internal error.
import {
  accessSync,
  chmodSync,
  constants,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  statSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { smallBookWorkbook } from './export/smallBooks';
import { runCli } from './runCli';
import { tableWriteError, writeCause } from '../../src/local/export/writeFailure';

const dir = mkdtempSync(join(tmpdir(), 'bk-cli-export-write-'));
const today = '2026-11-28';
const run = (args: readonly string[]) => runCli(args, dir);

beforeAll(async () => {
  await smallBookWorkbook(1, today).save(join(dir, 'buku.xlsx'));
});

/** A folder without permission to write, unless this process may write anywhere (root). */
function readOnlyFolder(name: string): string | undefined {
  const folder = join(dir, name);
  mkdirSync(folder);
  chmodSync(folder, 0o555);
  try {
    accessSync(folder, constants.W_OK);
    chmodSync(folder, 0o755);
    return undefined;
  } catch {
    return folder;
  }
}

const readOnly = readOnlyFolder('probe');
if (readOnly === undefined)
  console.info(
    'cliExportWrite: this process may write into a folder without write permission (root): the tests of such a folder are skipped; the DuckDB failure is still tested through a temporary name taken by a folder.',
  );
const asUser = readOnly === undefined ? it.skip : it;

describe('export into a folder that cannot be written', () => {
  it("DuckDB's failure to write a table: the table's file and the cause, the folder as it was", async () => {
    const out = join(dir, 'gudang');
    mkdirSync(out);
    // The temporary file DuckDB writes books.parquet into is taken by a folder: DuckDB cannot open it.
    mkdirSync(join(out, `books.parquet.${process.pid}.tmp`));
    const r = await run(['export', 'buku.xlsx', '--out', 'gudang', '--today', today, '--json']);
    expect({ code: r.code, stdout: r.stdout, stderr: r.stderr }).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'Tabel tidak dapat ditulis: gudang/books.parquet (nama itu sebuah folder, EISDIR); tabel di gudang tetap seperti sebelumnya / Cannot write the table gudang/books.parquet (that name is a folder, EISDIR); the tables in gudang are as they were\n',
    });
    expect(readdirSync(out).filter((f) => f.endsWith('.parquet'))).toEqual([]);
  });

  asUser('a first export: the folder of the kept books named, with the cause', async () => {
    const r = await run(['export', 'buku.xlsx', '--out', 'probe', '--today', today]);
    expect({ code: r.code, stdout: r.stdout, stderr: r.stderr }).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'Folder tidak dapat ditulis: probe/.buku-kelompok (tidak ada izin menulis, EACCES); tabel di probe tetap seperti sebelumnya / Cannot write in the folder probe/.buku-kelompok (no permission to write, EACCES); the tables in probe are as they were\n',
    });
  });

  asUser("a new --as-of, no book read: DuckDB's failure named with the table and the cause", async () => {
    const args = ['export', 'buku.xlsx', '--out', 'tetap', '--today', today];
    expect((await run(args)).code).toBe(0);
    const out = join(dir, 'tetap');
    const before = statSync(join(out, 'loans.parquet')).mtimeMs;
    chmodSync(out, 0o555);
    try {
      const r = await run([...args, '--as-of', '2026-12-31', '--lang', 'en']);
      expect({ code: r.code, stdout: r.stdout, stderr: r.stderr }).toEqual({
        code: 2,
        stdout: '',
        stderr:
          'Tabel tidak dapat ditulis: tetap/books.parquet (tidak ada izin menulis, EACCES); tabel di tetap tetap seperti sebelumnya / Cannot write the table tetap/books.parquet (no permission to write, EACCES); the tables in tetap are as they were\n',
      });
    } finally {
      chmodSync(out, 0o755);
    }
    expect(statSync(join(out, 'loans.parquet')).mtimeMs).toBe(before);
    expect(readdirSync(out).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(existsSync(join(out, 'books.parquet'))).toBe(true);
  });
});

describe('writeCause', () => {
  it("names a full disk as DuckDB and node say it, and keeps DuckDB's own words for anything else", () => {
    const duckDb = (message: string) =>
      new Error(`IO Error: Could not write file "gudang/cash.parquet.1.tmp": ${message}`);
    expect(writeCause(duckDb('No space left on device'))).toEqual({
      id: 'disk penuh, ENOSPC',
      en: 'the disk is full, ENOSPC',
    });
    expect(
      writeCause(Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' })),
    ).toEqual({
      id: 'disk penuh, ENOSPC',
      en: 'the disk is full, ENOSPC',
    });
    expect(writeCause(duckDb('Read-only file system')).en).toBe('the disk is read-only, EROFS');
    expect(writeCause(new Error('IO Error: something else\nmore')).en).toBe('IO Error: something else');
    expect(tableWriteError('gudang', 'cash', duckDb('No space left on device')).text).toEqual({
      id: 'Tabel tidak dapat ditulis: gudang/cash.parquet (disk penuh, ENOSPC); tabel di gudang tetap seperti sebelumnya',
      en: 'Cannot write the table gudang/cash.parquet (the disk is full, ENOSPC); the tables in gudang are as they were',
    });
  });
});
