// Build: bundles the Apps Script add-on into dist/Code.js (an IIFE plus one top-level wrapper per
// entry point, the only functions Apps Script can see), copies appsscript.json, and bundles the
// command line into dist/cli.js.
import { build } from 'esbuild';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import vm from 'node:vm';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const GLOBAL = 'BukuKelompok';
mkdirSync(dist, { recursive: true });

async function buildSidebar() {
  const entry = join(root, 'sidebar', 'main.ts');
  if (!existsSync(entry)) return;
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    target: 'es2019',
    minify: true,
    write: false,
    loader: { '.css': 'text' },
    logLevel: 'warning',
  });
  const js = result.outputFiles[0].text;
  const template = readFileSync(join(root, 'sidebar', 'index.html'), 'utf8');
  // HtmlService serves one file: the style sheet goes inline at `<!-- STYLE -->` (`</style` escaped).
  const cssPath = join(root, 'sidebar', 'styles.css');
  const css = existsSync(cssPath) ? readFileSync(cssPath, 'utf8').replace(/<\/style/gi, '<\\/style') : '';
  // Inline the script; `</script` inside the bundle would end the tag early.
  const html = template
    .replace('<!-- STYLE -->', () => `<style>${css}</style>`)
    .replace('<!-- SCRIPT -->', () => `<script>${js.replace(/<\/script/gi, '<\\/script')}</script>`);
  writeFileSync(join(dist, 'sidebar.html'), html);
}

// Apps Script parses the whole bundle on every call, so parts of zod the add-on never runs are left
// out of dist/Code.js: the error messages of 40-odd languages (the checks write their own), its
// ahead-of-time compiler and JSON-Schema import. A stub that zod does call would fail the bundle tests.
const zodStubs = [
  [/zod[\\/]v4[\\/]locales[\\/]index\.js$/, 'export {};'],
  [
    /zod[\\/]v4[\\/]core[\\/]compile\.js$/,
    'export const INVALID = Symbol.for("zod.compile.invalid");' +
      'const no = () => { throw new Error("zod compile is not in this build"); };' +
      'export const compile = no, withParser = no, compileFn = no;' +
      'export class ZodCompileAsyncError extends Error {} export class ZodCompileUnsupportedError extends Error {}',
  ],
  [
    /zod[\\/]v4[\\/]classic[\\/]from-json-schema\.js$/,
    'export function fromJSONSchema() { throw new Error("fromJSONSchema is not in this build"); }',
  ],
];
const leanZod = {
  name: 'lean-zod',
  setup(b) {
    for (const [filter, contents] of zodStubs) b.onLoad({ filter }, () => ({ contents, loader: 'js' }));
  },
};

async function buildGas() {
  const result = await build({
    entryPoints: [join(root, 'src', 'gas', 'index.ts')],
    bundle: true,
    format: 'iife',
    globalName: GLOBAL,
    target: 'es2020',
    minify: true,
    write: false,
    logLevel: 'warning',
    plugins: [leanZod],
  });
  const bundle = result.outputFiles[0].text;
  // The IIFE's exports are the entry points: evaluate it (it touches no service at load) and list them.
  const sandbox = {};
  vm.runInNewContext(`${bundle}\nthis.__exports = Object.keys(${GLOBAL});`, sandbox);
  const entryPoints = sandbox.__exports.filter((name) => name !== 'default').sort();
  const wrappers = entryPoints
    .map((name) => `function ${name}(...a) { return ${GLOBAL}.${name}(...a); }`)
    .join('\n');
  const code = `${bundle}\n${wrappers}\n`;
  writeFileSync(join(dist, 'Code.js'), code);
  copyFileSync(join(root, 'appsscript.json'), join(dist, 'appsscript.json'));
  return { entryPoints, bytes: Buffer.byteLength(code) };
}

async function buildCli() {
  const entry = join(root, 'src', 'local', 'cli.ts');
  if (!existsSync(entry)) return;
  await build({
    entryPoints: [
      entry,
      ...['previewServer.ts'].map((f) => join(root, 'src', 'local', f)).filter(existsSync),
    ],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outdir: dist,
    external: ['exceljs', 'playwright-core'],
    sourcemap: true,
    logLevel: 'warning',
  });
}

await buildSidebar();
const gas = await buildGas();
await buildCli();
if (!process.argv.includes('--quiet')) {
  console.log(
    `dist/Code.js: ${(gas.bytes / 1024).toFixed(1)} KB, entry points: ${gas.entryPoints.join(', ')}`,
  );
}
