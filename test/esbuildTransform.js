// Jest transform: TypeScript to CommonJS with esbuild, file by file, as ts-jest did with
// `isolatedModules` (no type check here: `npm run typecheck` does that), many times faster on a cold
// cache. The repo's tsconfig.json goes along, so class fields follow its target as tsc would emit them.
const { createHash } = require('node:crypto');
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const esbuild = require('esbuild');

const tsconfig = readFileSync(join(__dirname, '..', 'tsconfig.json'), 'utf8');
const { compilerOptions } = JSON.parse(tsconfig);
const self = readFileSync(__filename, 'utf8');

module.exports = {
  process(source, filename) {
    const { code, map } = esbuild.transformSync(source, {
      loader: filename.endsWith('.tsx') ? 'tsx' : 'ts',
      format: 'cjs',
      target: compilerOptions.target.toLowerCase(),
      sourcemap: 'external',
      sourcesContent: false,
      sourcefile: filename,
      tsconfigRaw: { compilerOptions },
    });
    return { code, map };
  },
  getCacheKey(source, filename, { configString }) {
    return createHash('sha256')
      .update(esbuild.version)
      .update(self)
      .update(tsconfig)
      .update(configString)
      .update(filename)
      .update(source)
      .digest('hex');
  },
};
