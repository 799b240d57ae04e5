// The rule of dependencies: src/core reaches nothing outside itself (docs/architecture.md).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const coreDir = join(__dirname, '..', '..', 'src', 'core');

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? tsFiles(full) : name.endsWith('.ts') ? [full] : [];
  });
}

function importsOf(source: string): string[] {
  const found: string[] = [];
  const re =
    /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)/g;
  for (let m = re.exec(source); m; m = re.exec(source)) found.push(m[1] ?? m[2] ?? m[3] ?? '');
  return found;
}

describe('src/core', () => {
  const files = tsFiles(coreDir);

  it('has files to check', () => {
    expect(files.length).toBeGreaterThan(5);
  });

  it.each(files.map((f) => [relative(coreDir, f), f]))(
    '%s imports only core modules and zod/mini',
    (_name, file) => {
      for (const spec of importsOf(readFileSync(file, 'utf8'))) {
        // zod/mini, not classic zod: the classic API and its locales would add ~130 KB to dist/Code.js.
        const allowed =
          spec === 'zod/mini' || (spec.startsWith('.') && !/(^|\/)(gas|local|sidebar)(\/|$)/.test(spec));
        expect({ spec, allowed }).toEqual({ spec, allowed: true });
        if (spec.startsWith('.')) {
          const target = join(file, '..', spec);
          expect(relative(coreDir, target).startsWith('..')).toBe(false);
        }
      }
    },
  );

  it('never names the outside world', () => {
    for (const file of files) {
      const source = readFileSync(file, 'utf8').replace(/\/\/.*$/gm, '');
      expect({
        file,
        hits: source.match(/\b(SpreadsheetApp|HtmlService|LockService|exceljs|new Date\(|Date\.now)\b/g),
      }).toEqual({
        file,
        hits: null,
      });
    }
  });

  it('the import scanner sees a forbidden import', () => {
    expect(importsOf("import { x } from '../gas/index';")).toEqual(['../gas/index']);
    expect(importsOf("const a = require('exceljs');")).toEqual(['exceljs']);
  });
});
