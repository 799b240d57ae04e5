import { findTab, tabCandidates } from '../../../src/core/book/findTab';
import { findHeaderRow, missingHeaders } from '../../../src/core/book/findHeaderRow';
import { cashTab, membersTab } from '../../../src/core/book/schema';
import { membersGrid } from './fixtures';

describe('findTab', () => {
  it.each([['Kas'], ['kas'], ['BUKU KAS'], ['Buku_Kas'], ['Cash Book'], [' keuangan ']])(
    'finds Kas as %j',
    (name) => {
      expect(findTab(['Pengaturan', name, 'Anggota'], cashTab)).toBe(name);
    },
  );

  it('finds nothing when no name or alias matches', () => {
    expect(findTab(['Kas Besar', 'Kas2', 'Pemeriksaan'], cashTab)).toBeUndefined();
  });

  it('prefers the canonical name, then the aliases in order, then tab order', () => {
    expect(tabCandidates(['Cash Book', 'Buku Kas', 'KAS'], cashTab)).toEqual([
      'KAS',
      'Buku Kas',
      'Cash Book',
    ]);
  });
});

describe('findHeaderRow', () => {
  it('finds the header below a title, with columns in any order and unknown columns ignored', () => {
    const grid = [
      ['DAFTAR ANGGOTA KELOMPOK TANI MAKMUR'],
      [],
      ['No', 'Tanggal Masuk', 'Nama Lengkap', 'Keterangan Lain', 'member id', 'NO. HP'],
    ];
    const header = findHeaderRow(grid, membersTab);
    expect(header).toEqual({
      row: 3,
      columns: {
        joinDate: { col: 2, header: 'Tanggal Masuk' },
        name: { col: 3, header: 'Nama Lengkap' },
        memberId: { col: 5, header: 'member id' },
        phone: { col: 6, header: 'NO. HP' },
      },
      duplicates: [],
    });
  });

  it('matches headers ignoring case, spaces, dots and brackets, through listed aliases only', () => {
    const grid = [['ID Anggota', 'Nama', 'Tanggal Masuk', 'no hp', 'Luas Lahan (ha)']];
    expect(findHeaderRow(grid, membersTab)?.columns.phone).toEqual({ col: 4, header: 'no hp' });
    expect(
      findHeaderRow([['ID Anggota', 'Nama', 'Tanggal Masuk', 'NO HP (WA)']], membersTab)?.columns.phone,
    ).toEqual({ col: 4, header: 'NO HP (WA)' });
    expect(
      findHeaderRow([['ID Anggota', 'Nama', 'Tanggal Masuk', 'HP Istri']], membersTab)?.columns.phone,
    ).toBe(undefined);
    expect(findHeaderRow([['ID Anggota', 'Nama', 'Tgl Masuk']], membersTab)).toBeUndefined();
  });

  it('reads the usual Indonesian cash book headers through their listed aliases', () => {
    const header = findHeaderRow([['Tgl', 'Keterangan', 'Kategori', 'Masuk (Rp)', 'Keluar (Rp)']], cashTab);
    expect(header?.columns).toEqual({
      date: { col: 1, header: 'Tgl' },
      description: { col: 2, header: 'Keterangan' },
      category: { col: 3, header: 'Kategori' },
      amountIn: { col: 4, header: 'Masuk (Rp)' },
      amountOut: { col: 5, header: 'Keluar (Rp)' },
    });
    expect(
      findHeaderRow([['Tanggal', 'Uraian', 'Kategori', 'Debet', 'Kredit']], cashTab)?.columns.amountIn
        ?.header,
    ).toBe('Debet');
  });

  it('looks in the first 10 rows only', () => {
    const header = membersGrid([])[0] ?? [];
    expect(findHeaderRow([...Array.from({ length: 9 }, () => ['judul']), header], membersTab)?.row).toBe(10);
    expect(
      findHeaderRow([...Array.from({ length: 10 }, () => ['judul']), header], membersTab),
    ).toBeUndefined();
  });

  it('reads the first of two columns with the same meaning and lists the other', () => {
    const header = findHeaderRow([['ID Anggota', 'Nama', 'Tanggal Masuk', 'Name']], membersTab);
    expect(header?.columns.name).toEqual({ col: 2, header: 'Nama' });
    expect(header?.duplicates).toEqual([{ key: 'name', col: 4, header: 'Name', firstCol: 2 }]);
  });

  it('names the required headers missing from the best row', () => {
    expect(missingHeaders([['Kas'], ['Tanggal', 'Uraian', 'Masuk', 'Keluar']], cashTab)).toEqual([
      'Kategori',
    ]);
    expect(missingHeaders([], cashTab)).toEqual(['Tanggal', 'Uraian', 'Kategori', 'Masuk', 'Keluar']);
  });
});
