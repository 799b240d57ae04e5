// Whatever the cells hold, reading the book never throws and every problem is well formed.
import fc from 'fast-check';
import { readBook } from '../../../src/core/book/readBook';
import { inputTabs } from '../../../src/core/book/schema';
import type { Grid } from '../../../src/core/cell';
import { problemCatalogue } from '../../../src/core/problems/problemCatalogue';
import type { Problem } from '../../../src/core/problems/problem';
import { tabSource } from './fixtures';

const words = [
  ...inputTabs.flatMap((t) => t.columns.flatMap((c) => [c.header, ...c.aliases])),
  'Jumlah',
  'TOTAL',
  'Saldo akhir',
  'Rp 1.500.000',
  '1,5 juta',
  '28/11/2026',
  '31/02/2026',
  '28 November 2026',
  'Simpanan Wajib',
  'Pencairan Pinjaman',
  'Angsuran Pinjaman',
  'Keluar',
  'Ketua',
  'A001',
  'P001',
  '3203011505800001',
  '=SUM(A1:A3)',
  '',
  '   ',
];

const junkCell: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(...words),
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -0, 1e21, 0.015, 3203011505800001, 81234567890),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.date({ noInvalidDate: true }).map((dt) => ({ date: dt.toISOString().slice(0, 10) })),
  fc.string().map((s) => ({ date: s })),
  fc.constantFrom({ date: '2026-02-30' }, { date: 42 }, {}, [], [[]], { nested: { date: '2026-01-01' } }),
);

const junkRow = fc.array(junkCell, { maxLength: 14 });

/** Each input tab with its canonical headers (so that rows are read), then the junk rows. */
function tabsWithHeaders(rows: readonly unknown[][]): Record<string, Grid> {
  const tabs: Record<string, Grid> = {};
  for (const spec of inputTabs) {
    tabs[spec.name] = [spec.columns.map((c) => c.header), ...rows] as unknown as Grid;
  }
  return tabs;
}

/**
 * A problem tells its message anew on each read of `message` (it is not kept): read once here, or
 * the 10,000-row case formats every message four times.
 */
const isWellFormed = (p: Problem): boolean => {
  const message = p.message;
  return (
    p.code in problemCatalogue &&
    ['error', 'warning', 'info'].includes(p.severity) &&
    Number.isInteger(p.row) &&
    p.row >= 0 &&
    Number.isInteger(p.col) &&
    p.col >= 0 &&
    typeof p.column === 'string' &&
    message.id.length > 0 &&
    message.en.length > 0 &&
    !message.id.includes('undefined') &&
    !message.en.includes('undefined')
  );
};

function expectWellFormed(reading: ReturnType<typeof readBook>) {
  expect(reading.problems.filter((p) => !isWellFormed(p))).toEqual([]);
}

describe('readBook on junk', () => {
  it('never throws on small junk grids, with or without headers', () => {
    fc.assert(
      fc.property(fc.array(junkRow, { maxLength: 30 }), fc.boolean(), (rows, withHeaders) => {
        const tabs = withHeaders
          ? tabsWithHeaders(rows)
          : Object.fromEntries(inputTabs.map((t) => [t.name, rows as unknown as Grid]));
        expectWellFormed(readBook(tabSource(tabs), { today: '2026-11-28' }));
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on a junk grid of 10,000 rows in every tab', () => {
    fc.assert(
      fc.property(fc.array(junkRow, { minLength: 10000, maxLength: 10000 }), (rows) => {
        expectWellFormed(readBook(tabSource(tabsWithHeaders(rows)), { today: '2026-11-28' }));
      }),
      // One run: the size is what this case adds (nothing per row may grow a stack or go quadratic),
      // and a second random book of 10,000 junk rows (4 s) adds no kind of row the small test's 300
      // runs do not try. No shrinking: a counterexample of 10,000 rows would take minutes to shrink.
      { numRuns: 1, endOnFailure: true },
    );
  });

  it('never throws when tab names and grids are odd', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.array(junkRow, { maxLength: 5 })), (tabs) => {
        expectWellFormed(
          readBook(tabSource(tabs as unknown as Record<string, Grid>), { today: '2026-11-28' }),
        );
      }),
      { numRuns: 100 },
    );
  });
});
