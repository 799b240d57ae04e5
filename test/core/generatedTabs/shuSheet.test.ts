// The tab `SHU <year>` (docs/book.md §8) of the five members worked by hand: every figure where the
// supervisor reads it, totals that add up to the Rupiah, the rules under the table in both
// languages, and a year with SHU ≤ 0 that says so and shares nothing.
import type { Cell } from '../../../src/core/cell';
import { shuSheet } from '../../../src/core/generatedTabs/shuSheet';
import { shareOut } from '../../../src/core/shu/shareOut';
import { defaultShuSettings, parseShuParts } from '../../../src/core/shu/shuSettings';
import { bookOf, cash, member } from '../bookBuilder';
import { fiveMembers } from '../shu/fiveMembers';

const AT = '2027-01-10 09:00';

function values(rows: readonly (readonly { v: Cell }[])[]): Cell[][] {
  return rows.map((r) => r.map((c) => c.v));
}

describe('SHU 2026 of the five members', () => {
  const grid = shuSheet(shareOut(fiveMembers, 2026, '2027-01-10'), fiveMembers, 'id', AT);
  const rows = values(grid.rows);
  const at = (label: Cell) => rows.findIndex((r) => r[0] === label);

  it('is named for its year, prints A4 portrait, and opens with its title block', () => {
    expect([grid.name, grid.orientation, grid.frozenRows]).toEqual(['SHU 2026', 'portrait', 0]);
    expect(rows.slice(0, 4)).toEqual([
      ['SISA HASIL USAHA (SHU) TAHUN 2026'],
      ['Kelompok Tani Makmur'],
      ['Per tanggal 31 Desember 2026'],
      ['Dibuat 10 Januari 2027 09:00'],
    ]);
  });

  it('income, costs, the SHU and the parts, each amount in the Jasa Dibayar column', () => {
    const from = at('PENDAPATAN');
    expect(rows.slice(from, at('SHU PER ANGGOTA'))).toEqual([
      ['PENDAPATAN'],
      ['   Jasa pinjaman diterima', null, null, null, 149_000],
      ['   Denda', null, null, null, 10_000],
      ['Jumlah pendapatan', null, null, null, 159_000],
      [],
      ['BIAYA'],
      ['   Biaya Operasional', null, null, null, 27_001],
      ['Jumlah biaya', null, null, null, 27_001],
      [],
      ['SHU (pendapatan − biaya)', null, null, null, 131_999],
      [],
      ['PEMBAGIAN SHU'],
      // 32.999 + the 4 Rupiah the other parts' rounding left.
      ['   Cadangan (25 %)', null, null, null, 33_003],
      ['   Jasa Simpanan (30 %)', null, null, null, 39_599],
      ['   Jasa Pinjaman (25 %)', null, null, null, 32_999],
      ['   Pengurus (10 %)', null, null, null, 13_199],
      ['   Sosial (10 %)', null, null, null, 13_199],
      ['Jumlah', null, null, null, 131_999],
      [],
    ]);
  });

  it('the table per member, with a totals row that adds up to the Rupiah of both parts', () => {
    const head = at('SHU PER ANGGOTA') + 1;
    expect(rows.slice(head, head + 7)).toEqual([
      [
        'No',
        'ID Anggota',
        'Nama',
        'Rata-rata Simpanan',
        'Jasa Dibayar',
        'Dari Jasa Simpanan',
        'Dari Jasa Pinjaman',
        'Jumlah SHU Anggota',
      ],
      [1, 'A1', 'Siti', 165_000, 0, 21_600, 0, 21_600],
      [2, 'A2', 'Budi & Sons', 50_000, 41_000, 6_545, 9_080, 15_625],
      [3, 'A3', 'Wati', 50_000, 0, 6_545, 0, 6_545],
      [4, 'A4', 'Joko', 0, 108_000, 0, 23_919, 23_919],
      [5, 'A5', 'Ani', 37_500, 0, 4_909, 0, 4_909],
      // 39.599 (Jasa Simpanan) + 32.999 (Jasa Pinjaman) = 72.598.
      [null, 'Jumlah', '5 anggota', 302_500, 149_000, 39_599, 32_999, 72_598],
    ]);
    // The totals are bold, as the header is; the header has its background.
    expect(grid.rows[head + 6]![7]).toMatchObject({ v: 72_598, bold: true, format: 'rupiah' });
    expect(grid.rows[head]![0]).toMatchObject({ bold: true, wrap: true, align: 'center' });
  });

  it('explains each rule under the table, in Indonesian then English, merged across the eight columns', () => {
    const first = at(
      'Pendapatan = bagian jasa dari angsuran yang diterima 1 Januari–31 Desember 2026 + baris Kas berkategori Denda (Masuk − Keluar).',
    );
    expect(rows[first - 1]).toEqual([]);
    expect(rows.slice(first).map((r) => r[0])).toEqual([
      'Pendapatan = bagian jasa dari angsuran yang diterima 1 Januari–31 Desember 2026 + baris Kas berkategori Denda (Masuk − Keluar).',
      'Income = the jasa part of repayments received 1 January–31 December 2026 + Kas rows of the categories Denda (in − out).',
      'Biaya = baris Kas berkategori Biaya Operasional (Keluar − Masuk). SHU = pendapatan − biaya; bila 0 atau kurang, tidak ada yang dibagi.',
      'Costs = Kas rows of the categories Biaya Operasional (out − in). SHU = income − costs; when 0 or less, nothing is shared.',
      'Tiap bagian = SHU × persennya, dibulatkan ke bawah; sisa Rupiah masuk Cadangan.',
      'Each part = SHU × its percentage, rounded down; the Rupiah left go to Cadangan.',
      'Jasa Simpanan dibagi sebanding rata-rata saldo simpanan anggota pada 12 akhir bulan tahun ini (0 sebelum masuk); Jasa Pinjaman sebanding jasa yang dibayar anggota tahun ini.',
      "Jasa Simpanan is shared in proportion to the member's savings balance averaged over the year's 12 month-ends (0 before joining); Jasa Pinjaman in proportion to the jasa each member paid in the year.",
      'Bagian anggota dibulatkan ke bawah; sisa Rupiah diberikan satu-satu ke sisa pecahan terbesar (sama besar: baris Anggota lebih atas dulu), sehingga jumlahnya tepat sama dengan bagiannya.',
      'Member shares are rounded down; the Rupiah left go one each to the largest remainders (ties: the earlier Anggota row first), so they add up exactly to their part.',
    ]);
    expect(grid.merges).toEqual([{ row: first + 1, col: 1, rows: 10, cols: 8 }]);
    expect(grid.rows[first]![0]).toMatchObject({ italic: true, wrap: true });
  });

  it('an English book gets English labels and the same rules, Indonesian first', () => {
    const en = values(shuSheet(shareOut(fiveMembers, 2026, '2027-01-10'), fiveMembers, 'en', AT).rows);
    expect(en[0]).toEqual(['YEAR-END SHARE-OUT (SHU) 2026']);
    expect(en.find((r) => r[0] === 'SHU (income − costs)')).toEqual([
      'SHU (income − costs)',
      null,
      null,
      null,
      131_999,
    ]);
    expect(en.slice(-10)).toEqual(rows.slice(-10));
  });

  it("a part's percentage with a decimal comma in Indonesian, a decimal point in English", () => {
    const parts = parseShuParts('Cadangan 27,5; Jasa Simpanan 30; Jasa Pinjaman 25; Pengurus 7,5; Sosial 10');
    if (!parts.ok) throw new Error(parts.code);
    const book = {
      ...fiveMembers,
      settings: { ...fiveMembers.settings, shu: { ...defaultShuSettings, parts: parts.value } },
    };
    const share = shareOut(book, 2026, '2027-01-10');
    const labels = (lang: 'id' | 'en') =>
      values(shuSheet(share, book, lang, AT).rows)
        .map((r) => r[0])
        .filter((v) => typeof v === 'string' && v.endsWith('%)'));
    expect(labels('id')).toEqual([
      '   Cadangan (27,5 %)',
      '   Jasa Simpanan (30 %)',
      '   Jasa Pinjaman (25 %)',
      '   Pengurus (7,5 %)',
      '   Sosial (10 %)',
    ]);
    expect(labels('en')).toEqual([
      '   Cadangan (27.5 %)',
      '   Jasa Simpanan (30 %)',
      '   Jasa Pinjaman (25 %)',
      '   Pengurus (7.5 %)',
      '   Sosial (10 %)',
    ]);
  });
});

