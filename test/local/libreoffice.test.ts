// A written workbook as LibreOffice opens it (skipped where LibreOffice is not installed): formats
// applied, text beginning with = + - @ shown as text, never evaluated as a formula. How the
// generated tabs print on A4 is in printSetup.test.ts, in the same LibreOffice start as its prints.
// A book made elsewhere, written back, still opens with its chart, image and comments
// (xlsxPartsPreserved.test.ts checks its parts byte for byte).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { reviewBook } from '../../src/core/reviewBook';
import { creditReport } from '../../src/core/credit/creditReport';
import { cell } from '../../src/core/sheetGrid';
import { XlsxWorkbook } from '../../src/local/xlsxWorkbook';
import { ZipPackage } from '../../src/local/zipPackage';
import { writtenFeatureBook } from './writtenFeatureBook';
import { demoBytes } from './demoBytes';
import { convert, soffice } from './libreOfficeConversion';

const maybe = soffice ? it : it.skip;
const withLibreOffice = soffice ? describe : describe.skip;
if (!soffice) console.warn('LibreOffice (soffice) is not installed: the LibreOffice test is skipped.');

maybe(
  'LibreOffice shows the formats and keeps formula-like text as text',
  async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bk-lo-'));
    const wb = XlsxWorkbook.create();
    // The document's dates fixed, so that the same cells make the same file (and its kept conversion).
    wb.stampDates('2026-11-28');
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

/** Both .xlsx round trips of this file, saved again by LibreOffice in one start (or as kept). */
const resaved = mkdtempSync(join(tmpdir(), 'bk-lo-'));
const today = '2026-11-28';

withLibreOffice('saved again by LibreOffice', () => {
  beforeAll(async () => {
    writeFileSync(join(resaved, 'demo.xlsx'), await demoBytes(today));
    writeFileSync(join(resaved, 'book.xlsx'), (await writtenFeatureBook()).bytes);
    convert('xlsx:Calc MS Excel 2007 XML', join(resaved, 'lo'), [
      join(resaved, 'demo.xlsx'),
      join(resaved, 'book.xlsx'),
    ]);
  }, 180_000);

  it('a book reads the same: same problems, same figures', async () => {
    const a = reviewBook(await XlsxWorkbook.load(join(resaved, 'demo.xlsx')), today);
    const b = reviewBook(await XlsxWorkbook.load(join(resaved, 'lo', 'demo.xlsx')), today);
    expect(b.problems.map((p) => [p.tab, p.row, p.column, p.code])).toEqual(
      a.problems.map((p) => [p.tab, p.row, p.column, p.code]),
    );
    expect(b.book.cash).toEqual(a.book.cash);
    expect(b.book.loans).toEqual(a.book.loans);
    expect(creditReport(b.book, today)).toEqual(creditReport(a.book, today));
  });

  it('a book made elsewhere and written back opens with its chart, image and comments, and the generated tabs', async () => {
    const again = new ZipPackage(
      readFileSync(join(resaved, 'lo', 'book.xlsx')),
      'again',
      Number.MAX_SAFE_INTEGER,
    );
    const names = again.entries.map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['xl/charts/chart1.xml', 'xl/media/image1.png']));
    expect(names.filter((n) => /comments\d*\.xml$/.test(n)).length).toBeGreaterThanOrEqual(2);
    const wb = await XlsxWorkbook.fromBuffer(readFileSync(join(resaved, 'lo', 'book.xlsx')));
    expect(wb.tabNames()).toEqual([
      'Pengaturan',
      'Anggota',
      'Kas',
      'Pemeriksaan',
      'Saldo Pinjaman',
      'Simpanan',
    ]);
    expect(wb.readTab('Kas')[4]?.[7]).toBe(2_000_000);
    expect(wb.isGenerated('Saldo Pinjaman')).toBe(true);
  });
});
