// A source that hands its cells over for good (a file read once) has each Kas row let go as soon as
// it is read; the book and every problem are the same as from a source that keeps its cells.
import type { Grid } from '../../../src/core/cell';
import { readBook } from '../../../src/core/book/readBook';
import { baseCash, cashGrid, d, sampleTabs, tabSource, TODAY } from './fixtures';

/** Kas with rows that break rules (a repeated receipt, both amounts, an unknown member, a summary row). */
function kas(): Grid {
  return cashGrid([
    ...baseCash,
    { ...baseCash[0], receiptNo: 'K001' },
    { ...baseCash[1], receiptNo: 'K007', amountOut: 5000 },
    { ...baseCash[4], receiptNo: 'K008', memberId: 'A999', date: d('2026-03-03') },
    { description: 'Jumlah', amountIn: 200000 },
    { ...baseCash[4], receiptNo: 'K009', date: 'bukan tanggal' },
  ]);
}

/** The same tabs, each grid a fresh copy; the Kas grid as handed to the core. */
function source(handsOverCells: boolean) {
  const tabs = sampleTabs({ Kas: kas() });
  return { source: { ...tabSource(tabs), ...(handsOverCells && { handsOverCells }) }, kas: tabs.Kas! };
}

describe('Kas rows let go once read', () => {
  it('reads the same book and problems, and leaves only the rows above the data', () => {
    const kept = source(false);
    const handed = source(true);
    const fromKept = readBook(kept.source, { today: TODAY });
    const fromHanded = readBook(handed.source, { today: TODAY });
    expect(fromHanded.book).toEqual(fromKept.book);
    expect(JSON.stringify(fromHanded.problems)).toEqual(JSON.stringify(fromKept.problems));
    expect(fromKept.problems.map((p) => p.code)).toEqual(
      expect.arrayContaining([
        'cash.receiptNo.duplicate',
        'cash.amount.both',
        'cash.member.unknown',
        'row.summary',
      ]),
    );
    // A source that keeps its cells keeps them all.
    expect(kept.source.readTab('Kas')).toEqual(kas());
    // Handed over: the header row stays, each data row read is let go, the skipped summary row stays.
    const rows = handed.kas;
    expect(rows[0]).toEqual(kas()[0]);
    const left = rows.flatMap((row, i) => (row === undefined ? [] : [i + 1]));
    const summary = kas().findIndex((row) => row[2] === 'Jumlah') + 1;
    expect(left).toEqual([1, summary]);
  });
});
