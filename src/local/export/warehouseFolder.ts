// The export's folder: one Parquet file per warehouse table, written through embedded DuckDB. New
// rows are appended as books are read; the rows of books not read again are kept from the files
// already there; each table that changed is then written whole to a temporary file and renamed
// into place, and a table no book changed is left as it is. DuckDB spills what does not fit in
// memory into `.duckdb.<pid>.tmp` inside the folder, removed with all it holds when the export ends.
// Each temporary file and the spill folder are told to interruptedWrite.ts: Ctrl-C or SIGTERM
// removes them too.
import { existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { toDayNumber } from '../../core/isoDate';
import { text } from '../../core/text';
import { CliError } from '../openBook';
import { removeTemps, tempEnded, tempStarted } from '../interruptedWrite';
import { BOOK_CACHE_FOLDER } from './bookCache';
import {
  closeDatabase,
  loadDuckDb,
  openDuckDbInstance,
  queryRows,
  sqlString,
  type DuckDBApi,
  type DuckDBAppender,
  type DuckDBConnection,
  type DuckDBInstance,
} from './duckdb';
import {
  WAREHOUSE_VERSION,
  warehouseTables,
  type WarehouseColumn,
  type WarehouseRow,
  type WarehouseTable,
  type WarehouseTableName,
} from './warehouseSchema';
import { tableWriteError } from './writeFailure';

/** What the folder says of a file exported before: enough to tell whether it must be read again. */
export interface ExportedBook {
  readonly fingerprint: string;
  readonly asOf: string;
  readonly today: string;
  readonly nikMasked: boolean;
  readonly version: number;
  /** False for a file that could not be read as a book: it is tried again at every export. */
  readonly readable: boolean;
}

/** A file of an earlier export whose rows went because another file of its group was read. */
export interface DroppedBook {
  readonly file: string;
  readonly groupName: string | null;
  /** The file(s) of the same group read by this export. */
  readonly by: readonly string[];
}

/** A group that more than one file in the folder stands for: the office summary adds them up. */
export interface SharedGroup {
  readonly groupName: string | null;
  readonly files: readonly string[];
}

/** What `write` did besides the row counts. */
export interface FolderWritten {
  /** Rows in each table's file after the export. */
  readonly rows: Record<string, number>;
  readonly dropped: readonly DroppedBook[];
  readonly shared: readonly SharedGroup[];
}

export function parquetPath(dir: string, table: string): string {
  return join(dir, `${table}.parquet`);
}

/** DuckDB's spill folder (its `temp_directory`) while this process exports into `dir`. */
export function spillFolder(dir: string): string {
  return join(dir, `.duckdb.${process.pid}.tmp`);
}

const quoted = (name: string) => `"${name}"`;

/**
 * The folders `mkdirSync(folder, { recursive: true })` made, deepest first: `folder` and each parent
 * up to `first`, the first it made (none when the folder was there).
 */
function madeFolders(folder: string, first: string | undefined): string[] {
  const made: string[] = [];
  if (first === undefined) return made;
  for (let at = folder; ; at = dirname(at)) {
    made.push(at);
    if (at === first || dirname(at) === at) return made;
  }
}

export class WarehouseFolder {
  private readonly appenders = new Map<string, DuckDBAppender>();

  /** Per table, the files whose rows this export replaces. */
  private readonly replaced = new Map<string, Set<string>>();
  /** Every file given to this export, replaced or kept as it was. */
  private readonly given = new Set<string>();
  /** The files read whole (every table): only these stand for their group under a new file name. */
  private readonly whole = new Set<string>();

  private constructor(
    private readonly api: DuckDBApi,
    readonly dir: string,
    /** The folder as the person named it (`--out`): what a message says. */
    readonly shownDir: string,
    private readonly instance: DuckDBInstance,
    private readonly db: DuckDBConnection,
    /** DuckDB's spill folder, removed on close. */
    private readonly spill: string,
    /** Tables whose Parquet file already exists in the folder. */
    private readonly existing: ReadonlySet<string>,
    /** The folders this export made (and the kept books' folder, when it was not there), deepest first. */
    private readonly made: readonly string[],
  ) {}

  /** Opens (creating) the folder; refuses a folder whose tables have another shape than this version's. */
  static async open(dir: string): Promise<WarehouseFolder> {
    const folder = resolve(dir);
    // `--out buku.xlsx`, a file that is there: said as it is, not as a folder that cannot be made.
    if (existsSync(folder) && !statSync(folder).isDirectory())
      throw new CliError(
        'file.notFolder',
        text(
          `--out ${dir} adalah file, bukan folder: sebutkan folder untuk tabel Parquet, mis. --out gudang`,
          `--out ${dir} is a file, not a folder: name a folder for the Parquet tables, e.g. --out gudang`,
        ),
      );
    let made: string[];
    try {
      made = madeFolders(folder, mkdirSync(folder, { recursive: true }));
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? 'error';
      throw new CliError(
        'file.write',
        text(`Folder tidak dapat dibuat: ${dir} (${code})`, `Cannot create the folder ${dir} (${code})`),
      );
    }
    // The folders this run made, and the kept books' folder while it is not there: Ctrl-C from here
    // on removes each that nothing landed in (an interrupted first export leaves no empty folder).
    const cache = join(folder, BOOK_CACHE_FOLDER);
    if (!existsSync(cache)) made.unshift(cache);
    for (const path of made) tempStarted(path, 'madeFolder');
    const spill = spillFolder(folder);
    // Said before it exists: Ctrl-C from here on removes it with all it holds (interruptedWrite.ts).
    tempStarted(spill, 'folder');
    let instance: DuckDBInstance | undefined;
    let db: DuckDBConnection | undefined;
    let opened: WarehouseFolder | undefined;
    try {
      // Made now (DuckDB makes it only when it first spills): the export's one folder of its own,
      // removed at its end. One that cannot be made is left to DuckDB, whose error says why.
      try {
        mkdirSync(spill);
      } catch {
        // There already (a run of the same process id killed before), or the folder is read-only.
      }
      instance = await openDuckDbInstance(spill);
      db = await instance.connect();
      const existing = new Set<string>();
      for (const table of warehouseTables) {
        const path = parquetPath(folder, table.name);
        if (!existsSync(path)) continue;
        existing.add(table.name);
        await checkShape(db, table, path, dir);
      }
      opened = new WarehouseFolder(loadDuckDb(), folder, dir, instance, db, spill, existing, made);
      for (const table of warehouseTables) {
        const columns = table.columns.map(
          (c) => `${quoted(c.name)} ${c.type}${c.nullable ? '' : ' NOT NULL'}`,
        );
        await db.run(`CREATE TABLE ${quoted(table.name)} (${columns.join(', ')})`);
        opened.appenders.set(table.name, await db.createAppender(table.name));
      }
      await db.run('CREATE TABLE replaced ("table" VARCHAR, file VARCHAR)');
      await db.run('CREATE TABLE given (file VARCHAR PRIMARY KEY)');
      return opened;
    } catch (e) {
      // A refused folder (another version's tables) leaves no spill folder behind.
      closeDatabase(spill, instance, db, opened?.appenders.values());
      // Nothing was written: a folder this run made goes (one that holds anything stays).
      removeTemps(made.map((path) => ({ path, kind: 'madeFolder' })));
      for (const path of made) tempEnded(path);
      throw e;
    }
  }

  /**
   * The files of an earlier export in this folder, by file name; none when a table's file is
   * missing (deleted by hand): every book given is then read again, so that no table lacks its rows.
   */
  async exportedBooks(): Promise<Map<string, ExportedBook>> {
    const books = new Map<string, ExportedBook>();
    if (this.existing.size < warehouseTables.length) return books;
    const { rows } = await queryRows(
      this.db,
      `SELECT file, fingerprint, as_of, today, nik_masked, warehouse_version, readable FROM read_parquet(${sqlString(parquetPath(this.dir, 'books'))})`,
    );
    for (const r of rows)
      books.set(String(r.file), {
        fingerprint: String(r.fingerprint),
        asOf: String(r.as_of),
        today: String(r.today),
        nikMasked: r.nik_masked === true,
        version: Number(r.warehouse_version),
        readable: r.readable === true,
      });
    return books;
  }

  /** A file given to this export whose rows stay as they are. */
  keepBook(file: string): void {
    this.given.add(file);
  }

  /**
   * Adds one book's rows of `tables` (every table unless said); the rows the folder held in those
   * tables for its file, or for its group under a file name not given to this export (a renamed
   * copy of the book), are dropped when it is written.
   */
  replaceBook(
    file: string,
    rows: Readonly<Record<WarehouseTableName, readonly WarehouseRow[]>>,
    tables: readonly WarehouseTable[] = warehouseTables,
  ): void {
    this.given.add(file);
    if (tables === warehouseTables) this.whole.add(file);
    for (const table of tables) {
      const appender = this.appenders.get(table.name);
      if (!appender) throw new Error(`no appender for ${table.name}`);
      const list = rows[table.name as WarehouseTableName];
      for (const row of list) this.appendRow(appender, table, row);
      const files = this.replaced.get(table.name) ?? new Set<string>();
      files.add(file);
      this.replaced.set(table.name, files);
    }
  }

  /**
   * Writes every table some book's rows replaced: the new rows, and the rows already in the folder
   * of the files not replaced. Returns each table's row count, the tables left as they were too.
   */
  async write(): Promise<FolderWritten> {
    for (const appender of this.appenders.values()) appender.closeSync();
    this.appenders.clear();
    const replaced = await this.db.createAppender('replaced');
    for (const [table, files] of this.replaced)
      for (const file of files) {
        replaced.appendVarchar(table);
        replaced.appendVarchar(file);
        replaced.endRow();
      }
    replaced.closeSync();
    const given = await this.db.createAppender('given');
    for (const file of this.given) {
      given.appendVarchar(file);
      given.endRow();
    }
    given.closeSync();
    // A group read again under another file name (a renamed copy of its book) replaces its old rows
    // too, unless that other file was given to this export as well (two books of one group). Only a
    // book read whole does: one recomputed for a new --as-of keeps its group's other files.
    await this.db.run(
      `CREATE TABLE replaced_groups AS SELECT DISTINCT group_key FROM "books" WHERE group_key IS NOT NULL AND file IN (${[...this.whole].map(sqlString).join(', ') || 'NULL'})`,
    );
    const dropped = await this.droppedBooks();

    const written: Record<string, number> = {};
    const temporary: [string, string][] = [];
    try {
      for (const table of warehouseTables) {
        const path = parquetPath(this.dir, table.name);
        const exists = this.existing.has(table.name);
        if (exists && !this.replaced.has(table.name)) {
          // No book's rows of this table changed: the file holds them all (its footer says how many).
          const { rows } = await queryRows(
            this.db,
            `SELECT count(*) AS n FROM read_parquet(${sqlString(path)})`,
          );
          written[table.name] = Number(rows[0]?.n ?? 0);
          continue;
        }
        if (exists)
          await this.db.run(
            `INSERT INTO ${quoted(table.name)} BY NAME SELECT * FROM read_parquet(${sqlString(path)}) AS old
             WHERE old.file NOT IN (SELECT file FROM replaced WHERE "table" = ${sqlString(table.name)})
               AND (old.group_key IS NULL OR old.file IN (SELECT file FROM given)
                    OR old.group_key NOT IN (SELECT group_key FROM replaced_groups))`,
          );
        const tmp = `${path}.${process.pid}.tmp`;
        // Said before DuckDB makes it: Ctrl-C from here on removes it (interruptedWrite.ts).
        tempStarted(tmp);
        temporary.push([tmp, path]);
        const order = table.orderBy.map(quoted).join(', ');
        try {
          await this.db.run(
            `COPY (SELECT * FROM ${quoted(table.name)} ORDER BY ${order}) TO ${sqlString(tmp)} (FORMAT parquet, COMPRESSION zstd)`,
          );
        } catch (e) {
          // A full disk, a folder without permission to write: said, with the file, not as an internal error.
          throw tableWriteError(this.shownDir, table.name, e);
        }
        const { rows } = await queryRows(this.db, `SELECT count(*) AS n FROM ${quoted(table.name)}`);
        written[table.name] = Number(rows[0]?.n ?? 0);
      }
    } catch (e) {
      // The temporary files go; one that cannot (not a file) must not hide why the write failed.
      for (const [tmp] of temporary) {
        try {
          rmSync(tmp, { force: true });
        } catch {
          // Left as it is.
        }
        tempEnded(tmp);
      }
      throw e;
    }
    // Every table is written before any is replaced: a failure above leaves the folder as it was.
    try {
      temporary.forEach(([tmp, path], i) => {
        try {
          renameSync(tmp, path);
        } catch (e) {
          for (const [left] of temporary.slice(i)) rmSync(left, { force: true });
          throw tableWriteError(this.shownDir, basename(path, '.parquet'), e, i > 0);
        }
      });
    } finally {
      // Each renamed into place or removed.
      for (const [tmp] of temporary) tempEnded(tmp);
    }
    return { rows: written, dropped, shared: await this.sharedGroups() };
  }

  /** The files of an earlier export that `replaced_groups` takes out, each with its group's files read now. */
  private async droppedBooks(): Promise<DroppedBook[]> {
    if (!this.existing.has('books')) return [];
    const { rows } = await queryRows(
      this.db,
      `SELECT old.file AS file, old.group_name AS group_name,
              (SELECT string_agg(b.file, '\n' ORDER BY b.file) FROM "books" AS b WHERE b.group_key = old.group_key) AS by
       FROM read_parquet(${sqlString(parquetPath(this.dir, 'books'))}) AS old
       WHERE old.group_key IN (SELECT group_key FROM replaced_groups)
         AND old.file NOT IN (SELECT file FROM given)
       ORDER BY old.file`,
    );
    return rows.map((r) => ({
      file: String(r.file),
      groupName: r.group_name === null ? null : String(r.group_name),
      by: String(r.by).split('\n'),
    }));
  }

  /** Groups that several readable files of the folder, as written, stand for. */
  private async sharedGroups(): Promise<SharedGroup[]> {
    const { rows } = await queryRows(
      this.db,
      `SELECT any_value(group_name) AS group_name, string_agg(file, '\n' ORDER BY file) AS files
       FROM read_parquet(${sqlString(parquetPath(this.dir, 'books'))})
       WHERE readable AND group_key IS NOT NULL
       GROUP BY group_key HAVING count(*) > 1
       ORDER BY min(file)`,
    );
    return rows.map((r) => ({
      groupName: r.group_name === null ? null : String(r.group_name),
      files: String(r.files).split('\n'),
    }));
  }

  private appendRow(appender: DuckDBAppender, table: WarehouseTable, row: WarehouseRow): void {
    for (const column of table.columns) this.appendValue(appender, table, column, row[column.name]);
    appender.endRow();
  }

  private appendValue(
    appender: DuckDBAppender,
    table: WarehouseTable,
    column: WarehouseColumn,
    value: WarehouseRow[string] | undefined,
  ): void {
    if (value === null || value === undefined) {
      if (!column.nullable) throw new Error(`${table.name}.${column.name} may not be NULL`);
      appender.appendNull();
      return;
    }
    switch (column.type) {
      case 'VARCHAR':
        appender.appendVarchar(String(value));
        return;
      case 'DATE':
        // DuckDB's DATE counts days from 1970-01-01.
        appender.appendDate(new this.api.DuckDBDateValue(toDayNumber(String(value))));
        return;
      case 'BIGINT':
        appender.appendBigInt(BigInt(value as number));
        return;
      case 'INTEGER':
        appender.appendInteger(value as number);
        return;
      case 'DOUBLE':
        appender.appendDouble(value as number);
        return;
      case 'BOOLEAN':
        appender.appendBoolean(value as boolean);
        return;
    }
  }

  /**
   * Closes the database and removes its spill folder. After an export that `failed` (a table or a
   * kept book that could not be written, an error of the program), the folders it made go too when
   * nothing else landed in them: the kept books' folder this run made holds only what it kept for
   * tables never written, and goes whole; any other stays if it holds anything.
   */
  close(failed = false): void {
    try {
      closeDatabase(this.spill, this.instance, this.db, this.appenders.values());
    } finally {
      const cache = join(this.dir, BOOK_CACHE_FOLDER);
      if (failed)
        removeTemps(this.made.map((path) => ({ path, kind: path === cache ? 'folder' : 'madeFolder' })));
      for (const path of this.made) tempEnded(path);
    }
  }
}

async function checkShape(
  db: DuckDBConnection,
  table: WarehouseTable,
  path: string,
  dir: string,
): Promise<void> {
  let rows: Awaited<ReturnType<typeof queryRows>>['rows'];
  try {
    ({ rows } = await queryRows(db, `DESCRIBE SELECT * FROM read_parquet(${sqlString(path)})`));
  } catch {
    throw new CliError(
      'export.folder.unreadable',
      text(
        `${table.name}.parquet di ${dir} bukan file Parquet yang terbaca: ekspor ke folder baru, atau hapus file itu`,
        `${table.name}.parquet in ${dir} is not a readable Parquet file: export into a new folder, or delete that file`,
      ),
    );
  }
  const found = rows.map((r) => `${String(r.column_name)} ${String(r.column_type)}`).join(', ');
  const expected = table.columns.map((c) => `${c.name} ${c.type}`).join(', ');
  if (found !== expected)
    throw new CliError(
      'export.folder.otherShape',
      text(
        `${dir} berisi ${table.name}.parquet dengan kolom lain dari versi ${WAREHOUSE_VERSION} ini: ekspor ke folder baru, atau hapus file lamanya`,
        `${dir} holds a ${table.name}.parquet with other columns than this version ${WAREHOUSE_VERSION}: export into a new folder, or delete the old files`,
      ),
    );
}
