// Property: any grid of cells written into an .xlsx and read back is the same grid (as a rectangle
// ending at its last value), so nothing people type is changed on its way through the adapter.
import fc from 'fast-check';
import type { Cell } from '../../src/core/cell';
import { fromDayNumber, toDayNumber } from '../../src/core/isoDate';
import { membersTab } from '../../src/core/book/schema';
import { XlsxWorkbook } from '../../src/local/xlsxWorkbook';

/** Characters XML 1.0 cannot hold (exceljs drops them, as it must). */
function isXmlIllegal(code: number): boolean {
  return (
    (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0xfffe || code === 0xffff
  );
}

// Text as people type it: any Unicode but the control characters that XML cannot hold.
const text = fc
  .string({ unit: 'grapheme', minLength: 1, maxLength: 12 })
  .filter((s) => ![...s].some((ch) => isXmlIllegal(ch.codePointAt(0) ?? 0)));
const number = fc.oneof(
  fc.integer({ min: -1e12, max: 1e12 }),
  fc.double({ min: -1e9, max: 1e9, noNaN: true, noDefaultInfinity: true }).filter((x) => !Object.is(x, -0)),
);
// Dates a workbook can hold (Excel's calendar starts in 1900; its 1900 leap-day bug is before March).
const date = fc
  .integer({ min: toDayNumber('1900-03-01'), max: toDayNumber('2199-12-31') })
  .map((n): Cell => ({ date: fromDayNumber(n) }));
const anyCell: fc.Arbitrary<Cell> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(null) },
  { weight: 3, arbitrary: text },
  { weight: 2, arbitrary: number },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 2, arbitrary: date },
);

/** The rectangle from A1 to the last non-empty cell (A1 alone when empty), as both adapters read a tab. */
function rectangle(rows: readonly (readonly Cell[])[]): Cell[][] {
  let lastRow = 0;
  let lastCol = 0;
  rows.forEach((row, r) =>
    row.forEach((c, col) => {
      if (c !== null) {
        lastRow = Math.max(lastRow, r + 1);
        lastCol = Math.max(lastCol, col + 1);
      }
    }),
  );
  if (lastRow === 0) return [[null]];
  return rows.slice(0, lastRow).map((row) => Array.from({ length: lastCol }, (_, i) => row[i] ?? null));
}

it('an .xlsx gives back every cell written into it', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(fc.array(anyCell, { maxLength: 8 }), { maxLength: 12 }), async (rows) => {
      const wb = XlsxWorkbook.create();
      const header = membersTab.columns.map((c) => c.header);
      wb.writeInputGrid(membersTab, 'Anggota', [header, ...rows], 1);
      const back = await XlsxWorkbook.fromBuffer(await wb.toBuffer());
      expect(back.readTab('Anggota')).toEqual(rectangle([header, ...rows]));
    }),
    { numRuns: 60 },
  );
});

it('a generated tab gives back every value written into it', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(fc.array(anyCell, { maxLength: 6 }), { maxLength: 10 }), async (rows) => {
      const wb = XlsxWorkbook.create();
      wb.writeGenerated({
        name: 'Jurnal 2026-W48',
        rows: rows.map((row) => row.map((v) => ({ v, wrap: typeof v === 'string' }))),
        widths: [100, 100],
        frozenRows: 1,
        orientation: 'portrait',
      });
      const back = await XlsxWorkbook.fromBuffer(await wb.toBuffer());
      expect(back.readTab('Jurnal 2026-W48')).toEqual(rectangle(rows));
      expect(back.isGenerated('Jurnal 2026-W48')).toBe(true);
    }),
    { numRuns: 60 },
  );
});
