// The office's summary as SQL files shipped in the repository (sql/): found from the running code,
// whether it runs from dist/cli.js or from the sources under test.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export const OFFICE_SUMMARY_SQL = 'sql/office-summary.sql';
export const OFFICE_SUMMARY_BIGQUERY_SQL = 'sql/office-summary.bigquery.sql';
/** The BigQuery dataset the README's `bq load` commands fill. */
export const BIGQUERY_DATASET = 'buku_kelompok';

/**
 * The repository's root: the nearest folder above this code with a package.json, else the working
 * folder (a bench bundled into a temporary folder runs from the root).
 */
export function packageRoot(from: string = __dirname): string {
  let dir = from;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
  return dir;
}

export function readPackageFile(path: string): string {
  return readFileSync(join(packageRoot(), path), 'utf8');
}

/** The query without its leading comment lines: what both dialects must share. */
export function queryBody(sql: string): string {
  const lines = sql.split('\n');
  const first = lines.findIndex((l) => !l.startsWith('--'));
  return lines.slice(first).join('\n').trim();
}

/** DuckDB reads `'groups.parquet'`; BigQuery the loaded table `buku_kelompok.groups`. */
export function toBigQueryTables(body: string): string {
  return body.replace(/'([a-z_]+)\.parquet'/g, (_, table: string) => `\`${BIGQUERY_DATASET}.${table}\``);
}
