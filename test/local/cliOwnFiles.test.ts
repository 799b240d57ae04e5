// Files beside the books that are no books: what this tool wrote itself (summary --out), and the lock
// file Excel keeps while a book is open. Each is said as what it is, never advised to be set up.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { demoBytes } from './demoBytes';
import { runCli } from './runCli';

const dir = mkdtempSync(join(tmpdir(), 'bk-own-files-'));
const today = '2026-11-28';

beforeAll(async () => {
  writeFileSync(join(dir, 'g1.xlsx'), await demoBytes(today));
  // What Excel leaves beside a book it has open: a small file that is no workbook.
  writeFileSync(join(dir, '~$g1.xlsx'), Buffer.from('Budi      ', 'latin1'));
});

test('summary run again over its own --out: that file is said to be its output, not advised to be set up', async () => {
  // Exit 1: the demo has its deliberate errors; the tab is written all the same.
  const first = await runCli(['summary', 'g1.xlsx', '--out', 'ringkasan.xlsx', '--today', today], dir);
  expect(first.code).toBe(1);
  const again = await runCli(['summary', 'g1.xlsx', 'ringkasan.xlsx', '--today', today], dir);
  expect(again.stderr).toBe(
    "ringkasan.xlsx adalah hasil Buku Kelompok (tab Ringkasan Kelompok), bukan buku kelompok: tidak dibaca sebagai buku. / ringkasan.xlsx was written by Buku Kelompok (tab Ringkasan Kelompok), not a group's book: it is not read as a book.\n",
  );
  expect(again.stderr).not.toContain('setup');
  const alone = await runCli(['check', 'ringkasan.xlsx', '--today', today], dir);
  expect([alone.code, alone.stdout]).toEqual([2, '']);
  expect(alone.stderr).toContain('bukan buku kelompok');
});

test("Excel's lock file is said to be one: the book is open, and what is not saved is not read", async () => {
  const r = await runCli(['check', '~$g1.xlsx', '--today', today], dir);
  expect({ code: r.code, stdout: r.stdout, stderr: r.stderr }).toEqual({
    code: 2,
    stdout: '',
    stderr:
      "~$g1.xlsx adalah file kunci Excel: buku g1.xlsx sedang dibuka di Excel. File ini tidak dibaca; baca g1.xlsx sendiri, dan simpan dulu di Excel apa yang belum disimpan. / ~$g1.xlsx is Excel's lock file: the book g1.xlsx is open in Excel. This file is not read; read g1.xlsx itself, after saving in Excel what is not saved yet.\n",
  });
});
