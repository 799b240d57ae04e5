// RUK <year> and Saprodi <season> as a supervisor prints them: each summary label merged over two
// columns (one column cut `Tidak Terlaksana` and `Tepat ketiganya` short), the counts beside them.
import { planSheet } from '../../../src/core/generatedTabs/planSheet';
import { saprodiSheet, saprodiTabName } from '../../../src/core/generatedTabs/saprodiSheet';
import { planReport } from '../../../src/core/plan/planReport';
import { saprodiReport } from '../../../src/core/saprodi/saprodiReport';
import type { OutCell } from '../../../src/core/sheetGrid';
import { activity, bookOf, member } from '../bookBuilder';

const book = {
  ...bookOf({
    members: [member('A001', 'Budi')],
    activities: [activity('2026-02-10', 'Pelatihan', 'Pelatihan kompos', { planCode: 'R01' })],
  }),
  plan: [
    {
      tab: 'RUK',
      row: 2,
      code: 'R01',
      activity: 'Pelatihan kompos',
      type: 'Pelatihan' as const,
      month: '2026-09',
    },
    { tab: 'RUK', row: 3, code: 'R02', activity: 'Demplot', type: 'Lainnya' as const, month: '2026-03' },
  ],
  saprodi: [
    {
      tab: 'Saprodi',
      row: 2,
      season: 'MT I 2026',
      memberId: 'A001',
      commodity: 'Padi',
      areaHa: 0.5,
      kind: 'Urea' as const,
      plannedKg: 50,
      receivedKg: 50,
      receivedDate: '2026-03-01',
      plantingDate: '2026-03-05',
    },
  ],
};
const values = (row: readonly OutCell[] | undefined) => (row ?? []).map((c) => c.v);

describe('RUK <year>', () => {
  const grid = planSheet(planReport(book, '2026-04-10', { year: 2026 }), book, 'id', '2026-04-10 08:00');
  const at = (label: string) => grid.rows.findIndex((r) => r[1]?.v === label);

  it('writes each status and On time in column B, merged over C, with the count in D', () => {
    const first = at('Terlaksana');
    expect(values(grid.rows[first]).slice(1, 4)).toEqual(['Terlaksana', null, 1]);
    expect(values(grid.rows[at('Tidak Terlaksana')]).slice(1, 4)).toEqual(['Tidak Terlaksana', null, 1]);
    // R01 done early counts as due: 1 of 2.
    expect(values(grid.rows[at('Tepat waktu')]).slice(1, 4)).toEqual(['Tepat waktu', null, 0.5]);
    expect(grid.merges).toEqual([{ row: first + 1, col: 2, rows: 5, cols: 2 }]);
  });

  it('gives Bulan room for `September 2026`, within the same A4 width', () => {
    expect(values(grid.rows[grid.frozenRows]).slice(4, 5)).toEqual(['September 2026']);
    // 100 px of Arial 10: at 95 px it was cut.
    expect(grid.widths[4]).toBe(110);
    expect(grid.widths.reduce((s, w) => s + w, 0)).toBe(985);
  });

  it('wraps each row’s status in its coloured cell: `Tidak Terlaksana` is wider than Status (80 px)', () => {
    const status = grid.rows.slice(grid.frozenRows, grid.frozenRows + 2).map((r) => r[10]);
    expect(status).toEqual([
      { v: 'Terlaksana', background: '#d9ead3', wrap: true },
      { v: 'Tidak Terlaksana', background: '#f4cccc', wrap: true },
    ]);
    expect(grid.widths[10]).toBe(80);
  });
});

