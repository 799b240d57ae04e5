import {
  cellReference,
  formatCardValue,
  formatCount,
  formatCountOf,
  formatDate,
  formatPercent,
  formatRupiahIn,
  valueSize,
} from '../../../sidebar/view/format';

describe('sidebar formatting', () => {
  test('Rupiah per language', () => {
    expect(formatRupiahIn(1500000, 'id')).toBe('Rp 1.500.000');
    expect(formatRupiahIn(1500000, 'en')).toBe('Rp 1,500,000');
    expect(formatRupiahIn(-136000, 'en')).toBe('-Rp 136,000');
    expect(formatRupiahIn(0, 'id')).toBe('Rp 0');
    expect(formatRupiahIn(999, 'id')).toBe('Rp 999');
  });

  test('percent with one decimal, decimal comma in Indonesian', () => {
    expect(formatPercent(0.125, 'id')).toBe('12,5%');
    expect(formatPercent(0.125, 'en')).toBe('12.5%');
    expect(formatPercent(0, 'id')).toBe('0,0%');
    expect(formatPercent(1, 'en')).toBe('100.0%');
    expect(formatPercent(0.33333, 'id')).toBe('33,3%');
    expect(formatPercent(0.0006, 'en')).toBe('0.1%');
  });

  test('counts with thousands separators', () => {
    expect(formatCount(30, 'id')).toBe('30');
    expect(formatCount(12345, 'id')).toBe('12.345');
    expect(formatCount(12345, 'en')).toBe('12,345');
  });

  test('card values by unit; null or NaN is a dash', () => {
    expect(formatCardValue({ value: 918000, unit: 'rupiah' }, 'id')).toBe('Rp 918.000');
    expect(formatCardValue({ value: 0.2, unit: 'fraction' }, 'en')).toBe('20.0%');
    expect(formatCardValue({ value: 3, unit: 'count' }, 'id')).toBe('3');
    expect(formatCardValue({ value: null, unit: 'fraction' }, 'id')).toBe('–');
    expect(formatCardValue({ value: Number.NaN, unit: 'rupiah' }, 'id')).toBe('–');
  });

  test('dates per language; an unreadable date shows as it came', () => {
    expect(formatDate('2026-11-28', 'id')).toBe('28 November 2026');
    expect(formatDate('2026-05-31', 'id')).toBe('31 Mei 2026');
    expect(formatDate('2026-05-31', 'en')).toBe('31 May 2026');
    expect(formatDate('31/05/2026', 'en')).toBe('31/05/2026');
  });

  test('cell references', () => {
    expect(cellReference(12, 3)).toBe('C12');
    expect(cellReference(1, 26)).toBe('Z1');
    expect(cellReference(5, 27)).toBe('AA5');
    expect(cellReference(5, 703)).toBe('AAA5');
    expect(cellReference(0, 0)).toBe('A1');
  });
});

describe('counts with nouns and long figures', () => {
  const one = { id: 'kesalahan', en: 'error' };
  const many = { id: 'kesalahan', en: 'errors' };
  test('English plural, Indonesian unchanged', () => {
    expect(formatCountOf(1, one, many, 'en')).toBe('1 error');
    expect(formatCountOf(2, one, many, 'en')).toBe('2 errors');
    expect(formatCountOf(0, one, many, 'en')).toBe('0 errors');
    expect(formatCountOf(1, one, many, 'id')).toBe('1 kesalahan');
    expect(formatCountOf(1200, one, many, 'id')).toBe('1.200 kesalahan');
  });
  test('long Rupiah figures get a smaller size', () => {
    expect(valueSize('Rp 918.000')).toBe('normal');
    expect(valueSize('Rp 18.500.000')).toBe('long');
    expect(valueSize('Rp 125.000.000')).toBe('long');
    expect(valueSize('Rp 1.250.000.000')).toBe('xlong');
  });
});
