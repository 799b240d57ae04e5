// What treasurers really type, in every column of every input tab: never a crash, and each problem it
// causes on its row is well worded and at least one of them stands in the very cell that was typed.
import { readBook } from '../../../src/core/book/readBook';
import {
  activitiesTab,
  cashTab,
  loansTab,
  membersTab,
  settingKeys,
  type TabSpec,
} from '../../../src/core/book/schema';
import type { Cell } from '../../../src/core/cell';
import {
  TODAY,
  activitiesGrid,
  baseActivities,
  baseCash,
  baseLoans,
  baseSettings,
  baseMembers,
  cashGrid,
  d,
  loansGrid,
  membersGrid,
  sampleTabs,
  settingsGrid,
  tabSource,
  type Row,
} from './fixtures';

const typed: readonly Cell[] = [
  'Rp1.500.000',
  'Rp. 1.500.000',
  ' 1500000 ',
  '1.500.000,-',
  '-500000',
  -500000,
  '1e6',
  1e6,
  1500000.5,
  '31/02/2026',
  '2/3/2026',
  '28-Nov-2026',
  '28 Nopember 2026',
  '17 Agst 2026',
  '28/11/26',
  d('2026-03-02'),
  d('2027-01-01'),
  true,
  false,
  '#N/A',
  '#REF!',
  '#DIV/0!',
  '3203 0115 0580 0003',
  '3203.0115.0580.0003',
  3203011505800003,
  '0812-3456-7890',
  '+62 812 3456 7890',
  '6281234567890',
  81234567890,
  'Pembelian pupuk urea untuk semua anggota kelompok. '.repeat(200),
  '=SUM(G2:G9)',
  '🌾',
];

type AnyRow = Row<string>;

/** Each tab's grid with its row `index` (0-based among the sample rows) changed in one column. */
const tabs: readonly {
  readonly name: 'Anggota' | 'Kas' | 'Pinjaman' | 'Kegiatan';
  readonly spec: TabSpec;
  readonly index: number;
  readonly grid: (rows: readonly AnyRow[]) => Cell[][];
  readonly rows: readonly AnyRow[];
}[] = [
  { name: 'Anggota', spec: membersTab, index: 2, grid: (r) => membersGrid(r as never), rows: baseMembers },
  { name: 'Kas', spec: cashTab, index: 3, grid: (r) => cashGrid(r as never), rows: baseCash },
  { name: 'Pinjaman', spec: loansTab, index: 0, grid: (r) => loansGrid(r as never), rows: baseLoans },
  {
    name: 'Kegiatan',
    spec: activitiesTab,
    index: 0,
    grid: (r) => activitiesGrid(r as never),
    rows: baseActivities,
  },
];

const cases = tabs.flatMap((tab) =>
  tab.spec.columns.flatMap((column, c) =>
    typed.map((value) => ({ tab, key: column.key, header: column.header, col: c + 1, value })),
  ),
);

describe('what treasurers type', () => {
  it(`reads ${cases.length} typed cells without a crash, each problem worded and one in the typed cell`, () => {
    const unlocated: string[] = [];
    const refused = new Set<string>();
    for (const { tab, key, header, col, value } of cases) {
      const rows = tab.rows.map((r, i) => (i === tab.index ? { ...r, [key]: value } : r));
      const row = tab.index + 2;
      const { problems } = readBook(tabSource(sampleTabs({ [tab.name]: tab.grid(rows) })), { today: TODAY });
      const mine = problems.filter((p) => p.tab === tab.name && p.row === row && p.severity !== 'info');
      for (const p of mine) {
        expect(`${p.message.id} ${p.message.en}`).not.toMatch(/undefined|NaN|\[object|\{\w+\}/);
        expect(p.message.id.length).toBeLessThan(700);
      }
      if (mine.length > 0) refused.add(`${tab.name}.${key} = ${JSON.stringify(value)}`);
      if (mine.length > 0 && !mine.some((p) => p.col === col && p.column === header)) {
        unlocated.push(
          `${tab.name}.${key} = ${JSON.stringify(value)}: ${mine.map((p) => p.code).join(', ')}`,
        );
      }
    }
    expect(unlocated).toEqual([]);
    // The sweep is not empty: these are refused or warned about where they were typed.
    for (const seen of [
      'Kas.amountIn = "#N/A"',
      'Kas.amountIn = "1.500.000,-"',
      'Kas.description = "#REF!"',
      'Anggota.memberId = {"date":"2026-03-02"}',
      'Anggota.phone = "3203.0115.0580.0003"',
      'Pinjaman.principal = "1e6"',
      'Kegiatan.date = "28/11/26"',
    ])
      expect(refused).toContain(seen);
  });
});

describe('what treasurers type in Pengaturan', () => {
  it('reads every typed value under every key without a crash, each problem in its Nilai cell', () => {
    const unlocated: string[] = [];
    for (const key of settingKeys) {
      for (const value of typed) {
        const entries: [string, Cell][] = Object.entries(baseSettings).filter(([k]) => k !== key.name);
        entries.push([key.name, value]);
        const row = entries.length + 1;
        const { problems } = readBook(tabSource(sampleTabs({ Pengaturan: settingsGrid(entries) })), {
          today: TODAY,
        });
        const mine = problems.filter((p) => p.tab === 'Pengaturan' && p.severity !== 'info');
        for (const p of mine) {
          expect(`${p.message.id} ${p.message.en}`).not.toMatch(/undefined|NaN|\[object|\{\w+\}/);
          expect(p.message.id.length).toBeLessThan(700);
          if (p.row !== row || p.col !== 2 || p.column !== 'Nilai')
            unlocated.push(`${key.name} = ${JSON.stringify(value)}: ${p.code} R${p.row}C${p.col}`);
        }
      }
    }
    expect(unlocated).toEqual([]);
  });
});
