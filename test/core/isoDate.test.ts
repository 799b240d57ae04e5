// Dates as people read them: written out in the text's language, never an ISO date beside Indonesian.
import { addMonthsClamped, daysInMonth, formatLongDate, formatLongDateTime } from '../../src/core/isoDate';

test('formatLongDate: day, month name, year', () => {
  expect(formatLongDate('2026-11-30', 'id')).toBe('30 November 2026');
  expect(formatLongDate('2026-02-01', 'id')).toBe('1 Februari 2026');
  expect(formatLongDate('2026-02-01', 'en')).toBe('1 February 2026');
});

test('formatLongDateTime: a generated tab’s "made at" written out; other text as it is', () => {
  expect(formatLongDateTime('2026-11-30 19:55', 'id')).toBe('30 November 2026 19:55');
  expect(formatLongDateTime('2026-08-17 07:05', 'en')).toBe('17 August 2026 07:05');
  expect(formatLongDateTime('2026-02-30 10:00', 'id')).toBe('2026-02-30 10:00');
  expect(formatLongDateTime('kemarin', 'id')).toBe('kemarin');
  // The day alone (the command line's --today): the date written out, no time.
  expect(formatLongDateTime('2026-11-30', 'id')).toBe('30 November 2026');
  expect(formatLongDateTime('2026-11-30', 'en')).toBe('30 November 2026');
  expect(formatLongDateTime('2026-11-30 ', 'id')).toBe('2026-11-30 ');
});

describe('daysInMonth', () => {
  it('gives each month its days, February 29 in a leap year only', () => {
    const common = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    expect(Array.from({ length: 12 }, (_, i) => daysInMonth(2026, i + 1))).toEqual(common);
    expect(Array.from({ length: 12 }, (_, i) => daysInMonth(2028, i + 1))).toEqual([
      31,
      29,
      ...common.slice(2),
    ]);
    expect([daysInMonth(1900, 2), daysInMonth(2000, 2), daysInMonth(2100, 2)]).toEqual([28, 29, 28]);
  });

  it('gives 0 for a month that does not exist', () => {
    expect([
      daysInMonth(2026, 0),
      daysInMonth(2026, 13),
      daysInMonth(2028, 2.5),
      daysInMonth(2026, NaN),
    ]).toEqual([0, 0, 0, 0]);
  });

  it('clamps a date months later to the last day of its month', () => {
    expect(addMonthsClamped('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonthsClamped('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonthsClamped('2026-01-31', 2)).toBe('2026-03-31');
    expect(addMonthsClamped('2026-11-30', 3)).toBe('2027-02-28');
  });
});
