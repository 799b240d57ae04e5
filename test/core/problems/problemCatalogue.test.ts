// The catalogue of problem codes: stable dotted codes, messages in both languages, and a test for each.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import {
  MAX_QUOTED_VALUE,
  problemAt,
  problemCatalogue,
  quotedValue,
  type ProblemCode,
} from '../../../src/core/problems/problemCatalogue';
import type { Arg, ProblemKind } from '../../../src/core/problems/problemKind';

const codes = Object.keys(problemCatalogue) as ProblemCode[];

/** Every key a message asks for reads as `{key}`, so a missing argument shows. */
const placeholders = new Proxy({}, { get: (_t, key) => `{${String(key)}}` }) as Record<string, string>;

function sourcesUnder(dir: string, suffix: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? sourcesUnder(full, suffix) : name.endsWith(suffix) ? [full] : [];
  });
}

describe('problemCatalogue', () => {
  it.each(codes)('%s is a stable dotted code with a message in id and en', (code) => {
    expect(code).toMatch(/^[a-z]+(\.[a-z][a-zA-Z]*)+$/);
    const kind = problemCatalogue[code] as ProblemKind<Record<string, Arg>>;
    const { id, en } = kind.message(placeholders as Record<string, Arg> & { column: string });
    expect(id).toMatch(/\.$/);
    expect(en).toMatch(/\.$/);
    expect(id).not.toEqual(en);
    expect(`${id} ${en}`).not.toMatch(/undefined|NaN|\[object/);
  });

  it('has a test that asserts each code outside this file', () => {
    const sources = sourcesUnder(join(__dirname, '..', '..'), '.test.ts')
      .filter((f) => !f.endsWith('problemCatalogue.test.ts'))
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    expect(codes.filter((code) => !sources.includes(`'${code}'`))).toEqual([]);
  });

  it('has no entry that the code never reports', () => {
    // A code the catalogue lacks does not compile (problemAt and valueCheckCode are typed by it);
    // this is the other half: every entry is named somewhere outside the catalogue's own files.
    const src = join(__dirname, '..', '..', '..', 'src');
    const uses = sourcesUnder(src, '.ts')
      .filter((f) => !f.includes(`${join('core', 'problems')}`))
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    expect(codes.filter((code) => !uses.includes(`'${code}'`))).toEqual([]);
  });

  it('places a problem and lets a code be lighter where the tab says so', () => {
    const place = { tab: 'Pinjaman', row: 0, column: '', col: 0 };
    expect(problemAt('tab.missing', place, { tab: 'Pinjaman' }, { severity: 'warning' })).toEqual({
      ...place,
      code: 'tab.missing',
      severity: 'warning',
      message: {
        id: 'Tab "Pinjaman" tidak ada. Buat tab itu (menu Siapkan Buku) atau ganti nama tab yang ada menjadi "Pinjaman".',
        en: 'The tab "Pinjaman" is missing. Create it (menu Set up book) or rename an existing tab to "Pinjaman".',
      },
    });
  });
});

describe('quotedValue', () => {
  it('quotes a value of up to MAX_QUOTED_VALUE characters whole, and cuts a longer one', () => {
    const exact = 'a'.repeat(MAX_QUOTED_VALUE);
    expect(quotedValue(exact)).toBe(exact);
    expect(quotedValue(`${exact}b`)).toBe(`${'a'.repeat(MAX_QUOTED_VALUE - 1)}…`);
    expect(quotedValue(12345)).toBe(12345);
    // Cut between characters, never inside one (an emoji is two UTF-16 units).
    expect(quotedValue('🌾'.repeat(100))).toBe(`${'🌾'.repeat(MAX_QUOTED_VALUE - 1)}…`);
  });
});
