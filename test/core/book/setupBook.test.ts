// Siapkan Buku creates exactly the missing input tabs; Pengaturan starts with its keys.
import { missingInputTabs, setupBook } from '../../../src/core/book/setupBook';
import { inputTabs, settingKeys } from '../../../src/core/book/schema';

describe('setupBook', () => {
  it('plans every input tab for an empty book, in the order of docs/book.md', () => {
    expect(setupBook(['Sheet1']).map((t) => t.spec.name)).toEqual(inputTabs.map((t) => t.name));
  });

  it('plans nothing when every tab is there, under its name or an alias, in any case', () => {
    expect(
      setupBook(['pengaturan', 'Members', 'Buku Kas', 'LOANS', 'Buku Kegiatan', 'Restrukturisasi']),
    ).toEqual([]);
  });

  it('plans only the missing ones', () => {
    expect(missingInputTabs(['Anggota', 'Kas']).map((t) => t.name)).toEqual([
      'Pengaturan',
      'Pinjaman',
      'Kegiatan',
      'Perubahan Pinjaman',
    ]);
  });

  it('gives Pengaturan the fine keys and Perubahan Pinjaman its dropdowns (docs/book.md §7)', () => {
    const settings = setupBook([]).find((t) => t.spec.key === 'settings')!;
    expect(settings.rows.find((r) => r[0] === 'Denda Keterlambatan')).toEqual(['Denda Keterlambatan', 0]);
    expect(settings.rows.find((r) => r[0] === 'Masa Tenggang Denda')).toEqual(['Masa Tenggang Denda', 3]);
    const changes = setupBook([]).find((t) => t.spec.key === 'loanChanges')!;
    expect(changes.spec.columns.map((c) => [c.header, c.list ?? null])).toEqual([
      ['ID Pinjaman', null],
      ['Tanggal', null],
      ['Jenis', 'loanChangeKind'],
      ['Jumlah Angsuran Baru', null],
      ['Jasa % per Bulan Baru', null],
      ['Metode Jasa Baru', 'method'],
      ['Frekuensi Baru', 'frequency'],
      ['Keterangan', null],
    ]);
  });

  it('gives Pengaturan its keys, numeric examples as numbers and blank examples empty', () => {
    const settings = setupBook([]).find((t) => t.spec.key === 'settings')!;
    expect(settings.rows.map((r) => r[0])).toEqual(settingKeys.map((k) => k.name));
    expect(settings.rows.find((r) => r[0] === 'Saldo Awal Kas')).toEqual(['Saldo Awal Kas', 0]);
    expect(settings.rows.find((r) => r[0] === 'Nama Kelompok')).toEqual(['Nama Kelompok', null]);
    expect(settings.rows.find((r) => r[0] === 'Batas Kolektibilitas')).toEqual([
      'Batas Kolektibilitas',
      '90;120;180',
    ]);
    expect(setupBook([]).find((t) => t.spec.key === 'members')!.rows).toEqual([]);
  });
});
