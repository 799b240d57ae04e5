// What the command line promises about the files it writes (--out): never the input under another
// name, never a file it did not write unless --force, only .xlsx, whole or not at all, said plainly.
import { createHash } from 'node:crypto';
import ExcelJS from 'exceljs';
import {
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { open, rename, unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/local/cli';
import type { CliContext } from '../../src/local/cliOptions';
import { demoWorkbook } from '../../src/local/demoWorkbook';
import { CliError } from '../../src/local/openBook';
import { outTarget, writeOut } from '../../src/local/outFile';
import { isSealed } from '../../src/local/outputSeal';
import { cli } from './runCli';

const dir = mkdtempSync(join(tmpdir(), 'bk-out-'));
const today = '2026-11-28';
const demo = join(dir, 'demo.xlsx');
const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

beforeAll(async () => {
  expect((await cli('demo', '--out', demo, '--today', today)).code).toBe(0);
});

describe('--out', () => {
  test('a file the tool did not write is left alone without --force, and replaced with it', async () => {
    const real = join(dir, 'real.xlsx');
    await demoWorkbook(today).save(real); // a book saved by another program: no seal
    const before = sha(real);
    const r = await cli('demo', '--out', real, '--today', today);
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      `${real} sudah ada dan bukan tulisan Buku Kelompok (atau sudah disimpan program lain sejak itu), jadi tidak ditimpa: pilih nama lain, atau tambahkan --force untuk menimpanya / ${real} already exists and was not written by Buku Kelompok (or another program saved it since), so it is left alone: choose another name, or add --force to replace it`,
    );
    expect(sha(real)).toBe(before);
    const balances = await cli('balances', demo, '--out', real, '--today', today);
    expect(balances.code).toBe(2);
    expect(balances.out).toBe(''); // refused before any work
    expect(sha(real)).toBe(before);

    const forced = await cli('demo', '--out', real, '--today', today, '--force');
    expect(forced.code).toBe(0);
    expect(forced.out).toBe(`Ditimpa ${real}: buku contoh / Replaced ${real}: the demo book`);
    expect(isSealed(readFileSync(real))).toBe(true);
  });

  test('a file the tool wrote is replaced; once another program saved it, it is not', async () => {
    const mine = join(dir, 'mine.xlsx');
    expect((await cli('demo', '--out', mine, '--today', today)).out).toBe(
      `Dibuat ${mine}: buku contoh / Created ${mine}: the demo book`,
    );
    expect((await cli('demo', '--out', mine, '--today', today)).code).toBe(0);
    // Opened and saved by a spreadsheet program: the zip is rewritten, the seal is gone.
    const other = new ExcelJS.Workbook();
    await other.xlsx.readFile(mine);
    await other.xlsx.writeFile(mine);
    expect((await cli('demo', '--out', mine, '--today', today)).code).toBe(2);
    // One changed byte breaks the seal too.
    await cli('demo', '--out', mine, '--today', today, '--force');
    const bytes = readFileSync(mine);
    bytes[100] = (bytes[100] ?? 0) ^ 1;
    writeFileSync(mine, bytes);
    expect(isSealed(bytes)).toBe(false);
    expect((await cli('demo', '--out', mine, '--today', today)).code).toBe(2);
  });

  test('the input under another name (hard link, symbolic link, another spelling) is refused', async () => {
    const hard = join(dir, 'hard.xlsx');
    const soft = join(dir, 'soft.xlsx');
    linkSync(demo, hard);
    symlinkSync(demo, soft);
    const before = sha(demo);
    for (const out of [hard, soft, join(dir, 'x', '..', 'demo.xlsx')]) {
      const r = await cli('balances', demo, '--out', out, '--today', today, '--force');
      expect(r.code).toBe(2);
      expect(r.err).toBe(
        `--out tidak boleh sama dengan file masukan (${demo}): file masukan tidak pernah diubah / --out may not be the input file (${demo}): the input is never modified`,
      );
    }
    const summary = await cli(
      'summary',
      join(dir, 'mine.xlsx'),
      demo,
      '--out',
      hard,
      '--today',
      today,
      '--force',
    );
    expect(summary.code).toBe(2);
    expect(summary.err).toContain('--out tidak boleh sama dengan file masukan');
    expect(sha(demo)).toBe(before);
  });

  test('must end in .xlsx', async () => {
    for (const out of ['b.csv', 'b', 'b.xlsx.bak']) {
      const r = await cli('balances', demo, '--out', join(dir, out), '--today', today);
      expect(r.code).toBe(2);
      expect(r.err).toBe(
        `--out harus berakhiran .xlsx (bukan "${join(dir, out)}"): yang ditulis selalu workbook Excel / --out must end in .xlsx (not "${join(dir, out)}"): what is written is always an Excel workbook`,
      );
      expect(existsSync(join(dir, out))).toBe(false);
    }
    expect((await cli('demo', '--out', join(dir, 'UPPER.XLSX'), '--today', today)).code).toBe(0);
  });

  test('says what it did with a verb, and when it made a folder', async () => {
    const out = join(dir, 'hasil', 'november', 'saldo.xlsx');
    const r = await cli('balances', demo, '--out', out, '--today', today);
    expect(r.code).toBe(0);
    expect(r.err).toBe(
      `Dibuat ${out}: salinan buku dengan tab Saldo Pinjaman, Simpanan (folder ${join(dir, 'hasil', 'november')} dibuat)`,
    );
    const again = await cli('balances', demo, '--out', out, '--today', today, '--lang', 'en');
    expect(again.err).toBe(`Replaced ${out}: a copy of the book with the tabs Saldo Pinjaman, Simpanan`);
    const journal = await cli(
      'journal',
      demo,
      '--out',
      join(dir, 'jurnal.xlsx'),
      '--today',
      today,
      '--lang',
      'en',
    );
    expect(journal.err).toBe(
      `Created ${join(dir, 'jurnal.xlsx')}: a copy of the book with the tab Jurnal 2026-W48`,
    );
  });

  test('a folder named like the output is refused in one line', async () => {
    mkdirSync(join(dir, 'folder.xlsx'));
    const r = await cli('balances', demo, '--out', join(dir, 'folder.xlsx'), '--today', today);
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      `${join(dir, 'folder.xlsx')} adalah folder, bukan file / ${join(dir, 'folder.xlsx')} is a folder, not a file`,
    );
  });

  test('a full disk leaves the earlier file whole, no temporary file, and names the cause', async () => {
    const out = join(dir, 'full.xlsx');
    expect((await cli('demo', '--out', out, '--today', today)).code).toBe(0);
    const before = sha(out);
    const target = outTarget(out, [], false);
    const fullDisk = {
      open: (async (...a: Parameters<typeof open>) => {
        const handle = await open(...a);
        return new Proxy(handle, {
          get(h, key) {
            if (key === 'writeFile')
              return async (bytes: Uint8Array) => {
                await h.writeFile(Buffer.from(bytes).subarray(0, 1000));
                throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
              };
            const v = Reflect.get(h, key) as unknown;
            return typeof v === 'function' ? (v as (...x: unknown[]) => unknown).bind(h) : v;
          },
        }) as FileHandle;
      }) as typeof open,
      rename,
      unlink,
    };
    const error = await writeOut(demoWorkbook('2026-12-01'), target, fullDisk).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).text).toEqual({
      id: `File tidak dapat ditulis: ${out} (disk penuh, ENOSPC); file lama tetap utuh`,
      en: `Cannot write ${out} (the disk is full, ENOSPC); the old file is untouched`,
    });
    expect(sha(out)).toBe(before);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  test('start checks both of its files before writing either', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'bk-out-start-'));
    const demoFile = join(cwd, 'd.xlsx');
    const result = join(cwd, 'r.xlsx');
    writeFileSync(result, 'a real book');
    const r = await cli('start', '--demo', demoFile, '--out', result, '--today', today);
    expect(r.code).toBe(2);
    expect(existsSync(demoFile)).toBe(false);
    const same = await cli('start', '--demo', demoFile, '--out', demoFile, '--today', today);
    expect(same.code).toBe(2);
    expect(same.err).toContain(`--out tidak boleh sama dengan file masukan (${demoFile})`);
  });

  // A report printed before the write fails would be taken by a script for a good run's output.
  test.each([
    [['balances', '--json']],
    [['balances']],
    [['journal', '--json']],
    [['card', '--all']],
    [['card', '--member', 'A004', '--json']],
    [['shu', '--json']],
    [['ruk']],
    [['saprodi', '--json']],
    [['summary', '--json']],
  ])('%j: a failed write prints no report; a good one prints it after the write', async (argv) => {
    const [name = '', ...rest] = argv;
    const blocked = join(dir, 'a-file');
    writeFileSync(blocked, 'not a folder');
    const out = join(blocked, 'x.xlsx');
    const failed = await cli(name, demo, ...rest, '--out', out, '--today', today);
    expect({ code: failed.code, out: failed.out, err: failed.err }).toEqual({
      code: 2,
      out: '',
      err: `File tidak dapat ditulis: ${out} (ENOTDIR); tidak ada file yang dibuat / Cannot write ${out} (ENOTDIR); no file was made`,
    });
    // Both streams in one list: the line saying what was written comes before the report.
    const lines: string[] = [];
    const both: CliContext = {
      out: (l) => lines.push(`out ${l}`),
      err: (l) => lines.push(`err ${l}`),
      clock: () => new Date('2026-11-28T03:00:00Z'),
    };
    const good = join(dir, `printed-${name}.xlsx`);
    const code = await main([name, demo, ...rest, '--out', good, '--force', '--today', today], both);
    expect(code).toBe(name === 'summary' ? 1 : 0);
    expect(lines[0]).toMatch(new RegExp(`^err (Dibuat|Ditimpa) ${good}`));
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.slice(1).every((l) => l.startsWith('out '))).toBe(true);
  });

  test('start: a failed write of the result prints no walk-through', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'bk-out-start-'));
    writeFileSync(join(cwd, 'a-file'), 'not a folder');
    const out = join(cwd, 'a-file', 'r.xlsx');
    const r = await cli('start', '--demo', join(cwd, 'd.xlsx'), '--out', out, '--today', today);
    expect({ code: r.code, out: r.out, err: r.err }).toEqual({
      code: 2,
      out: '',
      err: `File tidak dapat ditulis: ${out} (ENOTDIR); tidak ada file yang dibuat / Cannot write ${out} (ENOTDIR); no file was made`,
    });
  });
});

