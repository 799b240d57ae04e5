// The Apps Script bundle, built in memory: shared by scripts/build.mjs (which writes dist/Code.js) and
// scripts/bundleReport.mjs (which measures what weighs in it), so both see exactly the same bytes.
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import vm from 'node:vm';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const GLOBAL = 'BukuKelompok';

/**
 * dist/Code.js as text (an IIFE plus one top-level wrapper per entry point, the only functions Apps
 * Script can see), its entry points, and esbuild's metafile when `metafile` is true.
 */
export async function buildGasBundle({ metafile = false } = {}) {
  const result = await build({
    entryPoints: [join(root, 'src', 'gas', 'index.ts')],
    bundle: true,
    format: 'iife',
    globalName: GLOBAL,
    target: 'es2020',
    minify: true,
    // Apps Script stores and parses files as UTF-8: `÷`, `…`, `≥` stay one character, not `\u2026`.
    charset: 'utf8',
    // Built-ins bound once inside the IIFE (src/gas/builtins.ts says why).
    inject: [join(root, 'src', 'gas', 'builtins.ts')],
    write: false,
    metafile,
    logLevel: 'warning',
  });
  const bundle = result.outputFiles[0].text;
  // The IIFE's exports are the entry points: evaluate it (it touches no service at load) and list them.
  const sandbox = {};
  vm.runInNewContext(`${bundle}\nthis.__exports = Object.keys(${GLOBAL});`, sandbox);
  const entryPoints = sandbox.__exports.filter((name) => name !== 'default').sort();
  const wrappers = entryPoints
    .map((name) => `function ${name}(...a){return ${GLOBAL}.${name}(...a)}`)
    .join('\n');
  const code = `${bundle}\n${wrappers}\n`;
  return { code, entryPoints, metafile: result.metafile };
}
