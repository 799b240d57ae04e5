import { readDecimal } from '../../../src/core/values/readNumber';
import { readPhone } from '../../../src/core/values/readPhone';
import { shownCell } from '../../../src/core/values/shownCell';

describe('shownCell', () => {
  it('shows a date cell as dd/mm/yyyy and everything else as its text', () => {
    expect(shownCell({ date: '2026-03-02' })).toBe('02/03/2026');
    expect(shownCell({ date: '2026-02-30' })).toBe('2026-02-30');
    expect(shownCell(1500000)).toBe('1500000');
    expect(shownCell(' Rp 1 ')).toBe(' Rp 1 ');
    expect(shownCell(null)).toBe('');
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
