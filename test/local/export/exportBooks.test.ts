// 200 generated books exported, then the office's summary run over the Parquet files in embedded
// DuckDB: every group's and the office's figures must be exactly what `summary` computes. Then the
// same folder exported again: only the book changed by one row is read. The books are files of
// their cells (JSON) read without exceljs, so that the test takes seconds; one real .xlsx book and
// one file that is no workbook go through the command line's openBook.
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { ReviewedBook } from '../../../src/core/reviewBook';
import {
  groupSummaryRow,
  groupSummaryTotals,
  type GroupSummaryRow,
} from '../../../src/core/summary/groupSummary';
import { queryRows, type QueryValue } from '../../../src/local/export/duckdb';
import { openDuckDb } from './testDuckDb';
import { exportBooks, type ExportResult } from '../../../src/local/export/exportBooks';
import {
  OFFICE_SUMMARY_BIGQUERY_SQL,
  OFFICE_SUMMARY_SQL,
  queryBody,
  readPackageFile,
  toBigQueryTables,
} from '../../../src/local/export/officeSummarySql';
import { warehouseTables } from '../../../src/local/export/warehouseSchema';
import { openTestBook, smallBookJson, smallBookTabs, smallBookWorkbook } from './smallBooks';

const BOOKS = 200;
const today = '2026-11-28';
const options = { asOf: today, today, withNik: false };
const dir = mkdtempSync(join(tmpdir(), 'bk-export-'));
const out = join(dir, 'gudang');
const files = Array.from({ length: BOOKS }, (_, i) =>
  join(dir, `buku-${String(i).padStart(3, '0')}.${i === 0 ? 'xlsx' : 'json'}`),
);
const bad = join(dir, 'rusak.xlsx');

/** Every file the export opens, and what summary computes from the same checked books. */
const opened: string[] = [];
const summaryRows = new Map<string, GroupSummaryRow>();
async function countingOpen(path: string, day: string): Promise<ReviewedBook> {
  opened.push(basename(path));
  const checked = await openTestBook(path, day);
  summaryRows.set(basename(path), groupSummaryRow(basename(path), checked, options.asOf));
  return checked;
}

let first: ExportResult;
beforeAll(async () => {
  await smallBookWorkbook(0, today).save(files[0]!);
  for (let i = 1; i < BOOKS; i++) writeFileSync(files[i]!, smallBookJson(i, today));
  writeFileSync(bad, 'bukan workbook\n');
  first = await exportBooks([...files, bad], out, options, countingOpen);
}, 120_000);

async function officeSummary(
  sql = readPackageFile(OFFICE_SUMMARY_SQL),
): Promise<Record<string, QueryValue>[]> {
  const db = await openDuckDb(out);
  try {
    return (await queryRows(db, sql)).rows;
  } finally {
    db.closeSync();
  }
}

const share = (part: number, whole: number) => (whole === 0 ? null : part / whole);

/** summary's figures under the query's column names. */
function expected(
  r: Omit<
    GroupSummaryRow,
    'file' | 'groupName' | 'village' | 'district' | 'lastActivity' | 'lastCash' | 'notComputed'
  >,
) {
  return {
    active_members: r.activeMembers,
    cash_balance: r.cashBalance,
    savings_balance: r.savings,
    open_loans: r.openLoans,
    outstanding_principal: r.outstandingPrincipal,
    arrears: r.arrears,
    at_risk_30: r.atRisk30,
    par30: r.par30,
    kol5_loans: r.kol5Loans,
    past_due_loans: r.pastDueLoans,
    attendance_present: r.attendancePresent,
    attendance_active: r.attendanceActive,
    attendance_last4: r.attendanceLast4,
    active_women: r.activeWomen,
    active_with_gender: r.activeWithGender,
    women_share: r.womenShare,
    ruk_on_time: r.rukOnTime.done,
    ruk_due: r.rukOnTime.due,
    ruk_on_time_share: share(r.rukOnTime.done, r.rukOnTime.due),
    saprodi_right: r.saprodiRight.right,
    saprodi_rows: r.saprodiRight.rows,
    saprodi_right_share: share(r.saprodiRight.right, r.saprodiRight.rows),
    errors: r.errors,
    warnings: r.warnings,
  };
}
const figuresOf = (row: Record<string, QueryValue>) =>
  Object.fromEntries(Object.keys(expected(groupSummaryTotals([]))).map((k) => [k, row[k]]));

