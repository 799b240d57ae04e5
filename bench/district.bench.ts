// District scale (issue 14): books of 5,000 members, 5,000 loans and 100,000 Kas rows (×1), scaled
// ×0.1 to ×10, each command (and `balances`, `journal` with `--out`) run in its own process beside
// the floor (exceljs's streaming reader reading the same file and doing nothing else): wall time ÷
// the floor's, and peak memory.
// `npm run bench district` runs the scales in BENCH_SCALES (default 0.1,1,3,10), with the four duty
// tabs too when BENCH_DUTIES=1 (writeDutyTabs); the books are written to a temporary folder and
// removed afterwards, never into the repository.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { saprodiTab } from '../src/core/book/schema';
import { headerCells } from '../src/core/book/tabCells';
import { collectSooner } from '../src/local/boundedHeap';

const today = '2026-11-28';
// npm run bench runs from the repository's root: the commands run as built, in this process (not in
// the launcher's bounded worker of dist/cli.js), from dist/cliMain.js.
const cli = join(process.cwd(), 'dist', 'cliMain.js');
type CliMain = (
  argv: readonly string[],
  ctx: { out: (line: string) => void; err: (line: string) => void; clock: () => Date },
) => Promise<number>;
// `balances --out` and `journal --out` also write the book's copy with their generated tabs (at ×10
// Saldo Pinjaman holds 50,000 loans) to a file in the temporary folder.
const COMMANDS = ['check', 'balances', 'journal', 'balances --out', 'journal --out'] as const;
type Mode = 'floor' | (typeof COMMANDS)[number];
/** BENCH_COMMANDS (comma-separated, e.g. `balances --out,journal --out`) picks among COMMANDS. */
const chosen = (process.env.BENCH_COMMANDS ?? COMMANDS.join(','))
  .split(',')
  .map((c) => c.trim())
  .filter((c): c is (typeof COMMANDS)[number] => (COMMANDS as readonly string[]).includes(c));

const utc = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m - 1, d));
const memberId = (i: number): string => `A${String(i).padStart(6, '0')}`;
const loanId = (i: number): string => `P${String(i).padStart(6, '0')}`;

/** A district book at `scale`, written by exceljs's streaming writer (shared texts, as Excel does). */
async function writeDistrictBook(file: string, scale: number): Promise<void> {
  const members = Math.round(5000 * scale);
  const loans = Math.round(5000 * scale);
  const cashRows = Math.round(100_000 * scale);
  const w = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: file,
    useSharedStrings: true,
    useStyles: true,
  });
  const date = { numFmt: 'dd/mm/yyyy' };
  const settings = w.addWorksheet('Pengaturan');
  for (const row of [
    ['Kunci', 'Nilai'],
    ['Nama Kelompok', `Gapoktan Kabupaten ×${scale}`],
    ['Saldo Awal Kas', 50_000_000],
    ['Tanggal Saldo Awal', utc(2024, 1, 1)],
  ])
    settings.addRow(row).commit();
  settings.getColumn(2).numFmt = date.numFmt;
  await settings.commit();

  const anggota = w.addWorksheet('Anggota');
  anggota.addRow(['ID Anggota', 'Nama', 'Jenis Kelamin', 'Jabatan', 'Tanggal Masuk', 'Status']).commit();
  for (let i = 1; i <= members; i++) {
    const row = anggota.addRow([
      memberId(i),
      `Anggota ${i}`,
      i % 2 ? 'L' : 'P',
      'Anggota',
      utc(2023, 1 + (i % 12), 1 + (i % 28)),
      'Aktif',
    ]);
    row.getCell(5).numFmt = date.numFmt;
    row.commit();
  }
  await anggota.commit();

  const pinjaman = w.addWorksheet('Pinjaman');
  pinjaman
    .addRow([
      'ID Pinjaman',
      'ID Anggota',
      'Tanggal Cair',
      'Pokok',
      'Jasa % per Bulan',
      'Metode Jasa',
      'Jumlah Angsuran',
      'Frekuensi',
    ])
    .commit();
  const methods = ['Flat', 'Menurun', 'Anuitas'];
  const disbursed = (i: number): Date => utc(2025, 1 + (i % 12), 1 + (i % 28));
  for (let i = 1; i <= loans; i++) {
    const row = pinjaman.addRow([
      loanId(i),
      memberId(1 + (i % members)),
      disbursed(i),
      1_000_000 + (i % 10) * 500_000,
      1.5,
      methods[i % 3],
      10,
      'Bulanan',
    ]);
    row.getCell(3).numFmt = date.numFmt;
    row.commit();
  }
  await pinjaman.commit();

  const kas = w.addWorksheet('Kas');
  kas
    .addRow(['Tanggal', 'No Bukti', 'Uraian', 'Kategori', 'ID Anggota', 'ID Pinjaman', 'Masuk', 'Keluar'])
    .commit();
  for (let i = 1; i <= cashRows; i++) {
    const day = utc(2024, 1, 1 + Math.floor((i * 1000) / Math.max(cashRows, 1)));
    const k = i % 4;
    const loan = 1 + (i % loans);
    const row =
      k === 0
        ? kas.addRow([day, `BK-${i}`, 'Beli pupuk', 'Pembelian Saprodi', null, null, null, 250_000])
        : k === 1
          ? kas.addRow([
              day,
              `BM-${i}`,
              'Simpanan wajib',
              'Simpanan Wajib',
              memberId(1 + (i % members)),
              null,
              10_000,
              null,
            ])
          : k === 2
            ? kas.addRow([
                day,
                `BM-${i}`,
                'Iuran bulanan',
                'Iuran',
                memberId(1 + (i % members)),
                null,
                5_000,
                null,
              ])
            : kas.addRow([
                day,
                `BM-${i}`,
                'Angsuran',
                'Angsuran Pinjaman',
                memberId(1 + (loan % members)),
                loanId(loan),
                150_000,
                null,
              ]);
    row.getCell(1).numFmt = date.numFmt;
    row.commit();
  }
  await kas.commit();

  const kegiatan = w.addWorksheet('Kegiatan');
  kegiatan.addRow(['Tanggal', 'Jenis Kegiatan', 'Uraian', 'Jumlah Hadir']).commit();
  for (let i = 1; i <= Math.round(1000 * scale); i++) {
    const row = kegiatan.addRow([
      utc(2026, 1 + (i % 11), 1 + (i % 28)),
      'Rapat/Diskusi Kelompok',
      `Rapat ${i}`,
      20,
    ]);
    row.getCell(1).numFmt = date.numFmt;
    row.commit();
  }
  await kegiatan.commit();
  if (process.env.BENCH_DUTIES === '1') await writeDutyTabs(w, members, loans, disbursed);
  await w.commit();
}

