// The people's label of a week: month and year named once when the days share them.
import { weekDatesLabel, weekDatesText } from '../../../src/core/week/weekLabel';

describe('weekDatesLabel', () => {
  it('names the month once within a month', () => {
    expect(weekDatesLabel('2026-11-23', '2026-11-29', 'id')).toBe('23–29 November 2026');
    expect(weekDatesLabel('2026-11-23', '2026-11-29', 'en')).toBe('23–29 November 2026');
  });

  it('names both months across a month end, in each language', () => {
    expect(weekDatesText('2026-11-30', '2026-12-06')).toEqual({
      id: '30 November – 6 Desember 2026',
      en: '30 November – 6 December 2026',
    });
  });

  it('names both years across a year end', () => {
    expect(weekDatesText('2025-12-29', '2026-01-04')).toEqual({
      id: '29 Desember 2025 – 4 Januari 2026',
      en: '29 December 2025 – 4 January 2026',
    });
  });
});
