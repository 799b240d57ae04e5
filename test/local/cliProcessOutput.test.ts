// The built command line's own output (dist/cli.js: the command in its worker writes by descriptor):
// the same bytes as the command prints in this process, in order with its error lines, whole through
// a reader that is slow to read, quiet with exit 0 when the reader goes, and escaped as text.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { demoWorkbook } from '../../src/local/demoWorkbook';

const cli = join(__dirname, '..', '..', 'dist', 'cli.js');
const dir = mkdtempSync(join(tmpdir(), 'bk-cli-output-'));
const today = '2026-11-28';
const demo = join(dir, 'demo.xlsx');
const named = join(dir, 'named.xlsx');
// Copies of the demo, for a run over many books: the same file named twice is read once.
const copies = Array.from({ length: 60 }, (_, i) => join(dir, `demo-${i}.xlsx`));
const EVIL = 'Tani\u001b[2J\u0007\u202eKiri';

beforeAll(async () => {
  const wb = demoWorkbook(today);
  await wb.save(demo);
  for (const copy of copies) copyFileSync(demo, copy);
  const settings = wb.readTab('Pengaturan');
  const row = settings.findIndex((r) => r[0] === 'Nama Kelompok');
  wb.writeCell('Pengaturan', row + 1, 2, EVIL.replace('\u001b', '_x001B_').replace('\u0007', '_x0007_'));
  await wb.save(named);
});

/** The built command line with its stdout read `slowly` (paused for a second before reading). */
function builtCli(
  args: readonly string[],
  slowly = false,
): Promise<{ code: number | null; out: Buffer; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, ...args], { cwd: dir });
    const out: Buffer[] = [];
    let err = '';
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => (err += b.toString('utf8')));
    if (slowly) {
      child.stdout.pause();
      setTimeout(() => child.stdout.resume(), 1000);
    }
    child.on('close', (code) => resolve({ code, out: Buffer.concat(out), err }));
  });
}

describe('the built command line’s output', () => {
  it('--json: all of it, as JSON.stringify(…, null, 2) writes it, through a reader slow to read', async () => {
    // Sixty books' problems: far more than a pipe holds (64 KiB), so the worker meets a full pipe.
    const files = copies;
    const built = await builtCli(['check', ...files, '--today', today, '--json'], true);
    expect(built.err).toBe('');
    expect(built.code).toBe(1);
    const out = built.out.toString('utf8');
    expect(out.length).toBeGreaterThan(3 * 64 * 1024);
    const parsed = JSON.parse(out) as { books: unknown[] };
    expect(parsed.books).toHaveLength(60);
    expect(out).toBe(`${JSON.stringify(parsed, null, 2)}\n`);
  });

  it('stops quietly with exit 0 when its reader has gone', () => {
    // `true` reads nothing and ends: the command's first write finds the pipe closed (EPIPE).
    const r = spawnSync(
      'sh',
      [
        '-c',
        `("${process.execPath}" "${cli}" check "${demo}" --today ${today} --json; echo "exit $?" >&2) | true`,
      ],
      { cwd: dir, encoding: 'utf8' },
    );
    expect(r.stderr).toBe('exit 0\n');
  });

  it('prints a book’s lines and a bad file’s error line in the order they happen', () => {
    const r = spawnSync(
      'sh',
      [
        '-c',
        `"${process.execPath}" "${cli}" check "${demo}" missing.xlsx "${copies[0]}" --today ${today} 2>&1`,
      ],
      { cwd: dir, encoding: 'utf8' },
    );
    const lines = r.stdout.split('\n');
    const missing = lines.findIndex((l) => l.startsWith('File tidak ditemukan: missing.xlsx'));
    const books = lines.flatMap((l, i) =>
      l.startsWith(`${demo} — `) || l.startsWith(`${copies[0]} — `) ? [i] : [],
    );
    expect(books).toHaveLength(2);
    expect(books[0]).toBeLessThan(missing);
    expect(missing).toBeLessThan(books[1]!);
    expect(lines.at(-2)).toBe('3 buku: 2 terbaca, 1 tidak terbaca, 2 dengan kesalahan');
    expect(r.status).toBe(2);
  });

  it('shows a book’s control characters as escapes in text, and leaves --json exact', async () => {
    const text = await builtCli(['check', named, '--today', today]);
    expect(text.out.toString('utf8').split('\n')[0]).toBe(`${named} — Tani\\u001b[2J\\u0007\\u202eKiri`);
    const json = await builtCli(['journal', named, '--today', today, '--json']);
    expect(
      (JSON.parse(json.out.toString('utf8')) as { header: { groupName: string } }).header.groupName,
    ).toBe(EVIL);
  });
});
