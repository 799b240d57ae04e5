// Amounts, counts and percentages as the command line prints them: in English as the sidebar writes
// them in English (`Rp 38,900,000`, `17.4%`), in Indonesian as before (`Rp 38.900.000`, `17,4 %`).
// The ready messages stay Indonesian (the texts sent); --json keeps numbers as numbers.
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatPercent, formatRupiahIn } from '../../sidebar/view/format';
import { basisPointsPercent, countWord, countsLine, percent, rupiah, whole } from '../../src/local/cliFormat';
import { cli as runCliLines } from './runCli';

/** Every command as of 28/11/2026. */
const cli = (...argv: string[]) => runCliLines(...argv, '--today', '2026-11-28');

const dir = mkdtempSync(join(tmpdir(), 'bk-figures-'));
const demo = join(dir, 'demo.xlsx');
beforeAll(async () => {
  expect((await cli('demo', '--out', demo)).code).toBe(0);
});

/** An amount written the Indonesian way (`Rp 1.087.793`) or a percentage with a space (`17,4 %`). */
const indonesianAmount = /Rp \d{1,3}(\.\d{3})+\b/;
const spacedPercent = /\d %/;

describe('cliFormat', () => {
  test('Rupiah: commas in English, dots in Indonesian', () => {
    expect(rupiah(38_900_000, 'en')).toBe('Rp 38,900,000');
    expect(rupiah(38_900_000, 'id')).toBe('Rp 38.900.000');
    expect(rupiah(0, 'en')).toBe('Rp 0');
    expect(rupiah(999, 'en')).toBe('Rp 999');
    expect(rupiah(-1_500_000, 'en')).toBe('-Rp 1,500,000');
    expect(rupiah(-1_500_000, 'id')).toBe('-Rp 1.500.000');
  });

  test('Rupiah and percentages read exactly as the sidebar writes them, in both languages', () => {
    fc.assert(
      fc.property(fc.integer({ min: -999_999_999_999, max: 999_999_999_999 }), (n) => {
        expect(rupiah(n, 'en')).toBe(formatRupiahIn(n, 'en'));
        expect(rupiah(n, 'id')).toBe(formatRupiahIn(n, 'id'));
      }),
    );
    fc.assert(
      fc.property(fc.double({ min: -20, max: 20, noNaN: true }), (f) => {
        expect(percent(f, 'en')).toBe(formatPercent(f, 'en'));
      }),
    );
  });

  test('percentages: `17.4%` in English, `17,4 %` in Indonesian; a dash when there is none', () => {
    expect(percent(0.174, 'en')).toBe('17.4%');
    expect(percent(0.174, 'id')).toBe('17,4 %');
    expect(percent(0.5, 'en')).toBe('50.0%');
    expect(percent(12.345, 'en')).toBe('1,234.5%');
    expect(percent(null, 'en')).toBe('–');
    expect(basisPointsPercent(2500, 'en')).toBe('25%');
    expect(basisPointsPercent(1250, 'en')).toBe('12.5%');
    expect(basisPointsPercent(2500, 'id')).toBe('25 %');
    expect(basisPointsPercent(1250, 'id')).toBe('12,5 %');
  });

  test('counts: grouped in English, as they were in Indonesian', () => {
    expect(whole(180_000, 'en')).toBe('180,000');
    expect(whole(180_000, 'id')).toBe('180000');
    expect(countWord(180_000, 'error', 'en')).toBe('180,000 errors');
    expect(countsLine({ error: 1, warning: 1137, info: 0 }, 'en')).toBe('1 error, 1,137 warnings, 0 notes');
    expect(countsLine({ error: 1, warning: 1137, info: 0 }, 'id')).toBe(
      '1 kesalahan, 1137 peringatan, 0 catatan',
    );
  });
});

