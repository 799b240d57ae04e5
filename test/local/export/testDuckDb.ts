// A fresh in-memory DuckDB for the tests and benches that read an export's tables: its spill folder
// (made by DuckDB only if a query must spill) under the system's temporary folder, never `.tmp` in
// the working folder. The commands open theirs with a spill folder they remove (export, query).
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connectIn, openDuckDbInstance, type DuckDBConnection } from '../../../src/local/export/duckdb';

/** A connection to a new database; relative file names in its queries are read from `searchPath`. */
export async function openDuckDb(searchPath?: string): Promise<DuckDBConnection> {
  const spill = join(tmpdir(), `bk-test-duckdb-${process.pid}`);
  return connectIn(await openDuckDbInstance(spill), searchPath);
}
