// What the export writes for particular books, read back through DuckDB: masked and full NIKs,
// loans as of the date, a file that cannot be read, exporting again into the same folder (other
// books kept; a new as-of date in exportAsOf.test.ts), the new tabs' tables, and the refusals (two files of one name, a folder of
// another shape).
import { mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { queryRows, type QueryValue } from '../../../src/local/export/duckdb';
import { openDuckDb } from './testDuckDb';
import { exportBooks, type ExportOptions } from '../../../src/local/export/exportBooks';
import { groupKey } from '../../../src/local/export/groupKey';
import { OFFICE_SUMMARY_SQL, readPackageFile } from '../../../src/local/export/officeSummarySql';
import { WAREHOUSE_VERSION } from '../../../src/local/export/warehouseSchema';
import { defaultSettings } from '../../../src/core/book/types';
import { smallBookTabs, openTestBook } from './smallBooks';
import { creditReport } from '../../../src/core/credit/creditReport';
import { addDays } from '../../../src/core/isoDate';
import { cashBalanceOn } from '../../../src/core/cash/cashBalance';
import { attendanceReport } from '../../../src/core/attendance/attendanceReport';

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
  it('leaves a RUK row’s status and what was done NULL when Kegiatan was not read, and counts none of them due', async () => {
    const dir = folder();
    // Book 4's RUK as above (R02 and R03 done by Kegiatan rows), its Kegiatan tab gone.
    const path = writeBook(dir, 'tanpa-kegiatan.json', 4, (tabs) => {
      tabs.splice(
        tabs.findIndex((t) => t.spec.name === 'Kegiatan'),
        1,
      );
    });
    const out = join(dir, 'gudang');
    await exportBooks([path], out, options, openTestBook);
    expect(
      await rows(
        out,
        `SELECT code, status, due, done_date, activities, volume_done, spent FROM 'ruk.parquet' ORDER BY sheet_row LIMIT 2`,
      ),
    ).toEqual([
      {
        code: 'R01',
        status: null,
        due: null,
        done_date: null,
        activities: null,
        volume_done: null,
        spent: 0,
      },
      // Kas was read: R02's spending stands.
      {
        code: 'R02',
        status: null,
        due: null,
        done_date: null,
        activities: null,
        volume_done: null,
        spent: 150_000,
      },
    ]);
    const group = (await rows(out, readPackageFile(OFFICE_SUMMARY_SQL))).find((r) => r.level === 'kelompok')!;
    expect([group.ruk_on_time, group.ruk_due]).toEqual([0, 0]);
  });

  it('writes no cash balance as of a date before Tanggal Saldo Awal, and says why (found by an audit)', async () => {
    const dir = folder();
    // Book 3 holds cash from today − 360 days on (Saldo Awal Kas 20.000.000).
    const path = writeBook(dir, 'baru.json', 3);
    const out = join(dir, 'gudang');
    await exportBooks([path], out, { ...options, asOf: addDays(today, -361) }, openTestBook);
    const opening = addDays(today, -360);
    const shown = `${opening.slice(8, 10)}/${opening.slice(5, 7)}/${opening.slice(0, 4)}`;
    expect(await rows(out, `SELECT cash_balance, not_computed FROM 'groups.parquet'`)).toEqual([
      {
        cash_balance: null,
        not_computed: `cash: before Tanggal Saldo Awal ${shown} / kas: sebelum Tanggal Saldo Awal ${shown}`,
      },
    ]);
    // From that day on, Saldo Awal Kas and the rows after it, as summary and the journal count them.
    await exportBooks([path], out, { ...options, asOf: opening }, openTestBook);
    const { book } = await openTestBook(path, today);
    expect(await rows(out, `SELECT cash_balance, not_computed FROM 'groups.parquet'`)).toEqual([
      { cash_balance: cashBalanceOn(book, opening), not_computed: null },
    ]);
  });

  it('masks every NIK to its first 4 and last 4 digits, and writes them whole with --with-nik', async () => {
    const dir = folder();
    // Two members given one NIK: the problem's message quotes it, masked by the core.
    const book = writeBook(dir, 'nik.json', 0, (tabs) => {
      const members = tabs[1]!.grid as unknown as unknown[][];
      members[2]![2] = '3205010103800000';
      members[2]![7] = 'L'; // A man's NIK, so a man: the one problem is the repeat.
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

  it('writes an attendance no count can be (a NIK, 250,000) as NULL with its problem, and goes on (an audit: it stopped)', async () => {
    const dir = folder();
    const book = writeBook(dir, 'hadir.json', 0, (tabs) => {
      const activities = tabs[4]!.grid as unknown as unknown[][];
      activities[1]![3] = 3507201201800020;
      activities[2]![3] = '250000';
    });
    const out = join(dir, 'gudang');
    await exportBooks([book], out, options, openTestBook);
    expect(
      await rows(out, `SELECT sheet_row, attendance FROM 'activities.parquet' ORDER BY sheet_row LIMIT 2`),
    ).toEqual([
      { sheet_row: 2, attendance: null },
      { sheet_row: 3, attendance: null },
    ]);
    expect(
      await rows(
        out,
        `SELECT code, sheet_row, message_id FROM 'problems.parquet' WHERE tab = 'Kegiatan' ORDER BY sheet_row`,
      ),
    ).toEqual([
      {
        code: 'value.private',
        sheet_row: 2,
        message_id:
          '"3507••••••••0020" tampak seperti NIK atau nomor HP, bukan isi kolom "Jumlah Hadir". Tulis isi yang benar; NIK dan No HP dicatat di tab Anggota.',
      },
      {
        code: 'activity.attendance.tooLarge',
        sheet_row: 3,
        message_id:
          'Jumlah Hadir 250000 terlalu besar untuk satu kegiatan (paling banyak 100.000 orang). Periksa angka nol yang berlebih; baris ini dihitung tanpa jumlah hadir.',
      },
      {
        code: 'value.number.text',
        sheet_row: 3,
        message_id: 'Angka "250000" ditulis sebagai teks. Simpan sebagai angka 250000.',
      },
    ]);
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

  it('writes Daftar Hadir as one row per meeting and member, counted as the attendance report counts', async () => {
    const dir = folder();
    // Book 3 (A01 to A07, A01's row repeated): A07's row removed, a row of X77 (no member), and
    // an unreadable mark `Z` under A02 at the first meeting.
    const path = writeBook(dir, 'hadir.json', 3, (tabs) => {
      const grid = tabs[5]!.grid as unknown as unknown[][];
      grid.splice(7, 1);
      grid.push(['X77', 'Tamu', 'H', 'H', 'H', 'H', 'H']);
      grid[2]![2] = 'Z';
    });
    const out = join(dir, 'gudang');
    await exportBooks([path], out, options, openTestBook);
    const { book } = await openTestBook(path, today);
    const first = book.attendance!.meetings[0]!;
    // The three rows the checks refuse are problems, at their cells; A07, whose row was removed, is
    // one at the ID cell of the row to add below the last.
    expect(
      await rows(
        out,
        `SELECT code, sheet_row, column_name FROM 'problems.parquet' WHERE tab = 'Daftar Hadir' AND sheet_row > 1 ORDER BY sheet_row`,
      ),
    ).toEqual([
      { code: 'attendance.mark.unknown', sheet_row: 3, column_name: first.header },
      { code: 'attendance.member.duplicate', sheet_row: 8, column_name: 'ID Anggota' },
      { code: 'attendance.member.unknown', sheet_row: 9, column_name: 'ID Anggota' },
      { code: 'attendance.member.notListed', sheet_row: 10, column_name: 'ID Anggota' },
    ]);
    expect(
      await rows(
        out,
        `SELECT member_id, sheet_row, mark, present, active FROM 'attendance.parquet'
         WHERE meeting_date = DATE '${first.date}' ORDER BY member_id`,
      ),
    ).toEqual([
      { member_id: 'A01', sheet_row: 2, mark: 'I', present: false, active: true },
      // The unreadable mark is no mark: absent.
      { member_id: 'A02', sheet_row: 3, mark: null, present: false, active: true },
      { member_id: 'A03', sheet_row: 4, mark: 'W', present: true, active: true },
      { member_id: 'A04', sheet_row: 5, mark: null, present: false, active: true },
      { member_id: 'A05', sheet_row: 6, mark: 'H', present: true, active: true },
      { member_id: 'A06', sheet_row: 7, mark: 'A', present: false, active: true },
      // No row: absent while active.
      { member_id: 'A07', sheet_row: null, mark: null, present: false, active: true },
    ]);
    // Every meeting's counts are the attendance report's.
    const meetings = await rows(
      out,
      `SELECT meeting_date, sum(CASE WHEN active AND present THEN 1 ELSE 0 END) AS present,
              sum(CASE WHEN active THEN 1 ELSE 0 END) AS active
       FROM 'attendance.parquet' GROUP BY meeting_date ORDER BY meeting_date`,
    );
    expect(meetings).toEqual(
      attendanceReport(book, today).meetings.map((m) => ({
        meeting_date: m.date,
        present: m.present,
        active: m.active,
      })),
    );
  });

  it('writes RUK with each row’s status as of the date, and Saprodi with its three counts and a masked NIK', async () => {
    const dir = folder();
    const path = writeBook(dir, 'ruk.json', 4);
    const out = join(dir, 'gudang');
    await exportBooks([path], out, options, openTestBook);
    expect(
      await rows(
        out,
        `SELECT code, month, status, due, done_date, activities, volume_done, spent, cost FROM 'ruk.parquet' ORDER BY sheet_row`,
      ),
    ).toEqual([
      {
        code: 'R01',
        month: `${addDays(today, -100).slice(0, 7)}-01`,
        status: 'Tidak Terlaksana',
        due: true,
        done_date: null,
        activities: 0,
        volume_done: 0,
        spent: 0,
        cost: 250_000,
      },
      {
        code: 'R02',
        month: `${addDays(today, -33).slice(0, 7)}-01`,
        status: 'Terlaksana',
        due: true,
        done_date: addDays(today, -33),
        activities: 1,
        volume_done: 2,
        spent: 150_000,
        cost: 150_000,
      },
      {
        code: 'R03',
        month: `${addDays(today, -70).slice(0, 7)}-01`,
        status: 'Terlaksana',
        due: true,
        done_date: addDays(today, -63),
        activities: 1,
        volume_done: 3,
        spent: 0,
        cost: null,
      },
      {
        code: 'R04',
        month: `${addDays(today, 20).slice(0, 7)}-01`,
        status: 'Belum',
        due: false,
        done_date: null,
        activities: 0,
        volume_done: 0,
        spent: 0,
        cost: 100_000,
      },
      {
        code: 'R05',
        month: `${addDays(today, -400).slice(0, 7)}-01`,
        status: 'Tidak Terlaksana',
        due: true,
        done_date: null,
        activities: 0,
        volume_done: 0,
        spent: 0,
        cost: null,
      },
    ]);
    expect(
      await rows(
        out,
        `SELECT member_id, nik, planned_kg, received_kg, right_person, right_amount, right_time, all_right
         FROM 'saprodi.parquet' WHERE season = 'MT I 2026' ORDER BY sheet_row LIMIT 5`,
      ),
    ).toEqual([
      {
        member_id: 'A01',
        nik: '3205••••••••0004',
        planned_kg: 50,
        received_kg: 50,
        right_person: true,
        right_amount: true,
        right_time: true,
        all_right: true,
      },
      {
        member_id: 'A02',
        nik: '3205••••••••0004',
        planned_kg: 100,
        received_kg: 90,
        right_person: true,
        right_amount: false,
        right_time: true,
        all_right: false,
      },
      // A NIK too short is masked too (its middle).
      {
        member_id: 'A03',
        nik: '3205•••2038',
        planned_kg: 150,
        received_kg: 150,
        right_person: true,
        right_amount: true,
        right_time: false,
        all_right: false,
      },
      {
        member_id: 'A04',
        nik: '3205••••••••0004',
        planned_kg: 200,
        received_kg: null,
        right_person: true,
        right_amount: false,
        right_time: false,
        all_right: false,
      },
      // Received, but no planting date: its time cannot be told.
      {
        member_id: 'A05',
        nik: '3205••••••••0004',
        planned_kg: 250,
        received_kg: 250,
        right_person: true,
        right_amount: true,
        right_time: null,
        all_right: false,
      },
    ]);
  });

  it('turns a file that is no workbook into a row of problems and of books, and goes on', async () => {
    const dir = folder();
    const bad = join(dir, 'rusak.xlsx');
    writeFileSync(bad, 'bukan workbook\n');
    const good = writeBook(dir, 'baik.json', 2);
    const out = join(dir, 'gudang');
    const result = await exportBooks([bad, good], out, options, openTestBook);
    expect(result).toMatchObject({ read: 1, unreadable: 1 });
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
    const result = await exportBooks([renamed], out, options, openTestBook);
    // Said, never silent: the office may have meant to keep both (two years' books).
    expect(result.dropped).toEqual([
      { file: 'makmur.json', groupName: expect.any(String), by: ['makmur-2026.json'] },
    ]);
    expect(result.shared).toEqual([]);
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

  it('reads every book again when a table’s file was deleted, so that no table lacks its rows', async () => {
    const dir = folder();
    const a = writeBook(dir, 'a.json', 3);
    const out = join(dir, 'gudang');
    const first = await exportBooks([a], out, options, openTestBook);
    rmSync(join(out, 'cash.parquet'));
    const again = await exportBooks([a], out, { ...options, asOf: '2026-10-31' }, openTestBook);
    expect(again).toMatchObject({ read: 1, unchanged: 0, rebalanced: 0 });
    expect(again.rows.cash).toBe(first.rows.cash);
  });

  it('reads again a book that an older version with the same columns exported (5 to 6): its written-off loan loses its Kol', async () => {
    const dir = folder();
    // Book 6 writes off its P001 20 days before today; book 3 writes off nothing.
    const a = writeBook(dir, 'hapus.json', 6);
    const b = writeBook(dir, 'lain.json', 3);
    const out = join(dir, 'gudang');
    await exportBooks([a, b], out, options, openTestBook);
    // The folder as version 5 wrote it: the written-off loan with the status and Kol of its write-off date.
    const db = await openDuckDb();
    const v5 = {
      books: '5::INTEGER AS warehouse_version',
      loans: `CASE WHEN written_off_on IS NULL THEN status ELSE 'Macet' END AS status, CASE WHEN written_off_on IS NULL THEN kol ELSE 5 END AS kol`,
    };
    for (const [table, replace] of Object.entries(v5)) {
      const path = join(out, `${table}.parquet`);
      await db.run(`COPY (SELECT * REPLACE (${replace}) FROM '${path}') TO '${path}.v5' (FORMAT parquet)`);
      renameSync(`${path}.v5`, path);
    }
    db.closeSync();
    const written = `SELECT file, loan_id, status, kol FROM 'loans.parquet' WHERE written_off_on IS NOT NULL`;
    expect(await rows(out, written)).toEqual([
      { file: 'hapus.json', loan_id: 'P001', status: 'Macet', kol: 5 },
    ]);

    // The same book, options and date: read again all the same, as the version changed.
    const again = await exportBooks([a], out, options, openTestBook);
    expect(again).toMatchObject({ read: 1, unchanged: 0, rebalanced: 0 });
    expect(await rows(out, written)).toEqual([
      { file: 'hapus.json', loan_id: 'P001', status: 'Hapus Buku', kol: null },
    ]);
    // A book not given again keeps its rows of version 5.
    expect(await rows(out, `SELECT file, warehouse_version FROM 'books.parquet' ORDER BY file`)).toEqual([
      { file: 'hapus.json', warehouse_version: WAREHOUSE_VERSION },
      { file: 'lain.json', warehouse_version: 5 },
    ]);
  });

  it('keeps both books of one group given together when only one of them changed', async () => {
    const dir = folder();
    // Two files of book 3: one group (one key), two books.
    const a = writeBook(dir, 'makmur-a.json', 3);
    const b = writeBook(dir, 'makmur-b.json', 3, (tabs) => (tabs[2]!.grid as unknown as unknown[][]).pop());
    const out = join(dir, 'gudang');
    await exportBooks([a, b], out, options, openTestBook);
    writeBook(dir, 'makmur-a.json', 3, (tabs) => (tabs[2]!.grid as unknown as unknown[][]).splice(1, 1));
    const again = await exportBooks([a, b], out, options, openTestBook);
    expect(again).toMatchObject({ read: 1, unchanged: 1, dropped: [] });
    // The office summary adds both up: said, so that a copy of one book is not counted twice unseen.
    expect(again.shared).toEqual([
      { groupName: expect.any(String), files: ['makmur-a.json', 'makmur-b.json'] },
    ]);
    expect(await rows(out, `SELECT file FROM 'groups.parquet' ORDER BY file`)).toEqual([
      { file: 'makmur-a.json' },
      { file: 'makmur-b.json' },
    ]);
    expect(await rows(out, `SELECT DISTINCT file FROM 'cash.parquet' ORDER BY file`)).toEqual([
      { file: 'makmur-a.json' },
      { file: 'makmur-b.json' },
    ]);
  });

  it('counts a group whose book comes as two files (two years) once in the office summary', async () => {
    const dir = folder();
    // Book 3 twice (one group, one key), and book 4: two groups, three books.
    const a = writeBook(dir, 'makmur-2025.json', 3);
    const b = writeBook(dir, 'makmur-2026.json', 3);
    const c = writeBook(dir, 'lain.json', 4);
    const out = join(dir, 'gudang');
    await exportBooks([a, b, c], out, options, openTestBook);
    const summary = await rows(out, readPackageFile(OFFICE_SUMMARY_SQL));
    const counts = summary.map((r) => [r.level, r.file, r.group_count, r.book_count]);
    const byFile = (x: QueryValue[], y: QueryValue[]) => String(x[1]).localeCompare(String(y[1]));
    expect(counts.filter((r) => r[0] === 'kelompok').sort(byFile)).toEqual([
      ['kelompok', 'lain.json', 1, 1],
      ['kelompok', 'makmur-2025.json', 1, 1],
      ['kelompok', 'makmur-2026.json', 1, 1],
    ]);
    expect(counts.filter((r) => r[0] === 'kantor')).toEqual([['kantor', null, 2, 3]]);
  });

  it('keeps every other file of a group when a book is only recomputed for a new --as-of', async () => {
    const dir = folder();
    const a = writeBook(dir, 'makmur-a.json', 3);
    const b = writeBook(dir, 'makmur-b.json', 3);
    const out = join(dir, 'gudang');
    await exportBooks([a, b], out, options, openTestBook);
    const again = await exportBooks([a], out, { ...options, asOf: '2026-11-01' }, openTestBook);
    expect(again).toMatchObject({ read: 0, rebalanced: 1, dropped: [] });
    const files = `SELECT DISTINCT file FROM 'TABLE.parquet' ORDER BY file`;
    for (const table of ['books', 'groups', 'members', 'loans', 'cash', 'problems'])
      expect({ table, files: await rows(out, files.replace('TABLE', table)) }).toEqual({
        table,
        files: [{ file: 'makmur-a.json' }, { file: 'makmur-b.json' }],
      });
  });

  it('tries an unreadable file again at every export, and says again that it is unreadable', async () => {
    const dir = folder();
    const bad = join(dir, 'rusak.xlsx');
    writeFileSync(bad, 'bukan workbook\n');
    const out = join(dir, 'gudang');
    await exportBooks([bad], out, options, openTestBook);
    const again = await exportBooks([bad], out, options, openTestBook);
    expect(again).toMatchObject({ read: 0, unchanged: 0, unreadable: 1 });
    expect(again.books).toEqual([
      {
        path: bad,
        file: 'rusak.xlsx',
        outcome: 'unreadable',
        error: {
          code: 'file.notWorkbook',
          message: { id: `${bad} bukan file Excel .xlsx`, en: `${bad} is not an Excel .xlsx file` },
        },
      },
    ]);
  });

  it('reads one file named twice once, and never reads the folder it writes to', async () => {
    const dir = folder();
    const a = writeBook(dir, 'a.json', 3);
    const out = join(dir, 'gudang');
    await exportBooks([a], out, options, openTestBook);
    // desa/* names the output folder too, and ./desa/a.json is desa/a.json.
    const again = await exportBooks(
      [a, join(dir, '.', 'a.json'), out, join(out, 'books.parquet')],
      out,
      { ...options, today: '2026-11-29' },
      openTestBook,
    );
    expect(again.books).toEqual([{ path: a, file: 'a.json', outcome: 'read' }]);
    expect(await rows(out, `SELECT file, readable FROM 'books.parquet'`)).toEqual([
      { file: 'a.json', readable: true },
    ]);
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

  it('failing after it began (an error of the program here), leaves none of the folders it made, nor the books it kept', async () => {
    const dir = folder();
    const first = writeBook(dir, 'a.json', 1);
    const second = writeBook(dir, 'b.json', 2);
    // The first book is read and kept in kantor/gudang/.buku-kelompok before the second fails.
    const failing = (path: string, day: string) =>
      path === second ? Promise.reject(new Error('boom')) : openTestBook(path, day);
    await expect(
      exportBooks([first, second], join(dir, 'kantor', 'gudang'), options, failing),
    ).rejects.toThrow('boom');
    expect(readdirSync(dir).sort()).toEqual(['a.json', 'b.json']);
    // A folder that was there, holding a file of the user's, stays as it was.
    const out = join(dir, 'punya-saya');
    mkdirSync(out);
    writeFileSync(join(out, 'catatan.txt'), 'x');
    await expect(exportBooks([first, second], out, options, failing)).rejects.toThrow('boom');
    expect(readdirSync(out)).toEqual(['catatan.txt']);
  });
});
