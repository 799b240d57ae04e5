// Ctrl-C (SIGINT) or SIGTERM while the built command line runs `export`: every temporary file it
// made in the output folder (a kept book's `.json.<pid>.tmp`, a table's `.parquet.<pid>.tmp`) is
// removed, and so is DuckDB's spill folder `.duckdb.<pid>.tmp` with all it holds, before the
// process ends by the signal itself (130 or 143 in a shell); the tables of an earlier export stay as
// they were. `query` spills into a folder of its own under the system's temporary folder, removed
// alike; the signal comes while DuckDB works (which aborted the process when it ended by
// `process.exit`). The child is
// started with a preloaded module that stops the worker for a while at one step of the export (after
// a kept book's temporary file is written, or before the first table is renamed into place), so
// that the signal comes in the middle of it; it says when by making a marker file beside the folder.
import { spawn } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { Worker } from 'node:worker_threads';
import { join, relative } from 'node:path';
import { demoWorkbook } from '../../src/local/demoWorkbook';
import { removeTemp, removeTemps } from '../../src/local/interruptedWrite';
import { runCli } from './runCli';

const cli = join(__dirname, '..', '..', 'dist', 'cli.js');
const dir = mkdtempSync(join(tmpdir(), 'bk-interrupt-export-'));
const today = '2026-11-28';
const slowExport = join(dir, 'slowExport.js');
const marker = join(dir, 'paused');

beforeAll(async () => {
  await demoWorkbook(today).save(join(dir, 'demo.xlsx'));
  // Loaded by the launcher and by its worker (a worker takes its parent's --require); the worker
  // alone writes and renames. Atomics.wait holds the worker's thread, as a slow disk would.
  writeFileSync(
    slowExport,
    `const fs = require('node:fs');
const { writeFileSync, renameSync } = fs;
const pause = () => {
  writeFileSync(process.env.BK_PAUSED, '');
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 30000);
};
if (process.env.BK_PAUSE_AT === 'kept')
  fs.writeFileSync = (path, ...rest) => {
    writeFileSync(path, ...rest);
    if (String(path).endsWith('.tmp')) pause();
  };
if (process.env.BK_PAUSE_AT === 'tables')
  fs.renameSync = (from, to) => {
    if (/\\.parquet\\.\\d+\\.tmp$/.test(String(from))) pause();
    renameSync(from, to);
  };
`,
  );
}, 60_000);

/** Every file and folder under `folder`, as paths relative to it, sorted. */
function tree(folder: string): string[] {
  const found: string[] = [];
  const walk = (at: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const path = join(at, entry.name);
      found.push(relative(folder, path));
      if (entry.isDirectory()) walk(path);
    }
  };
  walk(folder);
  return found.sort();
}

const isTemp = (path: string) => /\.tmp$/.test(path);

/** How the built command line ended, what it said, and what `look` saw when its moment came. */
interface Watched {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly out: string;
  readonly err: string;
  readonly seen: string[];
}

/**
 * The built command line with `args` (node options first), polled every 10 ms: once `look` answers
 * (a list, not undefined), that answer is kept and the child is sent `signal`, if one is given.
 */
function watchedCli(
  args: readonly string[],
  options: { cwd: string; env: NodeJS.ProcessEnv },
  look: () => string[] | undefined,
  signal?: NodeJS.Signals,
): Promise<Watched> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, options);
    let out = '';
    let err = '';
    let seen: string[] = [];
    child.stdout.on('data', (b: Buffer) => (out += b.toString('utf8')));
    child.stderr.on('data', (b: Buffer) => (err += b.toString('utf8')));
    const watch = setInterval(() => {
      const now = look();
      if (now === undefined) return;
      seen = now;
      clearInterval(watch);
      if (signal) child.kill(signal);
    }, 10);
    child.on('close', (code, ended) => {
      clearInterval(watch);
      resolve({ code, signal: ended, out, err, seen });
    });
  });
}

/**
 * `export demo.xlsx --out <out>` by the built command line, paused at `at` and sent `signal` there;
 * the temporary files and folders the output folder held at that moment (`seen`).
 */
function interrupted(
  out: string,
  at: 'kept' | 'tables',
  signal: NodeJS.Signals,
  extra: readonly string[] = [],
): Promise<Watched> {
  return watchedCli(
    ['--require', slowExport, cli, 'export', 'demo.xlsx', '--out', out, '--today', today, ...extra],
    { cwd: dir, env: { ...process.env, BK_PAUSE_AT: at, BK_PAUSED: marker } },
    () => (existsSync(marker) ? tree(join(dir, out)).filter(isTemp) : undefined),
    signal,
  );
}

afterEach(() => rmSync(marker, { force: true }));

