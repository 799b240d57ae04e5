// Benchmarks: bundles each bench/*.bench.ts with esbuild to a temporary file and runs it with node
// (with --expose-gc so that a bench can measure memory after a collection). `npm run bench [name]`.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
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
process.exit(failed ? 1 : 0);
