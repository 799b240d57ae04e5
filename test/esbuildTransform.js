// Jest's transform of the TypeScript tests and sources: esbuild strips the types of one file at a
// time, as ts-jest's transpile-only mode did (tsconfig's isolatedModules; `npm run typecheck` checks
// the types of test/ and src/), in about a hundredth of its CPU on an empty jest cache.
const { transformSync, version } = require('esbuild');
const { createHash } = require('node:crypto');
const { readFileSync } = require('node:fs');
const { join } = require('node:path');

const tsconfig = JSON.parse(readFileSync(join(__dirname, '..', 'tsconfig.json'), 'utf8'));
const self = readFileSync(__filename);

module.exports = {
  process(source, filename) {
    const { code, map } = transformSync(source, {
      loader: 'ts',
      format: 'cjs',
      // Node runs the tests: no syntax to lower; class fields keep tsconfig's semantics (ES2020:
      // assigned in the constructor, as tsc emits them).
      target: 'node20',
      // `import()` becomes a require, as tsc emits it for CommonJS: jest's module sandbox runs no ES
      // module loader without --experimental-vm-modules.
      supported: { 'dynamic-import': false },
      tsconfigRaw: { compilerOptions: tsconfig.compilerOptions },
      sourcefile: filename,
      sourcemap: 'external',
      sourcesContent: false,
    });
    return { code, map };
  },
  getCacheKey(source, filename) {
    return createHash('sha1')
      .update(version)
      .update(self)
      .update(JSON.stringify(tsconfig.compilerOptions))
      .update(filename)
      .update(source)
      .digest('hex');
  },
};
