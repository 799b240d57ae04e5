import { cashTab, membersTab } from '../../src/core/book/schema';
import {
  columnLetters,
  generatedCellFormat,
  inputColumnFormat,
  listValues,
  writtenCellFormat,
} from '../../src/core/spreadsheetSettings';

const column = (key: string) => [...membersTab.columns, ...cashTab.columns].find((c) => c.key === key)!;

describe('spreadsheetSettings', () => {
  it.each([
    [1, 'A'],
    [26, 'Z'],
    [27, 'AA'],
    [52, 'AZ'],
    [702, 'ZZ'],
    [703, 'AAA'],
  ])('names column %d %s', (col, letters) => {
    expect(columnLetters(col)).toBe(letters);
  });

  it('formats code columns as text, dates and Rupiah as such, and leaves the rest alone', () => {
    expect(inputColumnFormat(column('nik'))).toBe('@');
    expect(inputColumnFormat(column('phone'))).toBe('@');
    expect(inputColumnFormat(column('joinDate'))).toBe('dd/mm/yyyy');
    expect(inputColumnFormat(column('amountIn'))).toBe('"Rp "#,##0');
    expect(inputColumnFormat(column('name'))).toBeUndefined();
    expect(inputColumnFormat(column('landHa'))).toBeUndefined();
  });

  it('gives a generated cell its own format, else one by its value', () => {
    expect(generatedCellFormat({ v: 12, format: 'integer' })).toBe('#,##0');
    expect(generatedCellFormat({ v: 0.25, format: 'percent' })).toBe('0.0%');
    expect(generatedCellFormat({ v: { date: '2026-11-28' } })).toBe('dd/mm/yyyy');
    expect(generatedCellFormat({ v: '0812' })).toBe('@');
    expect(generatedCellFormat({ v: 3 })).toBe('General');
    expect(generatedCellFormat({ v: null })).toBe('General');
  });

  it('makes a fixed date or text look like one, and leaves a number as the cell had it', () => {
    expect(writtenCellFormat({ date: '2026-11-28' })).toBe('dd/mm/yyyy');
    expect(writtenCellFormat('087813192116')).toBe('@');
    expect(writtenCellFormat(1500000)).toBeUndefined();
  });

  it("offers a list column's canonical values, and none for a column without a list", () => {
    expect(listValues(column('status'))).toEqual(['Aktif', 'Keluar']);
    expect(listValues(column('name'))).toEqual([]);
  });
});
