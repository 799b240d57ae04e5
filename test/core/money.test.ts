import { formatRupiah } from '../../src/core/money';

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
  ])('shows %d as %s (id-ID grouping, BOOK.md section 2)', (amount, shown) => {
    expect(formatRupiah(amount)).toBe(shown);
  });
});
