// `buku-kelompok export FILE… --out DIR [--as-of DATE] [--json] [--with-nik]`: every book's records
// as Parquet tables (docs/warehouse.md) that DuckDB and BigQuery read; only changed books are read.
import { exportBooks, type ExportResult } from '../export/exportBooks';
import { warehouseTables } from '../export/warehouseSchema';
import { usageLine, type CliCommand } from '../cliCommand';
import { count, groupedPlural, oneLine, whole } from '../cliFormat';
import {
  commonOptions,
  dateOption,
  json,
  langFlag,
  langOption,
  parse,
  todayOption,
  type CliContext,
} from '../cliOptions';
import { CliError } from '../openBook';
import { text, type Lang } from '../../core/text';

const options = {
  out: {
    type: 'string',
    value: 'DIR',
    required: true,
    help: text(
      'folder tabel Parquet (dibuat bila belum ada; ekspor berikutnya ke folder ini hanya membaca buku yang berubah)',
      'the folder of Parquet tables (created when missing; a later export into it reads only the books that changed)',
    ),
  },
  'as-of': {
    type: 'string',
    value: 'yyyy-mm-dd',
    help: text(
      'tanggal saldo pinjaman, kas dan simpanan (bawaan: hari ini); tanggal baru tidak membaca ulang buku yang tidak berubah',
      'the date of loan, cash and savings balances (default: today); a new date does not read unchanged books again',
    ),
  },
  'with-nik': {
    type: 'boolean',
    help: text(
      'NIK lengkap; tanpa opsi ini hanya 4 angka awal dan 4 angka akhir (3507••••••••0185)',
      'full NIKs; without it only their first 4 and last 4 digits (3507••••••••0185)',
    ),
  },
  ...commonOptions,
  lang: { ...langFlag, help: text('bahasa keluaran (bawaan: id)', "the output's language (default: id)") },
} as const;

export const exportCommand: CliCommand = {
  name: 'export',
  operands: 'FILE…',
  summary: text(
    'Semua catatan buku-buku kelompok sebagai tabel Parquet (kelompok, anggota, kas, pinjaman dengan saldonya, angsuran, kegiatan, daftar hadir, RUK, saprodi, masalah) untuk DuckDB dan BigQuery.',
    "Every book's records as Parquet tables (groups, members, cash, loans with their balances, installments, activities, attendance, RUK, farm inputs, problems) for DuckDB and BigQuery.",
  ),
  options,
  examples: [
    'buku-kelompok export desa/*.xlsx --out gudang',
    'buku-kelompok export desa/*.xlsx --out gudang --as-of 2026-10-31 --json',
  ],
  run: runExport,
};

/** Books not read again whose balances moved to the new --as-of: named only when there are some. */
function rebalanced(result: ExportResult, lang: Lang): string {
  if (result.rebalanced === 0) return '';
  return lang === 'en'
    ? `${count(result.rebalanced, 'en')} recomputed as of the new date (not read again), `
    : `${result.rebalanced} dihitung ulang per tanggal baru (tidak dibaca ulang), `;
}

/**
 * The export's report as text lines. Each line is `oneLine`: a line break in a group's name
 * (Alt+Enter in Nama Kelompok), a file's or the folder's name is shown as `↵`, so that each heading
 * and note stays one line.
 */
function exportText(result: ExportResult, asOf: string, lang: Lang): string[] {
  const en = lang === 'en';
  const lines = [
    en ? `Export to ${result.dir} as of ${asOf}` : `Ekspor ke ${result.dir} per ${asOf}`,
    en
      ? `${groupedPlural(result.read, 'book')} read, ${count(result.unchanged, 'en')} unchanged (not read again), ${rebalanced(result, lang)}${count(result.unreadable, 'en')} unreadable`
      : `${result.read} buku dibaca, ${result.unchanged} tidak berubah (tidak dibaca ulang), ${rebalanced(result, lang)}${result.unreadable} tidak terbaca`,
  ];
  const width = Math.max(...warehouseTables.map((t) => t.name.length)) + '.parquet'.length;
  for (const table of warehouseTables)
    lines.push(
      `  ${`${table.name}.parquet`.padEnd(width)}  ${whole(result.rows[table.name] ?? 0, lang).padStart(8)} ${en ? ((result.rows[table.name] ?? 0) === 1 ? 'row' : 'rows') : 'baris'}`,
    );
  for (const b of result.books)
    if (b.outcome === 'unreadable')
      lines.push(
        en
          ? `${b.path}: unreadable, see problems.parquet`
          : `${b.path}: tidak terbaca, lihat problems.parquet`,
      );
  const group = (name: string | null): string => (name === null ? '' : ` (${name})`);
  for (const d of result.dropped)
    lines.push(
      en
        ? `${d.file}: its rows were taken out, replaced by ${d.by.join(', ')}, a book of the same group${group(d.groupName)}; to keep both (e.g. two years' books), export them together`
        : `${d.file}: barisnya dikeluarkan, diganti ${d.by.join(', ')}, buku kelompok yang sama${group(d.groupName)}; untuk menyimpan keduanya (mis. buku dua tahun), ekspor keduanya bersama`,
    );
  for (const g of result.shared)
    lines.push(
      en
        ? `${g.files.join(', ')}: books of one group${group(g.groupName)}; the office summary adds them up, so a copy of one book counts it twice`
        : `${g.files.join(', ')}: buku satu kelompok${group(g.groupName)}; ringkasan kantor menjumlahkan semuanya, jadi salinan satu buku terhitung dua kali`,
    );
  return lines.map(oneLine);
}

/** Exit 0 when every book was read or unchanged, 2 when an argument or a file is unusable (as `check`). */
export async function runExport(args: readonly string[], ctx: CliContext): Promise<number> {
  const { values, positionals } = parse(args, options);
  const today = todayOption(values.today, ctx);
  const asOf = dateOption('as-of', values['as-of'], today);
  const lang = langOption(values.lang) ?? 'id';
  if (positionals.length === 0)
    throw new CliError('args.noFile', {
      id: `Sebutkan file buku: ${usageLine(exportCommand)}`,
      en: `Name the books' files: ${usageLine(exportCommand)}`,
    });
  const out = values.out;
  if (out === undefined)
    throw new CliError('args.noOut', {
      id: `Sebutkan folder hasil dengan --out DIR: ${usageLine(exportCommand)}`,
      en: `Name the output folder with --out DIR: ${usageLine(exportCommand)}`,
    });
  const result = await exportBooks(positionals, out, { asOf, today, withNik: values['with-nik'] === true });
  // Why each unreadable file could not be read: on stderr, one line in both languages, as `check`
  // and `summary` say it (the message names the file, else it is put first).
  for (const b of result.books)
    if (b.error) {
      const line = `${b.error.message.id} / ${b.error.message.en}`;
      ctx.err(line.includes(b.path) ? line : `${b.path}: ${line}`);
    }
  if (values.json)
    ctx.out(
      json({
        dir: result.dir,
        asOf,
        today,
        read: result.read,
        unchanged: result.unchanged,
        rebalanced: result.rebalanced,
        unreadable: result.unreadable,
        books: result.books.map((b) => ({
          file: b.file,
          path: b.path,
          outcome: b.outcome,
          ...(b.error ? { error: b.error } : {}),
        })),
        rows: result.rows,
        dropped: result.dropped,
        shared: result.shared,
      }),
    );
  else for (const line of exportText(result, asOf, lang)) ctx.out(line);
  return result.unreadable > 0 ? 2 : 0;
}
