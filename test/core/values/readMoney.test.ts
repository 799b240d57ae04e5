import { formatRupiah, MAX_RUPIAH } from '../../../src/core/money';
import { problemCatalogue } from '../../../src/core/problems/problemCatalogue';
import { readMoney } from '../../../src/core/values/readMoney';

describe('readMoney', () => {
  it('reads whole numbers as Rupiah, and empty as empty', () => {
    expect(readMoney(1500000)).toEqual({ status: 'ok', value: 1500000 });
    expect(readMoney(0)).toEqual({ status: 'ok', value: 0 });
    expect(readMoney(null)).toEqual({ status: 'empty' });
    expect(readMoney('  ')).toEqual({ status: 'empty' });
  });

  it('reads a formula amount whole at 15 significant digits (112000.00000000001) as that whole amount', () => {
    expect(readMoney(100000 * 1.12)).toEqual({ status: 'ok', value: 112000 });
    expect(readMoney(-112000.00000000001)).toEqual({ status: 'ok', value: -112000 });
  });

  it('refuses a phone number typed as text, with no fix that would carry it whole (docs/book.md §10)', () => {
    // Found by an audit: "Simpan sebagai angka 81277000121 (Rp 81.277.000.121)" in the fix's label.
    expect(readMoney('081277000121')).toEqual({
      status: 'invalid',
      note: { code: 'value.private', args: { value: '081277000121' } },
    });
    expect(readMoney('0812-7700-0121')).toMatchObject({ status: 'invalid', note: { code: 'value.private' } });
    // An amount typed as text keeps its warning and fix, also ten digits long.
    expect(readMoney('1500000000')).toMatchObject({
      status: 'ok',
      value: 1500000000,
      note: { code: 'value.money.text' },
    });
  });

  it('refuses a fraction, quoting the cell as a sheet shows it in each language', () => {
    expect(readMoney(1500.5)).toEqual({
      status: 'invalid',
      note: { code: 'value.money.fraction', args: { value: { id: '1.500,5', en: '1,500.5' } } },
    });
  });

  it.each([
    ['Rp 1.500.000', 1500000],
    ['Rp1.500.000', 1500000],
    ['rp. 1.500.000', 1500000],
    ['1.500.000', 1500000],
    ['1500000', 1500000],
    [' 25.000 ', 25000],
  ])('reads the text %j as %d with a warning and a fix', (text, amount) => {
    const r = readMoney(text);
    expect(r.status).toBe('ok');
    if (r.status !== 'ok') return;
    expect(r.value).toBe(amount);
    expect(r.note?.code).toBe('value.money.text');
    expect(r.note?.fix?.value).toBe(amount);
    expect(r.note?.fix?.label.id).toBe(
      `Simpan sebagai angka ${amount} (Rp ${amount.toLocaleString('de-DE')})`,
    );
  });

  it.each([
    '1,5 juta',
    '1.500,50',
    '1.50.000',
    'Rp',
    'seribu',
    '--1.000',
    '-0',
    '-1,5 juta',
    '1 500 000',
    '12.34',
  ])('refuses the text %j', (text) => {
    expect(readMoney(text)).toMatchObject({ status: 'invalid', note: { code: 'value.money.invalid' } });
  });

  it.each([
    ['Rp 1.500.000,-', 1500000],
    ['1.500.000,-', 1500000],
    ['Rp. 350.000,00', 350000],
    ['350.000.-', 350000],
    ['25000,--', 25000],
    ['1.500,-', 1500],
  ])('refuses %j, with the fix that stores it as %d', (text, amount) => {
    expect(readMoney(text)).toEqual({
      status: 'invalid',
      note: {
        code: 'value.money.invalid',
        args: { value: text, hint: 'zeroCents', number: amount },
        fix: {
          value: amount,
          label: {
            id: `Simpan sebagai angka ${amount} (Rp ${amount.toLocaleString('de-DE')})`,
            en: `Store as the number ${amount} (Rp ${amount.toLocaleString('en-US')})`,
          },
        },
      },
    });
  });

  it.each(['1.500.000,50', '1.50.000,-', '1,5 juta,-', ',-', '1e6', 'IDR 500000', '#N/A'])(
    'refuses %j without a fix',
    (text) => {
      expect(readMoney(text)).toEqual({
        status: 'invalid',
        note: { code: 'value.money.invalid', args: { value: text } },
      });
    },
  );

  it.each([
    ['-1.000', -1000],
    ['-500000', -500000],
    ['-Rp 500.000', -500000],
    ['- 1.500.000', -1500000],
  ])(
    'reads the text %j as the negative amount %d, without a note: the tab refuses it as a number cell',
    (text, amount) => {
      expect(readMoney(text)).toEqual({ status: 'ok', value: amount });
    },
  );

  it('refuses booleans, dates and numbers that are not finite', () => {
    for (const cell of [true, { date: '2026-01-01' }, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(readMoney(cell)).toMatchObject({ status: 'invalid', note: { code: 'value.money.invalid' } });
    }
  });

  it('reads Rp 999.999.999.999 and refuses a bigger amount, which sums would no longer keep exact', () => {
    expect(MAX_RUPIAH).toBe(999_999_999_999);
    expect(readMoney(999_999_999_999)).toEqual({ status: 'ok', value: 999_999_999_999 });
    expect(readMoney(-999_999_999_999)).toEqual({ status: 'ok', value: -999_999_999_999 });
    expect(readMoney('999.999.999.999')).toMatchObject({ status: 'ok', value: 999_999_999_999 });
    // A number cell in each language's grouping, as the add-on writes it; text as typed, in both.
    for (const [cell, shown] of [
      [1_000_000_000_000, { id: '1.000.000.000.000', en: '1,000,000,000,000' }],
      [-1_000_000_000_000, { id: '-1.000.000.000.000', en: '-1,000,000,000,000' }],
      [Number.MAX_SAFE_INTEGER, { id: '9.007.199.254.740.990', en: '9,007,199,254,740,990' }],
      [1e20, { id: '100.000.000.000.000.000.000', en: '100,000,000,000,000,000,000' }],
      ['1.000.000.000.000', '1.000.000.000.000'],
      ['Rp 1.000.000.000.000', 'Rp 1.000.000.000.000'],
      ['1.000.000.000.000,-', '1.000.000.000.000,-'],
    ] as const) {
      expect(readMoney(cell)).toEqual({
        status: 'invalid',
        note: { code: 'value.money.tooLarge', args: { value: shown } },
      });
    }
  });

  it('says the largest amount in each language, as formatRupiah writes MAX_RUPIAH', () => {
    const message = problemCatalogue['value.money.tooLarge'].message({
      column: 'Masuk',
      value: { id: '1.000.000.000.000', en: '1,000,000,000,000' },
    });
    expect(message).toEqual({
      id: 'Jumlah uang "1.000.000.000.000" terlalu besar: paling banyak Rp 999.999.999.999. Periksa angka nol yang berlebih.',
      en: 'The amount "1,000,000,000,000" is too large: at most Rp 999,999,999,999. Check for extra zeros.',
    });
    expect(message.id).toContain(formatRupiah(MAX_RUPIAH));
    expect(message.en).toContain(formatRupiah(MAX_RUPIAH, 'en'));
  });
});
