import type { ProblemPage, ProblemView } from '../../../src/core/api/types';
import { problemId, type Severity } from '../../../src/core/problems/problem';
import { appendProblemPage, groupProblems } from '../../../sidebar/view/problemGroups';

function p(tab: string, row: number, col: number, severity: Severity, code = `x.${severity}`): ProblemView {
  const base = { tab, row, col, column: `C${col}`, code, severity, message: { id: code, en: code } };
  return { ...base, id: problemId(base) };
}

describe('groupProblems', () => {
  const list = [
    p('Kegiatan', 4, 2, 'warning'),
    p('Anggota', 9, 3, 'warning'),
    p('Kas', 7, 1, 'error'),
    p('Anggota', 5, 2, 'error'),
    p('Kas', 3, 1, 'info'),
    p('Kas', 2, 5, 'warning'),
    p('Anggota', 2, 2, 'info'),
    p('Pinjaman', 3, 1, 'info'),
  ];

  test('tabs with errors first, errors first inside each tab', () => {
    const { groups, hidden } = groupProblems(list);
    expect(hidden).toBe(0);
    expect(groups.map((g) => g.tab)).toEqual(['Anggota', 'Kas', 'Kegiatan', 'Pinjaman']);
    expect(groups[0].problems.map((x) => [x.severity, x.row])).toEqual([
      ['error', 5],
      ['warning', 9],
      ['info', 2],
    ]);
    expect(groups[1].problems.map((x) => [x.severity, x.row])).toEqual([
      ['error', 7],
      ['warning', 2],
      ['info', 3],
    ]);
    expect(groups[0].counts).toEqual({ error: 1, warning: 1, info: 1 });
  });

  test('a tab with more errors comes before one with fewer', () => {
    const { groups } = groupProblems([p('A', 2, 1, 'error'), p('B', 2, 1, 'error'), p('B', 3, 1, 'error')]);
    expect(groups.map((g) => g.tab)).toEqual(['B', 'A']);
  });

  test('a limit keeps the most severe problems and counts the rest as hidden', () => {
    const { groups, hidden } = groupProblems(list, 3);
    expect(hidden).toBe(5);
    const shown = groups.flatMap((g) => g.problems.map((x) => `${x.tab}:${x.severity}`));
    expect(shown).toEqual(['Anggota:error', 'Anggota:warning', 'Kas:error']);
    // counts still describe the whole tab
    expect(groups[1].counts).toEqual({ error: 1, warning: 1, info: 1 });
  });

  test('no problems, no groups', () => {
    expect(groupProblems([])).toEqual({ groups: [], hidden: 0 });
  });
});

describe('appendProblemPage', () => {
  const pageOf = (items: ProblemView[], offset: number, total: number, reading: string): ProblemPage => ({
    items,
    offset,
    total,
    byTab: [],
    reading,
  });
  const a = p('Kas', 2, 3, 'error');
  const b = p('Kas', 3, 3, 'error');
  const c = p('Kas', 4, 3, 'warning');

  test('joins a further page of the same reading, each problem once', () => {
    const joined = appendProblemPage(pageOf([a, b], 0, 3, 'r.1'), pageOf([b, c], 1, 3, 'r.1'));
    expect(joined.items).toEqual([a, b, c]);
    expect(joined.offset).toBe(0);
  });

  test('a page sent from the start of the list (the book changed since) replaces the loaded ones', () => {
    const next = { ...pageOf([b, c], 0, 2, 'r.2'), restarted: true as const };
    expect(appendProblemPage(pageOf([a, b], 0, 3, 'r.1'), next)).toBe(next);
  });
});
