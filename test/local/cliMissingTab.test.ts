// A book without the tab a command reads is refused in one line that names the tab (exit 2), never
// reported on as a book with nothing in it: an SHU of Rp 0 per member, an empty portfolio.
import ExcelJS from 'exceljs';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { demoBytes } from './demoBytes';
import { runCli } from './runCli';

const dir = mkdtempSync(join(tmpdir(), 'bk-missing-tab-'));
const today = '2026-11-28';

/** The demo book without the tab `tab`, deleted as a person would delete it. */
async function bookWithout(tab: string): Promise<string> {
  const demo = join(dir, 'demo.xlsx');
  writeFileSync(demo, await demoBytes(today));
  const excel = new ExcelJS.Workbook();
  await excel.xlsx.readFile(demo);
  excel.removeWorksheet(excel.getWorksheet(tab)!.id);
  const file = join(dir, `tanpa-${tab}.xlsx`);
  await excel.xlsx.writeFile(file);
  return file;
}

const refusal = (file: string, tab: string, command: string) =>
  `${file} tidak punya tab ${tab}, yang diperlukan perintah ${command}. Buat tab itu dengan menu Siapkan Buku (add-on di Google Sheets), atau ganti nama tab yang ada menjadi "${tab}". / ${file} has no tab ${tab}, which the command ${command} needs. Create it with the menu Set up book (Siapkan Buku, the add-on in Google Sheets), or rename an existing tab to "${tab}".\n`;

describe('a book without the tab a command reads', () => {
  test.each([
    ['shu', 'Kas', []],
    ['shu', 'Anggota', ['--json']],
    ['balances', 'Pinjaman', []],
    ['balances', 'Pinjaman', ['--json']],
    ['card', 'Anggota', ['--all']],
    ['card', 'Anggota', ['--member', 'A004']],
    ['ruk', 'RUK', []],
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

  test('a tab the command does not read may be missing', async () => {
    const file = await bookWithout('RUK');
    expect((await runCli(['balances', file, '--today', today], dir)).code).toBe(0);
  });
});
