// The structure of a package: its tabs found through the workbook part and its relationships.
import { readPackageParts } from '../../src/local/xlsxPackageParts';
import { ZipPackage } from '../../src/local/zipPackage';
import { elementTreeStyle, openXmlSdkStyle, rawBook } from './rawBook';

const book = rawBook({ Pengaturan: [['Kunci', 'Nilai']], Kas: [['Tanggal']] });
const tabsOf = (bytes: Buffer) =>
  readPackageParts(new ZipPackage(bytes, 'buku.xlsx', Number.MAX_SAFE_INTEGER), 'buku.xlsx').sheets.map(
    (s) => [s.name, s.relId, s.part],
  );
const expected = [
  ['Pengaturan', 'rId1', 'xl/worksheets/sheet1.xml'],
  ['Kas', 'rId2', 'xl/worksheets/sheet2.xml'],
];

describe('the tabs of a workbook', () => {
  it('as Excel writes them (r:id)', () => {
    expect(tabsOf(book)).toEqual(expected);
  });

  it('under ns0: with ns2:id for r:id, as Python xml.etree writes them', () => {
    expect(tabsOf(elementTreeStyle(book))).toEqual(expected);
  });

  it('under x:, as the .NET Open XML SDK writes them', () => {
    expect(tabsOf(openXmlSdkStyle(book))).toEqual(expected);
  });
});