describe('an interrupted export', () => {
  it('Ctrl-C (SIGINT) while a book is kept: no temporary file or folder is left, nor the folders it made, ended by SIGINT, nothing said', async () => {
    const r = await interrupted(join('kantor', 'gudang'), 'kept', 'SIGINT');
    // The kept book's temporary file and DuckDB's spill folder were there when the signal came.
    expect(r.seen).toEqual([
      expect.stringMatching(/^\.buku-kelompok\/[0-9a-f]{32}\.json\.\d+\.tmp$/),
      expect.stringMatching(/^\.duckdb\.\d+\.tmp$/),
    ]);
    expect(r).toMatchObject({ code: null, signal: 'SIGINT', out: '', err: '' });
    // A first export cut off wrote nothing: the folders it made for its output are gone too.
    expect(existsSync(join(dir, 'kantor'))).toBe(false);
    // Into a folder that was there (empty, or holding a file of the user's), it stays as it was.
    mkdirSync(join(dir, 'punyaku'));
    writeFileSync(join(dir, 'punyaku', 'catatan.txt'), 'milik pengguna');
    const again = await interrupted('punyaku', 'kept', 'SIGINT');
    expect(again).toMatchObject({ code: null, signal: 'SIGINT', out: '', err: '' });
    expect(tree(join(dir, 'punyaku'))).toEqual(['catatan.txt']);
  });

  it('SIGTERM before the tables are renamed into place: the earlier tables stay, no temporary file or folder, ended by SIGTERM', async () => {
    const first = await runCli(['export', 'demo.xlsx', '--out', 'gudang2', '--today', today], dir);
    expect(first.code).toBe(0);
    // A normal run leaves no temporary file or folder either.
    const written = tree(join(dir, 'gudang2'));
    expect(written.filter(isTemp)).toEqual([]);
    const before = new Map(
      written.filter((f) => f.endsWith('.parquet')).map((f) => [f, readFileSync(join(dir, 'gudang2', f))]),
    );
    // A new --as-of rewrites the tables that move with the date, reading no book again.
    const r = await interrupted('gudang2', 'tables', 'SIGTERM', ['--as-of', '2026-10-31']);
    expect(r.seen).toContainEqual(expect.stringMatching(/^books\.parquet\.\d+\.tmp$/));
    expect(r.seen).toContainEqual(expect.stringMatching(/^\.duckdb\.\d+\.tmp$/));
    expect(r).toMatchObject({ code: null, signal: 'SIGTERM', out: '', err: '' });
    expect(tree(join(dir, 'gudang2'))).toEqual(written);
    for (const [file, bytes] of before)
      expect(readFileSync(join(dir, 'gudang2', file)).equals(bytes)).toBe(true);
  });
});

describe('an export whose worker dies', () => {
  it('leaves no spill folder behind: the launcher removes what the worker had under way', async () => {
    // The worker ends at once as soon as it has made DuckDB's spill folder, as one out of its heap
    // does: none of its own clean-ups run (found by a review: `.duckdb.<pid>.tmp` stayed).
    const dies = join(dir, 'dies.js');
    writeFileSync(
      dies,
      `const fs = require('node:fs');
const { isMainThread } = require('node:worker_threads');
const { mkdirSync } = fs;
if (!isMainThread)
  fs.mkdirSync = (path, ...rest) => {
    const made = mkdirSync(path, ...rest);
    if (/\\.duckdb\\.\\d+\\.tmp$/.test(String(path))) {
      fs.writeFileSync(process.env.BK_PAUSED, '');
      process.exit(1);
    }
    return made;
  };
`,
    );
    const r = await watchedCli(
      ['--require', dies, cli, 'export', 'demo.xlsx', '--out', 'gudang5', '--today', today],
      { cwd: dir, env: { ...process.env, BK_PAUSED: marker } },
      () => (existsSync(marker) ? [] : undefined),
    );
    expect(existsSync(marker)).toBe(true);
    expect(r).toMatchObject({ code: 2, signal: null });
    // The spill folder is gone, and so is the output folder the run made: nothing landed in it.
    expect(existsSync(join(dir, 'gudang5'))).toBe(false);
  });
});

