// `buku-kelompok query DIR [--sql FILE] [--json]`: a query over an export's Parquet tables through
// embedded DuckDB; by default the office's summary (sql/office-summary.sql).
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parquetPath } from '../export/warehouseFolder';
import {
  closeDatabase,
  connectIn,
  openDuckDbInstance,
  queryRows,
  type DuckDBConnection,
  type DuckDBInstance,
  type QueryValue,
} from '../export/duckdb';
import { tempStarted } from '../interruptedWrite';
import { OFFICE_SUMMARY_SQL, readPackageFile } from '../export/officeSummarySql';
import { usageLine, type CliCommand } from '../cliCommand';
import { helpFlag, json, jsonFlag, parse, type CliContext } from '../cliOptions';
import { alignedTable } from '../cliFormat';
import { CliError } from '../openBook';
import { text } from '../../core/text';

const options = {
  sql: {
    type: 'string',
    value: 'FILE.sql',
    help: text(
      'kueri DuckDB lain atas tabel di folder itu (bawaan: sql/office-summary.sql, ringkasan kantor)',
      "another DuckDB query over the folder's tables (default: sql/office-summary.sql, the office's summary)",
    ),
  },
  json: jsonFlag,
  help: helpFlag,
} as const;

export const queryCommand: CliCommand = {
  name: 'query',
  operands: 'DIR',
  summary: text(
    'Ringkasan kantor (per kelompok, per kecamatan, seluruh kantor) sebagai kueri DuckDB atas tabel hasil export.',
    "The office's summary (per group, per kecamatan, the whole office) as a DuckDB query over the tables export wrote.",
  ),
  options,
  examples: ['buku-kelompok query gudang', 'buku-kelompok query gudang --sql kueri-saya.sql --json'],
  run: runQuery,
};

function shown(value: QueryValue): string {
  if (value === null) return '';
  if (typeof value === 'number' && !Number.isInteger(value)) return value.toFixed(4);
  // A list, a struct or a map as JSON: `["a.xlsx","b, c.xlsx"]`, never `[object Object]`.
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** Columns aligned, numbers to the right, as a person reads them in a terminal. */
export function queryText(columns: readonly string[], rows: readonly Record<string, QueryValue>[]): string[] {
  const numeric = columns.map((c) => rows.some((r) => typeof r[c] === 'number'));
  return alignedTable(
    [columns, ...rows.map((r) => columns.map((c) => shown(r[c] ?? null)))],
    (i) => numeric[i] === true,
    1,
  );
}

/** Exit 0 with the rows, 2 when the folder, the SQL file or the query is unusable. */
export async function runQuery(args: readonly string[], ctx: CliContext): Promise<number> {
  const { values, positionals } = parse(args, options);
  const dir = positionals[0];
  if (dir === undefined || positionals.length > 1)
    throw new CliError('args.noFile', {
      id: `Sebutkan satu folder hasil export: ${usageLine(queryCommand)}`,
      en: `Name one folder written by export: ${usageLine(queryCommand)}`,
    });
  if (!existsSync(parquetPath(dir, 'groups')))
    throw new CliError(
      'query.noExport',
      text(
        `${dir} tidak berisi groups.parquet: jalankan dulu buku-kelompok export … --out ${dir}`,
        `${dir} holds no groups.parquet: run buku-kelompok export … --out ${dir} first`,
      ),
    );
  let sql: string;
  try {
    sql = values.sql === undefined ? readPackageFile(OFFICE_SUMMARY_SQL) : readFileSync(values.sql, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'error';
    throw new CliError(
      'file.read',
      text(
        `File SQL tidak dapat dibaca: ${values.sql} (${code})`,
        `Cannot read the SQL file ${values.sql} (${code})`,
      ),
    );
  }
  // What does not fit in memory spills into a folder of this run's own under the system's temporary
  // folder, removed at the end and on Ctrl-C: DuckDB's own default was `.tmp` in the folder the command
  // was typed in, left there by a signal (and never in DIR, which an office may share read-only). Made
  // here, with a name no one can know before (mkdtemp, readable by this user alone): a folder of a
  // known name in a shared /tmp could be someone else's, or a link, and is removed whole at the end.
  let spill: string;
  try {
    spill = mkdtempSync(join(tmpdir(), 'buku-kelompok-query-'));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'error';
    throw new CliError(
      'file.write',
      text(
        `Folder sementara tidak dapat dibuat di ${tmpdir()} (${code})`,
        `Cannot make a temporary folder in ${tmpdir()} (${code})`,
      ),
    );
  }
  tempStarted(spill, 'folder');
  let instance: DuckDBInstance | undefined;
  let db: DuckDBConnection | undefined;
  try {
    instance = await openDuckDbInstance(spill);
    db = await connectIn(instance, dir);
    let result: Awaited<ReturnType<typeof queryRows>>;
    try {
      result = await queryRows(db, sql);
    } catch (e) {
      const detail = (e instanceof Error ? e.message : String(e)).split('\n')[0] ?? '';
      throw new CliError('query.failed', text(`Kueri gagal: ${detail}`, `The query failed: ${detail}`));
    }
    if (values.json) ctx.out(json(result));
    else for (const line of queryText(result.columns, result.rows)) ctx.out(line);
    return 0;
  } finally {
    closeDatabase(spill, instance, db);
  }
}
