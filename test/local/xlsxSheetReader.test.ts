// A worksheet's cells as the reader takes them from the part's XML.
import { XLSX_LIMITS } from '../../src/local/xlsxLimits';
import { readSheetXml } from '../../src/local/xlsxSheetReader';

function read(sheetData: string) {
  const xml = `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${sheetData}</sheetData></worksheet>`;
  return readSheetXml(Buffer.from(xml), {
    sharedStrings: ['Kas'],
    dateStyles: [],
    date1904: false,
    limits: XLSX_LIMITS,
    label: 'buku.xlsx',
    cells: 0,
    dates: new Map(),
  }).grid;
}

describe('boolean cells', () => {
  it('read 1 and 0, and true and false (XML Schema allows both), as TRUE and FALSE', () => {
    const cells = ['1', '0', 'true', 'false', ' false ']
      .map((v, i) => `<c r="${String.fromCharCode(65 + i)}1" t="b"><v>${v}</v></c>`)
      .join('');
    expect(read(`<row r="1">${cells}</row>`)).toEqual([[true, false, true, false, false]]);
  });

  it("read a formula's cached false as FALSE", () => {
    expect(read('<row r="1"><c r="A1" t="b"><f>1=2</f><v>false</v></c></row>')).toEqual([[false]]);
  });
});

it('reads attributes written with spaces around =', () => {
  expect(read('<row r = "2"><c r = "B2" t = "s"><v>0</v></c></row>')).toEqual([
    [null, null],
    [null, 'Kas'],
  ]);
});