describe('the commands in English', () => {
  test('balances: `Rp 38,900,000` and `17.4%`; in Indonesian `Rp 38.900.000` and `17,4 %`', async () => {
    const en = await cli('balances', demo, '--lang', 'en');
    expect(en.out).toContain(
      'Portfolio: 17 loans (13 not yet repaid), 13 borrowers; total disbursed Rp 38,900,000; outstanding Rp 20,719,867; arrears Rp 1,087,793',
    );
    expect(en.out).toContain('PAR30 17.4% · collection rate 92.2% · on-time rate 73.0%');
    expect(en.out).toMatch(
      /^P004 {2}A023 Mamat Rahmat +Rp 2,500,000 {2}Rp 2,500,000 {2}Rp 559,375 +52 +2 +Rp 20,000 /m,
    );
    const id = await cli('balances', demo, '--lang', 'id');
    expect(id.out).toContain(
      'Portofolio: 17 pinjaman (13 belum lunas), 13 anggota peminjam; total pencairan Rp 38.900.000; sisa pokok Rp 20.719.867; tunggakan Rp 1.087.793',
    );
    expect(id.out).toContain('PAR30 17,4 % · Tingkat Penagihan 92,2 % · Tingkat Tepat Waktu 73,0 %');
  });

  test('card: the attendance rates as every other English percentage, Indonesian as the tab says it', async () => {
    const en = await cli('card', demo, '--member', 'A004', '--lang', 'en');
    expect(en.out).toContain('Attendance: 2/4 (50.0%) of the last meetings; in 2026: 8/11 (72.7%)');
    expect(en.out).toContain(
      '  Pokok Rp 50,000 · Wajib Rp 150,000 · Sukarela Rp 160,000 · withdrawn Rp 0 · balance Rp 360,000',
    );
    expect(en.out).toContain('Loan P001: Rp 2,000,000 disbursed 5 September 2026');
    const id = await cli('card', demo, '--member', 'A004', '--lang', 'id');
    expect(id.out).toContain('Kehadiran: 2/4 (50 %) pertemuan terakhir; tahun 2026: 8/11 (73 %)');
    expect(id.out).toContain('Pinjaman P001: Rp 2.000.000 cair 5 September 2026');
  });

  test("shu: each part's percentage and amount", async () => {
    const en = await cli('shu', demo, '--lang', 'en');
    expect(en.out).toContain(
      'Parts: Cadangan 25% Rp 127,785 · Jasa Simpanan 30% Rp 153,338 · Jasa Pinjaman 25% Rp 127,782 · Pengurus 10% Rp 51,112 · Sosial 10% Rp 51,112',
    );
    const id = await cli('shu', demo, '--lang', 'id');
    expect(id.out).toContain(
      'Pembagian: Cadangan 25 % Rp 127.785 · Jasa Simpanan 30 % Rp 153.338 · Jasa Pinjaman 25 % Rp 127.782 · Pengurus 10 % Rp 51.112 · Sosial 10 % Rp 51.112',
    );
  });

  test('check: the amounts it writes in English, a cell typed as text quoted as typed in both', async () => {
    const broken = join(dir, 'broken.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(demo);
    const kas = book.getWorksheet('Kas')!;
    // The last row again (its date a cell of exceljs's own), its Masuk a fraction of a Rupiah.
    const row = kas.rowCount + 1;
    kas.getRow(row).values = kas.getRow(row - 1).values;
    kas.getCell(row, 2).value = 'BM-999';
    kas.getCell(row, 7).value = 1500000.5;
    // One more, its Tanggal a date that lost its date format: the number 46276.
    kas.getRow(row + 1).values = kas.getRow(row - 1).values;
    kas.getCell(row + 1, 2).value = 'BM-998';
    kas.getCell(row + 1, 1).value = 46276;
    kas.getCell(row + 1, 1).numFmt = 'General';
    await book.xlsx.writeFile(broken);
    const en = await cli('check', broken, '--lang', 'en');
    expect(en.out).toContain(
      `  [error] row ${row}, Masuk: Money must be whole Rupiah, without cents: 1,500,000.5. Round it to whole Rupiah.`,
    );
    expect(en.out).toContain(
      `  [error] row ${row + 1}, Tanggal: "46,276" cannot be read as a date: the cell holds a number, perhaps the date 11/09/2026 that lost its date format. Store it as a date, or write the right date.`,
    );
    expect(en.out).toContain(
      '  [warning] row 958, Keluar: The amount "Rp 1.500.000" is written as text. Store it as the number 1500000.\n      fix: Store as the number 1500000 (Rp 1,500,000)',
    );
    const id = await cli('check', broken, '--lang', 'id');
    expect(id.out).toContain(
      `  [kesalahan] baris ${row}, Masuk: Jumlah uang harus Rupiah bulat, tanpa sen: 1.500.000,5. Bulatkan ke Rupiah penuh.`,
    );
    expect(id.out).toContain(
      `  [kesalahan] baris ${row + 1}, Tanggal: "46.276" tidak terbaca sebagai tanggal: sel ini berisi angka, mungkin tanggal 11/09/2026 yang kehilangan format tanggalnya. Simpan sebagai tanggal, atau tulis tanggal yang benar.`,
    );
    expect(id.out).toContain(
      '  [peringatan] baris 958, Keluar: Jumlah uang "Rp 1.500.000" ditulis sebagai teks. Simpan sebagai angka 1500000.\n      perbaikan: Simpan sebagai angka 1500000 (Rp 1.500.000)',
    );
  });

  test('messages: the frame in English, the texts to send in Indonesian as sent', async () => {
    const en = await cli('messages', demo, '--lang', 'en');
    expect(en.out).toContain('— A013 Ade Rukmana: Rp 336,260\n  Yth. Bapak Ade Rukmana');
    expect(en.out).toContain('  Total tagihan: Rp 336.260. Terima kasih.');
    const id = await cli('messages', demo, '--lang', 'id');
    expect(id.out).toContain('— A013 Ade Rukmana: Rp 336.260\n');
  });

  test('no command prints an Indonesian amount or a spaced percentage in English', async () => {
    const runs = await Promise.all(
      [
        ['balances'],
        ['card', '--all'],
        ['shu'],
        ['journal'],
        ['ruk'],
        ['saprodi'],
        ['summary'],
        ['start', '--demo', join(dir, 'start.xlsx'), '--out', join(dir, 'start-hasil.xlsx'), '--force'],
      ].map(async ([command, ...rest]) => {
        const args = command === 'start' ? rest : [demo, ...rest];
        const r = await cli(command!, ...args, '--lang', 'en');
        // summary exits 1 as check does: the demo book has errors on purpose.
        expect({ command, code: r.code }).toEqual({ command, code: command === 'summary' ? 1 : 0 });
        return { command, out: r.out };
      }),
    );
    for (const { command, out } of runs) {
      // `start` quotes a few problems, whose messages say the cell's own text ("Rp 1.500.000").
      const shown = out
        .split('\n')
        .filter((l) => !/^ {2}\[/.test(l))
        .join('\n');
      expect({ command, amount: shown.match(indonesianAmount)?.[0] }).toEqual({ command, amount: undefined });
      expect({ command, percent: shown.match(spacedPercent)?.[0] }).toEqual({ command, percent: undefined });
    }
    const journal = runs.find((r) => r.command === 'journal')!.out;
    expect(journal).toContain('Cash: opening Rp 35,192,763, in Rp 182,961, out Rp 0, closing Rp 35,375,724');
    const ruk = runs.find((r) => r.command === 'ruk')!.out;
    expect(ruk).toContain('Planned cost Rp 8,325,000 · spent Rp 6,650,000');
    const saprodi = runs.find((r) => r.command === 'saprodi')!.out;
    expect(saprodi).toContain('Right on all three: 22 of 26 (84.6%)');
    const summary = runs.find((r) => r.command === 'summary')!.out;
    expect(summary).toMatch(
      /^Total +1 group +29 {2}Rp 35,375,724 {2}Rp 12,270,000 +13 {2}Rp 20,719,867 {2}Rp 1,087,793 {2}17\.4% /m,
    );
    const start = runs.find((r) => r.command === 'start')!.out;
    expect(start).toContain('outstanding Rp 20,719,867, arrears Rp 1,087,793, PAR30 17.4%');
  });

  test("export: each table's rows counted in English, `1 row` for one", async () => {
    const r = await cli('export', demo, '--out', join(dir, 'gudang'), '--lang', 'en');
    expect(r.out).toMatch(/^ {2}books\.parquet +1 row$/m);
    expect(r.out).toMatch(/^ {2}cash\.parquet +1,137 rows$/m);
    expect(r.out.split('\n')[1]).toBe('1 book read, 0 unchanged (not read again), 0 unreadable');
  });

  test('--json keeps numbers as numbers, in English too', async () => {
    const r = await cli('balances', demo, '--lang', 'en', '--json');
    const report = JSON.parse(r.out) as { portfolio: { disbursed: unknown; par30: unknown } };
    expect(report.portfolio.disbursed).toBe(38_900_000);
    expect(typeof report.portfolio.par30).toBe('number');
  });
});
