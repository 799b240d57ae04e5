// Benchmarks: bundles each bench/*.bench.ts with esbuild to a temporary file and runs it with node
// (with --expose-gc so that a bench can measure memory after a collection). `npm run bench [name]`.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const benchDir = join(root, 'bench');
const only = process.argv[2];
const files = readdirSync(benchDir)
  .filter((f) => f.endsWith('.bench.ts') && (!only || f.includes(only)))
  .sort();
if (files.length === 0) {
  console.error(`no bench/*.bench.ts${only ? ` matching ${only}` : ''}`);
  process.exit(1);
}
const out = mkdtempSync(join(tmpdir(), 'buku-bench-'));
const started = performance.now();
let failed = false;
try {
  for (const file of files) {
    const outfile = join(out, file.replace(/\.ts$/, '.cjs'));
    await build({
      entryPoints: [join(benchDir, file)],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      outfile,
      logLevel: 'warning',
    });
    console.log(`# ${file}`);
    const run = spawnSync(process.execPath, ['--expose-gc', outfile], { stdio: 'inherit' });
    if (run.status !== 0) failed = true;
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}
printTotal();
process.exit(failed ? 1 : 0);

/**
 * The whole run's duration, printed so that the README never carries a figure by hand: wall time
 * (which grows with the machine's load) and, on Linux, the CPU time of the benches and the programs
 * they ran (cutime + cstime of /proc/self/stat, counted once each child has ended).
 */
function printTotal() {
  const wall = (performance.now() - started) / 1000;
  let cpu = '';
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
    // After the command name: state is field 3, so cutime (16) and cstime (17) are at 13 and 14.
    // Linux counts them in ticks of 1/100 s (USER_HZ, `getconf CLK_TCK`); this process's own is added.
    const own = process.cpuUsage();
    const seconds = (Number(fields[13]) + Number(fields[14])) / 100 + (own.user + own.system) / 1e6;
    cpu = `, ${seconds.toFixed(1)} s CPU`;
  } catch {
    // Not Linux: the wall time alone.
  }
  const load = loadavg()
    .map((n) => n.toFixed(1))
    .join(' ');
  console.log(
    `\nbench: ${wall.toFixed(1)} s wall${cpu} (load average ${load} on ${availableParallelism()} cores)`,
  );
}