describe('--today stamps what is written with the day alone', () => {
  const everythingButDate: Extract<
    Parameters<typeof jest.useFakeTimers>[0],
    { doNotFake?: unknown }
  >['doNotFake'] = [
    'hrtime',
    'nextTick',
    'performance',
    'queueMicrotask',
    'requestAnimationFrame',
    'cancelAnimationFrame',
    'requestIdleCallback',
    'cancelIdleCallback',
    'setImmediate',
    'clearImmediate',
    'setInterval',
    'clearInterval',
    'setTimeout',
    'clearTimeout',
  ];
  /** The title block's lines (the first 8 rows), a row's cells joined by " · ". */
  const titleLines = (book: ExcelJS.Workbook, tab: string) => {
    const lines: string[] = [];
    book.getWorksheet(tab)!.eachRow((row, r) => {
      if (r <= 8) lines.push((row.values as unknown[]).filter((v) => typeof v === 'string').join(' · '));
    });
    return lines.join('\n');
  };
  // Two runs an hour apart on the same --today: the same bytes, and the tab says the day it was made.
  test.each([
    ['balances', [], 'Saldo Pinjaman'],
    ['journal', [], 'Jurnal 2026-W48'],
    ['card', ['--member', 'A004'], 'Kartu Anggota'],
    ['shu', [], 'SHU 2026'],
    ['summary', [], 'Ringkasan Kelompok'],
  ])('%s --out', async (name, rest, tab) => {
    const at = (iso: string): CliContext => ({
      out: () => undefined,
      err: () => undefined,
      clock: () => new Date(iso),
    });
    const first = join(dir, `stamp-${name}-1.xlsx`);
    const second = join(dir, `stamp-${name}-2.xlsx`);
    const args = (out: string) => [name, demo, ...rest, '--out', out, '--today', today];
    // The machine's clock too (only Date is faked): a write that read it, not ctx.clock, differed
    // only when the two runs fell in different seconds (summary's new workbook did, under load).
    const runAt = async (out: string, iso: string) => {
      jest.useFakeTimers({ now: new Date(iso), doNotFake: everythingButDate });
      try {
        return await main(args(out), at(iso));
      } finally {
        jest.useRealTimers();
      }
    };
    expect(await runAt(first, '2026-11-30T03:00:00Z')).toBeLessThan(2);
    expect(await runAt(second, '2026-11-30T04:17:00Z')).toBeLessThan(2);
    expect(sha(second)).toBe(sha(first));
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(first);
    expect(titleLines(book, tab)).toMatch(/Dibuat( ·)? 28 November 2026(\n|$)/);
  });

  test('without --today the stamp keeps the time of day', async () => {
    const out = join(dir, 'stamp-clock.xlsx');
    const ctx: CliContext = {
      out: () => undefined,
      err: () => undefined,
      clock: () => new Date('2026-11-28T03:05:00Z'),
    };
    expect(await main(['balances', demo, '--out', out], ctx)).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    expect(titleLines(book, 'Saldo Pinjaman')).toContain('\nDibuat 28 November 2026 10:05\n');
  });
});
