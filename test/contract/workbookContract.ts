// The Workbook port's contract, run against every adapter (Sheets over the fake, .xlsx): the same
// cells in, the same cells out, the same refusals.
import { membersTab } from '../../src/core/book/schema';
import type { Cell, Grid } from '../../src/core/cell';
import type { SheetGrid } from '../../src/core/sheetGrid';
import type { Workbook } from '../../src/core/workbook';

export interface ContractSubject {
  readonly workbook: Workbook;
  /** Adds a tab as a person would have typed it (dates as date cells). */
  addUserTab(name: string, grid: Grid): void;
}

const tricky = [
  '=IMPORTXML("http://x","//a")',
  '+62 812 3456 7890',
  '-5 kg',
  '@budi',
  '081234567890',
  'TRUE',
  "'s-Gravenhage",
];

function generated(name: string, texts: readonly string[]): SheetGrid {
  return {
    name,
    rows: [
      [{ v: 'Judul', bold: true }],
      ...texts.map((t, i) => [
        { v: t },
        { v: 1000 * (i + 1), format: 'rupiah' as const },
        { v: { date: '2026-11-28' }, format: 'date' as const },
        { v: i % 2 === 0 },
      ]),
    ],
    widths: [200, 120, 100, 60],
    frozenRows: 1,
    orientation: 'portrait',
  };
}

export function workbookContract(adapter: string, make: () => ContractSubject): void {
  describe(`Workbook contract: ${adapter}`, () => {
    it('reads back the cells a person typed: text, numbers, booleans, dates, empties', () => {
      const s = make();
      const grid: Cell[][] = [
        ['ID Anggota', 'Nama', 'Tanggal Masuk', 'Luas'],
        ['A001', 'Siti', { date: '2026-02-28' }, 0.25],
        ['A002', null, { date: '2024-02-29' }, null],
        [null, null, null, true],
      ];
      s.addUserTab('Anggota', grid);
      expect(s.workbook.tabNames()).toContain('Anggota');
      expect(s.workbook.readTab('Anggota')).toEqual(grid);
      expect(s.workbook.isGenerated('Anggota')).toBe(false);
    });

    it('a missing tab is HostError tab.notFound', () => {
      expect(() => make().workbook.readTab('Tidak Ada')).toThrow(
        expect.objectContaining({ code: 'tab.notFound' }),
      );
    });

    it('writes a generated tab that reads back as written, text staying text', () => {
      const s = make();
      s.workbook.writeGenerated(generated('Pemeriksaan', tricky));
      expect(s.workbook.isGenerated('Pemeriksaan')).toBe(true);
      const back = s.workbook.readTab('Pemeriksaan');
      expect(back.slice(1).map((r) => r[0])).toEqual(tricky);
      expect(back[1]).toEqual([tricky[0], 1000, { date: '2026-11-28' }, true]);
    });

    it('cuts a text longer than a cell holds at 32,767 characters, ending in a mark', () => {
      const s = make();
      const name = `Siti ${'a'.repeat(100_000)}`;
      s.workbook.writeGenerated(generated('Pemeriksaan', [name, 'pendek']));
      const back = s.workbook.readTab('Pemeriksaan');
      const cut = back[1]?.[0] as string;
      expect(cut).toHaveLength(32_767);
      expect(cut).toBe(`${name.slice(0, 32_766)}…`);
      expect(back[2]?.[0]).toBe('pendek');
    });

    it('regenerating replaces the whole tab', () => {
      const s = make();
      s.workbook.writeGenerated(generated('Simpanan', tricky));
      s.workbook.writeGenerated(generated('Simpanan', ['satu']));
      expect(s.workbook.readTab('Simpanan')).toEqual([
        ['Judul', null, null, null],
        ['satu', 1000, { date: '2026-11-28' }, true],
      ]);
      expect(s.workbook.tabNames().filter((n) => n === 'Simpanan')).toHaveLength(1);
    });

    it('never writes over a same-named tab without the marker', () => {
      const s = make();
      s.addUserTab('Simpanan', [['Catatan saya'], [150000]]);
      expect(() => s.workbook.writeGenerated(generated('Simpanan', ['x']))).toThrow(
        expect.objectContaining({ code: 'tab.notGenerated' }),
      );
      expect(s.workbook.readTab('Simpanan')).toEqual([['Catatan saya'], [150000]]);
    });

    it('writes one cell: a date, a number, text that looks like a formula', () => {
      const s = make();
      s.addUserTab('Kas', [
        ['Tanggal', 'Uraian', 'Masuk'],
        ['28/11/2026', 'x', '1.500.000'],
      ]);
      s.workbook.writeCell('Kas', 2, 1, { date: '2026-11-28' });
      s.workbook.writeCell('Kas', 2, 2, '=SUM(A1:A9)');
      s.workbook.writeCell('Kas', 2, 3, 1500000);
      expect(s.workbook.readTab('Kas')).toEqual([
        ['Tanggal', 'Uraian', 'Masuk'],
        [{ date: '2026-11-28' }, '=SUM(A1:A9)', 1500000],
      ]);
    });

    it('creates an input tab with its header and rows, and never over an existing one', () => {
      const s = make();
      s.workbook.createInputTab(membersTab, [['A001', 'Siti']]);
      const back = s.workbook.readTab('Anggota');
      expect(back[0]).toEqual(membersTab.columns.map((c) => c.header));
      expect(back[1]!.slice(0, 2)).toEqual(['A001', 'Siti']);
      expect(s.workbook.isGenerated('Anggota')).toBe(false);
      expect(() => s.workbook.createInputTab(membersTab, [])).toThrow(
        expect.objectContaining({ code: 'tab.exists' }),
      );
    });
  });
}
