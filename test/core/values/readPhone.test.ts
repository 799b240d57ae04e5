import { normalisePhone, readPhone } from '../../../src/core/values/readPhone';

describe('readPhone', () => {
  it.each([
    ['081234567890', '081234567890'],
    ['0812-3456-7890', '081234567890'],
    ['0812 3456 789', '08123456789'],
    ['+6281234567890', '081234567890'],
    ['+62 812-3456-7890', '081234567890'],
    ['6281234567890', '081234567890'],
    ['0851234567', '0851234567'],
    ['0899123456789', '0899123456789'],
  ])('reads %j as %s', (text, phone) => {
    expect(readPhone(text)).toEqual({ status: 'ok', value: phone });
  });

  it.each([
    '0841234567890', // 4 after 8 is not a mobile operator
    '0801234567890',
    '081234567', // 9 digits
    '08123456789012', // 14 digits
    '0221234567', // a landline
    '+6221234567',
    '0812.3456.7890',
    'tidak ada',
  ])('refuses %j', (text) => {
    expect(normalisePhone(text)).toBeUndefined();
    expect(readPhone(text)).toMatchObject({ status: 'invalid', note: { code: 'member.phone.invalid' } });
  });

  it('gives back the leading zero a number cell lost, with a text fix, the number masked where shown (§10)', () => {
    expect(readPhone(81234567890)).toEqual({
      status: 'ok',
      value: '081234567890',
      note: {
        code: 'member.phone.lostZero',
        args: { value: '8123••••890', phone: '0812•••••890' },
        fix: {
          value: '081234567890',
          label: { id: 'Simpan sebagai teks 0812•••••890', en: 'Store as the text 0812•••••890' },
        },
      },
    });
  });

  it('quotes a number that is no phone masked, and text with no digits as it is (§10)', () => {
    expect(readPhone('0812.3456.7890')).toMatchObject({ note: { args: { value: '0812.••••.•890' } } });
    expect(readPhone(41234567890)).toMatchObject({ note: { args: { value: '4123••••890' } } });
    expect(readPhone('tidak ada')).toMatchObject({ note: { args: { value: 'tidak ada' } } });
    expect(readPhone('12345')).toMatchObject({ note: { args: { value: '1•••5' } } });
  });

  it('reads a 62… number cell without a note, and refuses other numbers', () => {
    expect(readPhone(6281234567890)).toEqual({ status: 'ok', value: '081234567890' });
    expect(readPhone(41234567890)).toMatchObject({
      status: 'invalid',
      note: { code: 'member.phone.invalid' },
    });
    expect(readPhone(8123)).toMatchObject({ status: 'invalid', note: { code: 'member.phone.invalid' } });
  });
});
