// `buku-kelompok export` and `query` as a person runs them over real .xlsx books and a bad file:
// exit codes, the lines printed, --json shapes, refusals. The first export, the first query and
// DuckDB's own error run dist/cli.js in a child process (the built command loading DuckDB); the rest
// run its main() in this process (runCli), the same lines and exit codes without a second of start-up
// each.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { smallBookWorkbook } from './export/smallBooks';
import { runCli } from './runCli';

const cli = join(__dirname, '..', '..', 'dist', 'cli.js');
const dir = mkdtempSync(join(tmpdir(), 'bk-cli-export-'));
const today = '2026-11-28';

/** dist/cli.js in a child process. */
function spawned(args: readonly string[]) {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: dir, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The command line's main() in this process. */
const run = (args: readonly string[]) => runCli(args, dir);

beforeAll(async () => {
  await smallBookWorkbook(0, today).save(join(dir, 'satu.xlsx'));
  await smallBookWorkbook(1, today).save(join(dir, 'dua.xlsx'));
  writeFileSync(join(dir, 'rusak.xlsx'), 'bukan workbook\n');
});

describe('buku-kelompok export and query', () => {
  it('export: one line per table, the unreadable file named, exit 2; again: nothing read, exit 0', async () => {
    const r = spawned(['export', 'satu.xlsx', 'dua.xlsx', 'rusak.xlsx', '--out', 'gudang', '--today', today]);
    expect(r.code).toBe(2);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(`Ekspor ke ${join(dir, 'gudang')} per ${today}`);
    // Two books read and one file that could not be: three files, each counted once.
    expect(lines[1]).toBe('2 buku dibaca, 0 tidak berubah (tidak dibaca ulang), 1 tidak terbaca');
    expect(lines[2]).toMatch(/^ {2}books\.parquet +3 baris$/);
    expect(lines[3]).toMatch(/^ {2}groups\.parquet +2 baris$/);
    expect(lines[lines.length - 1]).toBe('rusak.xlsx: tidak terbaca, lihat problems.parquet');
    // Why, on stderr in both languages, as `check` says it.
    expect(r.stderr).toBe('rusak.xlsx bukan file Excel .xlsx / rusak.xlsx is not an Excel .xlsx file\n');

    const again = await run([
      'export',
      'satu.xlsx',
      'dua.xlsx',
      '--out',
      'gudang',
      '--today',
      today,
      '--json',
      '--lang',
      'en',
    ]);
    expect(again.code).toBe(0);
    const out = JSON.parse(again.stdout) as Record<string, unknown>;
    expect(Object.keys(out)).toEqual([
      'dir',
      'asOf',
      'today',
      'read',
      'unchanged',
      'rebalanced',
      'unreadable',
      'books',
      'rows',
      'dropped',
      'shared',
    ]);
    expect(out).toMatchObject({
      asOf: today,
      read: 0,
      unchanged: 2,
      rebalanced: 0,
      unreadable: 0,
      dropped: [],
      shared: [],
    });
    expect(out.books).toEqual([
      { file: 'satu.xlsx', path: 'satu.xlsx', outcome: 'unchanged' },
      { file: 'dua.xlsx', path: 'dua.xlsx', outcome: 'unchanged' },
    ]);
    // The unreadable file's rows stay: it was not given again.
    expect(out.rows).toMatchObject({ books: 3, groups: 2 });
  });

  it('query: the office summary as a table, and as {columns, rows} with --json', async () => {
    const text = spawned(['query', 'gudang']);
    expect(text.code).toBe(0);
    const lines = text.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(
      /^level +province +regency +district +village +file +group_key +group_name +as_of +group_count/,
    );
    expect(lines.filter((l) => l.startsWith('kelompok '))).toHaveLength(2);
    expect(lines[lines.length - 1]).toMatch(/^kantor +2026-11-28 +2 /);

    const json = await run(['query', 'gudang', '--json']);
    const result = JSON.parse(json.stdout) as { columns: string[]; rows: Record<string, unknown>[] };
    expect(result.columns).toContain('par30');
    const office = result.rows[result.rows.length - 1];
    expect(office).toMatchObject({ level: 'kantor', group_count: 2, unreadable_books: 1 });
  });

  it('query --sql: any query over the folder; a broken one is one line and exit 2', async () => {
    writeFileSync(join(dir, 'anggota.sql'), "SELECT count(*) AS members FROM 'members.parquet'");
    const r = await run(['query', 'gudang', '--sql', 'anggota.sql', '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ columns: ['members'], rows: [{ members: 4 + 5 }] });

    // Several statements: run in order, the rows of the last (found by an audit: the first's, the rest dropped).
    writeFileSync(
      join(dir, 'dua.sql'),
      'CREATE TABLE t AS SELECT 5 AS x;\nSELECT 1 AS first;\nSELECT x + 1 AS last FROM t;',
    );
    const two = await run(['query', 'gudang', '--sql', 'dua.sql', '--json']);
    expect(JSON.parse(two.stdout)).toEqual({ columns: ['last'], rows: [{ last: 6 }] });

    writeFileSync(join(dir, 'rusak.sql'), "SELECT nothing FROM 'members.parquet'");
    // In a child process: DuckDB's error is an Error of the real process (under jest, of another realm).
    const broken = spawned(['query', 'gudang', '--sql', 'rusak.sql']);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/^Kueri gagal: Binder Error: .* \/ The query failed: Binder Error: /);
  });

  it('query --sql: a list, a struct, a map and a timestamp come out whole (found by an audit: [object Object])', async () => {
    writeFileSync(
      join(dir, 'bersarang.sql'),
      "SELECT ['a.xlsx', 'b, c.xlsx'] AS files, {'n': 2} AS info, map(['a'], [1]) AS m, " +
        "TIMESTAMP '2026-12-03 17:45:00' AS ts, DATE '2026-12-03' AS d, 'Kelompok\nTani' AS name",
    );
    const json = await run(['query', 'gudang', '--sql', 'bersarang.sql', '--json']);
    expect(JSON.parse(json.stdout)).toEqual({
      columns: ['files', 'info', 'm', 'ts', 'd', 'name'],
      rows: [
        {
          files: ['a.xlsx', 'b, c.xlsx'],
          info: { n: 2 },
          m: [{ key: 'a', value: 1 }],
          ts: '2026-12-03T17:45:00.000Z',
          d: '2026-12-03',
          name: 'Kelompok\nTani',
        },
      ],
    });
    // In text: JSON for what has parts, and a line break inside a cell shown as ↵ (one row, one line).
    const text = await run(['query', 'gudang', '--sql', 'bersarang.sql']);
    expect(text.code).toBe(0);
    expect(text.stdout.trimEnd().split('\n')).toEqual([
      'files                   info     m                        ts                        d           name',
      '----------------------  -------  -----------------------  ------------------------  ----------  -------------',
      '["a.xlsx","b, c.xlsx"]  {"n":2}  [{"key":"a","value":1}]  2026-12-03T17:45:00.000Z  2026-12-03  Kelompok↵Tani',
    ]);
  });

  it('refuses in one line: no --out, no export in the folder', async () => {
    const noOut = await run(['export', 'satu.xlsx']);
    expect(noOut.code).toBe(2);
    expect(noOut.stderr).toContain('Sebutkan folder hasil dengan --out DIR');
    const nothing = await run(['query', 'kosong']);
    expect(nothing.code).toBe(2);
    expect(nothing.stderr.trim()).toBe(
      'kosong tidak berisi groups.parquet: jalankan dulu buku-kelompok export … --out kosong / kosong holds no groups.parquet: run buku-kelompok export … --out kosong first',
    );
  });

  it('export --json: an unreadable file carries its reason, said on stderr too', async () => {
    const r = await run(['export', 'nothere.xlsx', '--out', 'gudang-hilang', '--today', today, '--json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'File tidak ditemukan: nothere.xlsx. Periksa nama dan foldernya / File not found: nothere.xlsx. Check its name and folder\n',
    );
    const out = JSON.parse(r.stdout) as { books: unknown[] };
    expect(out.books).toEqual([
      {
        file: 'nothere.xlsx',
        path: 'nothere.xlsx',
        outcome: 'unreadable',
        error: {
          code: 'file.missing',
          message: {
            id: 'File tidak ditemukan: nothere.xlsx. Periksa nama dan foldernya',
            en: 'File not found: nothere.xlsx. Check its name and folder',
          },
        },
      },
    ]);
  });

  it('refuses a --out that is a file: said as a file, not as a folder that cannot be made', async () => {
    const r = await run(['export', 'satu.xlsx', '--out', 'satu.xlsx', '--today', today]);
    expect({ code: r.code, stdout: r.stdout, stderr: r.stderr }).toEqual({
      code: 2,
      stdout: '',
      stderr:
        '--out satu.xlsx adalah file, bukan folder: sebutkan folder untuk tabel Parquet, mis. --out gudang / --out satu.xlsx is a file, not a folder: name a folder for the Parquet tables, e.g. --out gudang\n',
    });
  });

  it('export with a new --as-of: no book read again, the recomputed ones counted', async () => {
    const args = ['export', 'satu.xlsx', 'dua.xlsx', '--out', 'gudang-tanggal', '--today', today];
    expect((await run(args)).code).toBe(0);
    const moved = await run([...args, '--as-of', '2026-10-31']);
    expect(moved.code).toBe(0);
    expect(moved.stdout.split('\n').slice(0, 2)).toEqual([
      `Ekspor ke ${join(dir, 'gudang-tanggal')} per 2026-10-31`,
      '0 buku dibaca, 0 tidak berubah (tidak dibaca ulang), 2 dihitung ulang per tanggal baru (tidak dibaca ulang), 0 tidak terbaca',
    ]);
    const en = await run([...args, '--as-of', '2026-09-30', '--lang', 'en']);
    expect(en.stdout.split('\n')[1]).toBe(
      '0 books read, 0 unchanged (not read again), 2 recomputed as of the new date (not read again), 0 unreadable',
    );
  });

  it('lists both commands in the help, each with its own --help', async () => {
    const help = await run(['--help']);
    expect(help.stdout).toContain('buku-kelompok export FILE… --out DIR [--as-of yyyy-mm-dd]');
    expect(help.stdout).toContain('buku-kelompok query DIR [--sql FILE.sql]');
    const own = await run(['export', '--help']);
    expect(own.code).toBe(0);
    expect(own.stdout).toContain('--with-nik');
  });
});
