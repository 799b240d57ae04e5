// A new --as-of into a folder already exported: no book is read again; the tables whose values
// move with the date are recomputed from the typed books the folder keeps, and must be exactly
// what a fresh export as of that date writes; the other tables' files are left untouched. A
// changed book is still read; without the kept books, the export reads the books again.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { ReviewedBook } from '../../../src/core/reviewBook';
import { groupSummaryRow } from '../../../src/core/summary/groupSummary';
import { BOOK_CACHE_FOLDER } from '../../../src/local/export/bookCache';
import { queryRows, type QueryValue } from '../../../src/local/export/duckdb';
import { openDuckDb } from './testDuckDb';
import { exportBooks, type ExportOptions } from '../../../src/local/export/exportBooks';
import { OFFICE_SUMMARY_SQL, readPackageFile } from '../../../src/local/export/officeSummarySql';
import { warehouseTables } from '../../../src/local/export/warehouseSchema';
import { openTestBook, smallBookJson } from './smallBooks';

const BOOKS = 12;
const today = '2026-11-28';
const earlier = '2026-08-15';
const options: ExportOptions = { asOf: today, today, withNik: false };
const dir = mkdtempSync(join(tmpdir(), 'bk-export-asof-'));
const files = Array.from({ length: BOOKS }, (_, i) => join(dir, `buku-${String(i).padStart(2, '0')}.json`));

const opened: string[] = [];
const reviewed = new Map<string, ReviewedBook>();
async function countingOpen(path: string, day: string): Promise<ReviewedBook> {
  opened.push(basename(path));
  const book = await openTestBook(path, day);
  reviewed.set(basename(path), book);
  return book;
}

async function query(folder: string, sql: string): Promise<Record<string, QueryValue>[]> {
  const db = await openDuckDb(folder);
  try {
    return (await queryRows(db, sql)).rows;
  } finally {
    db.closeSync();
  }
}

/** Rows of `table` in one folder and not the other, both ways: 0 when the two files hold the same rows. */
async function differingRows(a: string, b: string, table: string): Promise<number> {
  const all = (folder: string) => `SELECT * FROM '${join(folder, table)}.parquet'`;
  const rows = await query(
    a,
    `SELECT count(*) AS n FROM ((${all(a)} EXCEPT ALL ${all(b)}) UNION ALL (${all(b)} EXCEPT ALL ${all(a)}))`,
  );
  return Number(rows[0]?.n);
}

const fileState = (folder: string, table: string) => {
  const s = statSync(join(folder, `${table}.parquet`));
  return { ino: s.ino, mtimeMs: s.mtimeMs };
};

beforeAll(() => {
  for (let i = 0; i < BOOKS; i++) writeFileSync(files[i]!, smallBookJson(i, today));
});

