// The checks find exactly the demo book's deliberate problems: no more (the demo is otherwise
// clean), no fewer (each one is where the demo says it put it).
import type { Grid } from '../../../src/core/cell';
import { checkBook } from '../../../src/core/book/checkBook';
import { demoBook } from '../../../src/core/demo/demoBook';

const codes: Record<string, string> = {
  'NIK stored as a number': 'member.nik.number',
  'phone number lost its leading zero': 'member.phone.lostZero',
  'money typed as text': 'value.money.text',
  'date typed as text': 'value.date.text',
  'duplicate receipt number': 'cash.receiptNo.duplicate',
};

describe.each(['2026-11-28', '2026-01-01', '2024-02-29'])('the demo book of %s', (today) => {
  const demo = demoBook(today);
  const grids = new Map<string, Grid>(demo.tabs.map((t) => [t.name, t.grid]));
  const { book, problems } = checkBook({ tabNames: () => [...grids.keys()], readTab: (n) => grids.get(n) ?? [] }, today);
  // The tabs the checks read so far: the assertion grows with them.
  const read = new Set(Object.values(book.tabNames));

  it('is read', () => {
    expect(book.settings.groupName).toBe('Kelompok Tani Mekar Sari');
    expect(book.members).toHaveLength(30);
    expect(read.has('Anggota')).toBe(true);
  });

  it('has exactly its deliberate problems, as errors and warnings', () => {
    const found = problems
      .filter((p) => p.severity !== 'info')
      .map((p) => ({ tab: p.tab, row: p.row, column: p.column, code: p.code }))
      .sort((a, b) => a.tab.localeCompare(b.tab) || a.row - b.row);
    const expected = demo.deliberate
      .filter((d) => read.has(d.tab))
      .map((d) => ({ tab: d.tab, row: d.row, column: d.column, code: codes[d.what] }))
      .sort((a, b) => a.tab.localeCompare(b.tab) || a.row - b.row);
    expect(found).toEqual(expected);
  });
});
