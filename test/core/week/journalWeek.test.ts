// The journal week: Monday to Sunday by default, another first day from `Awal Minggu`, ISO labels.
import fc from 'fast-check';
import { addDays, fromDayNumber, isoWeekday, toDayNumber } from '../../../src/core/isoDate';
import {
  journalWeekOf,
  journalWeekOfIso,
  nextWeek,
  normaliseWeekStart,
  parseJournalWeek,
  previousWeek,
  recentWeeks,
  shiftWeek,
} from '../../../src/core/week/journalWeek';

describe('journal week from Monday (the default)', () => {
  it('is the ISO week, with its dates for people', () => {
    expect(journalWeekOf('2026-11-25', 1)).toEqual({
      value: '2026-W48',
      weekStart: 1,
      start: '2026-11-23',
      end: '2026-11-29',
      label: { id: '23–29 November 2026', en: '23–29 November 2026' },
    });
  });

  it('keeps Sunday in its week; the Monday after starts the next', () => {
    expect(journalWeekOf('2026-11-29', 1).value).toBe('2026-W48');
    expect(journalWeekOf('2026-11-30', 1).value).toBe('2026-W49');
    expect(journalWeekOf('2026-11-30', 1).label.id).toBe('30 November – 6 Desember 2026');
  });

  it('reads 2026-W01 as 29 December 2025 to 4 January 2026', () => {
    const parsed = parseJournalWeek('2026-W01', 1);
    expect(parsed.ok && parsed.week.start).toBe('2025-12-29');
    expect(parsed.ok && parsed.week.end).toBe('2026-01-04');
    expect(parsed.ok && parsed.week.label.id).toBe('29 Desember 2025 – 4 Januari 2026');
  });

  it('reads 2026-W53 as 28 December 2026 to 3 January 2027, and steps across the year end', () => {
    const parsed = parseJournalWeek('2026-W53', 1);
    if (!parsed.ok) throw new Error('2026-W53 exists');
    expect([parsed.week.start, parsed.week.end]).toEqual(['2026-12-28', '2027-01-03']);
    expect(nextWeek(parsed.week).value).toBe('2027-W01');
    expect(previousWeek(parsed.week).value).toBe('2026-W52');
    expect(previousWeek(journalWeekOf('2027-01-04', 1)).value).toBe('2026-W53');
  });

  it('refuses 2025-W53 with the ISO week refusal', () => {
    const parsed = parseJournalWeek('2025-W53', 1);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error.code).toBe('week.invalid');
  });
});

describe('journal week from another first day (Awal Minggu)', () => {
  it('with Sunday first, labels Sunday 22 – Saturday 28 November 2026 by the ISO week of most of its days', () => {
    const w = journalWeekOf('2026-11-22', 7);
    expect([w.value, w.start, w.end, w.label.id]).toEqual([
      '2026-W48',
      '2026-11-22',
      '2026-11-28',
      '22–28 November 2026',
    ]);
    expect(journalWeekOf('2026-11-28', 7).value).toBe('2026-W48');
    expect(journalWeekOf('2026-11-29', 7).value).toBe('2026-W49');
  });

  it('with Thursday first, takes the ISO week of its first day', () => {
    const w = journalWeekOf('2026-11-29', 4);
    expect([w.value, w.start, w.end]).toEqual(['2026-W48', '2026-11-26', '2026-12-02']);
  });

  it('with Friday first, takes the ISO week of the following Monday', () => {
    const w = journalWeekOf('2026-11-27', 5);
    expect([w.value, w.start, w.end]).toEqual(['2026-W49', '2026-11-27', '2026-12-03']);
  });

  it('treats anything but 1..7 as Monday', () => {
    expect([0, 8, 2.5, Number.NaN].map(normaliseWeekStart)).toEqual([1, 1, 1, 1]);
    expect(normaliseWeekStart(7)).toBe(7);
  });

  it('for every first day and date: the week holds the date, starts on that day, and its label reads back to it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: toDayNumber('1990-01-01'), max: toDayNumber('2100-12-31') }),
        fc.integer({ min: 1, max: 7 }),
        (n, first) => {
          const date = fromDayNumber(n);
          const w = journalWeekOf(date, first);
          expect(isoWeekday(w.start)).toBe(first);
          expect(w.end).toBe(addDays(w.start, 6));
          expect(w.start <= date && date <= w.end).toBe(true);
          const back = parseJournalWeek(w.value, first);
          expect(back).toEqual({ ok: true, week: w });
          expect(shiftWeek(w, 1).start).toBe(addDays(w.start, 7));
          expect(shiftWeek(w, 1).value).not.toBe(w.value);
        },
      ),
    );
  });

  it('gives each ISO week of a year exactly one journal week, for every first day', () => {
    for (let first = 1; first <= 7; first += 1) {
      const starts = new Set<string>();
      for (let week = 1; week <= 53; week += 1)
        starts.add(journalWeekOfIso({ year: 2026, week }, first).start);
      expect(starts.size).toBe(53);
      const sorted = [...starts].sort();
      for (let i = 1; i < sorted.length; i += 1)
        expect(toDayNumber(sorted[i]!) - toDayNumber(sorted[i - 1]!)).toBe(7);
    }
  });
});

describe('recentWeeks', () => {
  it('lists the week of today first, then the weeks before it, across the year end', () => {
    expect(recentWeeks('2027-01-05', 1, 3)).toEqual([
      { value: '2027-W01', label: { id: '4–10 Januari 2027', en: '4–10 January 2027' } },
      {
        value: '2026-W53',
        label: { id: '28 Desember 2026 – 3 Januari 2027', en: '28 December 2026 – 3 January 2027' },
      },
      { value: '2026-W52', label: { id: '21–27 Desember 2026', en: '21–27 December 2026' } },
    ]);
  });

  it('lists eight weeks by default', () => {
    expect(recentWeeks('2026-11-28', 1).map((w) => w.value)).toEqual([
      '2026-W48',
      '2026-W47',
      '2026-W46',
      '2026-W45',
      '2026-W44',
      '2026-W43',
      '2026-W42',
      '2026-W41',
    ]);
  });
});
