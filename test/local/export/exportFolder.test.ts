// What the export writes for particular books, read back through DuckDB: masked and full NIKs,
// loans as of the date, a file that cannot be read, exporting again into the same folder (other
// books kept, a new as-of date read again), and the refusals (two files of one name, a folder of
// another shape).
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDuckDb, queryRows, type QueryValue } from '../../../src/local/export/duckdb';
import { exportBooks, type ExportOptions } from '../../../src/local/export/exportBooks';
import { groupKey } from '../../../src/local/export/groupKey';
import { defaultSettings } from '../../../src/core/book/types';
import { smallBookTabs, openTestBook } from './smallBooks';
import { creditReport } from '../../../src/core/credit/creditReport';
import { addDays } from '../../../src/core/isoDate';

const today = '2026-11-28';
const options: ExportOptions = { asOf: today, today, withNik: false };

function folder(): string {
  return mkdtempSync(join(tmpdir(), 'bk-export-folder-'));
}

/** Book `i` as a file of cells; `edit` may change its grids first (tab index, row, column). */
function writeBook(
  dir: string,
  name: string,
  i: number,
  edit?: (tabs: ReturnType<typeof smallBookTabs>) => void,
): string {
  const tabs = smallBookTabs(i, today);
  edit?.(tabs);
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(tabs.map((t) => ({ name: t.spec.name, grid: t.grid }))));
  return path;
}

async function rows(dir: string, sql: string): Promise<Record<string, QueryValue>[]> {
  const db = await openDuckDb(dir);
  try {
    return (await queryRows(db, sql)).rows;
  } finally {
    db.closeSync();
  }
}

