// What Siapkan Buku adds to the tabs of a book an earlier release made (docs/book.md §3).
import { settingKeys } from '../../../src/core/book/schema';
import { upgradeBook, type UpgradeSource } from '../../../src/core/book/upgradeBook';
import type { Grid } from '../../../src/core/cell';

function source(tabs: Record<string, Grid>, dropdown: readonly string[] | undefined = []): UpgradeSource {
  return {
    tabNames: () => Object.keys(tabs),
    readTab: (name) => tabs[name]!,
    dropdownChoices: () => dropdown,
  };
}

const allKeys: Grid = [['Kunci', 'Nilai'], ...settingKeys.map((s) => [s.name, null])];
const loans: Grid = [
  ['DAFTAR PINJAMAN'],
  ['ID Pinjaman', 'ID Anggota', 'Tanggal Cair', 'Pokok', 'Jasa % per Bulan', 'Jumlah Angsuran', 'Frequency'],
];

describe('upgradeBook', () => {
  it('adds nothing to a book that has every key and every choice', () => {
    const up = upgradeBook(
      source({ Pengaturan: allKeys, Pinjaman: loans }, ['Bulanan', 'Mingguan', 'Musiman']),
    );
    expect(up).toEqual({ additions: { rows: [], dropdowns: [] }, widened: [], ownRules: [] });
  });

  it('counts a key written under an alias or with a colon, and adds the others below the last used row', () => {
    const settings: Grid = [
      ['Pengaturan kelompok'],
      ['Key', 'Catatan', 'Value'],
      ...settingKeys
        .filter((s) => !['lateFine', 'fineGraceDays', 'kolLimits'].includes(s.key))
        .map((s) => [s.name, null, null]),
      ['late fine:', 'dari rapat', 5000],
      [null, null, null],
      [null, 'catatan di bawah', null],
      [],
    ];
    const up = upgradeBook(source({ Settings: settings }));
    expect(up.settings).toEqual({ tab: 'Settings', keys: ['Batas Kolektibilitas', 'Masa Tenggang Denda'] });
    // Below the last row holding anything; the key and value columns where the header has them.
    expect(up.additions.rows).toEqual([
      {
        tab: 'Settings',
        row: settings.length,
        col: 1,
        rows: [
          ['Batas Kolektibilitas', null, '90;120;180'],
          ['Masa Tenggang Denda', null, 3],
        ],
      },
    ]);
  });

  it('leaves a Pengaturan without its header alone (the checks say what is wrong)', () => {
    const up = upgradeBook(source({ Pengaturan: [['Nama Kelompok', 'KT Maju']] }));
    expect(up.settings).toBeUndefined();
    expect(up.additions.rows).toEqual([]);
  });

  it("widens the add-on's own old list under the header, wherever the header and the column stand", () => {
    const asked: [string, number, number][] = [];
    const up = upgradeBook({
      ...source({ Loans: loans }),
      dropdownChoices: (tab, row, col) => {
        asked.push([tab, row, col]);
        return ['Mingguan', 'Bulanan'];
      },
    });
    expect(asked).toEqual([['Loans', 3, 7]]);
    expect(up.additions.dropdowns).toEqual([
      {
        tab: 'Loans',
        row: 3,
        col: 7,
        choices: ['Bulanan', 'Mingguan', 'Musiman'],
        was: ['Mingguan', 'Bulanan'],
      },
    ]);
    expect(up.widened).toEqual([{ tab: 'Loans', header: 'Frequency', added: ['Musiman'] }]);
  });

  it("leaves a user's own rule, and a column with no dropdown, alone", () => {
    const own = upgradeBook(source({ Pinjaman: loans }, ['Bulanan', 'Harian']));
    expect(own.additions.dropdowns).toEqual([]);
    expect(own.ownRules).toEqual([
      { tab: 'Pinjaman', header: 'Frequency', lacking: ['Mingguan', 'Musiman'] },
    ]);
    // A rule of another kind (a range, a formula): its choices are not known, so not checked.
    const formula = upgradeBook({ ...source({ Pinjaman: loans }), dropdownChoices: () => undefined });
    expect(formula.ownRules).toEqual([{ tab: 'Pinjaman', header: 'Frequency', lacking: undefined }]);
    const none = upgradeBook(source({ Pinjaman: loans }, []));
    expect([none.additions.dropdowns, none.ownRules]).toEqual([[], []]);
    // A user's list that has Musiman among its own: nothing lacking, nothing said.
    expect(
      upgradeBook(source({ Pinjaman: loans }, ['Bulanan', 'Mingguan', 'Musiman', 'Tahunan'])).ownRules,
    ).toEqual([]);
  });

  it("takes only the earlier release's exact list for the add-on's, without case or spaces", () => {
    // A narrower list is the user's: left alone, what it lacks said.
    const narrower = upgradeBook(source({ Pinjaman: loans }, ['Bulanan']));
    expect([narrower.additions.dropdowns, narrower.widened]).toEqual([[], []]);
    expect(narrower.ownRules).toEqual([
      { tab: 'Pinjaman', header: 'Frequency', lacking: ['Mingguan', 'Musiman'] },
    ]);
    // The same list in other case and spacing is the add-on's.
    const cased = upgradeBook(source({ Pinjaman: loans }, ['bulanan', ' MINGGUAN ']));
    expect(cased.additions.dropdowns).toEqual([
      {
        tab: 'Pinjaman',
        row: 3,
        col: 7,
        choices: ['Bulanan', 'Mingguan', 'Musiman'],
        was: ['bulanan', ' MINGGUAN '],
      },
    ]);
    expect([cased.widened, cased.ownRules]).toEqual([
      [{ tab: 'Pinjaman', header: 'Frequency', added: ['Musiman'] }],
      [],
    ]);
    // The user's list lacks nothing it holds under another case or an alias.
    for (const own of [
      ['bulanan', 'mingguan', 'musiman'],
      ['Monthly', 'Weekly', 'At Harvest'],
    ])
      expect(upgradeBook(source({ Pinjaman: loans }, own))).toEqual({
        additions: { rows: [], dropdowns: [] },
        widened: [],
        ownRules: [],
      });
    expect(upgradeBook(source({ Pinjaman: loans }, ['Bulanan', 'mingguan', 'Tahunan'])).ownRules).toEqual([
      { tab: 'Pinjaman', header: 'Frequency', lacking: ['Musiman'] },
    ]);
  });
});
