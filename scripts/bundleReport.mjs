// Measures dist/Code.js without writing it: its total size, how much of it is text (string and
// template literals: the bilingual messages, headers and notes) and how much code, the weight of each
// package or source folder, and the heaviest input files (esbuild's metafile, minified bytes each
// input left in the output). `npm run bundle:report [-- --top N]`.
import ts from 'typescript';
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

/** Bytes of the bundle inside string and template literals (their quotes and `${` `}` included). */
function literalBytes(source) {
  const file = ts.createSourceFile('Code.js', source, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  let bytes = 0;
  const visit = (node) => {
    if (
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      node.kind === ts.SyntaxKind.TemplateHead ||
      node.kind === ts.SyntaxKind.TemplateMiddle ||
      node.kind === ts.SyntaxKind.TemplateTail
    )
      bytes += Buffer.byteLength(source.slice(node.getStart(file), node.end));
    // A template's head and its spans' middles and tails are among its children.
    ts.forEachChild(node, visit);
  };
  visit(file);
  return bytes;
}

const text = literalBytes(code);
const packages = new Map();
for (const i of inputs) {
  const name = i.path.startsWith('node_modules/') ? i.path.split('/')[1] : 'src, this repository';
  packages.set(name, (packages.get(name) ?? 0) + i.bytes);
}

console.log(`dist/Code.js: ${kb(total)} (${total} bytes) minified, from ${inputs.length} inputs`);
console.log(
  `  inputs ${kb(inInputs)}, esbuild's wrapping and the entry-point functions ${kb(total - inInputs)}`,
);
console.log(
  `  text in string and template literals ${kb(text)} (${((100 * text) / total).toFixed(1)} %), the rest code ${kb(total - text)}`,
);
console.log('\nBy package:');
for (const [name, bytes] of [...packages].sort((a, b) => b[1] - a[1])) {
  console.log(`${kb(bytes)}  ${((100 * bytes) / total).toFixed(1).padStart(5)} %  ${name}`);
}
console.log('\nBy folder or package:');
for (const [group, bytes] of [...groups].sort((a, b) => b[1] - a[1])) {
  console.log(`${kb(bytes)}  ${((100 * bytes) / total).toFixed(1).padStart(5)} %  ${group}`);
}
console.log(`\nTop ${Math.min(top, inputs.length)} inputs:`);
for (const i of inputs.slice(0, top)) {
  console.log(`${kb(i.bytes)}  ${((100 * i.bytes) / total).toFixed(1).padStart(5)} %  ${i.path}`);
}
