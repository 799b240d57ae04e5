// Measures dist/Code.js without writing it: its total size, the weight of each package or source
// folder, and the heaviest input files (esbuild's metafile, minified bytes each input left in the
// output). `npm run bundle:report [-- --top N]`.
import { buildGasBundle } from './gasBundle.mjs';

const topArg = process.argv.indexOf('--top');
const top = topArg >= 0 ? Number(process.argv[topArg + 1]) : 25;

const { code, metafile } = await buildGasBundle({ metafile: true });
const [output] = Object.values(metafile.outputs);
const inputs = Object.entries(output.inputs)
  // Through the shared node_modules symlink a package's path starts with ../../main/: say node_modules/.
  .map(([path, { bytesInOutput }]) => ({
    path: path.replace(/^.*node_modules\//, 'node_modules/'),
    bytes: bytesInOutput,
  }))
  .filter((i) => i.bytes > 0)
  .sort((a, b) => b.bytes - a.bytes);

/** Its folder: node_modules/zod/v4/core/schemas.js → node_modules/zod/v4/core, src/core/book/x.ts → src/core/book. */
function groupOf(path) {
  return path.split('/').slice(0, -1).join('/') || '.';
}

const kb = (n) => `${(n / 1024).toFixed(1).padStart(6)} KB`;
const total = Buffer.byteLength(code);
const inInputs = inputs.reduce((sum, i) => sum + i.bytes, 0);

const groups = new Map();
for (const i of inputs) groups.set(groupOf(i.path), (groups.get(groupOf(i.path)) ?? 0) + i.bytes);

console.log(`dist/Code.js: ${kb(total)} (${total} bytes) minified, from ${inputs.length} inputs`);
console.log(
  `  inputs ${kb(inInputs)}, esbuild's wrapping and the entry-point functions ${kb(total - inInputs)}`,
);
console.log('\nBy folder or package:');
for (const [group, bytes] of [...groups].sort((a, b) => b[1] - a[1])) {
  console.log(`${kb(bytes)}  ${((100 * bytes) / total).toFixed(1).padStart(5)} %  ${group}`);
}
console.log(`\nTop ${Math.min(top, inputs.length)} inputs:`);
for (const i of inputs.slice(0, top)) {
  console.log(`${kb(i.bytes)}  ${((100 * i.bytes) / total).toFixed(1).padStart(5)} %  ${i.path}`);
}
