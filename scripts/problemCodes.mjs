// Writes docs/problem-codes.md from the problem catalogue (scripts/problemCodesPage.ts, bundled by
// esbuild and run here). `npm run docs:codes`; test/docs/problemCodes.test.ts fails when it is stale.
import { build } from 'esbuild';
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { root } from './gasBundle.mjs';

const result = await build({
  entryPoints: [join(root, 'scripts', 'problemCodesPage.ts')],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  write: false,
  logLevel: 'warning',
});
const module = { exports: {} };
new Function('module', 'exports', 'require', result.outputFiles[0].text)(
  module,
  module.exports,
  createRequire(import.meta.url),
);
const { problemCodesPage, PROBLEM_CODES_PAGE } = module.exports;
writeFileSync(join(root, PROBLEM_CODES_PAGE), problemCodesPage(root));
console.log(`wrote ${PROBLEM_CODES_PAGE}`);
