// The shape of the code: the largest source files and every import circle (type-only imports
// included), read with TypeScript's own import scanner. `npm run shape [-- --top N]`.
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { root } from './gasBundle.mjs';

const topArg = process.argv.indexOf('--top');
const top = topArg >= 0 ? Number(process.argv[topArg + 1]) : 15;
const folders = ['src', 'sidebar'];

function sourceFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.ts$/.test(name) && !/\.d\.ts$/.test(name) ? [path] : [];
  });
}

const files = folders.flatMap((f) => sourceFiles(join(root, f)));
const rel = (path) => relative(root, path);

/** The source file an import specifier names, or undefined for a package. */
function resolveImport(from, specifier) {
  if (!specifier.startsWith('.')) return undefined;
  const base = resolve(dirname(from), specifier);
  return [`${base}.ts`, join(base, 'index.ts'), base].find((p) => existsSync(p) && statSync(p).isFile());
}

const imports = new Map();
for (const file of files) {
  const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  const targets = importedFiles.map((i) => resolveImport(file, i.fileName)).filter(Boolean);
  imports.set(file, [...new Set(targets)]);
}

// Largest files by lines.
const sizes = files
  .map((file) => ({ file: rel(file), lines: readFileSync(file, 'utf8').split('\n').length - 1 }))
  .sort((a, b) => b.lines - a.lines || a.file.localeCompare(b.file));
console.log(`Largest of ${files.length} files in ${folders.join(', ')} (lines):`);
for (const { file, lines } of sizes.slice(0, top)) console.log(`${String(lines).padStart(6)}  ${file}`);

// Import circles: the strongly connected components of the import graph (Tarjan), each of more
// than one file, plus a file importing itself.
let index = 0;
const stack = [];
const state = new Map();
const circles = [];
function visit(file) {
  const s = { index, low: index, onStack: true };
  index += 1;
  state.set(file, s);
  stack.push(file);
  for (const next of imports.get(file) ?? []) {
    if (!state.has(next)) {
      visit(next);
      s.low = Math.min(s.low, state.get(next).low);
    } else if (state.get(next).onStack) s.low = Math.min(s.low, state.get(next).index);
  }
  if (s.low !== s.index) return;
  const component = [];
  let member;
  do {
    member = stack.pop();
    state.get(member).onStack = false;
    component.push(member);
  } while (member !== file);
  if (component.length > 1 || (imports.get(file) ?? []).includes(file)) circles.push(component);
}
for (const file of files) if (!state.has(file)) visit(file);

console.log(`\nImport circles (type-only imports count): ${circles.length}`);
for (const circle of circles) console.log(`  ${circle.map(rel).sort().join(' ↔ ')}`);
