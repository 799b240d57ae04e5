// Grid-building helpers for tests of the book: tabs from rows keyed by column, a tab source, a small realistic book.
import type { Cell, DateCell, Grid } from '../../../src/core/cell';
import type { Problem } from '../../../src/core/problems/problem';
import type { TabSource } from '../../../src/core/book/readBook';
import { rowCells } from '../../../src/core/book/tabCells';
import {
  activitiesTab,
  cashTab,
  loansTab,
  membersTab,
  settingsTab,
  type ActivityColumn,
  type CashColumn,
  type LoanColumn,
  type MemberColumn,
  type TabSpec,
} from '../../../src/core/book/schema';

/** A date cell. */
export const d = (iso: string): DateCell => ({ date: iso });

export type Row<K extends string> = Partial<Record<K, Cell>>;

export interface TabGridOptions<K extends string> {
  /** Which columns, in this order (default: every column of the spec). */
  readonly columns?: readonly K[];
  /** Headers as the user wrote them, instead of the canonical ones. */
  readonly headers?: Partial<Record<K, string>>;
  /** Rows above the header (titles); the header then stands at sheet row `above.length + 1`. */
  readonly above?: readonly (readonly Cell[])[];
  /** Extra columns the book does not know, appended after the known ones: header and a value per row. */
  readonly extra?: { readonly header: string; readonly values?: readonly Cell[] };
}

/** A tab's grid: an optional title block, the header row, then one row per object keyed by column. */
export function tabGrid<K extends string>(
  spec: TabSpec<K>,
  rows: readonly Row<K>[],
  options: TabGridOptions<K> = {},
): Cell[][] {
  // The chosen columns as a spec of their own, so that the core's cells put them in this order.
  const shown: TabSpec<K> = options.columns
    ? { ...spec, columns: options.columns.map((k) => spec.columns.find((c) => c.key === k)!) }
    : spec;
  const header: Cell[] = shown.columns.map((c) => options.headers?.[c.key] ?? c.header);
  if (options.extra) header.push(options.extra.header);
  const body = rows.map((row, i) => {
    const cells = rowCells(shown, row);
    if (options.extra) cells.push(options.extra.values?.[i] ?? null);
    return cells;
  });
  return [...(options.above ?? []).map((r) => [...r]), header, ...body];
}

/** Sheet row of the i-th (0-based) data row of a `tabGrid` with `above` title rows. */
export const dataRow = (i: number, above = 0): number => above + 2 + i;

/** `Pengaturan` as two columns `Kunci | Nilai`. */
export function settingsGrid(
  entries: Readonly<Record<string, Cell>> | readonly (readonly [string, Cell])[],
): Cell[][] {
  const pairs = Array.isArray(entries) ? entries : Object.entries(entries);
  return tabGrid(
    settingsTab,
    pairs.map(([key, value]) => ({ key, value })),
  );
}

export const membersGrid = (rows: readonly Row<MemberColumn>[], options?: TabGridOptions<MemberColumn>) =>
  tabGrid(membersTab, rows, options);
export const cashGrid = (rows: readonly Row<CashColumn>[], options?: TabGridOptions<CashColumn>) =>
  tabGrid(cashTab, rows, options);
export const loansGrid = (rows: readonly Row<LoanColumn>[], options?: TabGridOptions<LoanColumn>) =>
  tabGrid(loansTab, rows, options);
export const activitiesGrid = (
  rows: readonly Row<ActivityColumn>[],
  options?: TabGridOptions<ActivityColumn>,
) => tabGrid(activitiesTab, rows, options);

/** A tab source over named grids, as a Workbook would give them. */
export function tabSource(tabs: Readonly<Record<string, Grid>>): TabSource {
  return {
    tabNames: () => Object.keys(tabs),
    readTab: (name) => tabs[name] ?? [],
  };
}

/** The problems with this code. */
export const withCode = (problems: readonly Problem[], code: string): Problem[] =>
  problems.filter((p) => p.code === code);

/**
 * The place a rule's test expects for a problem in a tab written by `tabGrid` with every column:
 * the column's number and header come from the schema, the row is `row` unless given.
 */
export function placeIn<K extends string>(spec: TabSpec<K>, row: number) {
  return (code: string, key: K, severity: Problem['severity'] = 'error', at = row) => {
    const index = spec.columns.findIndex((c) => c.key === key);
    return { code, row: at, column: spec.columns[index]!.header, col: index + 1, severity };
  };
}

