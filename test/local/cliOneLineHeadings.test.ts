// A line break inside the group's name (Alt+Enter in Pengaturan's Nama Kelompok) is shown as `↵` in
// the heading lines of the text output, as in a table's cells: the heading stays one line.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { demoWorkbook } from '../../src/local/demoWorkbook';
import { oneLine } from '../../src/local/cliFormat';
import { cli } from './runCli';

const today = '2026-11-28';
const dir = mkdtempSync(join(tmpdir(), 'bk-one-line-'));
const book = join(dir, 'buku.xlsx');

beforeAll(async () => {
  const wb = demoWorkbook(today);
  const settings = wb.readTab('Pengaturan');
  const row = settings.findIndex((r) => r[0] === 'Nama Kelompok');
  wb.writeCell('Pengaturan', row + 1, 2, 'Kelompok Tani\nMekar\r\nSari');
  await wb.save(book);
}, 60_000);

test('oneLine: each line break, \\n, \\r\\n or \\r, is one ↵', () => {
  expect(oneLine('Tani\nMaju\r\nSari\rJaya')).toBe('Tani↵Maju↵Sari↵Jaya');
  expect(oneLine('Tani Maju')).toBe('Tani Maju');
});

test('check: the book’s heading line', async () => {
  const r = await cli('check', book, '--today', today);
  expect(r.out.split('\n')[0]).toBe(`${book} — Kelompok Tani↵Mekar↵Sari`);
});

test('journal: the group’s line under the title', async () => {
  const r = await cli('journal', book, '--week', '2026-W48', '--today', today);
  expect(r.out.split('\n').slice(0, 2)).toEqual([
    'Jurnal Mingguan Pendamping 2026-W48 — 23–29 November 2026',
    'Kelompok Tani↵Mekar↵Sari',
  ]);
});

test('ruk and saprodi: their title lines', async () => {
  const ruk = await cli('ruk', book, '--year', '2026', '--today', today);
  expect(ruk.out.split('\n')[0]).toBe('RUK 2026 — Kelompok Tani↵Mekar↵Sari (per 28 November 2026)');
  const saprodi = await cli('saprodi', book, '--today', today);
  expect(saprodi.out.split('\n')[0]).toBe('Saprodi MT II 2026 — Kelompok Tani↵Mekar↵Sari');
});
