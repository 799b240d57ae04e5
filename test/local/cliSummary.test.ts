// `buku-kelompok summary` as a person runs it (main() in this process, see runCli) over demo books
// and a bad file; its exit codes, its table, its --json shape and its --out workbook.
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { settingsTab } from '../../src/core/book/schema';
import { XlsxWorkbook } from '../../src/local/xlsxWorkbook';
import { settingsGrid } from '../core/book/fixtures';
import { runCli, type Run } from './runCli';

const dir = mkdtempSync(join(tmpdir(), 'bk-summary-'));
const today = '2026-11-28';
const fresh = join(dir, 'fresh.xlsx');
const stale = join(dir, 'stale.xlsx');
const bad = join(dir, 'bad.xlsx');
const copy = join(dir, 'salinan.xlsx');
const other = join(dir, 'lain.xlsx');

function run(args: readonly string[]): Promise<Run> {
  return runCli(args, dir);
}
const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

interface SummaryJson {
  asOf: string;
  today: string;
  groups: Record<string, unknown>[];
  totals: Record<string, number | null>;
}

beforeAll(async () => {
  // The demo as kept up to today, and the demo last written in June: a stale book.
  expect((await run(['demo', '--out', fresh, '--today', today])).code).toBe(0);
  expect((await run(['demo', '--out', stale, '--today', '2026-06-01'])).code).toBe(0);
  writeFileSync(bad, 'ini bukan workbook\n');
  copyFileSync(fresh, copy);
  // Another group of the same village: another name, another group.
  const workbook = XlsxWorkbook.create();
  workbook.writeInputGrid(settingsTab, settingsTab.name, settingsGrid({ 'Nama Kelompok': 'Kelompok Tani Harapan', Desa: 'Cikandang' }), 1); // prettier-ignore
  await workbook.save(other);
});