/** Where a problem is and how heavy: what every rule's test asserts. */
export const placeOf = (p: Problem) => ({
  code: p.code,
  row: p.row,
  column: p.column,
  col: p.col,
  severity: p.severity,
});

export const TODAY = '2026-11-28';

export const baseSettings: Readonly<Record<string, Cell>> = {
  'Nama Kelompok': 'Kelompok Tani Makmur',
  Desa: 'Sukamaju',
  Kecamatan: 'Cibeber',
  Kabupaten: 'Cianjur',
  Provinsi: 'Jawa Barat',
  'Nama Pendamping': 'Siti Rahayu',
  'Saldo Awal Kas': 2000000,
  'Tanggal Saldo Awal': d('2026-01-01'),
};

/** Three active members: the chair, the treasurer and a member; every rule holds for them. */
export const baseMembers: readonly Row<MemberColumn>[] = [
  {
    memberId: 'A001',
    name: 'Budi Santoso',
    nik: '3203011505800001',
    gender: 'L',
    birthDate: d('1980-05-15'),
    role: 'Ketua',
    phone: '081234567890',
    joinDate: d('2020-03-01'),
    status: 'Aktif',
    address: 'Dusun Kaler',
    landHa: 0.5,
    commodity: 'Padi',
  },
  {
    memberId: 'A002',
    name: 'Sri Wahyuni',
    nik: '3203015208850002',
    gender: 'P',
    birthDate: d('1985-08-12'),
    role: 'Bendahara',
    phone: '+62 812-3456-7891',
    joinDate: d('2020-03-01'),
    status: 'Aktif',
    landHa: 0.25,
  },
  {
    memberId: 'A003',
    name: 'Asep Sunandar',
    gender: 'L',
    role: 'Anggota',
    householdHead: 'A001',
    joinDate: d('2021-06-10'),
  },
];

export const baseLoans: readonly Row<LoanColumn>[] = [
  {
    loanId: 'P001',
    memberId: 'A003',
    disbursed: d('2026-01-15'),
    principal: 1200000,
    ratePercent: 1.5,
    method: 'Flat',
    installments: 12,
    frequency: 'Bulanan',
    purpose: 'Pupuk',
  },
];

export const baseCash: readonly Row<CashColumn>[] = [
  {
    date: d('2026-01-05'),
    receiptNo: 'K001',
    description: 'Simpanan pokok Budi',
    category: 'Simpanan Pokok',
    memberId: 'A001',
    amountIn: 100000,
  },
  {
    date: d('2026-01-05'),
    receiptNo: 'K002',
    description: 'Simpanan pokok Sri',
    category: 'Simpanan Pokok',
    memberId: 'A002',
    amountIn: 100000,
  },
  {
    date: d('2026-01-15'),
    receiptNo: 'K003',
    description: 'Pencairan pinjaman Asep',
    category: 'Pencairan Pinjaman',
    memberId: 'A003',
    loanId: 'P001',
    amountOut: 1200000,
  },
  {
    date: d('2026-02-15'),
    receiptNo: 'K004',
    description: 'Angsuran 1 Asep',
    category: 'Angsuran Pinjaman',
    memberId: 'A003',
    loanId: 'P001',
    amountIn: 118000,
  },
  {
    date: d('2026-03-02'),
    receiptNo: 'K005',
    description: 'Beli pupuk bersama',
    category: 'Pembelian Saprodi',
    amountOut: 350000,
  },
];

export const baseActivities: readonly Row<ActivityColumn>[] = [
  {
    date: d('2026-11-23'),
    type: 'Rapat/Diskusi Kelompok',
    description: 'Rapat bulanan',
    attendance: 18,
    results: 'Sepakat iuran Rp 10.000',
    nextSteps: 'Tagih iuran',
    recordedBy: 'Siti',
  },
];

/** A small realistic book in which every rule holds: override one tab to test a rule. */
export function sampleTabs(
  overrides: Partial<Record<'Pengaturan' | 'Anggota' | 'Kas' | 'Pinjaman' | 'Kegiatan', Grid>> = {},
): Record<string, Grid> {
  return {
    Pengaturan: settingsGrid(baseSettings),
    Anggota: membersGrid(baseMembers),
    Kas: cashGrid(baseCash),
    Pinjaman: loansGrid(baseLoans),
    Kegiatan: activitiesGrid(baseActivities),
    ...overrides,
  };
}