describe('a temporary folder', () => {
  it('is removed with all it holds; one already gone is passed over', () => {
    const spill = join(dir, 'gudang3', '.duckdb.1.tmp');
    mkdirSync(join(spill, 'inside'), { recursive: true });
    writeFileSync(join(spill, 'inside', 'duckdb_temp_storage_DEFAULT-0.tmp'), 'x');
    removeTemp({ path: spill, kind: 'folder' });
    expect(readdirSync(join(dir, 'gudang3'))).toEqual([]);
    expect(() => removeTemp({ path: spill, kind: 'folder' })).not.toThrow();
  });

  it('is moved aside before it is emptied: spill files DuckDB goes on making cannot land in it and keep it', async () => {
    const spill = join(dir, 'gudang6', '.duckdb.1.tmp');
    mkdirSync(spill, { recursive: true });
    // DuckDB's threads run on while the signal is handled, making spill files by the folder's name
    // (found under load: about one Ctrl-C of `query` in ten left the folder, rmdir's ENOTEMPTY). A
    // thread here makes a file in it as fast as it can until told to stop.
    const stop = new Int32Array(new SharedArrayBuffer(4));
    const writer = new Worker(
      `const { writeFileSync } = require('node:fs');
       const { workerData } = require('node:worker_threads');
       let n = 0;
       while (Atomics.load(workerData.stop, 0) === 0) {
         try { writeFileSync(workerData.spill + '/duckdb_temp_storage_' + n++ + '.tmp', 'x'); } catch {}
       }`,
      { eval: true, workerData: { spill, stop } },
    );
    while (readdirSync(spill).length < 100) await new Promise((r) => setTimeout(r, 5));
    removeTemp({ path: spill, kind: 'folder' });
    Atomics.store(stop, 0, 1);
    await new Promise((r) => writer.once('exit', r));
    expect(readdirSync(join(dir, 'gudang6'))).toEqual([]);
  });

  it('made for the output goes after what is inside it, deepest first, and only while nothing landed in it', () => {
    const top = join(dir, 'dibuat');
    const out = join(top, 'gudang');
    const spill = join(out, '.duckdb.1.tmp');
    mkdirSync(join(spill, 'inside'), { recursive: true });
    writeFileSync(join(spill, 'inside', 'x.tmp'), 'x');
    // Listed as the export tells them: the made folders first, the spill folder after.
    removeTemps([
      { path: top, kind: 'madeFolder' },
      { path: out, kind: 'madeFolder' },
      { path: spill, kind: 'folder' },
    ]);
    expect(existsSync(top)).toBe(false);
    // A folder that holds a table stays, with the table.
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'books.parquet'), 'PAR1');
    removeTemps([
      { path: top, kind: 'madeFolder' },
      { path: out, kind: 'madeFolder' },
    ]);
    expect(tree(top)).toEqual(['gudang', join('gudang', 'books.parquet')]);
  });
});

/**
 * `query` over an export with a query that spills (DuckDB's memory held to 40 MB, three million rows
 * sorted): by the built command line in `cwd`, with the system's temporary folder at `tmp`; sent
 * `signal` once the spill folder is there, or left to end when `signal` is undefined.
 */
function spillingQuery(cwd: string, tmp: string, signal?: NodeJS.Signals): Promise<Watched> {
  const sql = join(dir, 'spill.sql');
  writeFileSync(
    sql,
    "SET memory_limit = '40MB';\nSET threads = 1;\n" +
      'SELECT count(*) AS n FROM (SELECT md5(i::VARCHAR) AS s FROM range(3000000) t(i) ORDER BY s DESC);\n',
  );
  return watchedCli(
    [cli, 'query', join(dir, 'gudang4'), '--sql', sql],
    { cwd, env: { ...process.env, TMPDIR: tmp } },
    () => {
      const seen = readdirSync(tmp);
      if (seen.length === 0) return undefined;
      // The signal once DuckDB has written a spill file in it: in the middle of its work.
      if (signal && readdirSync(join(tmp, seen[0]!)).length === 0) return undefined;
      return seen;
    },
    signal,
  );
}

describe('query', () => {
  beforeAll(async () => {
    expect((await runCli(['export', 'demo.xlsx', '--out', 'gudang4', '--today', today], dir)).code).toBe(0);
  }, 60_000);

  it('spills into a folder of its own under the system temporary folder, removed at the end, never in the working folder', async () => {
    const cwd = mkdtempSync(join(dir, 'cwd-'));
    const tmp = mkdtempSync(join(dir, 'tmp-'));
    const r = await spillingQuery(cwd, tmp);
    expect(r.seen).toEqual([expect.stringMatching(/^buku-kelompok-query-\w{6}$/)]);
    expect(r).toMatchObject({ code: 0, err: '' });
    expect(r.out.split('\n')).toContain('3000000');
    // DuckDB's default was `.tmp` in the folder the command was typed in.
    expect(readdirSync(cwd)).toEqual([]);
    expect(readdirSync(tmp)).toEqual([]);
  }, 60_000);

  it('Ctrl-C (SIGINT) while it spills: the spill folder is removed, ended by SIGINT (no abort of DuckDB), nothing said', async () => {
    const cwd = mkdtempSync(join(dir, 'cwd-'));
    const tmp = mkdtempSync(join(dir, 'tmp-'));
    const r = await spillingQuery(cwd, tmp, 'SIGINT');
    expect(r.seen).toEqual([expect.stringMatching(/^buku-kelompok-query-\w{6}$/)]);
    expect(r).toMatchObject({ code: null, signal: 'SIGINT', out: '', err: '' });
    expect(readdirSync(cwd)).toEqual([]);
    expect(readdirSync(tmp)).toEqual([]);
  }, 60_000);
});
