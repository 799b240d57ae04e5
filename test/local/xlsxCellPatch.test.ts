// One cell written into a worksheet's XML in place, its elements under the prefix the sheet's own
// carry: none as Excel writes them, `x:` as the .NET Open XML SDK does.
import { patchCell, type CellPatch } from '../../src/local/xlsxCellPatch';
import { prefixAll, unprefixedTags, worksheetXml } from './rawBook';

const sheet = worksheetXml([
  ['Kunci', 'Nilai'],
  ['Nama Kelompok', null, 'x'],
]);
const patch = (xml: string, p: CellPatch) => patchCell(xml, p, false, (current) => current);

/** Each patch, and the sheet's XML it changes: `before` becomes `after`. */
const cases: [string, CellPatch, string, string][] = [
  [
    'a cell replaced',
    { row: 1, col: 2, value: 'Isi' },
    '<c r="B1" t="inlineStr"><is><t>Nilai</t></is></c>',
    '<c r="B1" t="inlineStr"><is><t>Isi</t></is></c>',
  ],
  ['a cell put between two', { row: 2, col: 2, value: 7 }, '<c r="C2"', '<c r="B2"><v>7</v></c><c r="C2"'],
  [
    'a cell put at the end of its row',
    { row: 2, col: 5, value: true },
    'x</t></is></c></row>',
    'x</t></is></c><c r="E2" t="b"><v>1</v></c></row>',
  ],
  [
    'a new row at the end',
    { row: 9, col: 1, value: { date: '2026-01-02' } },
    '</sheetData>',
    '<row r="9"><c r="A9"><v>46024</v></c></row></sheetData>',
  ],
];

describe.each(cases)('%s', (_label, p, before, after) => {
  it('in a sheet as Excel writes it: only that changed', () => {
    expect(patch(sheet, p)).toBe(sheet.replace(before, after));
  });

  it('in the same sheet under x:, the same XML with the prefix', () => {
    const out = patch(prefixAll(sheet, 'x'), p);
    expect(out).toBe(prefixAll(sheet.replace(before, after), 'x'));
    expect(unprefixedTags(out.replace(/^<\?xml[^>]*\?>/, ''))).toEqual([]);
  });
});

it('finds rows and cells written with spaces around = or single quotes (no second row 2)', () => {
  const odd = sheet.replace(/ r="/g, " r = '").replace(/(r = '[A-Z]*\d+)"/g, "$1'");
  expect(odd).toContain("<row r = '2'>");
  const out = patch(odd, { row: 2, col: 2, value: 7 });
  expect(out.match(/<row /g)).toHaveLength(2);
  expect(out).toContain('<c r="B2"><v>7</v></c>');
});

it('a row that is an empty element, and an empty sheetData, under x:', () => {
  const x = prefixAll(worksheetXml([]), 'x').replace('<x:sheetData></x:sheetData>', '<x:sheetData/>');
  expect(patch(x, { row: 1, col: 1, value: 1 })).toContain(
    '<x:sheetData><x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c></x:row></x:sheetData>',
  );
  const emptyRow = x.replace('<x:sheetData/>', '<x:sheetData><x:row r="1"/></x:sheetData>');
  expect(patch(emptyRow, { row: 1, col: 1, value: 1 })).toContain(
    '<x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c></x:row>',
  );
});

it('a worksheet without sheetData: the error asked for', () => {
  expect(() =>
    patchCell(
      '<worksheet/>',
      { row: 1, col: 1, value: 1 },
      false,
      () => undefined,
      () => new Error('rusak'),
    ),
  ).toThrow('rusak');
});
