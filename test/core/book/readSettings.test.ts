import { readBook } from '../../../src/core/book/readBook';
import { matchSettingKey, parseKolLimits } from '../../../src/core/book/readSettings';
import type { Cell } from '../../../src/core/cell';
import { TODAY, baseSettings, d, placeOf, sampleTabs, settingsGrid, tabSource } from './fixtures';

function settingsOf(entries: Readonly<Record<string, Cell>> | readonly (readonly [string, Cell])[]) {
  const reading = readBook(tabSource(sampleTabs({ Pengaturan: settingsGrid(entries) })), { today: TODAY });
  return {
    settings: reading.book.settings,
    problems: reading.problems.filter((p) => p.tab === 'Pengaturan'),
  };
}

/** The value cell of the i-th (0-based) setting row. */
const value = (code: string, i: number, severity = 'error') => ({
  code,
  row: i + 2,
  column: 'Nilai',
  col: 2,
  severity,
});

describe('Pengaturan', () => {
  it('reads every key, with blanks meaning their defaults', () => {
    const { settings, problems } = settingsOf({
      ...baseSettings,
      'Nama Ketua': 'Budi Santoso',
      'Nama Bendahara': 'Sri Wahyuni',
      'Awal Minggu': 'Minggu',
      Bahasa: 'English',
      'Batas Kolektibilitas': '60; 90; 150',
      'Denda Keterlambatan': 10_000,
      'Masa Tenggang Denda': 5,
    });
    expect(problems).toEqual([]);
    expect(settings).toEqual({
      groupName: 'Kelompok Tani Makmur',
      village: 'Sukamaju',
      district: 'Cibeber',
      regency: 'Cianjur',
      province: 'Jawa Barat',
      facilitatorName: 'Siti Rahayu',
      chairName: 'Budi Santoso',
      treasurerName: 'Sri Wahyuni',
      openingBalance: 2000000,
      openingDate: '2026-01-01',
      weekStart: 7,
      language: 'en',
      kolLimits: [60, 90, 150],
      lateFine: 10_000,
      fineGraceDays: 5,
    });
  });

  it('uses the defaults for blank optional settings', () => {
    const { settings, problems } = settingsOf({
      'Nama Kelompok': 'KT Makmur',
      'Saldo Awal Kas': null,
      Bahasa: '',
    });
    expect(problems).toEqual([]);
    expect(settings).toEqual({
      groupName: 'KT Makmur',
      openingBalance: 0,
      weekStart: 1,
      language: 'id',
      kolLimits: [90, 120, 180],
      lateFine: 0,
      fineGraceDays: 3,
    });
  });

  it('reads keys through their aliases, with any case and a trailing colon', () => {
    expect(matchSettingKey('group name')).toBe('groupName');
    expect(matchSettingKey('Saldo Awal Kas:')).toBe('openingBalance');
    expect(matchSettingKey('Saldo')).toBeUndefined();
    const { settings } = settingsOf({ 'NAMA KELOMPOK:': 'KT Makmur', 'Opening Balance': 'Rp 500.000' });
    expect(settings.groupName).toBe('KT Makmur');
    expect(settings.openingBalance).toBe(500000);
  });

  it('requires the group name', () => {
    const { problems } = settingsOf({ Desa: 'Sukamaju' });
    expect(problems.map(placeOf)).toEqual([
      { code: 'settings.groupName.missing', row: 0, column: 'Kunci', col: 0, severity: 'error' },
    ]);
    const blank = settingsOf({ Desa: 'Sukamaju', 'Nama Kelompok': ' ' }).problems;
    expect(blank.map(placeOf)).toEqual([value('settings.groupName.missing', 1)]);
  });

  it('reports a formula error as the group name once, not also as a missing name', () => {
    const { problems, settings } = settingsOf({ 'Nama Kelompok': '#REF!' });
    expect(problems.map(placeOf)).toEqual([value('value.formulaError', 0)]);
    expect(settings.groupName).toBe('');
  });

  it.each([
    ['Saldo Awal Kas', 1500.5, 'value.money.fraction', 'error'],
    ['Saldo Awal Kas', '1,5 juta', 'value.money.invalid', 'error'],
    ['Saldo Awal Kas', 'Rp 1.500.000', 'value.money.text', 'warning'],
    ['Saldo Awal Kas', -5000, 'settings.openingBalance.negative', 'error'],
    ['Tanggal Saldo Awal', '1 Januari 2026', 'value.date.text', 'warning'],
    ['Tanggal Saldo Awal', 'awal tahun', 'value.date.invalid', 'error'],
    ['Awal Minggu', 'Hari Pasar', 'settings.weekStart.unknown', 'error'],
    ['Awal Minggu', 9, 'settings.weekStart.unknown', 'error'],
    ['Bahasa', 'Jawa', 'settings.language.unknown', 'error'],
    ['Batas Kolektibilitas', '90;180;120', 'settings.kolLimits.invalid', 'error'],
    ['Batas Kolektibilitas', '90,120,180', 'settings.kolLimits.invalid', 'error'],
    ['Batas Kolektibilitas', 90, 'settings.kolLimits.invalid', 'error'],
    ['Denda Keterlambatan', -5_000, 'settings.lateFine.negative', 'error'],
    ['Denda Keterlambatan', 5_000.5, 'value.money.fraction', 'error'],
    ['Masa Tenggang Denda', -1, 'settings.fineGraceDays.invalid', 'error'],
    ['Masa Tenggang Denda', 400, 'settings.fineGraceDays.invalid', 'error'],
    ['Masa Tenggang Denda', 2.5, 'settings.fineGraceDays.invalid', 'error'],
    ['Masa Tenggang Denda', 'tiga', 'settings.fineGraceDays.invalid', 'error'],
    ['Saldo Awal Kas', '#REF!', 'value.formulaError', 'error'],
    ['Tanggal Saldo Awal', '#N/A', 'value.formulaError', 'error'],
  ])('%s = %j: %s', (key, cell, code, severity) => {
    const { problems } = settingsOf([
      ['Nama Kelompok', 'KT Makmur'],
      [key, cell],
    ]);
    expect(problems.map(placeOf)).toEqual([value(code, 1, severity)]);
  });

  it.each([
    ['Awal Minggu', 'senin', 'weekStart', 1],
    ['Awal Minggu', 3, 'weekStart', 3],
    ['Awal Minggu', "Jum'at", 'weekStart', 5],
    ['Bahasa', 'ID', 'language', 'id'],
    ['Denda Keterlambatan', 10_000, 'lateFine', 10_000],
    ['Masa Tenggang Denda', 0, 'fineGraceDays', 0],
    ['Masa Tenggang Denda', 365, 'fineGraceDays', 365],
    ['Tanggal Saldo Awal', d('2025-12-31'), 'openingDate', '2025-12-31'],
  ])('%s = %j passes', (key, cell, field, expected) => {
    const { settings, problems } = settingsOf([
      ['Nama Kelompok', 'KT Makmur'],
      [key, cell],
    ]);
    expect(problems).toEqual([]);
    expect(settings).toMatchObject({ [field]: expected });
  });

  it('words a negative opening balance and fine as Rupiah, an impossible grace, and falls back to no fines and 3 days', () => {
    const { settings, problems } = settingsOf([
      ['Nama Kelompok', 'KT Makmur'],
      ['Saldo Awal Kas', -1_250_000],
      ['Denda Keterlambatan', -5_000],
      ['Masa Tenggang Denda', 400],
    ]);
    expect(problems.map((p) => [p.code, p.row, p.message])).toEqual([
      [
        'settings.openingBalance.negative',
        3,
        {
          id: 'Saldo Awal Kas tidak boleh minus: -Rp 1.250.000. Tulis saldo kas yang sebenarnya (0 bila kosong).',
          en: 'The opening cash balance cannot be negative: -Rp 1,250,000. Write the real cash balance (0 when none).',
        },
      ],
      [
        'settings.lateFine.negative',
        4,
        {
          id: 'Denda Keterlambatan tidak boleh minus: -Rp 5.000. Tulis denda per angsuran terlambat (0 = tanpa denda). Sementara tanpa denda.',
          en: 'The late fine cannot be negative: -Rp 5,000. Write the fine per late installment (0 = no fines). No fines are charged for now.',
        },
      ],
      [
        'settings.fineGraceDays.invalid',
        5,
        {
          id: 'Masa Tenggang Denda "400" harus angka hari bulat 0 sampai 365, mis. 7. Sementara dipakai 3.',
          en: 'Fine grace days "400" must be a whole number of days, 0 to 365, e.g. 7. 3 is used for now.',
        },
      ],
    ]);
    expect(settings).toMatchObject({ openingBalance: 0, lateFine: 0, fineGraceDays: 3 });
  });

  it('words a grace that is no whole number of days with a whole example and the 3 days used instead', () => {
    // A number cell quoted in each language's way; text as typed in both.
    for (const [cell, shown, shownEn] of [
      ['tiga', 'tiga', 'tiga'],
      [2.5, '2,5', '2.5'],
      [1000.5, '1.000,5', '1,000.5'],
    ] as const) {
      const { settings, problems } = settingsOf([
        ['Nama Kelompok', 'KT Makmur'],
        ['Masa Tenggang Denda', cell],
      ]);
      expect(problems.map((p) => [p.code, p.row, p.column, p.message])).toEqual([
        [
          'settings.fineGraceDays.invalid',
          3,
          'Nilai',
          {
            id: `Masa Tenggang Denda "${shown}" harus angka hari bulat 0 sampai 365, mis. 7. Sementara dipakai 3.`,
            en: `Fine grace days "${shownEn}" must be a whole number of days, 0 to 365, e.g. 7. 3 is used for now.`,
          },
        ],
      ]);
      expect(settings.fineGraceDays).toBe(3);
    }
  });

  it("quotes a number cell of Awal Minggu and Batas Luas Subsidi in each language's way, text as typed", () => {
    const messages = (key: string, cell: Cell) =>
      settingsOf([
        ['Nama Kelompok', 'KT Makmur'],
        [key, cell],
      ]).problems.map((p) => p.message);
    expect(messages('Awal Minggu', 1.5)).toEqual([
      {
        id: 'Awal Minggu "1,5" bukan nama hari. Tulis Senin, Selasa, … atau Minggu. Sementara dipakai Senin.',
        en: 'Week start "1.5" is not a day name. Write Senin (Monday) … Minggu (Sunday). Monday is used for now.',
      },
    ]);
    expect(messages('Awal Minggu', 'Hari Pasar')).toEqual([
      {
        id: 'Awal Minggu "Hari Pasar" bukan nama hari. Tulis Senin, Selasa, … atau Minggu. Sementara dipakai Senin.',
        en: 'Week start "Hari Pasar" is not a day name. Write Senin (Monday) … Minggu (Sunday). Monday is used for now.',
      },
    ]);
    expect(messages('Batas Luas Subsidi', -0.5)).toEqual([
      {
        id: 'Batas Luas Subsidi "-0,5" harus angka hektar lebih dari 0, mis. 2. Sementara dipakai 2.',
        en: 'Batas Luas Subsidi "-0.5" must be a number of hectares above 0, e.g. 2. 2 is used for now.',
      },
    ]);
    expect(messages('Batas Luas Subsidi', -1500)).toEqual([
      {
        id: 'Batas Luas Subsidi "-1.500" harus angka hektar lebih dari 0, mis. 2. Sementara dipakai 2.',
        en: 'Batas Luas Subsidi "-1,500" must be a number of hectares above 0, e.g. 2. 2 is used for now.',
      },
    ]);
  });

  it('notes unknown keys and uses the first of a repeated key', () => {
    const { settings, problems } = settingsOf([
      ['Nama Kelompok', 'KT Makmur'],
      ['Warna', 'Hijau'],
      ['Nama Kelompok', 'KT Lain'],
    ]);
    expect(settings.groupName).toBe('KT Makmur');
    expect(problems.map(placeOf)).toEqual([
      { code: 'settings.key.unknown', row: 3, column: 'Kunci', col: 1, severity: 'info' },
      { code: 'settings.key.duplicate', row: 4, column: 'Kunci', col: 1, severity: 'warning' },
    ]);
  });

  it('reads kol limits only as three increasing whole numbers', () => {
    expect(parseKolLimits('90;120;180')).toEqual([90, 120, 180]);
    expect(parseKolLimits('0;120;180')).toBeUndefined();
    expect(parseKolLimits('90;120')).toBeUndefined();
    expect(parseKolLimits('90;90;180')).toBeUndefined();
  });
});
