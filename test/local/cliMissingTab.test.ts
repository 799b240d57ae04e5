// A book without the tab a command reads is refused in one line that names the tab (exit 2), never
// reported on as a book with nothing in it: an SHU of Rp 0 per member, an empty portfolio.
import ExcelJS from 'exceljs';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { demoBytes } from './demoBytes';
import { runCli } from './runCli';

const dir = mkdtempSync(join(tmpdir(), 'bk-missing-tab-'));
const today = '2026-11-28';

/** Each book written once for the file's tests (none of them writes to it), by the tab it lacks. */
const without = new Map<string, Promise<string>>();

/** The demo book without the tab `tab`, deleted as a person would delete it. */
function bookWithout(tab: string): Promise<string> {
  let made = without.get(tab);
  if (!made) without.set(tab, (made = writeBookWithout(tab)));
  return made;
}

async function writeBookWithout(tab: string): Promise<string> {
  const demo = join(dir, 'demo.xlsx');
  writeFileSync(demo, await demoBytes(today));
  const excel = new ExcelJS.Workbook();
  await excel.xlsx.readFile(demo);
  excel.removeWorksheet(excel.getWorksheet(tab)!.id);
  const file = join(dir, `tanpa-${tab}.xlsx`);
  await excel.xlsx.writeFile(file);
  return file;
}

// The command line's own way to make the tab comes first: the command that sets the book up.
const refusal = (file: string, tab: string, command: string, typed = file) =>
  `${file} tidak punya tab ${tab}, yang diperlukan perintah ${command}. Buat tab itu dengan perintah buku-kelompok setup ${typed} (di Google Sheets: menu Siapkan Buku), atau ganti nama tab yang ada menjadi "${tab}". / ${file} has no tab ${tab}, which the command ${command} needs. Create it with the command buku-kelompok setup ${typed} (in Google Sheets: the menu Set up book, Siapkan Buku), or rename an existing tab to "${tab}".\n`;

