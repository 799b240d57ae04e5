import { readDecimal } from '../../../src/core/values/readNumber';
import { readPhone } from '../../../src/core/values/readPhone';
import { shownCell, shownFigure, shownNumber } from '../../../src/core/values/shownCell';

describe('shownCell', () => {
  it('shows a cell as a sheet in an Indonesian locale shows it: dd/mm/yyyy, TRUE, 1.500.000,5; text as it is', () => {
    expect(shownCell({ date: '2026-03-02' })).toBe('02/03/2026');
    expect(shownCell({ date: '2026-02-30' })).toBe('2026-02-30');
    expect(shownCell(true)).toBe('TRUE');
    expect(shownCell(false)).toBe('FALSE');
    expect(shownCell(1500000)).toBe('1.500.000');
    expect(shownCell(1500000.5)).toBe('1.500.000,5');
    expect(shownCell(-2.5)).toBe('-2,5');
    expect(shownCell(100000 * 1.12)).toBe('112.000');
    expect(shownCell(1e20)).toBe('100.000.000.000.000.000.000');
    expect(shownCell(1e300)).toBe('1E+300');
    expect(shownCell(1.5e-7)).toBe('1,5E-7');
    expect(shownCell(' Rp 1 ')).toBe(' Rp 1 ');
    expect(shownCell(null)).toBe('');
  });

  it('shows a number in each language, as the add-on writes it; shownFigure trims anything else', () => {
    expect(shownNumber(1500000.5)).toEqual({ id: '1.500.000,5', en: '1,500,000.5' });
    expect(shownNumber(-2.5)).toEqual({ id: '-2,5', en: '-2.5' });
    expect(shownNumber(100000 * 1.12)).toEqual({ id: '112.000', en: '112,000' });
    expect(shownNumber(1e300)).toEqual({ id: '1E+300', en: '1E+300' });
    expect(shownNumber(1.5e-7)).toEqual({ id: '1,5E-7', en: '1.5E-7' });
    expect(shownFigure(1500)).toEqual({ id: '1.500', en: '1,500' });
    expect(shownFigure(' 1.500,5 ')).toBe('1.500,5');
    expect(shownFigure({ date: '2026-03-02' })).toBe('02/03/2026');
  });

  it('is how number and phone readers quote a date cell', () => {
    expect(readDecimal({ date: '2026-03-02' })).toEqual({
      status: 'invalid',
      note: { code: 'value.number.invalid', args: { value: '02/03/2026' } },
    });
    expect(readPhone({ date: '2026-03-02' })).toEqual({
      status: 'invalid',
      note: { code: 'member.phone.invalid', args: { value: '02/03/2026' } },
    });
  });
});
