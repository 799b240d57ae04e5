import { readIdentifier } from '../../../src/core/values/readIdentifier';
import { readDecimal, readWholeNumber } from '../../../src/core/values/readNumber';
import { sheetNumber } from '../../../src/core/values/shownCell';

describe('readDecimal', () => {
  it('reads numbers', () => {
    expect(readDecimal(1.5)).toEqual({ status: 'ok', value: 1.5 });
    expect(readDecimal('')).toEqual({ status: 'empty' });
  });

  it.each([
    ['1,5', 1.5],
    ['1.5', 1.5],
    ['12', 12],
    ['0,75', 0.75],
    ['2.5', 2.5],
    ['0,1234', 0.1234],
  ])('reads the text %j as %d with a warning and a fix', (text, n) => {
    expect(readDecimal(text)).toEqual({
      status: 'ok',
      value: n,
      note: expect.objectContaining({
        code: 'value.number.text',
        fix: expect.objectContaining({ value: n }),
      }),
    });
  });

  it('reads `1,5%` only where a percent sign is allowed', () => {
    expect(readDecimal('1,5 %', { allowPercentSign: true })).toMatchObject({ status: 'ok', value: 1.5 });
    expect(readDecimal('1,5 %')).toMatchObject({ status: 'invalid', note: { code: 'value.number.invalid' } });
  });

  // Three digits after the separator: 1.500 kg to an Indonesian reader, 1.5 to an English one.
  it.each(['1.500,5', 'satu', '1,5,0', true, '1.500', '1,500', '0.250'])('refuses %j', (cell) => {
    expect(readDecimal(cell)).toMatchObject({ status: 'invalid', note: { code: 'value.number.invalid' } });
  });
});

describe('a NIK or a phone number in a number column (docs/book.md §10)', () => {
  // Found by an audit: read as a number with the fix "Simpan sebagai angka 3507201201800020", the
  // whole NIK in the label and in the sidebar's data.
  it.each([
    ['3507201201800020', '3507201201800020'],
    ['3507 2012 0180 0020', '3507 2012 0180 0020'],
    ['081277000120', '081277000120'],
    [3507201201800020, '3.507.201.201.800.020'],
    [81277000082, '81.277.000.082'],
  ])('refuses %j with value.private, and no fix', (cell, shown) => {
    expect(readDecimal(cell)).toEqual({
      status: 'invalid',
      note: { code: 'value.private', args: { value: shown } },
    });
    expect(readWholeNumber(cell)).toEqual(readDecimal(cell));
  });

  it('reads the numbers next to them: nine digits, or not a phone number’s digits', () => {
    expect(readWholeNumber(850000000)).toEqual({ status: 'ok', value: 850000000 });
    expect(readWholeNumber(4500000000)).toEqual({ status: 'ok', value: 4500000000 });
    expect(readWholeNumber('123456789012345')).toMatchObject({
      status: 'ok',
      note: { code: 'value.number.text' },
    });
  });
});

describe('readWholeNumber', () => {
  it('reads whole numbers and whole number text', () => {
    expect(readWholeNumber(12)).toEqual({ status: 'ok', value: 12 });
    expect(readWholeNumber('12')).toMatchObject({
      status: 'ok',
      value: 12,
      note: { code: 'value.number.text' },
    });
  });

  it('refuses fractions, a number cell quoted in each language, text as typed in both', () => {
    expect(readWholeNumber(12.5)).toEqual({
      status: 'invalid',
      note: { code: 'value.number.notWhole', args: { value: { id: '12,5', en: '12.5' } } },
    });
    expect(readWholeNumber('12,5')).toEqual({
      status: 'invalid',
      note: { code: 'value.number.notWhole', args: { value: '12,5' } },
    });
  });
});

describe('readIdentifier', () => {
  it('trims text and reads numbers as their text', () => {
    expect(readIdentifier('  A001 ')).toBe('A001');
    expect(readIdentifier(1001)).toBe('1001');
    expect(readIdentifier('   ')).toBeUndefined();
    expect(readIdentifier(null)).toBeUndefined();
  });
});

describe('sheetNumber and the noise of formulas', () => {
  it('reads a number whole at 15 significant digits as that whole number', () => {
    expect(sheetNumber(100000 * 1.12)).toBe(112000);
    expect(readWholeNumber(0.1 * 3 * 40)).toEqual({ status: 'ok', value: 12 });
  });

  it('says a whole number beyond the safe integers is too large', () => {
    expect(readWholeNumber(1e20)).toEqual({
      status: 'invalid',
      note: {
        code: 'value.number.tooLarge',
        args: { value: { id: '100.000.000.000.000.000.000', en: '100,000,000,000,000,000,000' } },
      },
    });
  });

  it('keeps a fraction a fraction', () => {
    expect(sheetNumber(1500000.5)).toBe(1500000.5);
    expect(readWholeNumber(2.5)).toMatchObject({
      status: 'invalid',
      note: { code: 'value.number.notWhole' },
    });
  });
});
