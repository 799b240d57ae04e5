// `export` and the office's query at an office's scale: 2,000 small books (4-9 members, a year of
// savings, 0-3 loans; test/local/export/smallBooks.ts) written as .xlsx, then the built command
// line exporting 200 and 2,000 of them into fresh folders (wall and CPU time, peak memory of the
// process), exporting the 2,000 again with one book changed, then as of another date (no book read
// again: the tables that move with the date recomputed from the typed books the folder keeps), and
// the office summary's query over the 2,000 in embedded DuckDB. BENCH_EXPORT_BOOKS sets the larger size (default 2000).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { queryRows } from '../src/local/export/duckdb';
import { openDuckDb } from '../test/local/export/testDuckDb';
import { OFFICE_SUMMARY_SQL, readPackageFile } from '../src/local/export/officeSummarySql';
import { smallBookWorkbook } from '../test/local/export/smallBooks';

const LARGE = Number(process.env.BENCH_EXPORT_BOOKS ?? 2000);
const SMALL = Math.min(200, LARGE);
const today = '2026-11-28';
const root = process.cwd();
const cli = join(root, 'dist', 'cli.js');

interface Measured {
  wallS: number;
  cpuS: number;
  peakMiB: number;
  out: { read: number; unchanged: number; rebalanced: number; rows: Record<string, number> };
}

/** Runs the command line with a preload that reports the process's CPU time and peak RSS at exit. */
function exportRun(
  files: readonly string[],
  out: string,
  preload: string,
  extra: readonly string[] = [],
): Measured {
  const start = performance.now();
  const run = spawnSync(
    process.execPath,
    ['-r', preload, cli, 'export', ...files, '--out', out, '--today', today, '--json', ...extra],
    { encoding: 'utf8', maxBuffer: 1 << 28 },
  );
  const wallS = (performance.now() - start) / 1000;
  if (run.status !== 0) throw new Error(`export exited ${run.status}: ${run.stderr}`);
  const usage = JSON.parse(run.stderr.trim().split('\n').pop() ?? '{}') as { cpuS: number; peakMiB: number };
  return { wallS, ...usage, out: JSON.parse(run.stdout) as Measured['out'] };
}

const line = (label: string, m: Measured) =>
  `${label}: ${m.wallS.toFixed(1)} s wall, ${m.cpuS.toFixed(1)} s CPU, peak ${m.peakMiB.toFixed(0)} MiB; read ${m.out.read}, unchanged ${m.out.unchanged}, rebalanced ${m.out.rebalanced}`;

async function main(): Promise<void> {
  if (!existsSync(cli))
    spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs'), '--quiet'], { stdio: 'inherit' });
  const dir = mkdtempSync(join(tmpdir(), 'bk-bench-export-'));
  try {
    const preload = join(dir, 'usage.cjs');
    writeFileSync(
      preload,
      "process.on('exit', () => { const u = process.resourceUsage(); process.stderr.write('\\n' + JSON.stringify({ cpuS: (u.userCPUTime + u.systemCPUTime) / 1e6, peakMiB: u.maxRSS / 1024 }) + '\\n'); });\n",
    );
    const files: string[] = [];
    const writeStart = performance.now();
    for (let i = 0; i < LARGE; i++) {
      const file = join(dir, `buku-${String(i).padStart(4, '0')}.xlsx`);
      await smallBookWorkbook(i, today).save(file);
      files.push(file);
    }
    console.log(`wrote ${LARGE} small books in ${((performance.now() - writeStart) / 1000).toFixed(1)} s`);

    const small = exportRun(files.slice(0, SMALL), join(dir, 'gudang-small'), preload);
    console.log(line(`export ${SMALL} books`, small));
    const large = exportRun(files, join(dir, 'gudang'), preload);
    console.log(line(`export ${LARGE} books`, large));
    console.log(
      `growth ${SMALL} → ${LARGE} books (×${(LARGE / SMALL).toFixed(0)}): wall ×${(large.wallS / small.wallS).toFixed(1)}, CPU ×${(large.cpuS / small.cpuS).toFixed(1)}, peak memory ×${(large.peakMiB / small.peakMiB).toFixed(2)}; rows ${JSON.stringify(large.out.rows)}`,
    );

    await smallBookWorkbook(7, today, 1).save(files[7]!);
    const again = exportRun(files, join(dir, 'gudang'), preload);
    console.log(line(`export ${LARGE} books again, one changed by one row`, again));
    const moved = exportRun(files, join(dir, 'gudang'), preload, ['--as-of', '2026-10-31']);
    console.log(line(`export ${LARGE} books again as of another date (--as-of 2026-10-31)`, moved));

    const db = await openDuckDb(join(dir, 'gudang'));
    const sql = readPackageFile(OFFICE_SUMMARY_SQL);
    const times: number[] = [];
    let rows = 0;
    for (let k = 0; k < 5; k++) {
      const t = performance.now();
      rows = (await queryRows(db, sql)).rows.length;
      times.push(performance.now() - t);
    }
    db.closeSync();
    times.sort((a, b) => a - b);
    console.log(
      `office summary query over ${LARGE} books in embedded DuckDB: ${rows} rows, median ${times[2]!.toFixed(0)} ms of 5 runs (first ${times[0]!.toFixed(0)}, slowest ${times[4]!.toFixed(0)} ms)`,
    );
    const queryStart = performance.now();
    const query = spawnSync(process.execPath, [cli, 'query', join(dir, 'gudang'), '--json'], {
      encoding: 'utf8',
      maxBuffer: 1 << 28,
    });
    console.log(
      `command line: buku-kelompok query <folder of ${LARGE} books> --json: ${((performance.now() - queryStart) / 1000).toFixed(2)} s wall, exit ${query.status}`,
    );
    console.log(
      `machine: ${cpus().length} cores, load average ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
