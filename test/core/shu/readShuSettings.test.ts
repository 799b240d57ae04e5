// The share-out's Pengaturan keys: read when usable, each unusable value an error on its cell with
// the default standing in.
import { readBook } from '../../../src/core/book/readBook';
import type { Cell } from '../../../src/core/cell';
import { defaultShuSettings, formatPercent, parseShuParts } from '../../../src/core/shu/shuSettings';
import { TODAY, baseSettings, sampleTabs, settingsGrid, tabSource } from '../book/fixtures';

function settingsOf(extra: Readonly<Record<string, Cell>>) {
  const entries = { ...baseSettings, ...extra };
  const reading = readBook(tabSource(sampleTabs({ Pengaturan: settingsGrid(entries) })), { today: TODAY });
  const keys = Object.keys(entries);
  return {
    shu: reading.book.settings.shu,
    problems: reading.problems.filter((p) => p.tab === 'Pengaturan'),
    rowOf: (key: string) => keys.indexOf(key) + 2,
  };
}

describe('Pendapatan SHU, Biaya SHU, Pembagian SHU', () => {
  it('reads categories (aliases too) and parts with decimal percentages', () => {
    const { shu, problems } = settingsOf({
      'Pendapatan SHU': 'Denda; Penjualan Hasil, Lainnya',
      'Biaya SHU': 'Biaya Operasional; Saprodi',
      'Pembagian SHU': 'Cadangan 20; Jasa Simpanan 32,5%; Jasa Pinjaman: 27.5; Pengurus 10; Pendidikan 10',
    });
    expect(problems).toEqual([]);
    expect(shu).toEqual({
      incomeCategories: ['Denda', 'Penjualan Hasil', 'Lainnya'],
      costCategories: ['Biaya Operasional', 'Pembelian Saprodi'],
      parts: [
        { name: 'Cadangan', role: 'reserve', basisPoints: 2000 },
        { name: 'Jasa Simpanan', role: 'savings', basisPoints: 3250 },
        { name: 'Jasa Pinjaman', role: 'loans', basisPoints: 2750 },
        { name: 'Pengurus', role: 'other', basisPoints: 1000 },
        { name: 'Pendidikan', role: 'other', basisPoints: 1000 },
      ],
    });
  });

  it('blank values and no keys mean the defaults; "-" means no category', () => {
    expect(settingsOf({}).shu).toBeUndefined();
    const blank = settingsOf({ 'Pendapatan SHU': null, 'Biaya SHU': '-', 'Pembagian SHU': '' });
    expect(blank.problems).toEqual([]);
    expect(blank.shu).toEqual({ ...defaultShuSettings, costCategories: [] });
  });

  it.each([
    [
      'Pendapatan SHU',
      'Denda; Sumbangan',
      'settings.shuCategory.unknown',
      'Kategori "Sumbangan" di Pendapatan SHU bukan kategori Kas. Tulis kategori Kas dipisah titik koma, mis. Denda. Sementara dipakai Denda.',
      '"Sumbangan" in Pendapatan SHU is not a Kas category. Write Kas categories separated by semicolons, e.g. Denda. Denda is used for now.',
    ],
    [
      'Biaya SHU',
      'Angsuran Pinjaman',
      'settings.shuCategory.notAllowed',
      'Kategori "Angsuran Pinjaman" tidak boleh di Biaya SHU: simpanan anggota dan pokok pinjaman bukan pendapatan atau biaya kelompok, dan jasa pinjaman sudah dihitung dari angsuran. Hapus kategori itu. Sementara dipakai Biaya Operasional.',
      'The category "Angsuran Pinjaman" may not be in Biaya SHU: members\' savings and loan principal are neither income nor cost of the group, and loan jasa is already counted from repayments. Remove it. Biaya Operasional is used for now.',
    ],
    [
      'Pembagian SHU',
      'Cadangan 25; Jasa Simpanan 30; Jasa Pinjaman 25; Pengurus 10',
      'settings.shuParts.sum',
      'Persen di Pembagian SHU berjumlah 90, bukan 100. Ubah persennya sampai jumlahnya 100. Sementara dipakai pembagian baku.',
      'The percentages in Pembagian SHU add up to 90, not 100. Change them until they add up to 100. The default split is used for now.',
    ],
    // A sum the check works out: with a decimal comma in Indonesian, a decimal point in English.
    [
      'Pembagian SHU',
      'Cadangan 25; Jasa Simpanan 30,5; Jasa Pinjaman 25; Pengurus 10; Sosial 10',
      'settings.shuParts.sum',
      'Persen di Pembagian SHU berjumlah 100,5, bukan 100. Ubah persennya sampai jumlahnya 100. Sementara dipakai pembagian baku.',
      'The percentages in Pembagian SHU add up to 100.5, not 100. Change them until they add up to 100. The default split is used for now.',
    ],
    [
      'Pembagian SHU',
      'Jasa Simpanan 60; Jasa Pinjaman 40',
      'settings.shuParts.noReserve',
      'Pembagian SHU tidak punya bagian Cadangan, tempat sisa Rupiah pembulatan. Tambahkan "Cadangan" dengan persennya. Sementara dipakai pembagian baku.',
      'Pembagian SHU has no Cadangan (reserve) part, which takes the Rupiah left by rounding. Add "Cadangan" with its percentage. The default split is used for now.',
    ],
    [
      'Pembagian SHU',
      'Cadangan 50; Sosial separuh',
      'settings.shuParts.entry',
      'Bagian "Sosial separuh" di Pembagian SHU tidak terbaca. Tulis nama lalu persen (lebih dari 0, paling banyak 100), dipisah titik koma, mis. Cadangan 25; Jasa Simpanan 30. Sementara dipakai pembagian baku.',
      'The part "Sosial separuh" in Pembagian SHU cannot be read. Write a name and a percentage (above 0, at most 100), separated by semicolons, e.g. Cadangan 25; Jasa Simpanan 30. The default split is used for now.',
    ],
    [
      'Pembagian SHU',
      'Cadangan 50; Reserve 50',
      'settings.shuParts.duplicate',
      'Bagian "Reserve" ditulis dua kali di Pembagian SHU. Gabungkan persennya. Sementara dipakai pembagian baku.',
      'The part "Reserve" is written twice in Pembagian SHU. Add its percentages together. The default split is used for now.',
    ],
  ])('%s "%s": %s on its Nilai cell, the default used', (key, raw, code, id, en) => {
    const { shu, problems, rowOf } = settingsOf({ [key]: raw });
    expect(problems).toEqual([
      {
        tab: 'Pengaturan',
        row: rowOf(key),
        column: 'Nilai',
        col: 2,
        code,
        severity: 'error',
        message: { id, en },
      },
    ]);
    expect(shu).toEqual(defaultShuSettings);
  });

  it('a category in both income and costs is an error and counts as income only', () => {
    const { shu, problems, rowOf } = settingsOf({
      'Pendapatan SHU': 'Denda; Lainnya',
      'Biaya SHU': 'Lainnya; Biaya Operasional',
    });
    expect(problems).toEqual([
      {
        tab: 'Pengaturan',
        row: rowOf('Biaya SHU'),
        column: 'Nilai',
        col: 2,
        code: 'settings.shuCategory.both',
        severity: 'error',
        message: {
          id: 'Kategori "Lainnya" ada di Pendapatan SHU dan di Biaya SHU. Tulis di salah satu saja. Sementara kategori itu dihitung sebagai pendapatan saja.',
          en: 'The category "Lainnya" is in both Pendapatan SHU (income) and Biaya SHU (costs). Keep it in one. For now it is counted as income only.',
        },
      },
    ]);
    expect(shu?.incomeCategories).toEqual(['Denda', 'Lainnya']);
    expect(shu?.costCategories).toEqual(['Biaya Operasional']);
  });

  it('percentages with two decimals add up exactly; formatPercent shows them with a comma, in English a point', () => {
    const parts = parseShuParts('Cadangan 33,33; Jasa Simpanan 33,33; Jasa Pinjaman 33,34');
    expect(parts.ok).toBe(true);
    expect(formatPercent(3333)).toBe('33,33');
    expect(formatPercent(1250)).toBe('12,5');
    expect(formatPercent(2500)).toBe('25');
    expect(formatPercent(3333, 'en')).toBe('33.33');
    expect(formatPercent(1005, 'en')).toBe('10.05');
    expect(formatPercent(1005)).toBe('10,05');
    expect(formatPercent(1250, 'en')).toBe('12.5');
    expect(formatPercent(2500, 'en')).toBe('25');
    expect(parseShuParts('Cadangan 0; Sosial 100')).toMatchObject({
      ok: false,
      code: 'settings.shuParts.entry',
    });
  });
});