describe('export of 200 books, and the office summary as a DuckDB query', () => {
  it('reads every book once and writes every table', () => {
    expect(opened).toHaveLength(BOOKS + 1);
    expect(first).toMatchObject({ read: BOOKS, unchanged: 0, unreadable: 1 });
    expect(Object.keys(first.rows)).toEqual(warehouseTables.map((t) => t.name));
    expect(first.rows.groups).toBe(BOOKS);
    expect(first.rows.books).toBe(BOOKS + 1);
  });

  it('gives exactly summary’s figures for every group: members, PAR30, arrears, Kol 5, problems', async () => {
    const rows = await officeSummary();
    const groups = rows.filter((r) => r.level === 'kelompok');
    expect(groups).toHaveLength(BOOKS);
    for (const row of groups) {
      const summary = summaryRows.get(String(row.file));
      if (!summary) throw new Error(`no summary for ${String(row.file)}`);
      expect({ file: row.file, ...figuresOf(row) }).toEqual({ file: row.file, ...expected(summary) });
      expect(row.group_name).toBe(summary.groupName);
      expect(row.district).toBe(summary.district);
    }
    // The books differ where it matters: PAR30 from none to all, Kol 5, errors.
    const par30 = groups.map((r) => r.par30);
    expect(par30).toContain(null);
    expect(par30).toContain(1);
    expect(groups.some((r) => Number(r.kol5_loans) > 0)).toBe(true);
    expect(groups.some((r) => Number(r.errors) > 0)).toBe(true);
    // Some loans were written off (they leave the portfolio: not open, in no Kol) or rescheduled.
    const [changed] = await officeSummary(
      `SELECT count(written_off_on) AS written_off, count(rescheduled_on) AS rescheduled FROM 'loans.parquet'`,
    );
    expect(Number(changed?.written_off)).toBeGreaterThan(0);
    expect(Number(changed?.rescheduled)).toBeGreaterThan(0);
    // Books without Daftar Hadir, RUK and Saprodi have none of their figures; the others differ.
    for (const column of ['attendance_last4', 'ruk_on_time_share', 'saprodi_right_share']) {
      const values = new Set(groups.map((r) => r[column]));
      expect({ column, none: values.has(null), several: values.size > 3 }).toEqual({
        column,
        none: true,
        several: true,
      });
    }
  });

  it('gives exactly summary’s totals for each kecamatan and for the office (PAR30 a ratio of sums)', async () => {
    const rows = await officeSummary();
    const all = [...summaryRows.values()];
    const office = rows.filter((r) => r.level === 'kantor');
    expect(office).toHaveLength(1);
    const totals = groupSummaryTotals([
      ...all,
      { file: 'rusak.xlsx', error: { code: 'x', message: { id: '', en: '' } } },
    ]);
    expect(figuresOf(office[0]!)).toEqual(expected(totals));
    expect(office[0]).toMatchObject({ group_count: totals.books, unreadable_books: totals.unreadable });

    // A kecamatan is its name within its kabupaten and province; some books name none.
    const place = (r: Record<string, QueryValue>) => [r.province, r.regency, r.district].join('|');
    const placeOf = new Map(
      rows.filter((r) => r.level === 'kelompok').map((r) => [String(r.file), place(r)]),
    );
    const districts = rows.filter((r) => r.level === 'kecamatan');
    expect(districts.map(place).sort()).toEqual([...new Set(placeOf.values())].sort());
    expect(districts.filter((r) => r.district === null).length).toBeGreaterThan(1);
    for (const row of districts) {
      const inDistrict = all.filter((r) => placeOf.get(r.file) === place(row));
      expect(figuresOf(row)).toEqual(expected(groupSummaryTotals(inDistrict)));
      expect(row.group_count).toBe(inDistrict.length);
    }
    // Groups of a kecamatan, then its total; the office last.
    expect(rows[rows.length - 1]?.level).toBe('kantor');
  });

  it('ships the same query for BigQuery, differing only in how tables are named', () => {
    const duckdb = queryBody(readPackageFile(OFFICE_SUMMARY_SQL));
    const bigquery = queryBody(readPackageFile(OFFICE_SUMMARY_BIGQUERY_SQL));
    expect(bigquery).toBe(toBigQueryTables(duckdb));
    expect(bigquery).toContain('FROM `buku_kelompok.loans`');
    expect(bigquery).not.toContain('.parquet');
  });

  it('exports again reading nothing unchanged but the unreadable file, then only the book changed by one row', async () => {
    opened.length = 0;
    const again = await exportBooks([...files, bad], out, options, countingOpen);
    // The unreadable file is tried again, and still said to be unreadable (exit 2 at the command line).
    expect(opened).toEqual(['rusak.xlsx']);
    expect(again).toMatchObject({ read: 0, unchanged: BOOKS, unreadable: 1 });
    expect(again.rows).toEqual(first.rows);

    const before = join(dir, 'sebelum');
    cpSync(out, before, { recursive: true });

    // Book 7 gets one more Kas row: a Simpanan Sukarela of 25.000.
    writeFileSync(files[7]!, smallBookJson(7, today, 1));
    opened.length = 0;
    const changed = await exportBooks([...files, bad], out, options, countingOpen);
    expect(opened).toEqual(['buku-007.json', 'rusak.xlsx']);
    expect(changed).toMatchObject({ read: 1, unchanged: BOOKS - 1, unreadable: 1 });
    expect(changed.rows).toEqual({ ...first.rows, cash: first.rows.cash! + 1 });
    // Every other book's rows are the same rows as before, in both directions.
    const db = await openDuckDb(out);
    for (const t of warehouseTables) {
      const rows = (folder: string) =>
        `SELECT * FROM '${join(folder, t.name)}.parquet' WHERE file <> 'buku-007.json'`;
      const differ = await queryRows(
        db,
        `SELECT count(*) AS n FROM ((${rows(before)} EXCEPT ALL ${rows(out)}) UNION ALL (${rows(out)} EXCEPT ALL ${rows(before)}))`,
      );
      expect({ table: t.name, differ: differ.rows[0]?.n }).toEqual({ table: t.name, differ: 0 });
    }
    const book7 = await queryRows(
      db,
      `SELECT g.savings_balance, count(*) AS cash_rows FROM 'groups.parquet' g JOIN 'cash.parquet' c USING (file)
       WHERE file = 'buku-007.json' GROUP BY ALL`,
    );
    db.closeSync();
    // summary's row of book 7 is the changed book's, read by this export.
    expect(book7.rows[0]).toEqual({
      savings_balance: summaryRows.get('buku-007.json')?.savings,
      cash_rows: smallBookTabs(7, today, 1)[2]!.grid.length - 1,
    });
  });
});
