// A written workbook as LibreOffice opens it (skipped where LibreOffice is not installed): formats
// applied, text beginning with = + - @ shown as text, never evaluated as a formula. How the
// generated tabs print on A4 is in printSetup.test.ts, in the same LibreOffice start as its prints.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { reviewBook } from '../../src/core/reviewBook';
import { creditReport } from '../../src/core/credit/creditReport';
import { cell } from '../../src/core/sheetGrid';
import { demoWorkbook } from '../../src/local/demoWorkbook';
import { XlsxWorkbook } from '../../src/local/xlsxWorkbook';

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