/**
 * BENCH_DUTIES=1: the four duty tabs too, in proportion (at ×1: every member at 12 monthly
 * meetings up to November 2026 in `Daftar Hadir` under a title row, 500 `RUK` rows, 12,500
 * `Saprodi` rows over two seasons, 200 reschedulings in `Perubahan Pinjaman`).
 */
async function writeDutyTabs(
  w: InstanceType<typeof ExcelJS.stream.xlsx.WorkbookWriter>,
  members: number,
  loans: number,
  disbursed: (i: number) => Date,
): Promise<void> {
  const dateFmt = 'dd/mm/yyyy';
  const meetings = Array.from({ length: 12 }, (_, k) => (k === 0 ? utc(2025, 12, 5) : utc(2026, k, 5)));
  const hadir = w.addWorksheet('Daftar Hadir');
  hadir.addRow(['DAFTAR HADIR RAPAT ANGGOTA']).commit();
  const header = hadir.addRow(['ID Anggota', 'Nama', ...meetings]);
  meetings.forEach((_, k) => (header.getCell(3 + k).numFmt = dateFmt));
  header.commit();
  const marks = ['H', 'H', 'H', 'H', 'W', 'I', 'S', 'A', null];
  for (let i = 1; i <= members; i++)
    hadir
      .addRow([memberId(i), `Anggota ${i}`, ...meetings.map((_, k) => marks[(i * 7 + k * 3) % marks.length])])
      .commit();
  await hadir.commit();

  const ruk = w.addWorksheet('RUK');
  ruk.addRow(['Kode', 'Kegiatan', 'Jenis Kegiatan', 'Bulan', 'Target', 'Satuan', 'Biaya (Rp)']).commit();
  for (let i = 1; i <= Math.max(1, Math.round(members / 10)); i++)
    ruk.addRow([`R${i}`, `Rencana ${i}`, 'Pelatihan', `Maret 2026`, 1, 'kali', 100_000]).commit();
  await ruk.commit();

  const saprodi = w.addWorksheet('Saprodi');
  // Every column of `Saprodi`, in the schema's order: the rows below follow it.
  saprodi.addRow(headerCells(saprodiTab)).commit();
  const line = (
    season: string,
    i: number,
    kind: string,
    kg: number,
    received: Date | null,
    planted: Date,
  ) => {
    const row = saprodi.addRow([
      season,
      memberId(i),
      'Padi',
      0.5,
      kind,
      kg,
      received ? kg : null,
      received,
      planted,
    ]);
    row.getCell(8).numFmt = dateFmt;
    row.getCell(9).numFmt = dateFmt;
    row.commit();
  };
  for (let i = 1; i <= members; i++) {
    line('MT I 2026', i, 'NPK', 125, utc(2026, 3, 1), utc(2026, 3, 10));
    line('MT I 2026', i, 'Urea', 100, utc(2026, 3, 3), utc(2026, 3, 10));
    if (i % 2 === 0) line('MT II 2026', i, 'NPK', 125, null, utc(2026, 10, 10));
  }
  await saprodi.commit();

  const changes = w.addWorksheet('Perubahan Pinjaman');
  changes.addRow(['ID Pinjaman', 'Tanggal', 'Jenis', 'Jumlah Angsuran Baru', 'Keterangan']).commit();
  for (let i = 1; i <= loans; i += 25) {
    const on = new Date(disbursed(i).getTime() + 95 * 86_400_000);
    const row = changes.addRow([loanId(i), on, 'Jadwal Ulang', 12, 'Gagal panen']);
    row.getCell(2).numFmt = dateFmt;
    row.commit();
  }
  await changes.commit();
}

