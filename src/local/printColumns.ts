// How a generated tab prints across A4 pages, worked out from its columns' widths: fit to one page
// wide when that is readable, else cut into pages at column boundaries, with the tab's first
// columns repeated at the left of every page. Only the .xlsx writers use it: Apps Script has no call
// for print settings, so it stays out of the add-on's bundle.
import type { SheetGrid } from '../core/sheetGrid';
import { PAGE_MARGINS } from './xlsxFormats';

/** The smallest print scale, in percent, at which a tab is fit to one page wide: 10 pt text prints at 8 pt. */
export const MIN_PRINT_SCALE = 80;

/** The width between A4's left and right margins (PAGE_MARGINS, as both .xlsx writers set them), in points. */
const SIDES = (PAGE_MARGINS.left + PAGE_MARGINS.right) * 72;
const PRINTABLE_POINTS = { landscape: 841.89 - SIDES, portrait: 595.28 - SIDES } as const;

/**
 * Points a pixel of a column's width takes on paper at 100 %. A column is written as characters of
 * 7 px (widthInChars); Excel draws such a character 7 px wide (0.75 pt a pixel), LibreOffice with
 * the book's default font, Calibri 11 (Carlito) or Arial 10 (Liberation Sans), about 7.4 px.
 * Planned at 7.6 px, so that a page's columns fit it in both.
 */
const POINTS_PER_PX = (0.75 * 7.6) / 7;

export interface ColumnPages {
  /** The columns (1-based) that start a new page, left to right, after the first page. */
  readonly breaks: readonly number[];
  /** The print scale in percent, one for every page: at least MIN_PRINT_SCALE when possible. */
  readonly scale: number;
  /** Columns from A printed at the left of every page (the tab's `printTitleColumns`). */
  readonly titleColumns: number;
}

type Layout = Pick<SheetGrid, 'widths' | 'orientation' | 'printTitleColumns' | 'keepColumns' | 'merges'>;

/**
 * How `grid` prints: undefined when its columns fit one page wide at MIN_PRINT_SCALE or more (fit
 * to one page wide, as every tab printed before); else the fewest pages wide whose every page
 * prints at MIN_PRINT_SCALE or more, the columns cut where the widest page is narrowest, never
 * inside a range of `keepColumns` or a merged block. When no cut reaches MIN_PRINT_SCALE (one
 * range wider than a page), the cut with the largest scale.
 */
export function columnPages(grid: Layout): ColumnPages | undefined {
  const { widths } = grid;
  const printable = PRINTABLE_POINTS[grid.orientation];
  const points = (from: number, to: number): number => {
    let px = 0;
    for (let c = from; c <= to; c += 1) px += widths[c - 1] ?? 0;
    return px * POINTS_PER_PX;
  };
  const scaleOf = (pagePoints: number): number => Math.min(100, Math.floor((100 * printable) / pagePoints));
  const last = widths.length;
  if (scaleOf(points(1, last)) >= MIN_PRINT_SCALE) return undefined;

  const titleColumns = Math.min(grid.printTitleColumns ?? 0, last - 1);
  const titles = points(1, titleColumns);
  // A page may start at column c unless c and the column before it are in one range kept together.
  const kept = [
    ...(grid.keepColumns ?? []),
    ...(grid.merges ?? []).map((m): readonly [number, number] => [m.col, m.col + m.cols - 1]),
  ];
  const starts = [titleColumns + 1];
  for (let c = titleColumns + 2; c <= last; c += 1)
    if (!kept.some(([first, end]) => first < c && c <= end)) starts.push(c);
  starts.push(last + 1);

  // widest[p][j]: the narrowest widest page of p pages holding the columns up to starts[j] - 1,
  // and from[p][j] where its last page starts.
  const n = starts.length - 1;
  const widest: number[][] = [Array.from({ length: n + 1 }, (_, j) => (j === 0 ? 0 : Infinity))];
  const from: number[][] = [[]];
  let best: ColumnPages | undefined;
  for (let p = 1; p <= n; p += 1) {
    widest.push(Array<number>(n + 1).fill(Infinity));
    from.push(Array<number>(n + 1).fill(-1));
    for (let j = p; j <= n; j += 1)
      for (let i = p - 1; i < j; i += 1) {
        const page = Math.max(widest[p - 1]![i]!, titles + points(starts[i]!, starts[j]! - 1));
        if (page < widest[p]![j]!) {
          widest[p]![j] = page;
          from[p]![j] = i;
        }
      }
    const scale = scaleOf(widest[p]![n]!);
    if (p === 1 || (best !== undefined && scale <= best.scale)) continue;
    const breaks: number[] = [];
    for (let q = p, j = n; q > 1; q -= 1) {
      j = from[q]![j]!;
      breaks.unshift(starts[j]!);
    }
    best = { breaks, scale, titleColumns };
    if (scale >= MIN_PRINT_SCALE) break;
  }
  return best;
}