describe('buku-kelompok summary', () => {
  it('prints one row per book, worst first, the totals; why a file could not be read goes to stderr once', async () => {
    const r = await run(['summary', fresh, stale, bad, '--today', today]);
    expect(r.code).toBe(2);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('Ringkasan kelompok per 28 November 2026');
    // §11: the village and the sub-district, Kol 5 and the loans past due, as the tab and --json give them.
    expect(lines[1]).toMatch(/^File +Kelompok +Desa +Kecamatan +Anggota .* Kol5 +Menunggak +Kesalahan /);
    expect(lines[4]).toMatch(/fresh\.xlsx +Kelompok Tani Mekar Sari +Cikandang +Cikajang +29 /);
    expect(lines[2]).toMatch(/bad\.xlsx +\(tidak terbaca\)/);
    // The stale book's loans are all more than 30 days late as of today: it comes before the fresh one.
    expect(lines[3]).toContain('stale.xlsx');
    expect(lines[4]).toContain('fresh.xlsx');
    // The last Kegiatan and Kas dates as every other command writes a date, dd/mm/yyyy.
    expect(lines[3]).toMatch(/ 01\/06\/2026 +01\/06\/2026 /);
    expect(lines[3]).not.toMatch(/2026-06-01/);
    // The fresh and the stale demo are two books of one group (its two years' books, as it were).
    expect(lines[6]).toMatch(/^Jumlah +1 kelompok \(2 buku\) /);
    expect(r.stdout).not.toContain('bukan file Excel');
    expect(r.stderr).toBe(`${bad} bukan file Excel .xlsx / ${bad} is not an Excel .xlsx file\n`);
  });

  it('counts groups, not books, in the totals, and names a group found in more than one book', async () => {
    const note =
      'Catatan: fresh.xlsx, salinan.xlsx: buku satu kelompok (Kelompok Tani Mekar Sari); baris Jumlah menjumlahkan semuanya, jadi salinan satu buku terhitung dua kali';
    const noteEn =
      'Note: fresh.xlsx, salinan.xlsx: books of one group (Kelompok Tani Mekar Sari); the Total row adds them up, so a copy of one book counts it twice';
    const r = await run(['summary', 'fresh.xlsx', 'salinan.xlsx', 'lain.xlsx', '--today', today]);
    expect(r.stderr).toBe('');
    const lines = r.stdout.split('\n');
    expect(lines[6]).toMatch(/^Jumlah +2 kelompok \(3 buku\) /);
    // lain.xlsx holds only Pengaturan: its money figures are not computed, and said so.
    expect(lines.slice(7, 10)).toEqual([
      '',
      'Tidak dapat dihitung, ditulis – dan tidak termasuk dalam Jumlah: lain.xlsx (kas, simpanan, pinjaman: tanpa tab Kas)',
      note,
    ]);
    expect(lines[10]).toMatch(/^PAR30 jumlah: /);
    const en = (
      await run(['summary', 'fresh.xlsx', 'salinan.xlsx', 'lain.xlsx', '--today', today, '--lang', 'en'])
    ).stdout.split('\n');
    expect(en[6]).toMatch(/^Total +2 groups \(3 books\) /);
    expect(en.slice(7, 10)).toEqual([
      '',
      'Not computable, shown as – and left out of the Total: lain.xlsx (cash, savings, loans: no Kas tab)',
      noteEn,
    ]);
    // --json: stdout one JSON document as before, the note on stderr in both languages.
    const json = await run(['summary', 'fresh.xlsx', 'salinan.xlsx', '--today', today, '--json']);
    expect(Object.keys(JSON.parse(json.stdout) as object)).toEqual(['asOf', 'today', 'groups', 'totals']);
    expect(json.stderr).toBe(`${note} / ${noteEn}\n`);
    // Books of different groups: no note, and the totals as they were.
    const two = await run(['summary', 'fresh.xlsx', 'lain.xlsx', '--today', today]);
    expect(two.stdout.split('\n')[5]).toMatch(/^Jumlah +2 kelompok {2}/);
    expect(two.stdout).not.toContain('Catatan:');
    expect((await run(['summary', 'fresh.xlsx', 'lain.xlsx', '--today', today, '--json'])).stderr).toBe('');
  });

  it('--json: the stable shape the README documents, groups in the order given', async () => {
    const r = await run(['summary', fresh, stale, bad, '--json', '--today', today, '--as-of', today]);
    expect(r.code).toBe(2);
    const out = JSON.parse(r.stdout) as SummaryJson;
    expect(Object.keys(out)).toEqual(['asOf', 'today', 'groups', 'totals']);
    expect(out.groups.map((g) => g.file)).toEqual([fresh, stale, bad]);
    expect(Object.keys(out.groups[0]!)).toEqual([
      'file',
      'groupName',
      'village',
      'district',
      'activeMembers',
      'cashBalance',
      'savings',
      'openLoans',
      'outstandingPrincipal',
      'arrears',
      'atRisk30',
      'par30',
      'kol5Loans',
      'pastDueLoans',
      'errors',
      'warnings',
      'lastActivity',
      'lastCash',
      'attendancePresent',
      'attendanceActive',
      'attendanceLast4',
      'activeWomen',
      'activeWithGender',
      'womenShare',
      'rukOnTime',
      'saprodiRight',
      'notComputed',
    ]);
    expect(out.groups[0]).toMatchObject({ groupName: 'Kelompok Tani Mekar Sari', lastCash: today });
    expect(out.groups[1]).toMatchObject({ lastCash: '2026-06-01' });
    expect(out.groups[2]).toEqual({
      file: bad,
      error: { code: 'file.notWorkbook', message: expect.objectContaining({ en: expect.any(String) }) },
    });
    const [a, b] = out.groups as { atRisk30: number; outstandingPrincipal: number; errors: number }[];
    expect(out.totals.books).toBe(2);
    expect(out.totals.unreadable).toBe(1);
    expect(out.totals.outstandingPrincipal).toBe(a!.outstandingPrincipal + b!.outstandingPrincipal);
    expect(out.totals.par30).toBeCloseTo(
      (a!.atRisk30 + b!.atRisk30) / (a!.outstandingPrincipal + b!.outstandingPrincipal),
      12,
    );
    expect(out.totals.errors).toBe(a!.errors + b!.errors);
  });

  it('exits 1 when a book has errors, and 2 for unusable arguments', async () => {
    const r = await run(['summary', fresh, '--json', '--today', today]);
    const out = JSON.parse(r.stdout) as SummaryJson;
    // The demo keeps one error on purpose, to show how a problem is reported.
    expect(out.totals.errors).toBeGreaterThan(0);
    expect(r.code).toBe(1);
    for (const args of [
      ['summary'],
      ['summary', fresh, '--as-of', '2026-02-30'],
      ['summary', fresh, '--lang', 'fr'],
    ]) {
      const bad = await run(args);
      expect(bad.code).toBe(2);
      expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    }
  });

  it('--out writes a new workbook with just Ringkasan Kelompok, and refuses a path equal to an input', async () => {
    const before = sha(stale);
    const refused = await run(['summary', fresh, stale, '--out', stale, '--today', today]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--out');
    expect(sha(stale)).toBe(before);

    const out = join(dir, 'ringkasan', 'ringkasan.xlsx');
    const r = await run(['summary', fresh, stale, '--out', out, '--today', today, '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      `Created ${out}: a new workbook with the tab Ringkasan Kelompok (created the folder ${join(dir, 'ringkasan')})\n`,
    );
    expect(existsSync(out)).toBe(true);
    const workbook = await XlsxWorkbook.load(out);
    expect(workbook.tabNames()).toEqual(['Ringkasan Kelompok']);
    const excel = new ExcelJS.Workbook();
    await excel.xlsx.readFile(out);
    const sheet = excel.getWorksheet('Ringkasan Kelompok')!;
    expect(sheet.getCell('A1').value).toBe('GROUP SUMMARY');
    expect(sheet.pageSetup.orientation).toBe('landscape');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen' });
  });
});
