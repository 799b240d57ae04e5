// The files a command over many books reads: each once, in the order first named, as `export` does
// (docs/warehouse.md: "The same file named twice … is read once"): `a.xlsx ./a.xlsx` is one book,
// not two that double its figures in `summary`'s totals.
import { resolve } from 'node:path';
import { text, type Bilingual } from '../core/text';

export interface NamedOnce {
  /** The paths as first named, each file once. */
  readonly files: readonly string[];
  /** Each later name of a file already named, with the note that says so (stderr, both languages). */
  readonly repeats: readonly { readonly path: string; readonly first: string; readonly note: Bilingual }[];
}

export function namedOnce(paths: readonly string[]): NamedOnce {
  const seen = new Map<string, string>();
  const files: string[] = [];
  const repeats: { path: string; first: string; note: Bilingual }[] = [];
  for (const path of paths) {
    const first = seen.get(resolve(path));
    if (first === undefined) {
      seen.set(resolve(path), path);
      files.push(path);
      continue;
    }
    const also = path === first ? '' : ` (${path})`;
    repeats.push({
      path,
      first,
      note: text(`${first} disebut lagi${also}: dibaca sekali`, `${first} named again${also}: read once`),
    });
  }
  return { files, repeats };
}
