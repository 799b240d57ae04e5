// ISO weeks: the week of a date, its Monday, the year end, and the refusal of weeks that do not exist.
import fc from 'fast-check';
import { addDays, fromDayNumber, isoWeekday, toDayNumber } from '../../../src/core/isoDate';
import {
  addIsoWeeks,
  formatIsoWeek,
  isoWeekMonday,
  isoWeekOf,
  isoWeeksInYear,
  parseIsoWeek,
} from '../../../src/core/week/isoWeek';

describe('isoWeekOf', () => {
  it.each([
    ['2026-11-23', '2026-W48'],
    ['2026-11-29', '2026-W48'],
    ['2026-11-30', '2026-W49'],
    ['2025-12-28', '2025-W52'],
    ['2025-12-29', '2026-W01'],
    ['2026-01-01', '2026-W01'],
    ['2026-12-28', '2026-W53'],
    ['2027-01-03', '2026-W53'],
    ['2027-01-04', '2027-W01'],
    ['2020-12-31', '2020-W53'],
    ['2021-01-03', '2020-W53'],
    ['2008-12-29', '2009-W01'],
    ['2010-01-03', '2009-W53'],
  ])('%s is in %s', (date, week) => {
    expect(formatIsoWeek(isoWeekOf(date))).toBe(week);
  });

  it('puts every date in the week whose Monday is at most 6 days before it', () => {
    fc.assert(
      fc.property(fc.integer({ min: toDayNumber('1990-01-01'), max: toDayNumber('2100-12-31') }), (n) => {
        const date = fromDayNumber(n);
        const monday = isoWeekMonday(isoWeekOf(date));
        expect(isoWeekday(monday)).toBe(1);
        expect(toDayNumber(date) - toDayNumber(monday)).toBe(isoWeekday(date) - 1);
      }),
    );
  });
});

describe('year ends', () => {
  it('2026-W01 starts on Monday 29 December 2025', () => {
    expect(isoWeekMonday({ year: 2026, week: 1 })).toBe('2025-12-29');
  });

  it('2026 has 53 ISO weeks; 2026-W53 runs 28 December 2026 to 3 January 2027', () => {
    expect(isoWeeksInYear(2026)).toBe(53);
    const monday = isoWeekMonday({ year: 2026, week: 53 });
    expect(monday).toBe('2026-12-28');
    expect(addDays(monday, 6)).toBe('2027-01-03');
    expect(formatIsoWeek(addIsoWeeks({ year: 2026, week: 53 }, 1))).toBe('2027-W01');
    expect(formatIsoWeek(addIsoWeeks({ year: 2027, week: 1 }, -1))).toBe('2026-W53');
  });

  it('knows which years have 53 weeks', () => {
    const long = [];
    for (let y = 2000; y <= 2040; y += 1) if (isoWeeksInYear(y) === 53) long.push(y);
    expect(long).toEqual([2004, 2009, 2015, 2020, 2026, 2032, 2037]);
  });
});

describe('parseIsoWeek', () => {
  it('reads a week and writes it back in its canonical form', () => {
    expect(parseIsoWeek('2026-W48')).toEqual({ ok: true, week: { year: 2026, week: 48 }, value: '2026-W48' });
    expect(parseIsoWeek(' 2026-w05 ')).toEqual({
      ok: true,
      week: { year: 2026, week: 5 },
      value: '2026-W05',
    });
    expect(parseIsoWeek('2026W5')).toEqual({ ok: true, week: { year: 2026, week: 5 }, value: '2026-W05' });
    expect(parseIsoWeek('2026-W53')).toEqual({ ok: true, week: { year: 2026, week: 53 }, value: '2026-W53' });
  });

  it('refuses 2025-W53, a week 2025 does not have, in both languages', () => {
    expect(parseIsoWeek('2025-W53')).toEqual({
      ok: false,
      error: {
        code: 'week.invalid',
        message: {
          id: 'Minggu 2025-W53 tidak ada: tahun 2025 hanya punya 52 minggu ISO (W01–W52).',
          en: 'Week 2025-W53 does not exist: 2025 has only 52 ISO weeks (W01–W52).',
        },
      },
    });
  });

  it.each(['2026-W00', '2026-W54', '2026-W99'])('refuses %s', (raw) => {
    const parsed = parseIsoWeek(raw);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.error.code).toBe('week.invalid');
      expect(parsed.error.message.en).toContain('does not exist');
    }
  });

  it.each(['', 'minggu ini', '2026-48', '26-W48', '2026-W480', '2026-11-23'])(
    'refuses the text "%s"',
    (raw) => {
      const parsed = parseIsoWeek(raw);
      expect(parsed).toEqual({
        ok: false,
        error: {
          code: 'week.invalid',
          message: {
            id: `"${raw}" bukan minggu yang dikenal. Tulis tahun dan minggu ISO, misalnya 2026-W48.`,
            en: `"${raw}" is not a week. Write the year and the ISO week, e.g. 2026-W48.`,
          },
        },
      });
    },
  );

  it('refuses a year out of range', () => {
    const parsed = parseIsoWeek('0999-W10');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok)
      expect(parsed.error.message.en).toBe('The year 999 in "0999-W10" is out of range (1000–9998).');
  });

  it('reads back every week it writes', () => {
    fc.assert(
      fc.property(fc.integer({ min: toDayNumber('1990-01-01'), max: toDayNumber('2100-12-31') }), (n) => {
        const week = isoWeekOf(fromDayNumber(n));
        expect(parseIsoWeek(formatIsoWeek(week))).toEqual({ ok: true, week, value: formatIsoWeek(week) });
      }),
    );
  });
});
