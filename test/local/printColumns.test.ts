// How a generated tab prints across A4 pages, from its columns' widths: fit to one page wide when
// that is 80 % or more, else the fewest pages wide at 80 % or more, cut where the widest page is
// narrowest, never inside a range kept together or a merged block.
import { columnPages, MIN_PRINT_SCALE } from '../../src/local/printColumns';

const landscape = (widths: number[], extra: object = {}) =>
  columnPages({ widths, orientation: 'landscape', ...extra });

describe('columnPages', () => {
  it('leaves a tab that fits one page wide at 80 % or more to fit to one page wide', () => {
    // Pemeriksaan (1.100 px landscape), Kartu Anggota (762 px portrait): 85 % and 84 %.
    expect(landscape([100, 300, 300, 400])).toBeUndefined();
    expect(columnPages({ widths: [32, 84, 280, 104, 84, 84, 98], orientation: 'portrait' })).toBeUndefined();
    // 870 px is 73 % of A4 portrait, 100 % of A4 landscape.
    const savings = [40, 90, 180, 110, 110, 110, 110, 120];
    expect(columnPages({ widths: savings, orientation: 'portrait' })).toEqual({
      breaks: [5],
      scale: 100,
      titleColumns: 0,
    });
    expect(columnPages({ widths: savings, orientation: 'landscape' })).toBeUndefined();
  });

  it('cuts a wide tab into the fewest pages, as even as the columns allow, at one scale', () => {
    // 20 columns of 100 px: two pages of 10, each 1.000 px, at 94 %.
    expect(landscape(Array(20).fill(100))).toEqual({ breaks: [11], scale: 94, titleColumns: 0 });
    // 30 columns: three pages.
    expect(landscape(Array(30).fill(100))).toEqual({ breaks: [11, 21], scale: 94, titleColumns: 0 });
  });

  it('prints the title columns on every page, so each page holds fewer of the others', () => {
    const plan = landscape(Array(20).fill(100), { printTitleColumns: 2 });
    // Two title columns and nine others a page: 1.100 px, 85 %.
    expect(plan).toEqual({ breaks: [12], scale: 85, titleColumns: 2 });
    // Four title columns: two pages of A-D and 8 others (1.200 px) would be 78 %, so three pages
    // of A-D and 5, 5 and 6 others, at 94 %.
    expect(landscape(Array(20).fill(100), { printTitleColumns: 4 })).toEqual({
      breaks: [10, 15],
      scale: 94,
      titleColumns: 4,
    });
  });

  it('never starts a page inside a range kept together or a merged block', () => {
    const widths = Array(20).fill(100);
    // Not 10 and 10 columns: 9 and 11, at 85 %.
    expect(landscape(widths, { keepColumns: [[10, 12]] })).toEqual({
      breaks: [10],
      scale: 85,
      titleColumns: 0,
    });
    // A block merged over 12 columns (1.200 px): no page holds it at 80 %, so two pages at 78 %
    // (a third page would print no larger).
    expect(landscape(widths, { merges: [{ row: 30, col: 1, rows: 2, cols: 12 }] })).toEqual({
      breaks: [13],
      scale: 78,
      titleColumns: 0,
    });
  });

  it('takes the largest scale it can when no cut reaches 80 %', () => {
    // Columns 1-15 kept together: one page of 1.500 px at most, at 63 %.
    const plan = landscape(Array(20).fill(100), { keepColumns: [[1, 15]] });
    expect(plan).toEqual({ breaks: [16], scale: 63, titleColumns: 0 });
    expect(plan!.scale).toBeLessThan(MIN_PRINT_SCALE);
    // Nothing to cut at all: fit to one page wide, as before.
    expect(landscape([2_000])).toBeUndefined();
  });

  it('never prints larger than 100 %', () => {
    expect(landscape([600, 600, 600], { printTitleColumns: 0 })).toEqual({
      breaks: [2, 3],
      scale: 100,
      titleColumns: 0,
    });
  });
});
