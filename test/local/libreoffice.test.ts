// A written workbook as LibreOffice opens it (skipped where LibreOffice is not installed): formats
// applied, text beginning with = + - @ shown as text, never evaluated as a formula, and generated
// tabs printed on A4.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import ExcelJS from 'exceljs';
import { reviewBook } from '../../src/core/reviewBook';
import { creditReport } from '../../src/core/credit/creditReport';
import { cell } from '../../src/core/sheetGrid';
import { demoWorkbook } from '../../src/local/demoWorkbook';
import { XlsxWorkbook } from '../../src/local/xlsxWorkbook';
import { runCli } from './runCli';

const soffice = spawnSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' }).stdout.trim();
const maybe = soffice ? it : it.skip;
if (!soffice) console.warn('LibreOffice (soffice) is not installed: the LibreOffice test is skipped.');

/**
 * One private LibreOffice profile for this file's conversions: made by the first, reused by the
 * next (making one takes seconds); private, so that parallel runs do not collide.
 */
const profile = `-env:UserInstallation=file://${mkdtempSync(join(tmpdir(), 'bk-lo-profile-'))}`;

/** Converts `files` in one LibreOffice start. */
function convert(to: string, outdir: string, files: readonly string[]): void {
  execFileSync(soffice, [profile, '--headless', '--convert-to', to, '--outdir', outdir, ...files], {
    stdio: 'ignore',
    timeout: 120_000,
  });
}

maybe(
  'LibreOffice shows the formats and keeps formula-like text as text',
  async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bk-lo-'));
    const wb = XlsxWorkbook.create();
    wb.writeGenerated({
      name: 'Pemeriksaan',
      rows: [
        [cell('Nama', { bold: true }), cell('Jumlah'), cell('Tanggal'), cell('PAR30')],
        [
          cell('=IMPORTXML("http://x","//a")', { wrap: true }),
          cell(1500000, { format: 'rupiah' }),
          cell({ date: '2026-11-28' }),
          cell(0.216, { format: 'percent' }),
        ],
        [cell('+62 812'), cell('-Rp 5'), cell('@ketua'), cell(12, { format: 'integer' })],
      ],
      widths: [200, 120, 100, 80],
      frozenRows: 1,
      orientation: 'portrait',
    });
    await wb.save(join(dir, 'hasil.xlsx'));
    // CSV "as shown" (token 9), UTF-8.
    convert('csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true', dir, [join(dir, 'hasil.xlsx')]);
    const rows = readFileSync(join(dir, 'hasil.csv'), 'utf8').trim().split('\n');
    expect(rows).toEqual([
      'Nama,Jumlah,Tanggal,PAR30',
      // Grouping follows the machine's locale (en-US here: commas; id-ID shows Rp 1.500.000).
      expect.stringMatching(
        /^"=IMPORTXML\(""http:\/\/x"",""\/\/a""\)","Rp 1[,.]500[,.]000",28\/11\/2026,21[.,]6 ?%$/,
      ),
      '+62 812,-Rp 5,@ketua,12',
    ]);
  },
  180_000,
);

maybe(
  'a book saved again by LibreOffice reads the same: same problems, same figures',
  async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bk-lo-'));
    const today = '2026-11-28';
    const ours = demoWorkbook(today);
    await ours.save(join(dir, 'demo.xlsx'));
    convert('xlsx:Calc MS Excel 2007 XML', join(dir, 'lo'), [join(dir, 'demo.xlsx')]);
    const a = reviewBook(await XlsxWorkbook.load(join(dir, 'demo.xlsx')), today);
    const b = reviewBook(await XlsxWorkbook.load(join(dir, 'lo', 'demo.xlsx')), today);
    expect(b.problems.map((p) => [p.tab, p.row, p.column, p.code])).toEqual(
      a.problems.map((p) => [p.tab, p.row, p.column, p.code]),
    );
    expect(b.book.cash).toEqual(a.book.cash);
    expect(b.book.loans).toEqual(a.book.loans);
    expect(creditReport(b.book, today)).toEqual(creditReport(a.book, today));
  },
  180_000,
);

/** The size of each page of a PDF, in points, from its page objects (LibreOffice writes them plainly). */
function pageSizes(pdf: Buffer): [number, number][] {
  return pdf
    .toString('latin1')
    .split('endobj')
    .filter((obj) => /\/Type\s*\/Page(?![a-z])/.test(obj))
    .map((obj) => {
      const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(obj);
      return [Math.round(Number(box?.[1])), Math.round(Number(box?.[2]))];
    });
}

/** The demo's result (as `start` writes it) with only the tabs `keep` names, as `name`.xlsx. */
async function printFile(
  result: string,
  name: string,
  keep: (tab: string, generated: boolean) => boolean,
): Promise<string> {
  const ours = await XlsxWorkbook.load(result);
  const excel = new ExcelJS.Workbook();
  await excel.xlsx.readFile(result);
  for (const ws of [...excel.worksheets])
    if (!keep(ws.name, ours.isGenerated(ws.name))) excel.removeWorksheet(ws.id);
  const file = join(dirname(result), `${name}.xlsx`);
  await excel.xlsx.writeFile(file);
  return file;
}

maybe(
  'every generated tab prints on A4, and Saldo Pinjaman fits the width of one page',
  async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bk-lo-'));
    expect((await runCli(['start', '--today', '2026-11-28'], dir)).code).toBe(0);
    const result = join(dir, 'out', 'buku-kelompok-demo-hasil.xlsx');
    // Both prints in one LibreOffice start.
    convert('pdf', dir, [
      await printFile(result, 'generated', (_name, generated) => generated),
      await printFile(result, 'saldo', (name) => name === 'Saldo Pinjaman'),
    ]);
    const a4 = [595, 842];
    const all = pageSizes(readFileSync(join(dir, 'generated.pdf')));
    // Pemeriksaan, Saldo Pinjaman, Simpanan and the journal: at least one page each.
    expect(all.length).toBeGreaterThanOrEqual(4);
    for (const size of all) expect([...size].sort((x, y) => x - y)).toEqual(a4);
    // 18 columns and 10 loans: one landscape page when fit to width (several pages otherwise).
    expect(pageSizes(readFileSync(join(dir, 'saldo.pdf')))).toEqual([[842, 595]]);
  },
  240_000,
);
