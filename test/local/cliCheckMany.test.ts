// `buku-kelompok check` over one book and many: the language each book asks for (`Bahasa`), the
// files it cannot read listed on stdout and in the tally, and the same file named twice read once.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { settingsTab } from '../../src/core/book/schema';
import { XlsxWorkbook } from '../../src/local/xlsxWorkbook';
import { settingsGrid } from '../core/book/fixtures';
import { runCli, type Run } from './runCli';

const dir = mkdtempSync(join(tmpdir(), 'bk-checkmany-'));
const today = '2026-11-28';

function run(args: readonly string[]): Promise<Run> {
  return runCli(args, dir);
}

async function settingsOnly(file: string, entries: Record<string, string>): Promise<void> {
  const workbook = XlsxWorkbook.create();
  workbook.writeInputGrid(settingsTab, settingsTab.name, settingsGrid(entries), 1);
  await workbook.save(join(dir, file));
}

beforeAll(async () => {
  await settingsOnly('en.xlsx', { 'Nama Kelompok': 'Kelompok Tani Maju', Desa: 'Sukamaju', Bahasa: 'en' });
  await settingsOnly('en2.xlsx', { 'Nama Kelompok': 'Kelompok Tani Subur', Desa: 'Sukamaju', Bahasa: 'en' });
  await settingsOnly('id.xlsx', { 'Nama Kelompok': 'Kelompok Tani Harapan', Desa: 'Cikandang' });
  writeFileSync(join(dir, 'catatan.txt'), 'bukan buku\n');
});

describe('check follows the book’s Bahasa', () => {
  it('a book with Bahasa = en is checked in English; --lang id overrides it', async () => {
    const en = await run(['check', 'en.xlsx', '--today', today]);
    expect(en.stdout.split('\n').slice(0, 2)).toEqual([
      'en.xlsx — Kelompok Tani Maju',
      expect.stringMatching(/^\d+ errors?, \d+ warnings?, \d+ notes? \(as of 28 November 2026\)$/),
    ]);
    const id = await run(['check', 'en.xlsx', '--today', today, '--lang', 'id']);
    expect(id.stdout.split('\n')[1]).toMatch(/\(per 28 November 2026\)$/);
  });

  it('over many books, each in its own Bahasa; the tally in --lang, else the one all share, else Indonesian', async () => {
    const r = await run(['check', 'en.xlsx', 'id.xlsx', '--today', today]);
    const lines = r.stdout.split('\n');
    expect(lines[1]).toMatch(/\(as of 28 November 2026\)$/);
    expect(r.stdout).toMatch(/id\.xlsx — Kelompok Tani Harapan\n.*\(per 28 November 2026\)\n/);
    expect(lines.filter(Boolean).at(-1)).toBe('2 buku: 2 terbaca, 2 dengan kesalahan');
    const en = await run(['check', 'en.xlsx', 'id.xlsx', '--today', today, '--lang', 'en']);
    expect(en.stdout.split('\n').filter(Boolean).at(-1)).toBe('2 books: 2 read, 2 with errors');
    const both = await run(['check', 'en.xlsx', 'en2.xlsx', '--today', today]);
    expect(both.stdout.split('\n').filter(Boolean).at(-1)).toBe('2 books: 2 read, 2 with errors');
  });

  it('--help says the default is the book’s Bahasa', async () => {
    const r = await run(['check', '--help']);
    expect(r.stdout).toContain('bahasa keluaran (bawaan: bahasa buku)');
    expect(r.stdout).not.toContain('(bawaan: id)');
  });
});

describe('check over many files: the files it cannot read', () => {
  it('each gets its block on stdout, with why, and is counted in the tally; its line on stderr stays', async () => {
    const r = await run(['check', 'id.xlsx', 'catatan.txt', 'hilang.xlsx', '--today', today]);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain(
      'catatan.txt (tidak terbaca)\ncatatan.txt bukan file Excel .xlsx\n\nhilang.xlsx (tidak terbaca)\nFile tidak ditemukan: hilang.xlsx. Periksa nama dan foldernya\n\n',
    );
    expect(r.stdout.split('\n').filter(Boolean).at(-1)).toBe(
      '3 buku: 1 terbaca, 2 tidak terbaca, 1 dengan kesalahan',
    );
    expect(r.stderr).toBe(
      'catatan.txt bukan file Excel .xlsx / catatan.txt is not an Excel .xlsx file\nFile tidak ditemukan: hilang.xlsx. Periksa nama dan foldernya / File not found: hilang.xlsx. Check its name and folder\n',
    );
    const en = await run(['check', 'id.xlsx', 'catatan.txt', '--today', today, '--lang', 'en']);
    expect(en.stdout).toContain('catatan.txt (unreadable)\ncatatan.txt is not an Excel .xlsx file\n');
    expect(en.stdout.split('\n').filter(Boolean).at(-1)).toBe('2 books: 1 read, 1 unreadable, 1 with errors');
  });

  it('one file it cannot read: only its line on stderr, as before', async () => {
    const r = await run(['check', 'catatan.txt', '--today', today]);
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toBe('catatan.txt bukan file Excel .xlsx / catatan.txt is not an Excel .xlsx file\n');
  });
});

describe('the same file named twice is read once (as export reads it)', () => {
  it('check: one block, no tally of two books, and a note on stderr', async () => {
    const r = await run(['check', 'id.xlsx', './id.xlsx', '--today', today]);
    expect(r.stdout.match(/Kelompok Tani Harapan/g)).toHaveLength(1);
    expect(r.stdout).not.toContain('2 buku');
    expect(r.stderr).toBe(
      'id.xlsx disebut lagi (./id.xlsx): dibaca sekali / id.xlsx named again (./id.xlsx): read once\n',
    );
    const json = JSON.parse(
      (await run(['check', 'id.xlsx', 'id.xlsx', '--json', '--today', today])).stdout,
    ) as {
      books: unknown[];
    };
    expect(json.books).toHaveLength(1);
  });

  it('summary: one row, its figures once, 1 kelompok without "(2 buku)"', async () => {
    const r = await run(['summary', 'id.xlsx', './id.xlsx', '--today', today]);
    const lines = r.stdout.split('\n');
    expect(lines.filter((l) => l.startsWith('id.xlsx'))).toHaveLength(1);
    expect(r.stdout).toMatch(/\nJumlah +1 kelompok +/);
    expect(r.stdout).not.toContain('2 buku');
    expect(r.stdout).not.toContain('Catatan: id.xlsx');
    expect(r.stderr).toBe(
      'id.xlsx disebut lagi (./id.xlsx): dibaca sekali / id.xlsx named again (./id.xlsx): read once\n',
    );
    const json = JSON.parse(
      (await run(['summary', 'id.xlsx', './id.xlsx', '--json', '--today', today])).stdout,
    ) as {
      groups: unknown[];
      totals: { books: number };
    };
    expect([json.groups.length, json.totals.books]).toEqual([1, 1]);
  });
});
