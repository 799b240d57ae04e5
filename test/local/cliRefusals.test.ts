// Arguments the command line refuses in one line, in both languages, with exit code 2: dates it
// cannot use, options given twice, languages it does not speak, commands it does not know.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, type Run } from './runCli';

const dir = mkdtempSync(join(tmpdir(), 'bk-refusals-'));
const today = '2026-11-28';
const demo = join(dir, 'demo.xlsx');

const run = (args: readonly string[]): Promise<Run> => runCli(args, dir);

/** Refused with exactly this line on stderr, nothing on stdout, exit 2. */
async function expectRefused(args: readonly string[], line: string): Promise<void> {
  const r = await run(args);
  expect({ code: r.code, stdout: r.stdout, stderr: r.stderr }).toEqual({
    code: 2,
    stdout: '',
    stderr: `${line}\n`,
  });
}

beforeAll(async () => {
  expect((await run(['demo', '--out', demo, '--today', today])).code).toBe(0);
});

describe('dates', () => {
  test.each([
    [['journal', demo, '--today', '9999-12-31']],
    [['messages', demo, '--today', '9999-12-31']],
    [['demo', '--out', join(dir, 'far.xlsx'), '--today', '9999-12-31']],
  ])('%j: a year past 2100 is refused, never an internal error', async (args) => {
    await expectRefused(
      args,
      '--today harus tanggal dari 2000-01-01 sampai 2100-12-31 (bukan "9999-12-31") / --today must be a date from 2000-01-01 to 2100-12-31 (not "9999-12-31")',
    );
  });

  test('a year before 2000 is refused too, and the edges are taken', async () => {
    await expectRefused(
      ['balances', demo, '--as-of', '1999-12-31', '--today', today],
      '--as-of harus tanggal dari 2000-01-01 sampai 2100-12-31 (bukan "1999-12-31") / --as-of must be a date from 2000-01-01 to 2100-12-31 (not "1999-12-31")',
    );
    expect((await run(['journal', demo, '--today', '2100-12-31'])).code).toBe(0);
    expect((await run(['balances', demo, '--as-of', '2000-01-01', '--today', today])).code).toBe(0);
  });
});

describe('a day or a month the calendar does not have', () => {
  test('is said so, not taken for a wrong format', async () => {
    await expectRefused(
      ['balances', demo, '--as-of', '2026-02-31', '--today', today],
      '--as-of "2026-02-31": tanggal 31 tidak ada di bulan Februari 2026 (hanya sampai tanggal 28) / --as-of "2026-02-31": February 2026 has no day 31 (its last day is 28)',
    );
    await expectRefused(
      ['demo', '--out', join(dir, 'leap.xlsx'), '--today', '2026-02-29'],
      '--today "2026-02-29": tanggal 29 tidak ada di bulan Februari 2026 (hanya sampai tanggal 28) / --today "2026-02-29": February 2026 has no day 29 (its last day is 28)',
    );
    await expectRefused(
      ['check', demo, '--today', '2026-13-01'],
      '--today "2026-13-01": bulan 13 tidak ada (bulan 01 sampai 12) / --today "2026-13-01": there is no month 13 (months are 01 to 12)',
    );
    // A wrong format is still said as one.
    await expectRefused(
      ['check', demo, '--today', '28/11/2026'],
      '--today harus tanggal yyyy-mm-dd, mis. 2026-11-28 (bukan "28/11/2026") / --today must be a date yyyy-mm-dd, e.g. 2026-11-28 (not "28/11/2026")',
    );
    expect((await run(['balances', demo, '--as-of', '2024-02-29', '--today', today])).code).toBe(0);
  });
});

describe('--lang', () => {
  test.each([
    [['messages', demo, '--json', '--lang', 'fr', '--today', today]],
    [['messages', demo, '--lang', 'fr', '--today', today]],
  ])('%j: refused, with --json too', async (args) => {
    await expectRefused(args, '--lang harus id atau en (bukan "fr") / --lang must be id or en (not "fr")');
  });

  test('start: refused before the demo book is written', async () => {
    const demoFile = join(dir, 'start-demo.xlsx');
    await expectRefused(
      ['start', '--demo', demoFile, '--out', join(dir, 'start-out.xlsx'), '--lang', 'fr', '--today', today],
      '--lang harus id atau en (bukan "fr") / --lang must be id or en (not "fr")',
    );
    expect(existsSync(demoFile)).toBe(false);
  });
});

describe('an option given twice', () => {
  test.each([
    [['card', demo, '--member', 'A004', '--member', 'A010', '--today', today], 'member'],
    [['balances', demo, '--as-of', '2026-10-31', '--as-of', '2026-11-28', '--today', today], 'as-of'],
    [['balances', demo, '--as-of=2026-10-31', '--as-of', '2026-11-28'], 'as-of'],
    [['check', demo, '--json', '--json'], 'json'],
  ])('%j is refused, naming it', async (args, name) => {
    await expectRefused(
      args,
      `--${name} diberikan lebih dari sekali; tulis sekali saja / --${name} is given more than once; give it once`,
    );
  });

  test('after --, the same word is a file name', async () => {
    const r = await run(['check', '--today', today, '--', '--today']);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toContain('lebih dari sekali');
  });
});

describe('an unknown command', () => {
  test('help bogus is refused as bogus is: the command named, the general help, exit 2', async () => {
    const alone = await run(['bogus']);
    const help = await run(['help', 'bogus']);
    expect(help.code).toBe(2);
    expect(help.stdout).toBe('');
    expect(help.stderr.split('\n')[0]).toBe('Perintah tidak dikenal: bogus / Unknown command: bogus');
    expect(help.stderr).toContain('Perintah / Commands:');
    expect(help).toEqual(alone);
    // A known command's help is as before.
    const known = await run(['help', 'check']);
    expect(known.code).toBe(0);
    expect(known.stdout).toBe((await run(['check', '--help'])).stdout);
  });

  test('options put before the command: the command to type instead, exit 2 (found by an audit)', async () => {
    const r = await run(['--lang', 'en', 'check', 'Buku Tani.xlsx', '--json']);
    expect(r).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'Tulis perintahnya dulu, lalu opsinya: buku-kelompok check --lang en "Buku Tani.xlsx" --json / Write the command first, then its options: buku-kelompok check --lang en "Buku Tani.xlsx" --json\n',
    });
  });
});