describe('a year with SHU 0 or less', () => {
  const book = bookOf({
    members: [member('A1', 'Siti')],
    cash: [
      cash('2026-01-05', 'Simpanan Wajib', { in: 10_000 }, { memberId: 'A1' }),
      cash('2026-02-01', 'Biaya Operasional', { out: 5_000 }),
    ],
  });
  const rows = values(shuSheet(shareOut(book, 2026, '2027-01-01'), book, 'id', AT).rows);

  it('says that nothing is shared, under the SHU, and every part and share is 0', () => {
    const shu = rows.findIndex((r) => r[0] === 'SHU (pendapatan − biaya)');
    expect(rows.slice(shu, shu + 2)).toEqual([
      ['SHU (pendapatan − biaya)', null, null, null, -5_000],
      ['SHU -Rp 5.000: tidak ada yang dibagi tahun 2026.'],
    ]);
    // In English the amount grouped the English way.
    const loss = bookOf({
      members: [member('A1', 'Siti')],
      cash: [cash('2026-02-01', 'Biaya Operasional', { out: 1_500_000 })],
    });
    const say = (lang: 'id' | 'en') =>
      values(shuSheet(shareOut(loss, 2026, '2027-01-01'), loss, lang, AT).rows).find(
        (r) => typeof r[0] === 'string' && r[0].startsWith('SHU -Rp'),
      );
    expect(say('id')).toEqual(['SHU -Rp 1.500.000: tidak ada yang dibagi tahun 2026.']);
    expect(say('en')).toEqual(['SHU -Rp 1,500,000: nothing is shared for 2026.']);
    const parts = rows.findIndex((r) => r[0] === 'PEMBAGIAN SHU');
    expect(rows.slice(parts + 1, parts + 7).map((r) => r[4])).toEqual([0, 0, 0, 0, 0, 0]);
    // Savings of 10.000 at each of the 12 month-ends: an average of 10.000, and no share.
    expect(rows.find((r) => r[1] === 'A1')).toEqual([1, 'A1', 'Siti', 10_000, 0, 0, 0, 0]);
  });
});
