import { divideHalfUp, formatRupiah, groupThousands, rupiahText } from '../../src/core/money';

describe('formatRupiah', () => {
  it.each([
    [1500000, 'Rp 1.500.000'],
    [0, 'Rp 0'],
    [999, 'Rp 999'],
    [1000, 'Rp 1.000'],
    [100000, 'Rp 100.000'],
    [1234567890123, 'Rp 1.234.567.890.123'],
    [-1500000, '-Rp 1.500.000'],
    [-382000, '-Rp 382.000'],
  ])('shows %d as %s (id-ID grouping, docs/book.md §2)', (amount, shown) => {
    expect(formatRupiah(amount)).toBe(shown);
  });

  it.each([
    [1500000, 'Rp 1,500,000'],
    [0, 'Rp 0'],
    [999, 'Rp 999'],
    [1234567890123, 'Rp 1,234,567,890,123'],
    [-382000, '-Rp 382,000'],
  ])('shows %d in English as %s', (amount, shown) => {
    expect(formatRupiah(amount, 'en')).toBe(shown);
  });

  it('gives a message both: rupiahText', () => {
    expect(rupiahText(-1250000)).toEqual({ id: '-Rp 1.250.000', en: '-Rp 1,250,000' });
    expect(groupThousands('1500000')).toBe('1.500.000');
    expect(groupThousands('1500000', ',')).toBe('1,500,000');
  });
});

describe('divideHalfUp', () => {
  it.each([
    [5, 2, 3],
    [4, 2, 2],
    [7, 2, 4],
    [0, 3, 0],
    [1, 3, 0],
    [2, 3, 1],
    [18_000, 1, 18_000],
  ])('%d / %d rounds half up to %d', (n, d, q) => {
    expect(divideHalfUp(n, d)).toBe(q);
  });

  it('is exact beyond 2^53, through BigInt', () => {
    // (2^60 + 1) / 2 = 576460752303423488,5 → …489.
    expect(divideHalfUp(2n ** 60n + 1n, 2n)).toBe(Number(2n ** 59n + 1n));
    // One below the half: 3.617.921,4999999988 stays 3.617.921.
    expect(divideHalfUp(36_179_214_999_999_988n, 10_000_000_000n)).toBe(3_617_921);
  });

  it('refuses a negative numerator or a zero denominator (a broken invariant)', () => {
    expect(() => divideHalfUp(-1, 2)).toThrow(RangeError);
    expect(() => divideHalfUp(1, 0)).toThrow(RangeError);
  });
});
