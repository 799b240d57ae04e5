import { readBook } from '../../../src/core/book/readBook';
import { TODAY, baseMembers, membersGrid, placeOf, sampleTabs, tabSource, withCode } from './fixtures';

describe('readBook: tabs and headers', () => {
  it('reports a missing tab as a problem of its own, not a crash', () => {
    const tabs = sampleTabs();
    delete tabs.Anggota;
    const { book, problems } = readBook(tabSource(tabs), { today: TODAY });
    expect(book.members).toEqual([]);
    expect(withCode(problems, 'tab.missing').map(placeOf)).toEqual([
      { code: 'tab.missing', row: 0, column: '', col: 0, severity: 'error' },
    ]);
    expect(withCode(problems, 'tab.missing')[0]?.message.id).toBe(
      'Tab "Anggota" tidak ada. Buat tab itu (menu Siapkan Buku) atau ganti nama tab yang ada menjadi "Anggota".',
    );
  });

  it('finds a tab through an alias, and names problems with the tab as the user named it', () => {
    const tabs = sampleTabs();
    const grid = membersGrid([...baseMembers, { memberId: 'A004', name: 'Dewi' }]);
    delete tabs.Anggota;
    const { book, problems } = readBook(tabSource({ ...tabs, 'DAFTAR ANGGOTA': grid }), { today: TODAY });
    expect(book.tabNames.members).toBe('DAFTAR ANGGOTA');
    expect(withCode(problems, 'member.joinDate.missing').map((p) => p.tab)).toEqual(['DAFTAR ANGGOTA']);
  });

  it('warns when two tabs stand for the same input tab, and reads the canonical one', () => {
    const { book, problems } = readBook(tabSource({ ...sampleTabs(), Members: membersGrid([]) }), {
      today: TODAY,
    });
    expect(book.members.length).toBe(3);
    expect(withCode(problems, 'tab.ambiguous').map(placeOf)).toEqual([
      { code: 'tab.ambiguous', row: 0, column: '', col: 0, severity: 'warning' },
    ]);
  });

  it('reports a tab without a header row and reads nothing from it', () => {
    const grid = [
      ['ID Anggota', 'Nama', 'Tgl Masuk'],
      ['A001', 'Budi', '01/03/2020'],
    ];
    const { book, problems } = readBook(tabSource(sampleTabs({ Anggota: grid })), { today: TODAY });
    expect(book.members).toEqual([]);
    const found = withCode(problems, 'tab.header.notFound');
    expect(found.map(placeOf)).toEqual([
      { code: 'tab.header.notFound', row: 0, column: '', col: 0, severity: 'error' },
    ]);
    expect(found[0]?.message.en).toBe(
      'No header row in the first 10 rows of the tab "Anggota": the column(s) "Tanggal Masuk" are missing. Write those headers in one row.',
    );
  });

  it('warns on a column written twice, at its header cell', () => {
    const grid = membersGrid(baseMembers, { extra: { header: 'Nama Lengkap', values: ['x', 'y', 'z'] } });
    const { book, problems } = readBook(tabSource(sampleTabs({ Anggota: grid })), { today: TODAY });
    expect(book.members[0]?.name).toBe('Budi Santoso');
    expect(withCode(problems, 'tab.header.duplicate').map(placeOf)).toEqual([
      { code: 'tab.header.duplicate', row: 1, column: 'Nama Lengkap', col: 16, severity: 'warning' },
    ]);
  });
});
