// Build: writes the Apps Script add-on to dist/Code.js (built by gasBundle.mjs; `npm run bundle:report`
// says what weighs in it), copies appsscript.json, and bundles the sidebar and the command line.
import { build } from 'esbuild';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildGasBundle, root } from './gasBundle.mjs';

const dist = join(root, 'dist');
const budget = JSON.parse(readFileSync(join(root, 'scripts', 'bundleBudget.json'), 'utf8'));
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

async function buildGas() {
  const { code, entryPoints } = await buildGasBundle();
  writeFileSync(join(dist, 'Code.js'), code);
  copyFileSync(join(root, 'appsscript.json'), join(dist, 'appsscript.json'));
  return { entryPoints, bytes: Buffer.byteLength(code) };
}

async function buildCli() {
  const entry = join(root, 'src', 'local', 'cli.ts');
  if (!existsSync(entry)) return;
  await build({
    entryPoints: [
      // dist/cli.js is the small launcher; the commands themselves run in its worker, dist/cliMain.js.
      { in: join(root, 'src', 'local', 'cliLauncher.ts'), out: 'cli' },
      { in: entry, out: 'cliMain' },
      ...['previewServer.ts'].map((f) => join(root, 'src', 'local', f)).filter(existsSync),
    ],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outdir: dist,
    external: ['exceljs', 'playwright-core', '@duckdb/node-api'],
    sourcemap: true,
    logLevel: 'warning',
  });
}

await buildSidebar();
const gas = await buildGas();
await buildCli();
if (!process.argv.includes('--quiet')) {
  console.log(
    `dist/Code.js: ${(gas.bytes / 1024).toFixed(1)} KB of a ${budget.maxKB} KB budget (scripts/bundleBudget.json), entry points: ${gas.entryPoints.join(', ')}`,
  );
}