/** In a child process: one mode over one file; prints wall ms and peak resident memory. */
async function child(mode: Mode, file: string): Promise<void> {
  // The built command line is loaded before the clock starts, as exceljs is for the floor.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { main } = mode === 'floor' ? { main: undefined } : (require(cli) as { main: CliMain });
  // A build without `main` would otherwise measure the floor against itself.
  if (mode !== 'floor' && typeof main !== 'function') throw new Error(`${cli} exports no main`);
  // As the launcher (dist/cli.js) sets its worker's heap to collect (the floor keeps node's own);
  // BENCH_HEAP=node measures a command with node's own as well.
  if (mode !== 'floor' && process.env.BENCH_HEAP !== 'node') collectSooner();
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  if (main === undefined) {
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {});
    for await (const sheet of reader) for await (const row of sheet) void row;
  } else {
    const [command, out] = mode.split(' ');
    const args =
      out === '--out'
        ? [command as string, file, '--today', today, '--out', `${file}.${command}-out.xlsx`, '--force']
        : [mode, file, '--today', today, '--json'];
    const code = await main(args, {
      out: () => undefined,
      err: (line) => process.stderr.write(`${line}\n`),
      clock: () => new Date(`${today}T03:00:00Z`),
    });
    if (code === 2) throw new Error(`${mode} exit 2`);
  }
  const wall = performance.now() - start;
  const used = process.cpuUsage(cpuStart);
  process.stdout.write(
    JSON.stringify({
      wall,
      cpu: (used.user + used.system) / 1000,
      rss: process.resourceUsage().maxRSS * 1024,
    }),
  );
}

interface Run {
  readonly wall: number;
  /** user + system CPU ms: the comparison that holds on a loaded machine, where wall time does not. */
  readonly cpu: number;
  readonly rss: number;
}

function measure(mode: Mode, file: string): Run {
  const r = spawnSync(process.execPath, [process.argv[1] as string, '--child', mode, file], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  if (r.status !== 0) throw new Error(`${mode} failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as Run;
}

async function parent(): Promise<void> {
  if (!existsSync(cli))
    spawnSync(process.execPath, [join(process.cwd(), 'scripts', 'build.mjs'), '--quiet'], {
      stdio: 'inherit',
    });
  const scales = (process.env.BENCH_SCALES ?? '0.1,1,3,10').split(',').map(Number);
  const dir = mkdtempSync(join(tmpdir(), 'bk-district-'));
  const mb = (b: number): string => `${b < 10e6 ? (b / 1e6).toFixed(1) : Math.round(b / 1e6)} MB`;
  try {
    console.log(
      `load average ${loadavg()
        .map((n) => n.toFixed(1))
        .join(' ')} at the start`,
    );
    console.log(
      '| size | file | floor (wall, CPU, peak) | command | wall ÷ floor | CPU ÷ floor | peak ÷ floor | peak memory |',
    );
    console.log('|---|---|---|---|---|---|---|---|');
    for (const scale of scales) {
      const file = join(dir, `district-x${scale}.xlsx`);
      await writeDistrictBook(file, scale);
      const floor = measure('floor', file);
      for (const command of chosen) {
        const m = measure(command, file);
        console.log(
          `| ×${scale} | ${mb(statSync(file).size)} | ${(floor.wall / 1000).toFixed(1)} s, ${(floor.cpu / 1000).toFixed(1)} s, ${mb(floor.rss)} | ${command} | ${(m.wall / floor.wall).toFixed(2)} (${(m.wall / 1000).toFixed(1)} s) | ${(m.cpu / floor.cpu).toFixed(2)} (${(m.cpu / 1000).toFixed(1)} s) | ${(m.rss / floor.rss).toFixed(2)} | ${mb(m.rss)} |`,
        );
      }
      rmSync(file);
      for (const command of ['balances', 'journal']) rmSync(`${file}.${command}-out.xlsx`, { force: true });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// `--write <scale> <file>` only writes a book (to profile a command on it); `--child` is one run.
const [flag, mode, file] = process.argv.slice(2);
const job =
  flag === '--child'
    ? child(mode as Mode, file as string)
    : flag === '--write'
      ? writeDistrictBook(file as string, Number(mode))
      : parent();
job.catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