describe('export: a new --as-of', () => {
  const out = join(dir, 'gudang');
  const fresh = join(dir, 'segar');

  it('reads no book again, and recomputes exactly what a fresh export as of that date writes', async () => {
    const first = await exportBooks(files, out, options, countingOpen);
    expect(first).toMatchObject({ read: BOOKS, rebalanced: 0 });
    const untouched = warehouseTables.filter((t) => !t.asOf).map((t) => t.name);
    expect(untouched).toEqual(['cash', 'activities', 'attendance', 'problems']);
    const before = Object.fromEntries(untouched.map((t) => [t, fileState(out, t)]));

    opened.length = 0;
    const moved = await exportBooks(files, out, { ...options, asOf: earlier }, countingOpen);
    expect(opened).toEqual([]);
    expect(moved).toMatchObject({ read: 0, unchanged: 0, rebalanced: BOOKS, unreadable: 0 });
    expect(moved.books.map((b) => b.outcome)).toEqual(files.map(() => 'rebalanced'));
    // The records' tables were not written again.
    for (const t of untouched) expect({ t, ...fileState(out, t) }).toEqual({ t, ...before[t] });

    const freshly = await exportBooks(files, fresh, { ...options, asOf: earlier }, countingOpen);
    expect(freshly).toMatchObject({ read: BOOKS, rebalanced: 0 });
    expect(moved.rows).toEqual(freshly.rows);
    for (const table of warehouseTables)
      expect({ table: table.name, differ: await differingRows(out, fresh, table.name) }).toEqual({
        table: table.name,
        differ: 0,
      });
    // The balances did move: some loans were not yet disbursed, RUK rows not yet due.
    expect(await query(out, `SELECT DISTINCT as_of FROM 'loans.parquet'`)).toEqual([{ as_of: earlier }]);
    expect(
      Number((await query(out, `SELECT count(*) AS n FROM 'loans.parquet' WHERE status IS NULL`))[0]?.n),
    ).toBeGreaterThan(0);
  });

  it('gives summary’s figures as of the new date', async () => {
    const rows = await query(out, readPackageFile(OFFICE_SUMMARY_SQL));
    const groups = rows.filter((r) => r.level === 'kelompok');
    expect(groups).toHaveLength(BOOKS);
    for (const row of groups) {
      const book = reviewed.get(String(row.file));
      if (!book) throw new Error(`no book ${String(row.file)}`);
      const summary = groupSummaryRow(String(row.file), book, earlier);
      expect({
        file: row.file,
        as_of: row.as_of,
        active_members: row.active_members,
        cash_balance: row.cash_balance,
        savings_balance: row.savings_balance,
        open_loans: row.open_loans,
        outstanding_principal: row.outstanding_principal,
        arrears: row.arrears,
        par30: row.par30,
        kol5_loans: row.kol5_loans,
        errors: row.errors,
      }).toEqual({
        file: row.file,
        as_of: earlier,
        active_members: summary.activeMembers,
        cash_balance: summary.cashBalance,
        savings_balance: summary.savings,
        open_loans: summary.openLoans,
        outstanding_principal: summary.outstandingPrincipal,
        arrears: summary.arrears,
        par30: summary.par30,
        kol5_loans: summary.kol5Loans,
        errors: summary.errors,
      });
    }
  });

  it('reads nothing for the same date again, and reads a changed book with a new date', async () => {
    opened.length = 0;
    expect(await exportBooks(files, out, { ...options, asOf: earlier }, countingOpen)).toMatchObject({
      read: 0,
      unchanged: BOOKS,
      rebalanced: 0,
    });
    writeFileSync(files[3]!, smallBookJson(3, today, 1));
    const next = await exportBooks(files, out, options, countingOpen);
    expect(opened).toEqual(['buku-03.json']);
    expect(next).toMatchObject({ read: 1, unchanged: 0, rebalanced: BOOKS - 1 });
    expect(await query(out, `SELECT DISTINCT as_of FROM 'groups.parquet'`)).toEqual([{ as_of: today }]);
  });

  it('keeps the typed books without full NIKs, one per book, and reads the books again without them', async () => {
    const kept = join(out, BOOK_CACHE_FOLDER);
    const names = readdirSync(kept);
    // The changed book's older version is gone: one kept book per book in the tables.
    expect(names).toHaveLength(BOOKS);
    for (const name of names) {
      const content = readFileSync(join(kept, name), 'utf8');
      expect(content).toContain('3205••••••••');
      expect(content).not.toMatch(/\d{16}/);
      expect(content).not.toContain('"phone"');
    }
    rmSync(kept, { recursive: true });
    opened.length = 0;
    const again = await exportBooks(files, out, { ...options, asOf: earlier }, countingOpen);
    expect(again).toMatchObject({ read: BOOKS, rebalanced: 0 });
    expect(opened).toHaveLength(BOOKS);
    expect(existsSync(kept)).toBe(true);
  });

  it('reads the books again for --with-nik: the kept books hold masked NIKs', async () => {
    opened.length = 0;
    const withNik = await exportBooks(files, out, { ...options, asOf: today, withNik: true }, countingOpen);
    expect(withNik).toMatchObject({ read: BOOKS, rebalanced: 0 });
    const niks = await query(
      out,
      `SELECT count(*) AS n FROM 'members.parquet' WHERE regexp_matches(nik, '^[0-9]{16}$')`,
    );
    expect(Number(niks[0]?.n)).toBeGreaterThan(0);
    // A new date with --with-nik still reads nothing: the books kept for it hold the full NIKs.
    opened.length = 0;
    const moved = await exportBooks(files, out, { ...options, asOf: earlier, withNik: true }, countingOpen);
    expect(moved).toMatchObject({ read: 0, rebalanced: BOOKS });
    const saprodi = await query(
      out,
      `SELECT count(*) AS n FROM 'saprodi.parquet' WHERE regexp_matches(nik, '^[0-9]{16}$')`,
    );
    expect(Number(saprodi[0]?.n)).toBeGreaterThan(0);
  });
});
