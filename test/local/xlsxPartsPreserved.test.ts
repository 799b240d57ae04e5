// Writing back a book made elsewhere changes only the parts the action must: the fixed cell's
// sheet, the generated tabs, the workbook's list of tabs (with its relationships, content types and
// appended styles). Every other part (a chart, an image, comments, a defined name, conditional
// formatting, data validation) stays byte for byte. The book was made by openpyxl and saved again
// by LibreOffice 7.4 (test/local/fixtures/makeFeatureBooks.py says how).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { createApi } from '../../src/core/api/createApi';
import { LocalHost } from '../../src/local/localHost';
import { XlsxWorkbook } from '../../src/local/xlsxWorkbook';
import { ZipPackage } from '../../src/local/zipPackage';

const fixture = join(__dirname, 'fixtures', 'libreoffice-features.xlsx');
const today = '2026-11-28';
const soffice = spawnSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' }).stdout.trim();
const withLibreOffice = soffice ? it : it.skip;

/** The parts an action may change; all others must come out as they went in. */
const MAY_CHANGE = new Set([
  'xl/worksheets/sheet3.xml', // Kas, where a cell is fixed
  'xl/workbook.xml',
  'xl/_rels/workbook.xml.rels',
  '[Content_Types].xml',
  'xl/styles.xml',
]);

async function writtenBook(): Promise<{
  before: ZipPackage;
  after: ZipPackage;
  bytes: Buffer;
  written: Map<string, unknown>;
}> {
  const input = readFileSync(fixture);
  const workbook = await XlsxWorkbook.fromBuffer(input);
  const api = createApi(new LocalHost(workbook, { today, clock: () => new Date('2026-11-28T03:00:00Z') }));
  expect(api.runChecks().ok).toBe(true);
  expect(api.computeBalances(today).ok).toBe(true);
  workbook.writeCell('Kas', 5, 8, 2_000_000);
  const bytes = await workbook.toBuffer();
  const written = new Map(workbook.tabNames().map((n) => [n, workbook.readTab(n)]));
  return {
    written,
    before: new ZipPackage(input, 'before', Number.MAX_SAFE_INTEGER),
    after: new ZipPackage(bytes, 'after', Number.MAX_SAFE_INTEGER),
    bytes,
  };
}

