// A tab not read (missing, or its header row not found) is a problem of its own (docs/book.md §1):
// the tabs that refer to it get no row-by-row "not in that tab" for rows that may well be there.
// Found by an audit: an Anggota whose `ID Anggota` header was written `Kode Anggota` gave 1,223
// errors (every Kas, Pinjaman, Daftar Hadir and Saprodi row's member "not in the Anggota tab"),
// and a Kas not read gave every loan "no Pencairan Pinjaman row in the Kas tab".
import { readBook } from '../../../src/core/book/readBook';
import type { Grid } from '../../../src/core/cell';
import { demoBook } from '../../../src/core/demo/demoBook';
import { withHeaderRenamed, type DemoTab } from '../../demoTabs';
import { tabSource } from './fixtures';

const TODAY = '2026-12-03';
const demo = demoBook(TODAY).tabs;

function codesOf(tabs: readonly DemoTab[]): Record<string, number> {
  const grids: Record<string, Grid> = {};
  for (const t of tabs) grids[t.name] = t.grid;
  const counts: Record<string, number> = {};
  for (const p of readBook(tabSource(grids), { today: TODAY }).problems)
    counts[`${p.tab} ${p.code}`] = (counts[`${p.tab} ${p.code}`] ?? 0) + 1;
  return counts;
}

const without = (name: string) => demo.filter((t) => t.name !== name);
/** The demo's own problems, but those on `tab` (the rows no longer read). */
const demoBut = (...tabs: string[]) =>
  Object.fromEntries(Object.entries(codesOf(demo)).filter(([k]) => !tabs.some((t) => k.startsWith(`${t} `))));
/** Without Anggota no member is known to have left: the Saprodi row of one who had is not questioned. */
const demoButMembers = () => {
  const { ['Saprodi saprodi.member.inactive']: inactive, ...rest } = demoBut('Anggota');
  expect(inactive).toBe(1);
  return rest;
};

describe('a tab not read gives one problem, not one on every row that refers to it', () => {
  test('the demo book reads with its own few problems (the control)', () => {
    expect(codesOf(demo)).toEqual({
      'Anggota member.nik.number': 1,
      'Anggota member.phone.lostZero': 1,
      'Kas cash.receiptNo.duplicate': 1,
      'Kas value.money.text': 1,
      'Kegiatan value.date.text': 1,
      'Daftar Hadir attendance.row.summary': 1,
      'Saprodi saprodi.member.inactive': 1,
      'Saprodi saprodi.received.afterPlanting': 1,
      'Saprodi saprodi.area.overSubsidyLimit': 1,
    });
  });

  test('Anggota with its header not found: no member of another tab is unknown', () => {
    const codes = codesOf(withHeaderRenamed(demo, 'Anggota', 'ID Anggota', 'Kode Anggota'));
    expect(codes).toEqual({ ...demoButMembers(), 'Anggota tab.header.notFound': 1 });
  });

  test('Anggota missing: the same', () => {
    expect(codesOf(without('Anggota'))).toEqual({
      ...demoButMembers(),
      'Anggota tab.missing': 1,
    });
  });

  test('Kas not read: no loan lacks its Pencairan Pinjaman row', () => {
    expect(codesOf(withHeaderRenamed(demo, 'Kas', 'Masuk', 'Pemasukan'))).toEqual({
      ...demoBut('Kas'),
      'Kas tab.header.notFound': 1,
    });
  });

  test('Pinjaman not read: no Kas or Perubahan Pinjaman row names an unknown loan', () => {
    expect(codesOf(without('Pinjaman'))).toEqual({ ...demoBut('Pinjaman'), 'Pinjaman tab.missing': 1 });
  });

  test('Kegiatan missing: no meeting of Daftar Hadir lacks its activity', () => {
    expect(codesOf(without('Kegiatan'))).toEqual({ ...demoBut('Kegiatan'), 'Kegiatan tab.missing': 1 });
  });

  test('RUK with its header not found: no Kode RUK of Kas or Kegiatan is unknown', () => {
    expect(codesOf(withHeaderRenamed(demo, 'RUK', 'Kode', 'Nomor'))).toEqual({
      ...demoBut('RUK'),
      'RUK tab.header.notFound': 1,
    });
  });
});

describe('a header or a list value with a zero-width space in it (found by an audit)', () => {
  test('reads as the header it looks like: `Tanggal` with U+200B is Tanggal', () => {
    const tabs = withHeaderRenamed(demo, 'Kas', 'Tanggal', 'Tanggal\u200b');
    const kas = tabs.find((t) => t.name === 'Kas')!;
    const category = kas.grid[kas.headerRow - 1]!.indexOf('Kategori');
    // A category typed with a zero-width joiner inside: still the category it shows.
    const withList = tabs.map((t) =>
      t === kas
        ? {
            ...t,
            grid: t.grid.map((row, r) =>
              r === kas.headerRow ? row.map((c, i) => (i === category ? `Simpanan\u200dWajib` : c)) : row,
            ),
          }
        : t,
    );
    expect(kas.grid[kas.headerRow]![category]).toBe('Simpanan Wajib');
    expect(codesOf(withList)).toEqual(codesOf(demo));
  });

  test('and with a soft hyphen (U+00AD), which a sheet does not show either (found by an audit)', () => {
    expect(codesOf(withHeaderRenamed(demo, 'Anggota', 'Nama', 'Na\u00adma'))).toEqual(codesOf(demo));
    expect(codesOf(withHeaderRenamed(demo, 'Anggota', 'Nama', 'Nam'))).not.toEqual(codesOf(demo));
  });
});
