// The cells every generated tab is made of: what `cell` and `rupiahCell` give, and that the one empty
// cell they share cannot be changed through any of the places that hold it.
import { cell } from '../../../src/core/sheetGrid';
import { rupiahCell } from '../../../src/core/generatedTabs/rupiahCell';

describe('cell', () => {
  it('gives the value alone when there is no style, and the style beside it when there is', () => {
    expect(Object.keys(cell('Budi'))).toEqual(['v']);
    expect(cell('Budi')).toEqual({ v: 'Budi' });
    expect(cell(0)).toEqual({ v: 0 });
    expect(cell({ date: '2026-11-30' })).toEqual({ v: { date: '2026-11-30' } });
    expect(cell('Jumlah', { bold: true, align: 'right' })).toEqual({
      v: 'Jumlah',
      bold: true,
      align: 'right',
    });
    expect(cell(null, { italic: true })).toEqual({ v: null, italic: true });
  });

  it('shares one frozen empty cell, so a tab of 5,000 cards keeps no copy of it per place', () => {
    const a = cell(null);
    expect(a).toEqual({ v: null });
    expect(cell(null)).toBe(a);
    expect(Object.isFrozen(a)).toBe(true);
    // Changing it throws (test files are strict, as the bundle is), rather than changing every place.
    expect(() => Object.assign(a, { bold: true })).toThrow(TypeError);
    expect(cell(null)).toEqual({ v: null });
    // A style makes a cell of its own, never the shared one.
    expect(cell(null, {})).not.toBe(a);
  });
});

describe('rupiahCell', () => {
  it('is a Rupiah amount, bold only for a total', () => {
    expect(rupiahCell(1500000)).toEqual({ v: 1500000, format: 'rupiah' });
    expect(Object.keys(rupiahCell(1500000))).toEqual(['v', 'format']);
    expect(rupiahCell(1500000, true)).toEqual({ v: 1500000, format: 'rupiah', bold: true });
    expect(rupiahCell(0)).toEqual({ v: 0, format: 'rupiah' });
  });
});
