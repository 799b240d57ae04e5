// The list dropdowns of a worksheet read and widened, whatever the prefix of the sheet's elements.
import { dropdownAt, widenDropdown } from '../../src/local/xlsxDropdowns';
import { prefixAll, worksheetXml } from './rawBook';

const rules =
  '<dataValidations count="2"><dataValidation type="list" allowBlank="1" sqref="H2:H501"><formula1>"Bulanan,Mingguan"</formula1></dataValidation><dataValidation type="whole" sqref="I2:I501"><formula1>0</formula1></dataValidation></dataValidations>';
const sheet = worksheetXml([['Frekuensi']]).replace('</sheetData>', `</sheetData>${rules}`);
const widened = { row: 2, col: 8, choices: ['Bulanan', 'Mingguan', 'Harian'], was: ['Bulanan', 'Mingguan'] };

describe.each([
  ['as Excel writes it', sheet, ''],
  ['under x:', prefixAll(sheet, 'x'), 'x:'],
])('a sheet %s', (_label, xml, x) => {
  it('offers the list, and no list for a rule of another kind', () => {
    expect(dropdownAt(xml, 5, 8)).toEqual(['Bulanan', 'Mingguan']);
    expect(dropdownAt(xml, 5, 9)).toBeUndefined();
    expect(dropdownAt(xml, 5, 1)).toEqual([]);
  });

  it("widens the add-on's list, the rest as it was", () => {
    const out = widenDropdown(xml, widened);
    expect(out).toBe(
      xml.replace(`<${x}formula1>"Bulanan,Mingguan"`, `<${x}formula1>"Bulanan,Mingguan,Harian"`),
    );
    expect(dropdownAt(out, 5, 8)).toEqual(['Bulanan', 'Mingguan', 'Harian']);
  });
});

it("leaves Excel 2010's rules (x14:dataValidation, another namespace) alone", () => {
  const x14 = sheet.replace(
    rules,
    '<extLst><ext><x14:dataValidations><x14:dataValidation type="list"><x14:formula1><xm:f>"Bulanan,Mingguan"</xm:f></x14:formula1><xm:sqref>H2:H501</xm:sqref></x14:dataValidation></x14:dataValidations></ext></extLst>',
  );
  expect(dropdownAt(x14, 5, 8)).toEqual([]);
  expect(widenDropdown(x14, widened)).toBe(x14);
});
