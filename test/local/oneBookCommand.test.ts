// reportOnBook: a command's report runs on the checked book, and only the workbook is kept for --out,
// so that the API's own reading of the book is never held beside the first one.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { CliError } from '../../src/local/openBook';
import { reportOnBook } from '../../src/local/oneBookCommand';
import { demoBytes } from './demoBytes';

const today = '2026-11-28';
const file = join(mkdtempSync(join(tmpdir(), 'bk-one-book-')), 'buku.xlsx');

beforeAll(async () => {
  writeFileSync(file, await demoBytes(today));
});

/** A full collection (node's gc, reached without starting jest with --expose-gc). */
function collect(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

describe('reportOnBook', () => {
  it('runs the report on the checked book and hands back its workbook and what the report returned', async () => {
    const { workbook, reported } = await reportOnBook(file, today, (opened) => {
      expect(opened.file).toBe(file);
      return { group: opened.book.settings.groupName, problems: opened.problems.length };
    });
    expect(reported.group).toBe('Kelompok Tani Mekar Sari');
    expect(reported.problems).toBeGreaterThan(0);
    expect(workbook.tabNames()).toContain('Kas');
  });

  it('lets the checked book go once the report has run: only the workbook is kept', async () => {
    let book: WeakRef<object> | undefined;
    let problems: WeakRef<object> | undefined;
    const { workbook } = await reportOnBook(file, today, (opened) => {
      book = new WeakRef(opened.book);
      problems = new WeakRef(opened.problems);
    });
    await new Promise((resolve) => setImmediate(resolve));
    collect();
    expect(book?.deref()).toBeUndefined();
    expect(problems?.deref()).toBeUndefined();
    expect(workbook.readTab('Kas').length).toBeGreaterThan(1);
  });

  it('passes on a refusal of the report', async () => {
    const refusal = new CliError('args.week', { id: 'minggu salah', en: 'wrong week' });
    await expect(
      reportOnBook(file, today, () => {
        throw refusal;
      }),
    ).rejects.toBe(refusal);
  });
});
