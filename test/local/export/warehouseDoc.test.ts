// docs/warehouse.md is the analyst's account of the tables: each table's columns, DuckDB and
// BigQuery types, NULL and meaning must be those of warehouseSchema.ts, and the Parquet files an
// export writes must have exactly those columns and types.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { queryRows } from '../../../src/local/export/duckdb';
import { openDuckDb } from './testDuckDb';
import { exportBooks } from '../../../src/local/export/exportBooks';
import { packageRoot } from '../../../src/local/export/officeSummarySql';
import { bigQueryType, warehouseTables } from '../../../src/local/export/warehouseSchema';
import { smallBookWorkbook } from './smallBooks';

interface DocTable {
  name: string;
  meaning: string;
  columns: { name: string; type: string; bigQuery: string; nullable: string; meaning: string }[];
}

/** `### \`name\``, a paragraph, then `| Column | DuckDB | BigQuery | NULL | Meaning |` rows. */
function docTables(markdown: string): DocTable[] {
  const tables: DocTable[] = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const heading = /^### `([a-z_]+)`$/.exec(lines[i]!);
    if (!heading) continue;
    const table: DocTable = { name: heading[1]!, meaning: lines[i + 2] ?? '', columns: [] };
    let j = i + 6; // heading, blank, meaning, blank, header row, separator row
    for (; j < lines.length && lines[j]!.startsWith('|'); j++) {
      const cells = lines[j]!.slice(2, -2).split(/ (?<!\\)\| /);
      const [name, type, bigQuery, nullable, meaning] = cells;
      table.columns.push({
        name: name!.replace(/`/g, ''),
        type: type!,
        bigQuery: bigQuery!,
        nullable: nullable!,
        meaning: meaning!.replace(/\\\|/g, '|'),
      });
    }
    tables.push(table);
  }
  return tables;
}

const doc = docTables(readFileSync(join(packageRoot(), 'docs', 'warehouse.md'), 'utf8'));

describe('docs/warehouse.md', () => {
  it('documents every table and column of warehouseSchema.ts, in order, with its types and meaning', () => {
    expect(doc.map((t) => t.name)).toEqual(warehouseTables.map((t) => t.name));
    expect(doc).toEqual(
      warehouseTables.map((t) => ({
        name: t.name,
        meaning: t.meaning,
        columns: t.columns.map((c) => ({
          name: c.name,
          type: c.type,
          bigQuery: bigQueryType(c.type),
          nullable: c.nullable ? 'yes' : 'no',
          meaning: c.meaning,
        })),
      })),
    );
  });

  it('is the shape of the Parquet files an export writes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bk-warehouse-doc-'));
    const book = join(dir, 'buku.xlsx');
    await smallBookWorkbook(4, '2026-11-28').save(book);
    const out = join(dir, 'gudang');
    await exportBooks([book], out, { asOf: '2026-11-28', today: '2026-11-28', withNik: false });
    const db = await openDuckDb(out);
    try {
      for (const table of doc) {
        const { rows } = await queryRows(db, `DESCRIBE SELECT * FROM '${table.name}.parquet'`);
        expect({
          table: table.name,
          columns: rows.map((r) => `${String(r.column_name)} ${String(r.column_type)}`),
        }).toEqual({
          table: table.name,
          columns: table.columns.map((c) => `${c.name} ${c.type}`),
        });
      }
    } finally {
      db.closeSync();
    }
  });
});
