// The Pemeriksaan grid: errors first, one row per problem, links to existing tabs only.
import { defaultSettings } from '../../../src/core/book/types';
import { checksSheet, locationText, problemSummary } from '../../../src/core/generatedTabs/checksSheet';
import type { Problem } from '../../../src/core/problems/problem';

const p = (over: Partial<Problem>): Problem => ({
  tab: 'Kas',
  row: 5,
  column: 'Masuk',
  col: 7,
  code: 'cash.amount.text',
  severity: 'warning',
  message: { id: 'Jumlah ditulis sebagai teks', en: 'Amount typed as text' },
  ...over,
});

const settings = { ...defaultSettings, groupName: 'Tani Jaya' };

describe('checksSheet', () => {
  it('lists errors first, with location, column, message, fix and code', () => {
    const grid = checksSheet(
      [
        p({ fix: { value: 1500000, label: { id: 'Simpan sebagai angka', en: 'Store as a number' } } }),
        p({ tab: 'Anggota', row: 3, col: 3, column: 'NIK', code: 'member.nik.length', severity: 'error' }),
        p({ tab: 'Kegiatan', row: 0, col: 0, column: '', code: 'tab.missing', severity: 'error' }),
      ],
      settings,
      ['Anggota', 'Kas'],
      'id',
      '2026-11-28',
      '2026-11-28 09:00',
    );
    const header = grid.rows.findIndex((r) => r[0]?.v === 'No');
    expect(grid.frozenRows).toBe(header + 1);
    const body = grid.rows.slice(header + 1);
    expect(body.map((r) => r.map((c) => c.v))).toEqual([
      [1, 'Kesalahan', 'Anggota!C3', 'NIK', 'Jumlah ditulis sebagai teks', null, 'member.nik.length'],
      [2, 'Kesalahan', 'Kegiatan', '', 'Jumlah ditulis sebagai teks', null, 'tab.missing'],
      [
        3,
        'Peringatan',
        'Kas!G5',
        'Masuk',
        'Jumlah ditulis sebagai teks',
        'Simpan sebagai angka',
        'cash.amount.text',
      ],
    ]);
    expect(body[0]![2]!.link).toEqual({ tab: 'Anggota', row: 3, col: 3 });
    // A missing tab cannot be linked to.
    expect(body[1]![2]!.link).toBeUndefined();
    expect(body[2]![2]!.link).toEqual({ tab: 'Kas', row: 5, col: 7 });
    expect(grid.rows.flat().map((c) => c.v)).toContain('2 kesalahan, 1 peringatan, 0 catatan');
  });

  it('says so when there is no problem, in English too', () => {
    const grid = checksSheet([], settings, [], 'en', '2026-11-28', 'now');
    expect(grid.rows.flat().map((c) => c.v)).toEqual(
      expect.arrayContaining(['No problems found.', 'DATA CHECKS']),
    );
  });

  it('names locations as people read them', () => {
    expect(locationText({ tab: 'Kas', row: 12, col: 28 }, 'id')).toBe('Kas!AB12');
    expect(locationText({ tab: 'Kas', row: 12, col: 0 }, 'en')).toBe('Kas row 12');
    expect(problemSummary([p({ severity: 'info' })]).en).toBe('0 errors, 0 warnings, 1 note');
  });
});
