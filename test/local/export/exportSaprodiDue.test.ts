// The export's `saprodi` table says which rows are not yet due (Belum waktunya, docs/book.md
// section 9) as of the export's date, as the saprodi report does: a row not received in full whose
// planting date is after that date. Read back through DuckDB; a new --as-of moves it.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addDays } from '../../../src/core/isoDate';
import { saprodiReport } from '../../../src/core/saprodi/saprodiReport';
import { queryRows, type QueryValue } from '../../../src/local/export/duckdb';
import { openDuckDb } from './testDuckDb';
import { exportBooks } from '../../../src/local/export/exportBooks';
import { packageRoot } from '../../../src/local/export/officeSummarySql';
import { openBook } from '../../../src/local/openBook';
import { smallBookWorkbook } from './smallBooks';

const today = '2026-11-28';
const dir = mkdtempSync(join(tmpdir(), 'bk-export-saprodi-'));
const book = join(dir, 'buku.xlsx');

async function query(folder: string, sql: string): Promise<Record<string, QueryValue>[]> {
  const db = await openDuckDb(folder);
  try {
    return (await queryRows(db, sql)).rows;
  } finally {
    db.closeSync();
  }
}

/** Member A01's rows of the season planted 30 days ago and of the season planted in 60 days. */
const a01 = (folder: string) =>
  query(
    folder,
    `SELECT season, planting_date::VARCHAR AS planting_date, received_kg, not_yet_due
     FROM 'saprodi.parquet' WHERE member_id = 'A01' ORDER BY sheet_row`,
  );

beforeAll(async () => {
  // Book 1: MT I 2026 planted 30 days before today, MT II 2027 planted 60 days after, nothing received.
  await smallBookWorkbook(1, today).save(book);
});

describe('export: saprodi.not_yet_due', () => {
  const out = join(dir, 'gudang');

  it('is false for a row planted by the as-of date and true for one planted after it, not received', async () => {
    await exportBooks([book], out, { asOf: today, today, withNik: false });
    expect(await a01(out)).toEqual([
      { season: 'MT I 2026', planting_date: addDays(today, -30), received_kg: 40, not_yet_due: false },
      { season: 'MT II 2027', planting_date: addDays(today, 60), received_kg: null, not_yet_due: true },
    ]);
  });

  it('says what the saprodi report says, row by row, as of the same date', async () => {
    const { book: typed } = await openBook(book, today);
    const expected = ['MT I 2026', 'MT II 2027'].flatMap((season) =>
      saprodiReport(typed, season, today).rows.map((r) => ({ sheet_row: r.row, not_yet_due: r.notYetDue })),
    );
    const rows = await query(out, `SELECT sheet_row, not_yet_due FROM 'saprodi.parquet' ORDER BY sheet_row`);
    expect(rows).toEqual(expected.sort((a, b) => a.sheet_row - b.sheet_row));
    expect(rows.filter((r) => r.not_yet_due === true)).toHaveLength(2);
  });

  it("is never counted by the office summary's Saprodi figure, whose rows are planted by as_of", async () => {
    const rows = await query(
      out,
      `SELECT count(*) AS n FROM 'saprodi.parquet' AS s JOIN 'groups.parquet' AS g ON g.file = s.file
       WHERE s.not_yet_due AND COALESCE(s.planting_date, s.received_date) <= g.as_of`,
    );
    expect(Number(rows[0]?.n)).toBe(0);
  });

  it("gives the saprodi report's right amount with docs/warehouse.md's query", async () => {
    const doc = readFileSync(join(packageRoot(), 'docs', 'warehouse.md'), 'utf8');
    const sql = /```sql\n([\s\S]*?not_yet_due[\s\S]*?)\n```/.exec(doc)?.[1];
    expect(sql).toBeDefined();
    const rows = await query(
      out,
      `SELECT season, right_amount, rows_due FROM (${sql!.replace(/;\s*$/, '')}) ORDER BY season`,
    );
    const { book: typed } = await openBook(book, today);
    // MT II 2027 has no row due yet: the query has no line for it, the report shares over 0 rows.
    expect(saprodiReport(typed, 'MT II 2027', today).rightAmount).toEqual({ right: 0, rows: 0, share: null });
    const r = saprodiReport(typed, 'MT I 2026', today).rightAmount;
    expect(r.rows).toBeGreaterThan(r.right);
    expect(rows).toEqual([{ season: 'MT I 2026', right_amount: r.right, rows_due: r.rows }]);
  });

  it('moves with a new --as-of, without reading the book again: due once the planting date has passed', async () => {
    const later = addDays(today, 61);
    const result = await exportBooks([book], out, { asOf: later, today, withNik: false });
    expect(result).toMatchObject({ read: 0, rebalanced: 1 });
    expect((await a01(out)).map((r) => r.not_yet_due)).toEqual([false, false]);
  });
});
