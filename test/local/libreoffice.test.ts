// A written workbook as LibreOffice opens it (skipped where LibreOffice is not installed): formats
// applied, text beginning with = + - @ shown as text, never evaluated as a formula, and generated
// tabs printed on A4.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { reviewBook } from '../../src/core/reviewBook';
import { creditReport } from '../../src/core/credit/creditReport';
import { cell } from '../../src/core/sheetGrid';
import { demoWorkbook } from '../../src/local/demoWorkbook';
import { XlsxWorkbook } from '../../src/local/xlsxWorkbook';

const soffice = spawnSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' }).stdout.trim();
const maybe = soffice ? it : it.skip;
if (!soffice) console.warn('LibreOffice (soffice) is not installed: the LibreOffice test is skipped.');

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
    // CSV "as shown" (token 9), UTF-8, with a private profile so parallel runs do not collide.
    execFileSync(
      soffice,
      [
        `-env:UserInstallation=file://${join(dir, 'profile')}`,
        '--headless',
        '--convert-to',
        'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true',
        '--outdir',
        dir,
        join(dir, 'hasil.xlsx'),
      ],
      { stdio: 'ignore', timeout: 120_000 },
    );
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
    execFileSync(
      soffice,
      [
        `-env:UserInstallation=file://${join(dir, 'profile')}`,
        '--headless',
        '--convert-to',
        'xlsx:Calc MS Excel 2007 XML',
        '--outdir',
        join(dir, 'lo'),
        join(dir, 'demo.xlsx'),
      ],
      { stdio: 'ignore', timeout: 120_000 },
    );
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

/** The demo's result with only the named tabs, converted to PDF by LibreOffice. */
async function printed(dir: string, keep: (name: string, generated: boolean) => boolean): Promise<Buffer> {
  const cwd = mkdtempSync(join(dir, 'start-'));
  execFileSync(
    process.execPath,
    [join(__dirname, '..', '..', 'dist', 'cli.js'), 'start', '--today', '2026-11-28'],
    {
      cwd,
      stdio: 'ignore',
    },
  );
  const file = join(cwd, 'out', 'buku-kelompok-demo-hasil.xlsx');
  const ours = await XlsxWorkbook.load(file);
  const excel = new ExcelJS.Workbook();
  await excel.xlsx.readFile(file);
  for (const ws of [...excel.worksheets])
    if (!keep(ws.name, ours.isGenerated(ws.name))) excel.removeWorksheet(ws.id);
  await excel.xlsx.writeFile(join(cwd, 'print.xlsx'));
  execFileSync(
    soffice,
    [
      `-env:UserInstallation=file://${join(dir, 'profile')}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      cwd,
      join(cwd, 'print.xlsx'),
    ],
    { stdio: 'ignore', timeout: 120_000 },
  );
  return readFileSync(join(cwd, 'print.pdf'));
}

maybe(
  'every generated tab prints on A4, and Saldo Pinjaman fits the width of one page',
  async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bk-lo-'));
    const a4 = [595, 842];
    const all = pageSizes(await printed(dir, (_name, generated) => generated));
    // Pemeriksaan, Saldo Pinjaman, Simpanan and the journal: at least one page each.
    expect(all.length).toBeGreaterThanOrEqual(4);
    for (const size of all) expect([...size].sort((x, y) => x - y)).toEqual(a4);
    // 18 columns and 10 loans: one landscape page when fit to width (several pages otherwise).
    expect(pageSizes(await printed(dir, (name) => name === 'Saldo Pinjaman'))).toEqual([[842, 595]]);
  },
  240_000,
);
