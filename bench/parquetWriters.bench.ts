// Which Parquet writer `export` uses: a small pure-JS writer (hyparquet-writer) against DuckDB's own
// COPY … TO (through @duckdb/node-api, which `query` needs anyway), on the same warehouse rows of N
// small books (BENCH_WRITER_BOOKS, default 500): time, bytes written, and type fidelity, i.e. the
// types DuckDB reads back and whether both files hold the same rows.
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { reviewBook } from '../src/core/reviewBook';
import { toDayNumber } from '../src/core/isoDate';
import { bookTables, emptyBookRows, type BookRows } from '../src/local/export/bookTables';
import { queryRows } from '../src/local/export/duckdb';
import { openDuckDb } from '../test/local/export/testDuckDb';
import { WarehouseFolder } from '../src/local/export/warehouseFolder';
import {
  warehouseTables,
  type WarehouseColumn,
  type WarehouseTableName,
} from '../src/local/export/warehouseSchema';
import { jsonBookSource, smallBookJson } from '../test/local/export/smallBooks';

const BOOKS = Number(process.env.BENCH_WRITER_BOOKS ?? 500);
const today = '2026-11-28';
const options = { asOf: today, today, withNik: false };

function rowsOf(): { name: string; rows: BookRows }[] {
  const books: { name: string; rows: BookRows }[] = [];
  for (let i = 0; i < BOOKS; i++) {
    const file = `buku-${i}.xlsx`;
    const reviewed = reviewBook(jsonBookSource(smallBookJson(i, today)), today);
    books.push({ name: file, rows: bookTables({ file, fingerprint: 'f', bytes: 0 }, reviewed, options, 1) });
  }
  return books;
}

/** The Parquet schema element hyparquet-writer needs for each warehouse type. */
function element(c: WarehouseColumn) {
  const repetition_type = c.nullable ? 'OPTIONAL' : 'REQUIRED';
  switch (c.type) {
    case 'VARCHAR':
      return { name: c.name, type: 'BYTE_ARRAY', converted_type: 'UTF8', repetition_type } as const;
    case 'DATE':
      return { name: c.name, type: 'INT32', converted_type: 'DATE', repetition_type } as const;
    case 'BIGINT':
      return { name: c.name, type: 'INT64', repetition_type } as const;
    case 'INTEGER':
      return { name: c.name, type: 'INT32', repetition_type } as const;
    case 'DOUBLE':
      return { name: c.name, type: 'DOUBLE', repetition_type } as const;
    case 'BOOLEAN':
      return { name: c.name, type: 'BOOLEAN', repetition_type } as const;
  }
}

function hyparquetValue(c: WarehouseColumn, v: unknown): unknown {
  if (v === null || v === undefined) return null;
  if (c.type === 'DATE') return toDayNumber(String(v));
  if (c.type === 'BIGINT') return BigInt(v as number);
  return v;
}

function folderBytes(dir: string): number {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.parquet'))
    .reduce((s, f) => s + statSync(join(dir, f)).size, 0);
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'bk-bench-writers-'));
  try {
    const books = rowsOf();
    const all = emptyBookRows();
    for (const b of books)
      for (const t of warehouseTables)
        all[t.name as WarehouseTableName].push(...b.rows[t.name as WarehouseTableName]);
    const rowCount = warehouseTables.reduce((s, t) => s + all[t.name as WarehouseTableName].length, 0);
    console.log(`${BOOKS} books: ${rowCount} rows over ${warehouseTables.length} tables`);

    const hyDir = join(dir, 'hyparquet');
    rmSync(hyDir, { recursive: true, force: true });
    mkdirSync(hyDir);
    let t = performance.now();
    for (const table of warehouseTables) {
      const rows = all[table.name as WarehouseTableName];
      const buffer = parquetWriteBuffer({
        columnData: table.columns.map((c) => ({
          name: c.name,
          data: rows.map((r) => hyparquetValue(c, r[c.name])),
        })),
        schema: [{ name: 'root', num_children: table.columns.length }, ...table.columns.map(element)],
      } as Parameters<typeof parquetWriteBuffer>[0]);
      writeFileSync(join(hyDir, `${table.name}.parquet`), new Uint8Array(buffer));
    }
    const hyMs = performance.now() - t;

    const duckDir = join(dir, 'duckdb');
    t = performance.now();
    const folder = await WarehouseFolder.open(duckDir);
    const openMs = performance.now() - t;
    t = performance.now();
    for (const b of books) folder.replaceBook(b.name, b.rows);
    await folder.write();
    folder.close();
    const duckMs = performance.now() - t;

    console.log(
      `hyparquet-writer (snappy): ${hyMs.toFixed(0)} ms, ${(folderBytes(hyDir) / 1024).toFixed(0)} KiB`,
    );
    console.log(
      `DuckDB appender + COPY (zstd): ${duckMs.toFixed(0)} ms (+ ${openMs.toFixed(0)} ms to load DuckDB), ${(folderBytes(duckDir) / 1024).toFixed(0)} KiB`,
    );

    // Type fidelity: what DuckDB reads back from each file, and whether both hold the same rows.
    const db = await openDuckDb();
    const differences: string[] = [];
    for (const table of warehouseTables) {
      const describe = async (d: string) =>
        (await queryRows(db, `DESCRIBE SELECT * FROM '${join(d, table.name)}.parquet'`)).rows
          .map((r) => `${String(r.column_name)} ${String(r.column_type)}`)
          .join(', ');
      const expected = table.columns.map((c) => `${c.name} ${c.type}`).join(', ');
      for (const [label, d] of [
        ['hyparquet-writer', hyDir],
        ['DuckDB', duckDir],
      ] as const) {
        const found = await describe(d);
        if (found !== expected) differences.push(`${label} ${table.name}: ${found}`);
      }
      const a = `SELECT * FROM '${join(hyDir, table.name)}.parquet'`;
      const b = `SELECT * FROM '${join(duckDir, table.name)}.parquet'`;
      const { rows } = await queryRows(
        db,
        `SELECT count(*) AS n FROM ((${a} EXCEPT ALL ${b}) UNION ALL (${b} EXCEPT ALL ${a}))`,
      );
      if (rows[0]?.n !== 0) differences.push(`${table.name}: ${String(rows[0]?.n)} rows differ`);
    }
    db.closeSync();
    console.log(
      differences.length === 0
        ? 'type fidelity: both files read back in DuckDB with every column’s type (DATE, BIGINT, INTEGER, DOUBLE, BOOLEAN, VARCHAR) and the same rows'
        : `type fidelity differences:\n  ${differences.join('\n  ')}`,
    );
    const size = (p: string) => {
      let total = 0;
      const walk = (d: string) => {
        for (const e of readdirSync(d, { withFileTypes: true }))
          if (e.isDirectory()) walk(join(d, e.name));
          else total += statSync(join(d, e.name)).size;
      };
      walk(p);
      return total;
    };
    const nm = join(process.cwd(), 'node_modules');
    console.log(
      `installed size: hyparquet-writer + hyparquet ${((size(join(nm, 'hyparquet-writer')) + size(join(nm, 'hyparquet'))) / 1024).toFixed(0)} KiB; @duckdb/node-api + bindings (this platform) ${(
        size(join(nm, '@duckdb')) /
        1024 /
        1024
      ).toFixed(0)} MiB`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
