import { problemOfNote, type ProblemNote } from '../../../src/core/problems/problemCatalogue';
import { MAX_BOOK_YEAR, parseDateText, readDate } from '../../../src/core/values/readDate';

describe('readDate', () => {
  it('reads a date cell as that date', () => {
    expect(readDate({ date: '2026-11-28' })).toEqual({ status: 'ok', value: '2026-11-28' });
    expect(readDate(null)).toEqual({ status: 'empty' });
  });

  it('refuses a date cell that is no calendar date', () => {
    expect(readDate({ date: '2026-02-30' })).toEqual({
      status: 'invalid',
      note: { code: 'value.date.invalid', args: { value: '2026-02-30' } },
    });
  });

  it.each([
    ['28/11/2026', '2026-11-28'],
    ['28-11-2026', '2026-11-28'],
    ['2026-11-28', '2026-11-28'],
    ['28 November 2026', '2026-11-28'],
    ['5 Agustus 2026', '2026-08-05'],
    ['5 august 2026', '2026-08-05'],
    ['1 Mei 2026', '2026-05-01'],
    ['17 Desember 2025', '2025-12-17'],
    ['3/2/2026', '2026-02-03'],
    ['29/02/2024', '2024-02-29'],
    ['28 Nov 2026', '2026-11-28'],
    ['17 Agt. 2026', '2026-08-17'],
    ['1 Sept 2026', '2026-09-01'],
    // dd-mmm-yyyy, as Sheets and Excel show a date, and the other spellings of the months people type.
    ['28-Nov-2026', '2026-11-28'],
    ['28 - Nopember - 2026', '2026-11-28'],
    ['28 Nopember 2026', '2026-11-28'],
    ['17 Agst 2026', '2026-08-17'],
    ['17 Ags 2026', '2026-08-17'],
    ['17-Agust-2026', '2026-08-17'],
    ['17 AGUSTUS 2026', '2026-08-17'],
    ['5 Mrt 2026', '2026-03-05'],
    ['5 Pebruari 2026', '2026-02-05'],
    ['2/3/2026', '2026-03-02'],
    [' 28/11/2026 ', '2026-11-28'],
  ])('reads the text %j day-month-year as %s, with a warning and a date fix', (text, iso) => {
    const r = readDate(text);
    expect(r).toEqual({
      status: 'ok',
      value: iso,
      note: expect.objectContaining({
        code: 'value.date.text',
        fix: expect.objectContaining({ value: { date: iso } }),
      }),
    });
  });

  it('says which date the fix stores, in both languages', () => {
    const r = readDate('28/11/2026');
    expect(r.status === 'ok' && r.note?.fix?.label).toEqual({
      id: 'Simpan sebagai tanggal 28 November 2026',
      en: 'Store as the date 28 November 2026',
    });
  });

  it.each([
    '31/02/2026',
    '2026/11/28',
    '11/28/2026',
    'kemarin',
    '28 Novembre 2026',
    '28.11.2026',
    '28/11/26',
  ])('refuses the text %j', (text) => {
    expect(parseDateText(text)).toBeUndefined();
    expect(readDate(text)).toMatchObject({ status: 'invalid', note: { code: 'value.date.invalid' } });
  });

  it.each(['31-Feb-2026', '28 Agustusan 2026', '28Nov2026', '28 - - Nov 2026', 'Senin, 2 Maret 2026'])(
    'refuses the text %j too',
    (text) => {
      expect(parseDateText(text)).toBeUndefined();
      expect(readDate(text)).toEqual({
        status: 'invalid',
        note: { code: 'value.date.invalid', args: { value: text } },
      });
    },
  );

  it.each(['28/11/26', '5-3-26', '28 Nov 26', '28-Nov-26'])('asks for the four-digit year of %j', (text) => {
    expect(readDate(text)).toEqual({
      status: 'invalid',
      note: { code: 'value.date.invalid', args: { value: text, hint: 'shortYear' } },
    });
  });

  it('refuses numbers and booleans', () => {
    expect(readDate(46000)).toMatchObject({ status: 'invalid', note: { code: 'value.date.invalid' } });
    expect(readDate(true)).toMatchObject({ status: 'invalid', note: { code: 'value.date.invalid' } });
    // Not a date serial from 2000 to 2100: no date offered. The number quoted in each language's
    // way, as a sheet of that locale shows it.
    for (const [n, id, en] of [
      [36525, '36.525', '36,525'],
      [73416, '73.416', '73,416'],
      [46276.5, '46.276,5', '46,276.5'],
      [-3, '-3', '-3'],
      [7, '7', '7'],
    ] as const)
      expect(readDate(n)).toEqual({
        status: 'invalid',
        note: { code: 'value.date.invalid', args: { value: { id, en } } },
      });
    const p = problemOfNote((readDate(46276.5) as { note: ProblemNote }).note, {
      tab: 'Kas',
      row: 5,
      column: 'Tanggal',
      col: 1,
    });
    expect(p.message).toEqual({
      id: '"46.276,5" tidak terbaca sebagai tanggal. Tulis tanggal yang ada, mis. 28/11/2026 atau 28 November 2026 (hari-bulan-tahun).',
      en: '"46,276.5" cannot be read as a date. Write a real date, e.g. 28/11/2026 or 28 November 2026 (day-month-year).',
    });
    expect(readDate(true)).toEqual({
      status: 'invalid',
      note: { code: 'value.date.invalid', args: { value: 'TRUE' } },
    });
  });

  it('a whole number from 2000 to 2100 is still an error, naming the date it may be, with a fix that stores it (found by an audit)', () => {
    // 46276 is 11 September 2026 in Sheets' and Excel's day count (from 30/12/1899).
    const reading = readDate(46276);
    expect(reading).toEqual({
      status: 'invalid',
      note: {
        code: 'value.date.invalid',
        args: { value: { id: '46.276', en: '46,276' }, hint: 'serial', date: '11/09/2026' },
        fix: {
          value: { date: '2026-09-11' },
          label: {
            id: 'Simpan sebagai tanggal 11 September 2026',
            en: 'Store as the date 11 September 2026',
          },
        },
      },
    });
    const p = problemOfNote((reading as { note: ProblemNote }).note, {
      tab: 'Kas',
      row: 5,
      column: 'Tanggal',
      col: 1,
    });
    expect([p.severity, p.message]).toEqual([
      'error',
      {
        id: '"46.276" tidak terbaca sebagai tanggal: sel ini berisi angka, mungkin tanggal 11/09/2026 yang kehilangan format tanggalnya. Simpan sebagai tanggal, atau tulis tanggal yang benar.',
        en: '"46,276" cannot be read as a date: the cell holds a number, perhaps the date 11/09/2026 that lost its date format. Store it as a date, or write the right date.',
      },
    ]);
    expect(readDate(36526)).toMatchObject({ note: { args: { date: '01/01/2000' } } });
    expect(readDate(73415)).toMatchObject({ note: { args: { date: '31/12/2100' } } });
  });

  it('reads a date in 2100 and refuses a later one, cell or text, as a typo of the year', () => {
    expect(MAX_BOOK_YEAR).toBe(2100);
    expect(readDate({ date: '2100-12-31' })).toEqual({ status: 'ok', value: '2100-12-31' });
    expect(readDate({ date: '1900-01-01' })).toEqual({ status: 'ok', value: '1900-01-01' });
    expect(readDate({ date: '2101-01-01' })).toEqual({
      status: 'invalid',
      note: { code: 'value.date.tooLate', args: { value: '01/01/2101', year: 2100 } },
    });
    expect(readDate({ date: '9999-12-31' })).toEqual({
      status: 'invalid',
      note: { code: 'value.date.tooLate', args: { value: '31/12/9999', year: 2100 } },
    });
    expect(readDate(' 28/11/2206 ')).toEqual({
      status: 'invalid',
      note: { code: 'value.date.tooLate', args: { value: '28/11/2206', year: 2100 } },
    });
  });
});