describe('saprodiTabName', () => {
  test('the season as written, without the characters a tab name may not hold', () => {
    expect(saprodiTabName('MT I 2026')).toBe('Saprodi MT I 2026');
    expect(saprodiTabName('MT I/2026 ')).toBe('Saprodi MT I-2026');
  });
  test('two long seasons alike in their first 31 characters get tabs of their own (found by an audit)', () => {
    const a = saprodiTabName('Musim Tanam Pertama Padi Sawah Irigasi Teknis 2026');
    const b = saprodiTabName('Musim Tanam Pertama Padi Sawah Irigasi Teknis 2027');
    expect(a).toMatch(/^Saprodi Musim Tanam Perta… [0-9a-z]{4}$/);
    expect(b).toMatch(/^Saprodi Musim Tanam Perta… [0-9a-z]{4}$/);
    expect(a).not.toBe(b);
    expect(a.length).toBeLessThanOrEqual(31);
    // The same season, the same tab: a report made again replaces its own tab.
    expect(saprodiTabName('Musim Tanam Pertama Padi Sawah Irigasi Teknis 2026')).toBe(a);
  });
});

describe('Saprodi <season>', () => {
  const grid = saprodiSheet(
    saprodiReport(book, 'MT I 2026', '2026-04-10'),
    book,
    'id',
    '2026-04-10',
    '2026-04-10 08:00',
  );

  it('writes each share label in column B merged over C, and wraps its definition over F to M', () => {
    const first = grid.rows.findIndex((r) => r[1]?.v === 'Tepat orang');
    expect(values(grid.rows[first + 3]).slice(1, 5)).toEqual(['Tepat ketiganya', null, '1 / 1', 1]);
    expect(grid.rows[first]![5]).toMatchObject({ italic: true, wrap: true });
    expect(grid.merges).toEqual([
      { row: first + 1, col: 2, rows: 4, cols: 2 },
      { row: first + 1, col: 6, rows: 4, cols: 8 },
    ]);
  });

  it('repeats no row on every printed page (the RDKK has columns of its own), and starts the RDKK on a page', () => {
    // On screen the title block and the header stay frozen; printed, they would stand above the RDKK.
    expect(grid.frozenRows).toBe(6);
    expect(grid.printTitleRows).toBe(0);
    const rdkk = grid.rows.findIndex((r) => r[0]?.v === 'RDKK MT I 2026') + 1;
    // Its page names whose list it is and of which day, as it goes to the extension officer on its
    // own (found by a print audit: only its title); the day on a line of its own (a long name and
    // place filled the page's width).
    expect([values(grid.rows[rdkk]), values(grid.rows[rdkk + 1]), values(grid.rows[rdkk + 2])]).toEqual([
      ['Kelompok Tani Makmur'],
      ['Per tanggal 10 April 2026'],
      ['Rencana Definitif Kebutuhan Kelompok untuk penyuluh. NIK ditulis lengkap hanya di daftar ini.'],
    ]);
    expect(grid.pageBreaks).toEqual([rdkk]);
  });
});

describe('Saprodi <season>: planted area over the subsidy limit', () => {
  // A limit of 1,5 ha and A001 with 0,75 + 1 ha: each figure as the tab's language writes a decimal
  // (the Indonesian side wrote `1.5 ha`, which reads as fifteen hundred there).
  const over = {
    ...book,
    settings: { ...book.settings, subsidyAreaLimit: 1.5 },
    saprodi: [
      { ...book.saprodi[0]!, areaHa: 0.75 },
      { ...book.saprodi[0]!, row: 3, commodity: 'Jagung', areaHa: 1 },
    ],
  };
  const line = (lang: 'id' | 'en') =>
    saprodiSheet(saprodiReport(over, 'MT I 2026', '2026-04-10'), over, lang, '2026-04-10', '2026-04-10 08:00')
      .rows.map((r) => r[1]?.v)
      .find((v) => typeof v === 'string' && /Subsidi|subsidy/.test(v));

  it('says the limit and each area with a decimal comma in Indonesian', () => {
    expect(line('id')).toBe('Luas tanam lebih dari Batas Luas Subsidi 1,5 ha: A001 (1,75 ha).');
  });

  it('and with a decimal point in English', () => {
    expect(line('en')).toBe('Planted area over the subsidy limit of 1.5 ha: A001 (1.75 ha).');
  });
});
