// Dates as people read them: written out in the text's language, never an ISO date beside Indonesian.
import { formatLongDate, formatLongDateTime } from '../../src/core/isoDate';

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
});
