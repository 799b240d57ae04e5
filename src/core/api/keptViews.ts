// The first view and the next pages of its lists, kept between clicks with a fingerprint of all they
// were computed from (the add-on's version, today, the tab names, every cell of the tabs read, and
// the merged blocks of the tabs the check asked them of): a click that finds the book as it was
// answers from them without checking the book again; any edit, merge, new day or new release misses.
import type { Grid } from '../cell';
import type { LoanAtRisk, MessagePage, Overview, Page, ProblemPage } from './types';

/** What one check of the book leaves for the clicks after it: pages by their offset. */
export interface KeptViews {
  readonly overview: Overview;
  readonly problems: Readonly<Record<number, ProblemPage>>;
  readonly loans: Readonly<Record<number, Page<LoanAtRisk>>>;
  /** This week's ready messages, once a click asked for them (they cost the week's journal). */
  readonly messages?: Readonly<Record<number, MessagePage>>;
}

/** Answers kept between calls (Apps Script's user properties): one read and one write a click. */
export interface KeptAnswers {
  /** The add-on's build: a new release never answers from what an older one kept. */
  readonly version: string;
  read(): Readonly<Record<string, string>>;
  write(values: Readonly<Record<string, string>>): void;
}

/** The key of the views kept, and the start of each of their parts' keys. */
export const KEPT_KEY = 'bukuKelompok.overview';
/** Apps Script keeps at most 9 KB a property: the views (about 120 KB at ×1) go in parts below that. */
export const PART_BYTES = 8000;

/**
 * A 64-bit hash (cyrb53's mixing, two lanes) of the values in order, each after a mark of its kind
 * and text after its length, so that `1` and `'1'`, an empty cell and `''`, or a cell moved to the
 * next row all differ.
 */
export function fingerprint(words: readonly string[], grids: readonly Grid[]): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  const add = (n: number) => {
    h1 = Math.imul(h1 ^ n, 2654435761);
    h2 = Math.imul(h2 ^ n, 1597334677);
  };
  // Two UTF-16 code units a step: hashing a district book's cells is a fraction of reading them.
  const text = (mark: number, s: string) => {
    add(mark);
    add(s.length);
    for (let i = 0; i < s.length; i += 2) {
      const n = s.charCodeAt(i) | (i + 1 < s.length ? s.charCodeAt(i + 1) << 16 : 0);
      h1 = Math.imul(h1 ^ n, 2654435761);
      h2 = Math.imul(h2 ^ n, 1597334677);
    }
  };
  for (const w of words) text(1, w);
  // Index loops: a for…of over a district book's million cells made as many iterator results, a
  // sixth of what a click allocated, when this loop ran before V8 had optimised it.
  for (let g = 0; g < grids.length; g += 1) {
    const grid = grids[g]!;
    for (let r = 0; r < grid.length; r += 1) {
      const row = grid[r]!;
      for (let c = 0; c < row.length; c += 1) {
        const cell = row[c];
        if (cell === null || cell === undefined) add(2);
        else if (typeof cell === 'string') text(3, cell);
        else if (typeof cell === 'number') {
          if ((cell | 0) === cell && !Object.is(cell, -0)) {
            add(4);
            add(cell);
          } else text(5, String(cell));
        } else if (typeof cell === 'boolean') add(cell ? 6 : 7);
        else text(8, cell.date);
      }
      add(9);
    }
    add(10);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return `${(h2 >>> 0).toString(36)}.${(h1 >>> 0).toString(36)}`;
}

/**
 * The views as JSON in plain ASCII (every other character written `\uXXXX`, so that a part is as
 * many bytes as characters and no cut falls inside a character), in parts of `PART_BYTES`.
 */
export function parts(views: KeptViews): string[] {
  const text = JSON.stringify(views).replace(
    /[\u0080-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  const out: string[] = [];
  for (let i = 0; i < text.length; i += PART_BYTES) out.push(text.slice(i, i + PART_BYTES));
  return out;
}

/**
 * The views kept, when the tabs they were computed from are all still there and `print` of them
 * (their cells and the merged blocks of `merged`, with the tab names, today and the release) is the
 * fingerprint they were kept under.
 */
export function keptViews(
  stored: Readonly<Record<string, string>>,
  names: readonly string[],
  print: (tabs: readonly string[], merged: readonly string[]) => string,
): KeptViews | undefined {
  const [kept, count, tabs, merged] = (stored[KEPT_KEY] ?? '').split('\n');
  try {
    const read = JSON.parse(tabs ?? '') as string[];
    if (!read.every((t) => names.includes(t)) || print(read, JSON.parse(merged ?? '')) !== kept)
      return undefined;
    let text = '';
    // A part missing (another store's write cut short) leaves text that is not JSON.
    for (let i = 0; i < Number(count); i += 1) text += stored[`${KEPT_KEY}.${i}`] ?? '!';
    return JSON.parse(text) as KeptViews;
  } catch {
    return undefined;
  }
}

/** The most pages of ready messages kept at once (about 12 KB each at district scale). */
export const KEPT_MESSAGE_PAGES = 8;

/**
 * The most the views may weigh in the user's store. Apps Script's store holds 500 KB in all, and a
 * write over it is refused: the add-on's own preferences (the language) must still fit beside them.
 * A district book's views weigh about 170 KB; views over this are not kept (the next click checks).
 */
export const KEPT_BYTES_MAX = 300_000;

/**
 * What to write to keep `views` under `print`, the fingerprint of `tabs` and of the merged blocks
 * of `merged` (the tabs the check asked them of): its parts, and an empty value for each part of the
 * views kept before (`stored`) past the new ones, so that the store never holds parts nothing reads.
 * Views over `KEPT_BYTES_MAX` are not kept: only those old parts are emptied.
 */
export function keepViews(
  views: KeptViews,
  print: string,
  tabs: readonly string[],
  stored: Readonly<Record<string, string>> = {},
  merged: readonly string[] = [],
): Record<string, string> {
  let split = parts(views);
  if (split.length * PART_BYTES > KEPT_BYTES_MAX) split = [];
  const values: Record<string, string> = {
    [KEPT_KEY]:
      split.length > 0 ? `${print}\n${split.length}\n${JSON.stringify(tabs)}\n${JSON.stringify(merged)}` : '',
  };
  split.forEach((part, i) => (values[`${KEPT_KEY}.${i}`] = part));
  for (let i = split.length; stored[`${KEPT_KEY}.${i}`]; i += 1) values[`${KEPT_KEY}.${i}`] = '';
  return values;
}
