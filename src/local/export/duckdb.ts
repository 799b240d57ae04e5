// Embedded DuckDB for the local commands only (export, query): loaded when one of them runs, so the
// other commands never load its native library, and never part of the Apps Script bundle. The
// package's own types are used (type imports only, erased from the built code); the module itself
// is required at run time.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type * as DuckDb from '@duckdb/node-api';
import { text } from '../../core/text';
import { removeTemp, tempEnded } from '../interruptedWrite';
import { CliError } from '../openBook';
import { packageRoot } from './officeSummarySql';

export type DuckDBApi = typeof DuckDb;
export type DuckDBInstance = DuckDb.DuckDBInstance;
export type DuckDBConnection = DuckDb.DuckDBConnection;
export type DuckDBAppender = DuckDb.DuckDBAppender;

const DUCKDB_PACKAGE = '@duckdb/node-api';
let loaded: DuckDBApi | undefined;

/** The DuckDB module, loaded once; one line in both languages when it is not installed. */
export function loadDuckDb(): DuckDBApi {
  if (loaded) return loaded;
  try {
    loaded = createRequire(join(packageRoot(), 'package.json'))(DUCKDB_PACKAGE) as DuckDBApi;
    return loaded;
  } catch (e) {
    const detail = e instanceof Error ? (e.message.split('\n')[0] ?? '') : String(e);
    throw new CliError(
      'duckdb.missing',
      text(
        `DuckDB tidak terpasang (jalankan npm ci): ${detail}`,
        `DuckDB is not installed (run npm ci): ${detail}`,
      ),
    );
  }
}

/** A connection to `instance`; relative file names in its queries are read from `searchPath`. */
export async function connectIn(instance: DuckDBInstance, searchPath?: string): Promise<DuckDBConnection> {
  const connection = await instance.connect();
  if (searchPath !== undefined) await connection.run(`SET file_search_path = ${sqlString(searchPath)}`);
  return connection;
}

/**
 * A fresh in-memory database whose spill files (what does not fit in memory) go in `tempDirectory`
 * rather than DuckDB's default `.tmp` in the working folder; the instance, to be closed once its
 * connections are: until then its spill files stay.
 */
export async function openDuckDbInstance(tempDirectory: string): Promise<DuckDBInstance> {
  return loadDuckDb().DuckDBInstance.create(':memory:', { temp_directory: tempDirectory });
}

/** The database, its connection and its spill folder closed and removed, as far as each was made. */
export function closeDatabase(
  spill: string,
  instance?: DuckDBInstance,
  db?: DuckDBConnection,
  appenders: Iterable<DuckDBAppender> = [],
): void {
  try {
    for (const appender of appenders) appender.closeSync();
    db?.closeSync();
    // Its spill files stay until the instance is closed.
    instance?.closeSync();
  } finally {
    removeTemp({ path: spill, kind: 'folder' });
    tempEnded(spill);
  }
}

/** A string literal for SQL: quotes doubled. */
export function sqlString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

export type QueryValue =
  string | number | boolean | null | readonly QueryValue[] | { readonly [key: string]: QueryValue };

/**
 * A query's rows as plain JSON values: dates as `yyyy-mm-dd` (a timestamp with its time, as ISO
 * 8601), whole numbers (Rupiah, counts, DuckDB's 128-bit sums) as numbers, which hold every Rupiah
 * exactly below 2^53; a list as an array, a struct as an object, a map as a list of its entries.
 * Several statements run in order, and the rows are the last one's (`CREATE …; SELECT …`); DuckDB
 * alone would answer with the first query's rows and drop the rest unsaid.
 */
export async function queryRows(
  connection: DuckDBConnection,
  sql: string,
): Promise<{ columns: string[]; rows: Record<string, QueryValue>[] }> {
  // Text it cannot split (a syntax error, nothing but comments) runs whole, for DuckDB's own answer.
  const statements = await connection.extractStatements(sql).catch(() => undefined);
  let reader: DuckDb.DuckDBResultReader;
  if (statements === undefined || statements.count < 2) reader = await connection.runAndReadAll(sql);
  else {
    for (let i = 0; i < statements.count - 1; i++) await (await statements.prepare(i)).run();
    reader = await (await statements.prepare(statements.count - 1)).runAndReadAll();
  }
  const columns = reader.columnNames();
  const rows = reader.getRowObjectsJS().map((row) => {
    const out: Record<string, QueryValue> = {};
    for (const name of columns) out[name] = plain(row[name]);
    return out;
  });
  return { columns, rows };
}

function plain(value: unknown): QueryValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'bigint') return Number(value);
  if (value instanceof Date) {
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
  }
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (Array.isArray(value)) return value.map(plain);
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype)
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
  return String(value);
}
