// The Apps Script bundle, built in memory: shared by scripts/build.mjs (which writes dist/Code.js) and
// scripts/bundleReport.mjs (which measures what weighs in it), so both see exactly the same bytes.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import vm from 'node:vm';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
/** The one global the add-on's code lives under; short, as every entry point names it once. */
const GLOBAL = 'BK';

/** A hash of every source file and the locked dependencies: the same sources give the same build. */
function sourcesId() {
  const hash = createHash('sha256');
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name < b.name ? -1 : 1,
    )) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else hash.update(`${path.slice(root.length)}\n`).update(readFileSync(path));
    }
  };
  walk(join(root, 'src'));
  hash.update(readFileSync(join(root, 'package-lock.json')));
  return hash.digest('hex').slice(0, 16);
}

/**
 * Property names only the add-on's own code uses (scripts/internalProps.json says which may be
 * there): esbuild shortens them in dist/Code.js, as it shortens local names.
 */
const INTERNAL_PROPS = JSON.parse(readFileSync(join(root, 'scripts', 'internalProps.json'), 'utf8')).names;

/**
 * dist/Code.js as text, its entry points, and esbuild's metafile when `metafile` is true.
 *
 * esbuild writes the add-on as a module; its closing `export{Lc as applyFix,…}` becomes the list the
 * module's function returns, `var BK=(()=>{…;return[Lc,…]})()`, and each entry point a top-level
 * wrapper, `function applyFix(...a){return BK[0](...a)}`: those wrappers are the only functions
 * Apps Script can see (the menu and google.script.run call them by name). An IIFE of esbuild's own
 * would name each entry point twice more, in a getter object and in the wrapper.
 */
export async function buildGasBundle({ metafile = false } = {}) {
  const result = await build({
    entryPoints: [join(root, 'src', 'gas', 'index.ts')],
    bundle: true,
    format: 'esm',
    target: 'es2020',
    minify: true,
    // Apps Script stores and parses files as UTF-8: `÷`, `…`, `≥` stay one character, not `\u2026`.
    charset: 'utf8',
    mangleProps: new RegExp(`^(?:${INTERNAL_PROPS.join('|')})$`),
    // Built-ins bound once inside the IIFE (src/gas/builtins.ts says why).
    inject: [join(root, 'src', 'gas', 'builtins.ts')],
    // A view kept by one build is never shown by another (src/core/api/keptViews.ts).
    define: { BUKU_BUILD: JSON.stringify(sourcesId()) },
    write: false,
    metafile,
    logLevel: 'warning',
  });
  const module = result.outputFiles[0].text;
  // Every use in code was shortened: a name still in the bundle is text (a key in quotes, a message).
  const asText = INTERNAL_PROPS.filter((name) => new RegExp(`\\b${name}\\b`).test(module));
  if (asText.length > 0)
    throw new Error(
      `gasBundle: ${asText.join(', ')} in INTERNAL_PROPS (scripts/gasBundle.mjs) also appear as text in dist/Code.js, where shortening them would break a lookup: take them off the list`,
    );
  const exportStatement = /export\{([^}]*)\};\n$/.exec(module);
  if (!exportStatement) throw new Error('gasBundle: esbuild wrote no closing export statement');
  const exports = exportStatement[1]
    .split(',')
    .map((binding) => {
      const [local, name = local] = binding.split(' as ');
      return { local, name };
    })
    .filter(({ name }) => name !== 'default')
    .sort((a, b) => (a.name < b.name ? -1 : 1));
  const body = module.slice(0, exportStatement.index);
  // A module is strict by itself; the function that holds it says so.
  const bundle = `"use strict";var ${GLOBAL}=(()=>{${body}return[${exports.map((e) => e.local).join(',')}]})();`;
  const entryPoints = exports.map((e) => e.name);
  const wrappers = entryPoints
    .map((name, i) => `function ${name}(...a){return ${GLOBAL}[${i}](...a)}`)
    .join('\n');
  const code = `${bundle}\n${wrappers}\n`;
  // Evaluated (it touches no service at load), each entry point must be a function.
  const sandbox = {};
  vm.runInNewContext(
    `${code}\nthis.__kinds = [${entryPoints.map((n) => `typeof ${n}`).join(',')}, typeof ${GLOBAL}[${entryPoints.length - 1}]];`,
    sandbox,
  );
  if (sandbox.__kinds.some((kind) => kind !== 'function'))
    throw new Error('gasBundle: an entry point of dist/Code.js is not a function');
  return { code, entryPoints, metafile: result.metafile };
}
