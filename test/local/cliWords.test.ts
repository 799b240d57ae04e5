// The words of the command line's text output: English plurals, and dates written out in the
// person's language rather than as ISO dates.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Problem } from '../../src/core/problems/problem';
import {
  count,
  countsLine,
  groupedPlural,
  openProblemsNote,
  plural,
  shellWord,
} from '../../src/local/cliFormat';
import { cli } from './runCli';

const demo = join(mkdtempSync(join(tmpdir(), 'bk-words-')), 'demo.xlsx');
beforeAll(async () => {
  expect((await cli('demo', '--out', demo, '--today', '2026-11-28')).code).toBe(0);
});

test('shellWord: a path as it is typed in a command to copy', () => {
  expect(shellWord('data/buku-2026_v1.xlsx')).toBe('data/buku-2026_v1.xlsx');
  expect(shellWord('C:\\Buku\\buku.xlsx')).toBe('C:\\Buku\\buku.xlsx');
  expect(shellWord('buku kelompok.xlsx')).toBe('"buku kelompok.xlsx"');
  expect(shellWord("buku (Pak Budi's).xlsx")).toBe('"buku (Pak Budi\'s).xlsx"');
  expect(shellWord('buku $HOME.xlsx')).toBe("'buku $HOME.xlsx'");
  expect(shellWord("it's $1.xlsx")).toBe("'it'\\''s $1.xlsx'");
});

test('the note under a report names the command to run, its file quoted (found by an audit: node dist/cli.js, unquoted)', () => {
  const problems = [{ severity: 'error' }, { severity: 'warning' }] as Problem[];
  expect(openProblemsNote(problems, 'Buku Tani (Mekar).xlsx', 'id')).toBe(
    'Catatan: buku ini masih punya 1 kesalahan, 1 peringatan; lihat: buku-kelompok check "Buku Tani (Mekar).xlsx"',
  );
  expect(openProblemsNote(problems, 'Buku Tani (Mekar).xlsx', 'en')).toBe(
    'Note: the book still has 1 error, 1 warning; see: buku-kelompok check "Buku Tani (Mekar).xlsx"',
  );
});

test('count: thousands grouped as Rupiah are, in the language shown', () => {
  expect([count(1137, 'id'), count(1137, 'en'), count(999, 'id'), count(0, 'en')]).toEqual([
    '1.137',
    '1,137',
    '999',
    '0',
  ]);
  expect(count(1234567, 'id')).toBe('1.234.567');
  expect(groupedPlural(1137, 'cash row')).toBe('1,137 cash rows');
  expect(groupedPlural(1, 'activity', 'activities')).toBe('1 activity');
  expect(countsLine({ error: 1, warning: 1137, info: 2000 }, 'id', true)).toBe(
    '1 kesalahan, 1.137 peringatan, 2.000 catatan',
  );
  expect(countsLine({ error: 1, warning: 1137, info: 2000 }, 'en', true)).toBe(
    '1 error, 1,137 warnings, 2,000 notes',
  );
  // Ungrouped unless asked: check and journal print their counts as before.
  expect(countsLine({ error: 1, warning: 1137, info: 0 }, 'id')).toBe(
    '1 kesalahan, 1137 peringatan, 0 catatan',
  );
});

test('plural: one, then many', () => {
  expect(plural(1, 'activity', 'activities')).toBe('1 activity');
  expect(plural(0, 'activity', 'activities')).toBe('0 activities');
  expect(plural(2, 'loan')).toBe('2 loans');
});

test('summary of one book: "1 group", and the date written out', async () => {
  const en = await cli('summary', demo, '--today', '2026-11-28', '--lang', 'en');
  expect(en.out).toMatch(/^Total +1 group {2}/m);
  expect(en.out.split('\n')[0]).toBe('Group summary as of 28 November 2026');
});

test('check: the date beside the counts is written out, not ISO', async () => {
  const id = await cli('check', demo, '--today', '2026-11-28');
  expect(id.out.split('\n')[1]).toBe('2 kesalahan, 6 peringatan, 1 catatan (per 28 November 2026)');
  const en = await cli('check', demo, '--today', '2026-11-28', '--lang', 'en');
  expect(en.out.split('\n')[1]).toBe('2 errors, 6 warnings, 1 note (as of 28 November 2026)');
  expect(id.out + en.out).not.toMatch(/\d{4}-\d{2}-\d{2}/);
});
