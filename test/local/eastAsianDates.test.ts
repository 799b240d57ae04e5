// Excel's built-in East-Asian date formats (numFmtId 27-36 and 50-58, ECMA-376 Part 1 §18.8.30):
// no format code is written for them in styles.xml, as for 14-22, and each is a date (or a time) in
// every locale it is defined for (exceljs's defaultnumformats.js lists the zh-tw, zh-cn, ja-jp and
// ko-kr codes). A date typed in a book saved by a Japanese, Chinese or Korean Excel is a date.
import { XlsxWorkbook } from '../../src/local/xlsxWorkbook';
import { dosDateTime, writeZip, type ZipPart } from '../../src/local/zipWriter';

/** A one-tab workbook `Kas` whose A1 holds 45658 (2025-01-01) styled with `numFmtId`. */
function bookWithFormat(numFmtId: number): Buffer {
  const part = (name: string, xml: string): ZipPart => ({ kind: 'new', name, data: Buffer.from(xml) });
  const ns = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  return writeZip(
    [
      part(
        '[Content_Types].xml',
        '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>',
      ),
      part(
        '_rels/.rels',
        `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${ns}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
      ),
      part(
        'xl/workbook.xml',
        `<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${ns}"><sheets><sheet name="Kas" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      ),
      part(
        'xl/_rels/workbook.xml.rels',
        `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${ns}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${ns}/styles" Target="styles.xml"/></Relationships>`,
      ),
      part(
        'xl/styles.xml',
        `<?xml version="1.0"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font/></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="${numFmtId}" applyNumberFormat="1"/></cellXfs></styleSheet>`,
      ),
      part(
        'xl/worksheets/sheet1.xml',
        '<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" s="1"><v>45658</v></c></row></sheetData></worksheet>',
      ),
    ],
    dosDateTime('2026-11-28'),
  );
}

const eastAsian = [27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 50, 51, 52, 53, 54, 55, 56, 57, 58];

describe('built-in East-Asian date formats', () => {
  it.each(eastAsian)('numFmtId %i: 45658 is read as the date 2025-01-01', async (id) => {
    const wb = await XlsxWorkbook.fromBuffer(bookWithFormat(id), 'asia.xlsx');
    expect(wb.readTab('Kas')).toEqual([[{ date: '2025-01-01' }]]);
  });

  it.each([14, 22, 45])('numFmtId %i (a date or time before as well): still a date', async (id) => {
    const wb = await XlsxWorkbook.fromBuffer(bookWithFormat(id), 'asia.xlsx');
    expect(wb.readTab('Kas')).toEqual([[{ date: '2025-01-01' }]]);
  });

  it.each([0, 1, 3, 37, 49, 59])(
    'numFmtId %i (General, numbers, text, Thai numbers): a number',
    async (id) => {
      const wb = await XlsxWorkbook.fromBuffer(bookWithFormat(id), 'asia.xlsx');
      expect(wb.readTab('Kas')).toEqual([[45658]]);
    },
  );
});