describe('export: what a book becomes', () => {
  it('masks every NIK to its first 4 and last 4 digits, and writes them whole with --with-nik', async () => {
    const dir = folder();
    // Two members given one NIK: the problem's message quotes it, masked by the core.
    const book = writeBook(dir, 'nik.json', 0, (tabs) => {
      const members = tabs[1]!.grid as unknown as unknown[][];
      members[2]![2] = '3205010103800000';
    });
    const out = join(dir, 'gudang');
    await exportBooks([book], out, options, openTestBook);
    expect(
      await rows(out, `SELECT member_id, nik FROM 'members.parquet' ORDER BY sheet_row LIMIT 2`),
    ).toEqual([
      { member_id: 'A01', nik: '3205••••••••0000' },
      { member_id: 'A02', nik: '3205••••••••0000' },
    ]);
    expect(
      await rows(out, `SELECT code, tab, sheet_row, column_name, message_en FROM 'problems.parquet'`),
    ).toEqual([
      {
        code: 'member.nik.duplicate',
        tab: 'Anggota',
        sheet_row: 3,
        column_name: 'NIK',
        message_en:
          'NIK "3205••••••••0000" is already used by the member in row 2. Each person has one NIK; check both rows.',
      },
    ]);
    expect(
      await rows(out, `SELECT count(*) AS n FROM 'members.parquet' WHERE regexp_matches(nik, '[0-9]{16}')`),
    ).toEqual([{ n: 0 }]);

    // --with-nik is another export: the book is read again and its NIKs written whole.
    const whole = await exportBooks([book], out, { ...options, withNik: true }, openTestBook);
    expect(whole.read).toBe(1);
    expect(await rows(out, `SELECT nik FROM 'members.parquet' ORDER BY sheet_row LIMIT 1`)).toEqual([
      { nik: '3205010103800000' },
    ]);
    expect(await rows(out, `SELECT nik_masked FROM 'books.parquet'`)).toEqual([{ nik_masked: false }]);
  });

  it('writes each loan’s balance as of the date, and none for a loan disbursed after it', async () => {
    const dir = folder();
    const path = writeBook(dir, 'pinjaman.json', 1);
    const out = join(dir, 'gudang');
    // Book 1's loans were disbursed 97 and 150 days before today: as of 100 days before, only P002.
    const asOf = addDays(today, -100);
    await exportBooks([path], out, { ...options, asOf }, openTestBook);
    const loans = await rows(
      out,
      `SELECT loan_id, disbursed, as_of, status, kol, days_past_due, due, paid, arrears, outstanding_principal, next_due, next_amount
       FROM 'loans.parquet' ORDER BY sheet_row`,
    );
    expect(loans.map((l) => [l.loan_id, l.disbursed, l.as_of])).toEqual([
      ['P001', addDays(today, -97), asOf],
      ['P002', addDays(today, -150), asOf],
    ]);
    expect(loans[0]).toMatchObject({
      status: null,
      kol: null,
      due: null,
      outstanding_principal: null,
      next_due: null,
    });
    // P002 as the credit engine has it on that date.
    const { book } = await openTestBook(path, today);
    const [balance] = creditReport(book, asOf).loans;
    expect(balance?.loanId).toBe('P002');
    expect(loans[1]).toEqual({
      loan_id: 'P002',
      disbursed: addDays(today, -150),
      as_of: asOf,
      status: balance!.status,
      kol: balance!.kol,
      days_past_due: balance!.daysPastDue,
      due: balance!.due,
      paid: balance!.paid,
      arrears: balance!.arrears,
      outstanding_principal: balance!.outstandingPrincipal,
      next_due: balance!.nextInstallment!.due,
      next_amount: balance!.nextInstallment!.amount,
    });
    expect(balance!.due).toBeGreaterThan(0);
    // The schedule of the loan not yet disbursed is there, nothing paid toward it.
    expect(
      await rows(
        out,
        `SELECT count(*) AS n, sum(paid_principal + paid_jasa) AS paid, count(settled_on) AS settled FROM 'installments.parquet' WHERE loan_id = 'P001'`,
      ),
    ).toEqual([{ n: 10, paid: 0, settled: 0 }]);
  });

  it('turns a file that is no workbook into a row of problems and of books, and goes on', async () => {
    const dir = folder();
    const bad = join(dir, 'rusak.xlsx');
    writeFileSync(bad, 'bukan workbook\n');
    const good = writeBook(dir, 'baik.json', 2);
    const out = join(dir, 'gudang');
    const result = await exportBooks([bad, good], out, options, openTestBook);
    expect(result).toMatchObject({ read: 2, unreadable: 1 });
    expect(result.books.map((b) => [b.file, b.outcome])).toEqual([
      ['rusak.xlsx', 'unreadable'],
      ['baik.json', 'read'],
    ]);
    const problems = await rows(out, `SELECT * FROM 'problems.parquet' WHERE file = 'rusak.xlsx'`);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      group_key: null,
      group_name: null,
      severity: 'error',
      tab: null,
      sheet_row: null,
    });
    expect(String(problems[0]!.message_en)).toContain('is not an Excel .xlsx file');
    expect(await rows(out, `SELECT file, readable, group_key FROM 'books.parquet' ORDER BY file`)).toEqual([
      { file: 'baik.json', readable: true, group_key: expect.stringMatching(/^[0-9a-f]{16}$/) },
      { file: 'rusak.xlsx', readable: false, group_key: null },
    ]);
  });
});

