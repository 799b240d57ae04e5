// Each command's own --help, and refusals of options said in both languages (not Node's parser text).
import { commands } from '../../src/local/cli';
import { usageLine } from '../../src/local/cliCommand';
import { cli } from './runCli';

// Every command, the ones added later too.
const names = commands.map((c) => c.name);

describe('<command> --help', () => {
  test.each(names)(
    '%s --help: its own synopsis, what it does in both languages, options, an example',
    async (name) => {
      const r = await cli(name, '--help');
      expect(r.code).toBe(0);
      expect(r.err).toBe('');
      const lines = r.out.split('\n');
      expect(lines[0]).toMatch(new RegExp(`^buku-kelompok ${name}\\b`));
      expect(r.out).toContain('Opsi / Options:');
      expect(r.out).toMatch(/Contoh \/ Examples?:\n {2}(buku-kelompok|npm start)/);
      expect(r.out).toContain('-h, --help  ');
      // `-h` and `help <command>` say the same.
      expect((await cli(name, '-h')).out).toBe(r.out);
      expect((await cli('help', name)).out).toBe(r.out);
    },
  );

  test('balances --help: every option with its value and both languages', async () => {
    const r = await cli('balances', 'demo.xlsx', '--help');
    expect(r.out.split('\n').slice(0, 5)).toEqual([
      'buku-kelompok balances FILE [--as-of yyyy-mm-dd] [--out FILE.xlsx] [--force] [--today yyyy-mm-dd] [--lang id|en] [--json]',
      '',
      '  Saldo tiap pinjaman (pokok, sisa, tunggakan, Kol) dan portofolio per tanggal; dengan --out, salinan buku dengan tab Saldo Pinjaman dan Simpanan.',
      '  Each loan’s balance (principal, outstanding, arrears, Kol) and the portfolio as of a date; with --out, a copy of the book with the tabs Saldo Pinjaman and Simpanan.',
      '',
    ]);
    expect(r.out).toContain(
      "  --as-of yyyy-mm-dd  tanggal saldo (bawaan: hari ini)\n                      the balances' date (default: today)",
    );
  });

  test('every command has a help of its own', async () => {
    const helps = await Promise.all(names.map(async (n) => (await cli(n, '--help')).out));
    expect(new Set(helps).size).toBe(names.length);
  });

  test('the general help lists every command and says how to get its help', async () => {
    const r = await cli('--help');
    for (const n of names) expect(r.out).toContain(`  buku-kelompok ${n}`);
    expect(r.out).toContain('buku-kelompok <perintah/command> --help');
  });

  test('the general help gives each command its summary in both languages, Indonesian first', async () => {
    const lines = (await cli('--help')).out.split('\n');
    for (const c of commands) {
      const at = lines.indexOf(`  ${usageLine(c)}`);
      expect(at).toBeGreaterThan(0);
      expect(lines.slice(at + 1, at + 3)).toEqual([`      ${c.summary.id}`, `      ${c.summary.en}`]);
    }
    expect(lines).toContain(
      '      Writes the demo book of a farmer group (members, cash, loans, activities), dated from today.',
    );
  });

  test('the synopsis shows an option that must be given without brackets, and a choice of one as (a | b)', async () => {
    expect((await cli('export', '--help')).out.split('\n')[0]).toBe(
      'buku-kelompok export FILE… --out DIR [--as-of yyyy-mm-dd] [--with-nik] [--today yyyy-mm-dd] [--lang id|en] [--json]',
    );
    expect((await cli('card', '--help')).out.split('\n')[0]).toBe(
      'buku-kelompok card FILE (--member ID | --all) [--as-of yyyy-mm-dd] [--out FILE.xlsx] [--force] [--today yyyy-mm-dd] [--lang id|en] [--json]',
    );
  });

  test('after --, --help is a file name, not a request for help', async () => {
    const r = await cli('check', '--today', '2026-11-28', '--', '--help');
    expect(r.code).toBe(2);
    expect(r.err).toContain('--help');
  });
});

describe('option refusals in both languages', () => {
  test.each([
    [
      ['check', 'a.xlsx', '--frobnicate'],
      'Opsi tidak dikenal: --frobnicate (lihat --help) / Unknown option: --frobnicate (see --help)',
    ],
    [
      ['balances', 'a.xlsx', '--as-of'],
      '--as-of perlu nilai: --as-of yyyy-mm-dd / --as-of needs a value: --as-of yyyy-mm-dd',
    ],
    [
      ['balances', 'a.xlsx', '--out', '--json'],
      '--out perlu nilai: --out FILE.xlsx / --out needs a value: --out FILE.xlsx',
    ],
    [['check', 'a.xlsx', '--json=yes'], '--json tidak memakai nilai / --json takes no value'],
    [
      ['demo', '--lang', 'en'],
      'Opsi tidak dikenal: --lang (lihat --help) / Unknown option: --lang (see --help)',
    ],
  ])('%j', async (argv, line) => {
    const r = await cli(...argv);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toBe(line);
    // Node's parser words never reach the user.
    expect(r.err).not.toMatch(/argument missing|To specify a positional|Unknown option '/);
  });
});