describe('writing back a book made by LibreOffice', () => {
  it('keeps every part it need not change byte for byte, packed bytes included', async () => {
    const { before, after } = await writtenBook();
    const changed: string[] = [];
    for (const entry of before.entries) {
      const out = after.entry(entry.name);
      expect(out).toBeDefined();
      if (!before.localRecord(entry).equals(after.localRecord(out!))) changed.push(entry.name);
    }
    expect(changed.sort()).toEqual([...MAY_CHANGE].sort());
    // The chart, the image, the comments and their drawing are among the untouched parts.
    for (const name of [
      'xl/charts/chart1.xml',
      'xl/media/image1.png',
      'xl/comments2.xml',
      'xl/drawings/drawing1.xml',
    ])
      expect(before.localRecord(before.entry(name)!).equals(after.localRecord(after.entry(name)!))).toBe(
        true,
      );
    // What was added is the generated tabs and their notes.
    const added = after.entries.map((e) => e.name).filter((n) => !before.entry(n));
    expect(added.filter((n) => n.startsWith('xl/worksheets/sheet'))).toHaveLength(3);
  });

  it('keeps the defined name, conditional formatting and validation, and writes the fix and the tabs', async () => {
    const { after, bytes, written } = await writtenBook();
    const workbookXml = after.readText(after.entry('xl/workbook.xml')!);
    expect(workbookXml).toContain(
      '<definedName function="false" hidden="false" name="MasukKas" vbProcedure="false">Kas!$G$2:$G$13</definedName>',
    );
    const kasXml = after.readText(after.entry('xl/worksheets/sheet3.xml')!);
    expect(kasXml).toContain('<conditionalFormatting sqref="G2:G13">');
    expect(kasXml).toContain('<drawing r:id="rId1"/>');

    const back = await XlsxWorkbook.fromBuffer(bytes);
    expect(back.tabNames()).toEqual([
      'Pengaturan',
      'Anggota',
      'Kas',
      'Pemeriksaan',
      'Saldo Pinjaman',
      'Simpanan',
    ]);
    expect(back.readTab('Kas')[4]?.[7]).toBe(2_000_000);
    // Every tab reads back as it was written, texts of the generated tabs included.
    for (const name of back.tabNames()) expect(back.readTab(name)).toEqual(written.get(name));
    expect(back.isGenerated('Pemeriksaan')).toBe(true);
    expect(back.isGenerated('Kas')).toBe(false);

    // exceljs reads the written book too: the fix, its data validation, the marker note.
    const excel = new ExcelJS.Workbook();
    await excel.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(excel.getWorksheet('Kas')!.getCell('H5').value).toBe(2_000_000);
    expect(excel.getWorksheet('Anggota')!.getCell('G2').dataValidation).toMatchObject({ type: 'list' });
    expect(String(excel.getWorksheet('Pemeriksaan')!.getCell('A1').note)).toContain(
      'buku-kelompok:generated',
    );
    expect(excel.getWorksheet('Pemeriksaan')!.pageSetup.printTitlesRow).toBeDefined();
  });

  it('writes nothing new when nothing changed: the same bytes as read', async () => {
    const input = readFileSync(fixture);
    expect((await (await XlsxWorkbook.fromBuffer(input)).toBuffer()).equals(input)).toBe(true);
  });

  withLibreOffice(
    'opens in LibreOffice with its chart, image and comments, and the generated tabs',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'bk-parts-'));
      const { bytes } = await writtenBook();
      writeFileSync(join(dir, 'book.xlsx'), bytes);
      const r = spawnSync(
        soffice,
        [
          '--headless',
          '--calc',
          '--convert-to',
          'xlsx',
          '--outdir',
          join(dir, 'out'),
          join(dir, 'book.xlsx'),
        ],
        { encoding: 'utf8', timeout: 120_000, env: { ...process.env, HOME: dir } },
      );
      expect(r.status).toBe(0);
      const again = new ZipPackage(
        readFileSync(join(dir, 'out', 'book.xlsx')),
        'again',
        Number.MAX_SAFE_INTEGER,
      );
      const names = again.entries.map((e) => e.name);
      expect(names).toEqual(expect.arrayContaining(['xl/charts/chart1.xml', 'xl/media/image1.png']));
      expect(names.filter((n) => /comments\d*\.xml$/.test(n)).length).toBeGreaterThanOrEqual(2);
      const wb = await XlsxWorkbook.fromBuffer(readFileSync(join(dir, 'out', 'book.xlsx')));
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
    },
    180_000,
  );
});

describe('a book saved by openpyxl with a cell comment', () => {
  it('is read (exceljs itself fails on its comments)', async () => {
    const bytes = readFileSync(join(__dirname, 'fixtures', 'openpyxl-comment.xlsx'));
    await expect(new ExcelJS.Workbook().xlsx.load(bytes as unknown as ArrayBuffer)).rejects.toThrow(
      /comments/,
    );
    const wb = await XlsxWorkbook.fromBuffer(bytes);
    expect(wb.tabNames()).toEqual(['Anggota']);
    expect(wb.readTab('Anggota')).toEqual([
      ['ID Anggota', 'Nama', 'Jenis Kelamin', 'Status'],
      ['A001', 'Siti', 'P', 'Aktif'],
    ]);
  });
});

describe('the same changes to the same book', () => {
  it("write the same bytes: new parts take the newest time of the book's own parts, not the clock", async () => {
    const { before, after, bytes: first } = await writtenBook();
    const newest = Math.max(
      ...before.entries.map(
        (e) => e.directoryRecord.readUInt16LE(14) * 65536 + e.directoryRecord.readUInt16LE(12),
      ),
    );
    const added = after.entries.filter((e) => !before.entry(e.name));
    expect(added.length).toBeGreaterThan(0);
    for (const e of added)
      expect(e.directoryRecord.readUInt16LE(14) * 65536 + e.directoryRecord.readUInt16LE(12)).toBe(newest);
    const { bytes: second } = await writtenBook();
    expect(first.equals(second)).toBe(true);
  });
});