describe('export: exporting again into the same folder', () => {
  it('replaces the rows of the books read and keeps every other book’s rows', async () => {
    const dir = folder();
    const a = writeBook(dir, 'a.json', 3);
    const b = writeBook(dir, 'b.json', 4);
    const out = join(dir, 'gudang');
    await exportBooks([a, b], out, options, openTestBook);
    const count = `SELECT file, count(*) AS n FROM 'cash.parquet' GROUP BY file ORDER BY file`;
    const before = await rows(out, count);

    // Only a is given, with one Kas row less: b stays as it was.
    writeBook(dir, 'a.json', 3, (tabs) => (tabs[2]!.grid as unknown as unknown[][]).pop());
    const again = await exportBooks([a], out, options, openTestBook);
    expect(again).toMatchObject({ read: 1, unchanged: 0 });
    expect(await rows(out, count)).toEqual([
      { file: 'a.json', n: Number(before[0]!.n) - 1 },
      { file: 'b.json', n: before[1]!.n },
    ]);
    expect(await rows(out, `SELECT file FROM 'groups.parquet' ORDER BY file`)).toEqual([
      { file: 'a.json' },
      { file: 'b.json' },
    ]);
  });

  it('replaces a group’s rows when its book comes back under another file name', async () => {
    const dir = folder();
    const old = writeBook(dir, 'makmur.json', 3);
    const other = writeBook(dir, 'lain.json', 4);
    const out = join(dir, 'gudang');
    await exportBooks([old, other], out, options, openTestBook);
    const renamed = writeBook(dir, 'makmur-2026.json', 3);
    await exportBooks([renamed], out, options, openTestBook);
    expect(await rows(out, `SELECT file FROM 'groups.parquet' ORDER BY file`)).toEqual([
      { file: 'lain.json' },
      { file: 'makmur-2026.json' },
    ]);
    expect(await rows(out, `SELECT DISTINCT file FROM 'cash.parquet' ORDER BY file`)).toEqual([
      { file: 'lain.json' },
      { file: 'makmur-2026.json' },
    ]);
    expect(await rows(out, `SELECT file FROM 'books.parquet' ORDER BY file`)).toEqual([
      { file: 'lain.json' },
      { file: 'makmur-2026.json' },
    ]);
  });

  it('reads every book again for a new --as-of, since balances move with the date', async () => {
    const dir = folder();
    const a = writeBook(dir, 'a.json', 5);
    const out = join(dir, 'gudang');
    await exportBooks([a], out, options, openTestBook);
    expect((await exportBooks([a], out, options, openTestBook)).read).toBe(0);
    const later = await exportBooks([a], out, { ...options, asOf: '2026-11-30' }, openTestBook);
    expect(later.read).toBe(1);
    expect(await rows(out, `SELECT DISTINCT as_of FROM 'loans.parquet'`)).toEqual([{ as_of: '2026-11-30' }]);
  });

  it('keeps a group’s key when its file is renamed, and changes it with the group’s name or place', () => {
    const settings = { ...defaultSettings, groupName: 'Tani Makmur', district: 'Cikajang', regency: 'Garut' };
    const key = groupKey(settings, 'makmur-2026.xlsx');
    expect(key).toMatch(/^[0-9a-f]{16}$/);
    expect(groupKey(settings, 'Buku Makmur (1).xlsx')).toBe(key);
    expect(groupKey({ ...settings, groupName: '  TANI   makmur. ' }, 'x.xlsx')).toBe(key);
    expect(groupKey({ ...settings, groupName: 'Tani Makmur II' }, 'x.xlsx')).not.toBe(key);
    expect(groupKey({ ...settings, district: 'Cisurupan' }, 'x.xlsx')).not.toBe(key);
    // No group name: the file is all there is to follow.
    expect(groupKey(defaultSettings, 'a.xlsx')).not.toBe(groupKey(defaultSettings, 'b.xlsx'));
  });
});

describe('export: refusals', () => {
  it('refuses two files of one name before reading anything', async () => {
    const dir = folder();
    const first = writeBook(dir, 'a.json', 1);
    const other = join(dir, 'lain');
    mkdirSync(other);
    const second = writeBook(other, 'a.json', 2);
    await expect(
      exportBooks([first, second], join(dir, 'gudang'), options, openTestBook),
    ).rejects.toMatchObject({
      code: 'export.file.sameName',
      text: {
        en: `Two files named a.json (${first} and ${second}): the warehouse knows a book by its file name, rename one of them`,
      },
    });
  });

  it('refuses a folder holding a table file that is no Parquet file', async () => {
    const dir = folder();
    const out = join(dir, 'gudang');
    mkdirSync(out);
    writeFileSync(join(out, 'cash.parquet'), 'bukan parquet');
    await expect(
      exportBooks([writeBook(dir, 'a.json', 1)], out, options, openTestBook),
    ).rejects.toMatchObject({
      code: 'export.folder.unreadable',
      text: {
        en: `cash.parquet in ${out} is not a readable Parquet file: export into a new folder, or delete that file`,
      },
    });
  });

  it('refuses a folder whose tables have another shape, and leaves it as it was', async () => {
    const dir = folder();
    const out = join(dir, 'gudang');
    const db = await openDuckDb();
    mkdirSync(out);
    await db.run(
      `COPY (SELECT 'x.xlsx' AS file, 1 AS other) TO '${join(out, 'groups.parquet')}' (FORMAT parquet)`,
    );
    db.closeSync();
    await expect(
      exportBooks([writeBook(dir, 'a.json', 1)], out, options, openTestBook),
    ).rejects.toMatchObject({
      code: 'export.folder.otherShape',
    });
    expect(await rows(out, `SELECT * FROM 'groups.parquet'`)).toEqual([{ file: 'x.xlsx', other: 1 }]);
  });
});
