// Every reference a newcomer follows stays inside the repository: each `docs/…` page the README, the
// code and the tests cite exists, each `docs/book.md §N` names a section the page has, and each
// relative link of the README and of docs/ leads to a file.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

const root = join(__dirname, '..', '..');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : files(path);
    return /\.(ts|mjs|js|md|html|css)$/.test(name) ? [path] : [];
  });
}

const sources = [
  join(root, 'README.md'),
  ...['src', 'sidebar', 'test', 'scripts', 'bench', 'docs'].flatMap((d) => files(join(root, d))),
];
const text = new Map(sources.map((f) => [relative(root, f), readFileSync(f, 'utf8')]));

/** `docs/book.md`, with the section numbers cited beside it (`§5`, `§5 and §7`, `§1-3`). */
function citations(source: string): { page: string; sections: number[] }[] {
  const found: { page: string; sections: number[] }[] = [];
  for (const m of source.matchAll(/\bdocs\/([\w.-]+\.md)((?:\s*§\d+(?:-\d+)?(?:\s*(?:and|,)\s*§\d+)*)?)/g)) {
    const sections = [...(m[2] ?? '').matchAll(/§(\d+)(?:-(\d+))?/g)].flatMap(([, a, b]) =>
      b === undefined ? [Number(a)] : [Number(a), Number(b)],
    );
    found.push({ page: `docs/${m[1]}`, sections });
  }
  return found;
}

describe('references into docs/', () => {
  const cited = [...text].flatMap(([file, source]) => citations(source).map((c) => ({ file, ...c })));

  it('are there to check (the code cites the book)', () => {
    expect(cited.filter((c) => c.page === 'docs/book.md').length).toBeGreaterThan(30);
  });

  it('name pages that exist', () => {
    const missing = cited.filter((c) => !existsSync(join(root, c.page)));
    expect(missing).toEqual([]);
  });

  it('name sections docs/book.md has', () => {
    const book = readFileSync(join(root, 'docs', 'book.md'), 'utf8');
    const sections = new Set([...book.matchAll(/^## (\d+)\. /gm)].map((m) => Number(m[1])));
    expect([...sections].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    const unknown = cited.filter(
      (c) => c.page === 'docs/book.md' && c.sections.some((s) => !sections.has(s)),
    );
    expect(unknown).toEqual([]);
  });

  it('never send a reader to BOOK.md or ARCHITECTURE.md, which are outside the repository', () => {
    const outside = [...text]
      .filter(
        ([file, source]) =>
          file !== 'test/docs/references.test.ts' && /\b(BOOK|ARCHITECTURE)\.md\b/.test(source),
      )
      .map(([f]) => f);
    expect(outside).toEqual([]);
  });
});

describe('relative links of the README and docs/', () => {
  const pages = [...text].filter(([file]) => file === 'README.md' || file.startsWith('docs/'));

  it.each(pages.map(([file]) => [file]))('%s links only to files that exist', (file) => {
    const source = text.get(file)!;
    const links = [...source.matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)]
      .map((m) => m[1]!)
      .filter((target) => !/^[a-z]+:/.test(target));
    const broken = links.filter((target) => !existsSync(join(root, dirname(file), target)));
    expect(broken).toEqual([]);
  });
});
