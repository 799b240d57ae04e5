// Long lists come a page at a time: problems, loans needing attention and members, each with the
// whole list's count, so that a reply stays small whatever the book's size.
import { createApi } from '../../../src/core/api/createApi';
import { MEMBERS_PER_PAGE, MESSAGES_PER_PAGE, pageOf, problemCountsByTab } from '../../../src/core/api/pages';
import { memberPage } from '../../../src/core/api/overview';
import type { ApiResponse } from '../../../src/core/api/types';
import { districtBook } from '../../../src/core/demo/districtBook';
import { weeklyJournal } from '../../../src/core/journal/weeklyJournal';
import { readyMessages } from '../../../src/core/messages/readyMessages';
import { reviewBook } from '../../../src/core/reviewBook';
import { journalWeekOf } from '../../../src/core/week/journalWeek';
import type { Problem } from '../../../src/core/problems/problem';
import { LocalHost } from '../../../src/local/localHost';
import { XlsxWorkbook } from '../../../src/local/xlsxWorkbook';

const TODAY = '2026-11-25';

function ok<T>(res: ApiResponse<T>): T {
  if (!res.ok) throw new Error(`${res.error.code}: ${res.error.message.en}`);
  return res.data;
}

describe('pageOf', () => {
  it('gives the items from the offset, clamped, with the total', () => {
    expect(pageOf([1, 2, 3, 4, 5], 2, 2)).toEqual({ items: [3, 4], offset: 2, total: 5 });
    expect(pageOf([1, 2, 3], 7, 2)).toEqual({ items: [], offset: 3, total: 3 });
    expect(pageOf([1, 2, 3], -4, 2)).toEqual({ items: [1, 2], offset: 0, total: 3 });
    expect(pageOf([1, 2, 3], Number.NaN, 2)).toEqual({ items: [1, 2], offset: 0, total: 3 });
  });

  it('counts problems per tab, tabs with more errors first', () => {
    const p = (tab: string, severity: Problem['severity']): Problem => ({
      tab,
      row: 2,
      col: 1,
      column: 'A',
      code: 'x.y',
      severity,
      message: { id: 'x', en: 'x' },
    });
    expect(problemCountsByTab([p('Kas', 'warning'), p('Anggota', 'error'), p('Kas', 'warning')])).toEqual([
      { tab: 'Anggota', counts: { error: 1, warning: 0, info: 0 } },
      { tab: 'Kas', counts: { error: 0, warning: 2, info: 0 } },
    ]);
  });
});

describe('the API at a district book (×0.05: 250 members, 250 loans, 5,000 Kas rows)', () => {
  const book = districtBook(TODAY, 0.05);
  const wb = XlsxWorkbook.create();
  for (const tab of book.tabs) wb.writeInputGrid(tab.spec, tab.name, tab.grid, tab.headerRow);
  const api = createApi(new LocalHost(wb, { today: TODAY }));
  const view = ok(api.getOverview());

  it('the first view carries the first page of each list and the totals', () => {
    expect(view.problems.items).toHaveLength(40);
    expect(view.problems.total).toBeGreaterThan(40);
    expect(view.loansAtRisk.items).toHaveLength(20);
    expect(view.loansAtRisk.total).toBeGreaterThan(20);
    expect(view.members.items).toHaveLength(MEMBERS_PER_PAGE);
    expect(view.members.total).toBe(250);
  });

  it('problems come in the order the sidebar shows them: errors first, the tab with more errors first (found by an audit)', () => {
    const all = [...view.problems.items];
    while (all.length < view.problems.total) all.push(...ok(api.getProblems(all.length)).items);
    const rank = new Map(view.problems.byTab.map((t, i) => [t.tab, i]));
    const severity = { error: 0, warning: 1, info: 2 };
    const keys = all.map((p) => severity[p.severity] * 1000 + rank.get(p.tab)!);
    expect(keys).toEqual([...keys].sort((a, b) => a - b));
    // The first page starts with the worst tab's errors, whatever its name.
    expect(view.problems.byTab[0]!.counts.error).toBeGreaterThan(0);
    expect(view.problems.items[0]!.tab).toBe(view.problems.byTab[0]!.tab);
    expect(new Set(all.map((p) => p.tab)).size).toBeGreaterThan(1);
  });

  it('further pages follow on, and members can be searched by name or ID', () => {
    const second = ok(api.getProblems(40));
    expect(second.offset).toBe(40);
    expect(second.items.map((p) => p.id)).not.toContain(view.problems.items[0]!.id);
    expect(ok(api.getLoansAtRisk(20)).items[0]!.loanId).not.toBe(view.loansAtRisk.items[0]!.loanId);
    const found = ok(api.getMembers(0, 'a000123'));
    expect(found.items.map((m) => m.id)).toEqual(['A000123']);
    expect(ok(api.getMembers(0, 'ASEP')).total).toBe(ok(api.getMembers(0, 'asep')).total);
  });

  it('searching members reads Anggota alone, and gives what the whole reading gives', () => {
    expect(ok(api.getMembers(0, ''))).toEqual(view.members);
    const members = reviewBook(wb, TODAY).book.members;
    expect(members).toHaveLength(250);
    expect(ok(api.getMembers(MEMBERS_PER_PAGE, 'a'))).toEqual(
      memberPage(members, TODAY, MEMBERS_PER_PAGE, 'a'),
    );
  });

  it("this week's ready messages come only when asked, a page at a time, as readyMessages words them", () => {
    expect(view).not.toHaveProperty('messages');
    const reviewed = reviewBook(wb, TODAY);
    const week = journalWeekOf(TODAY, reviewed.book.settings.weekStart).value;
    const all = readyMessages(
      reviewed.book,
      weeklyJournal(reviewed.book, reviewed.problems, week, '', TODAY),
    );
    expect(all.members.length).toBeGreaterThan(MESSAGES_PER_PAGE);
    const first = ok(api.getMessages(0));
    expect(first).toEqual({
      week: all.week,
      weekLabel: all.weekLabel,
      from: all.from,
      to: all.to,
      summary: all.summary,
      items: all.members.slice(0, MESSAGES_PER_PAGE),
      offset: 0,
      total: all.members.length,
      reading: view.problems.reading,
    });
    const second = ok(api.getMessages(MESSAGES_PER_PAGE));
    expect(second.offset).toBe(MESSAGES_PER_PAGE);
    expect(second.items).toEqual(all.members.slice(MESSAGES_PER_PAGE, 2 * MESSAGES_PER_PAGE));
  });
});
