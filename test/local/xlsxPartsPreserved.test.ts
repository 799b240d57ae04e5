// Writing back a book made elsewhere changes only the parts the action must: the fixed cell's
// sheet, the generated tabs, the workbook's list of tabs (with its relationships, content types and
// appended styles). Every other part (a chart, an image, comments, a defined name, conditional
// formatting, data validation) stays byte for byte. The book was made by openpyxl and saved again
// by LibreOffice 7.4 (test/local/fixtures/makeFeatureBooks.py says how). How LibreOffice opens the
// written book is in libreoffice.test.ts, in the same LibreOffice start as its other round trip.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { XlsxWorkbook } from '../../src/local/xlsxWorkbook';
import { featureBook as fixture, writtenFeatureBook as writtenBook } from './writtenFeatureBook';

/** The parts an action may change; all others must come out as they went in. */
const MAY_CHANGE = new Set([
  'xl/worksheets/sheet3.xml', // Kas, where a cell is fixed
  'xl/workbook.xml',
  'xl/_rels/workbook.xml.rels',
  '[Content_Types].xml',
  'xl/styles.xml',
]);

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
