// A line break inside the group's name (Alt+Enter in Pengaturan's Nama Kelompok) is shown as `↵` in
// the heading lines of the text output, as in a table's cells: the heading stays one line. So is one
// in any other text a person typed that a line of the text output quotes: a member's name, an
// activity's Uraian, a value a problem quotes, the notes of summary and export.
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { demoWorkbook } from '../../src/local/demoWorkbook';
import { oneLine } from '../../src/local/cliFormat';
import { cli } from './runCli';

const today = '2026-11-28';
const dir = mkdtempSync(join(tmpdir(), 'bk-one-line-'));
const book = join(dir, 'buku.xlsx');
// The same book under another name: summary and export say the two are books of one group.
const copy = join(dir, 'salinan.xlsx');

beforeAll(async () => {
  const wb = demoWorkbook(today);
  const settings = wb.readTab('Pengaturan');
  const row = settings.findIndex((r) => r[0] === 'Nama Kelompok');
  wb.writeCell('Pengaturan', row + 1, 2, 'Kelompok Tani\nMekar\r\nSari');
  const members = wb.readTab('Anggota');
  wb.writeCell('Anggota', members.findIndex((r) => r[0] === 'A004') + 1, 2, 'Cecep\nHidayat');
  const activities = wb.readTab('Kegiatan');
  const recap = activities.findIndex((r) => r[2] === 'Rekap data kelompok untuk laporan ke BPP');
  wb.writeCell('Kegiatan', recap + 1, 3, 'Rekap data kelompok\nuntuk laporan ke BPP');
  // Kas's first row (under its title, a blank row and the header): a Kategori not in the list.
  expect(wb.readTab('Kas')[2]?.[3]).toBe('Kategori');
  wb.writeCell('Kas', 4, 4, 'Iuran\nBulanan');
  await wb.save(book);
  copyFileSync(book, copy);
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

test('card: the heading names the member on one line', async () => {
  const r = await cli('card', book, '--member', 'A004', '--today', today);
  expect(r.out.split('\n')[0]).toBe('KARTU ANGGOTA A004 Cecep↵Hidayat (per 28 November 2026)');
});

test('journal: an activity’s Uraian and a member’s name each stay on their line', async () => {
  const lines = (await cli('journal', book, '--week', '2026-W48', '--today', today)).out.split('\n');
  expect(lines).toContain(
    '  27 November 2026 · Administrasi Kelompok: Rekap data kelompok↵untuk laporan ke BPP (hadir 3)',
  );
  expect(lines).toContain(
    '  28 November 2026 · Cecep↵Hidayat (A004) · MT II 2026 · Organik: Diterima (kg) 375, Rencana (kg) 375, Tanggal tanam 6 Desember 2026',
  );
  expect(lines).toContain('  P001 Cecep↵Hidayat: Rp 230.000');
});

test('check: a problem quoting a typed value is one line; --json keeps the value as typed', async () => {
  const lines = (await cli('check', book, '--today', today)).out.split('\n');
  expect(lines).toContain(
    '  [kesalahan] baris 4, Kategori: Kategori "Iuran↵Bulanan" tidak ada di daftar. Pilih salah satu: Simpanan Pokok, Simpanan Wajib, Simpanan Sukarela, Penarikan Simpanan, Iuran, Pencairan Pinjaman, Angsuran Pinjaman, Denda, Penjualan Hasil, Bantuan/Hibah, Pinjaman Pihak Luar, Pembelian Saprodi, Biaya Operasional, Lainnya.',
  );
  const json = (await cli('check', book, '--today', today, '--json')).out;
  expect(json).toContain('Kategori \\"Iuran\\nBulanan\\" tidak ada di daftar');
});

test('summary: the note on books of one group names the group on one line', async () => {
  const lines = (await cli('summary', book, copy, '--today', today)).out.split('\n');
  expect(lines).toContain(
    `Catatan: ${book}, ${copy}: buku satu kelompok (Kelompok Tani↵Mekar↵Sari); baris Jumlah menjumlahkan semuanya, jadi salinan satu buku terhitung dua kali`,
  );
});

test('export: the note on books of one group names the group on one line', async () => {
  const out = join(dir, 'gudang');
  const lines = (await cli('export', book, copy, '--out', out, '--today', today)).out.split('\n');
  expect(lines).toContain(
    'buku.xlsx, salinan.xlsx: buku satu kelompok (Kelompok Tani↵Mekar↵Sari); ringkasan kantor menjumlahkan semuanya, jadi salinan satu buku terhitung dua kali',
  );
}, 60_000);