describe('a book without the tab a command reads', () => {
  test.each([
    ['shu', 'Kas', []],
    ['shu', 'Anggota', ['--json']],
    ['balances', 'Pinjaman', []],
    ['balances', 'Pinjaman', ['--json']],
    // The repayments are Kas rows: without it every loan would look unpaid (src/core/book/reportTabs.ts).
    ['balances', 'Kas', []],
    ['card', 'Kas', ['--member', 'A004']],
    ['card', 'Kas', ['--all', '--out', 'kartu.xlsx']],
    ['card', 'Anggota', ['--all']],
    ['card', 'Anggota', ['--member', 'A004']],
    ['ruk', 'RUK', []],
    // A plan row is done by a Kegiatan row and its money spent in Kas: without them every row
    // would read as not done and nothing as spent.
    ['ruk', 'Kegiatan', []],
    ['ruk', 'Kas', ['--json']],
    // The repayments are Kas rows: without it every loan would look unpaid, and members would be
    // sent arrears they have paid.
    ['journal', 'Kas', []],
    ['journal', 'Kas', ['--out', 'jurnal.xlsx']],
    ['messages', 'Kas', []],
    ['messages', 'Kas', ['--json']],
  ])('%s without %s (%j): refused, the tab named, exit 2', async (command, tab, rest) => {
    const file = await bookWithout(tab);
    const r = await runCli([command, file, ...rest, '--today', today], dir);
    expect({ code: r.code, stdout: r.stdout, stderr: r.stderr }).toEqual({
      code: 2,
      stdout: '',
      stderr: refusal(file, tab, command),
    });
  });

  test('--out is refused the same way, and nothing is written', async () => {
    const file = await bookWithout('Kas');
    const r = await runCli(['shu', file, '--out', 'shu.xlsx', '--today', today], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(refusal(file, 'Kas', 'shu'));
    expect(existsSync(join(dir, 'shu.xlsx'))).toBe(false);
  });

  test('journal and messages without Pinjaman (a group without a revolving fund): written, and said', async () => {
    const file = await bookWithout('Pinjaman');
    const noteId = `Buku ini tidak punya tab Pinjaman: tidak ada pinjaman, angsuran jatuh tempo, atau penagihan yang dapat dicantumkan. Bila kelompok punya dana bergulir, buat tab itu dengan perintah buku-kelompok setup ${file} (di Google Sheets: menu Siapkan Buku).`;
    const noteEn = `The book has no Pinjaman tab: no loans, installments due or collections can be listed. If the group runs a revolving fund, create the tab with the command buku-kelompok setup ${file} (in Google Sheets: the menu Set up book, Siapkan Buku).`;

    const journal = await runCli(['journal', file, '--today', today], dir);
    expect(journal.code).toBe(0);
    expect(journal.stdout.split('\n').slice(0, 3)).toEqual([
      'Jurnal Mingguan Pendamping 2026-W48 — 23–29 November 2026',
      'Kelompok Tani Mekar Sari',
      noteId,
    ]);
    const english = await runCli(['journal', file, '--today', today, '--lang', 'en'], dir);
    expect(english.stdout.split('\n')[2]).toBe(noteEn);

    const messages = await runCli(['messages', file, '--today', today], dir);
    expect(messages.code).toBe(0);
    expect(messages.stdout.split('\n').slice(0, 3)).toEqual([
      'Pesan minggu 2026-W48 (23–29 November 2026); penagihan 29 November 2026 – 6 Desember 2026',
      '',
      noteId,
    ]);
    expect(messages.stdout).not.toContain('Tidak ada yang ditagih.');

    // With --json the output stays one JSON document; the note goes to stderr, in both languages.
    for (const command of ['journal', 'messages']) {
      const json = await runCli([command, file, '--today', today, '--json'], dir);
      expect(json.code).toBe(0);
      expect(() => JSON.parse(json.stdout) as unknown).not.toThrow();
      expect(json.stderr).toBe(`${noteId} / ${noteEn}\n`);
    }
  });

  test('journal and messages on a book with both tabs say nothing of them', async () => {
    const demo = join(dir, 'lengkap.xlsx');
    writeFileSync(demo, await demoBytes(today));
    for (const command of ['journal', 'messages']) {
      const r = await runCli([command, demo, '--today', today, '--json'], dir);
      expect({ command, code: r.code, stderr: r.stderr }).toEqual({ command, code: 0, stderr: '' });
    }
  });

  test('the command to type names the file as a shell takes it: a name with a space in quotes', async () => {
    const file = join(dir, 'buku kelompok.xlsx');
    writeFileSync(file, readFileSync(await bookWithout('Pinjaman')));
    const r = await runCli(['balances', file, '--today', today], dir);
    expect(r.stderr).toBe(refusal(file, 'Pinjaman', 'balances', `"${file}"`));
    // And that command sets it up: then balances reads it.
    expect((await runCli(['setup', file, '--today', today], dir)).code).toBe(0);
    expect((await runCli(['balances', file, '--today', today], dir)).code).toBe(0);
  });

  test('a tab the command does not read may be missing', async () => {
    const file = await bookWithout('RUK');
    expect((await runCli(['balances', file, '--today', today], dir)).code).toBe(0);
  });
});

describe("a book whose Kas header row is not found (Masuk written 'Pemasukan', no alias)", () => {
  let made: Promise<string> | undefined;
  /** The book, written once for the file's tests (none of them writes to it). */
  const unreadKas = () => (made ??= writeUnreadKas());
  async function writeUnreadKas(): Promise<string> {
    const demo = join(dir, 'demo-unread.xlsx');
    writeFileSync(demo, await demoBytes(today));
    const excel = new ExcelJS.Workbook();
    await excel.xlsx.readFile(demo);
    excel.getWorksheet('Kas')!.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.value === 'Masuk') cell.value = 'Pemasukan';
      }),
    );
    const file = join(dir, 'kas-tak-terbaca.xlsx');
    await excel.xlsx.writeFile(file);
    return file;
  }

  test.each([
    ['balances', []],
    ['journal', []],
    ['messages', ['--json']],
    ['card', ['--member', 'A004']],
    ['shu', []],
  ])('%s %j: refused, the headers missing named, exit 2, nothing on stdout', async (command, rest) => {
    const file = await unreadKas();
    const r = await runCli([command, file, ...rest, '--today', today], dir);
    expect({ code: r.code, stdout: r.stdout, stderr: r.stderr }).toEqual({
      code: 2,
      stdout: '',
      stderr: `${file}: tab Kas tidak dapat dibaca, jadi perintah ${command} tidak dijalankan (tanpa isi tab itu angkanya salah). Baris judul kolom tidak ditemukan di 10 baris pertama tab "Kas": kolom "Masuk" tidak ada. Tulis judul kolom itu dalam satu baris. / ${file}: the tab Kas cannot be read, so the command ${command} was not run (without that tab's rows its figures would be wrong). No header row in the first 10 rows of the tab "Kas": the column(s) "Masuk" are missing. Write those headers in one row.\n`,
    });
  });

  test('check still reads the book and names the missing header', async () => {
    const file = await unreadKas();
    const r = await runCli(['check', file, '--today', today], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('kolom "Masuk" tidak ada');
  });
});
