// The journal of a book read from its cells by the checks: the same figures as from the typed book.
import { readBook } from '../../../src/core/book/readBook';
import { runningCashBalance } from '../cash/runningCashBalance';
import { journalSheet } from '../../../src/core/generatedTabs/journalSheet';
import { weeklyJournal } from '../../../src/core/journal/weeklyJournal';
import { bookGrids } from './bookGrids';
import { twoWeekBook } from './twoWeekBook';

const AT = '2026-11-30 07:15';

describe('the two-week book read through its grids', () => {
  const reading = readBook(bookGrids(twoWeekBook()), { today: '2026-11-30' });

  it('reads without an error or a warning', () => {
    expect(reading.problems.filter((p) => p.severity !== 'info')).toEqual([]);
  });

  it.each(['2026-W47', '2026-W48'])('gives the journal of %s the typed book gives', (week) => {
    expect(weeklyJournal(reading.book, reading.problems, week, AT)).toStrictEqual(
      weeklyJournal(twoWeekBook(), [], week, AT),
    );
  });

  it('closes each week at the running balance of the checks on its Sunday', () => {
    const running = runningCashBalance(reading.book);
    const after = (date: string) => running.entries.filter((e) => e.entry.date <= date).at(-1)?.balance;
    expect(weeklyJournal(reading.book, reading.problems, '2026-W47', AT).cash.closingBalance).toBe(
      after('2026-11-22'),
    );
    expect(weeklyJournal(reading.book, reading.problems, '2026-W48', AT).cash.closingBalance).toBe(
      after('2026-11-29'),
    );
    expect(after('2026-11-29')).toBe(4_070_000);
  });

  it('keeps a description typed as `=…` a plain string value all the way to the grid', () => {
    const grid = journalSheet(weeklyJournal(reading.book, reading.problems, '2026-W48', AT), 'id');
    const cells = grid.rows.flat().filter((c) => c.v === '=Pelatihan pengendalian hama terpadu (PHT)');
    expect(cells).toEqual([{ v: '=Pelatihan pengendalian hama terpadu (PHT)', format: 'text', wrap: true }]);
  });
});
