// docs/problem-codes.md, written from the problem catalogue: every code grouped by the file of its
// domain, with its severity and both messages, arguments shown as `{placeholders}`.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { problemCatalogue, type ProblemCode } from '../src/core/problems/problemCatalogue';
import type { Severity } from '../src/core/problems/problem';
import type { Arg, ProblemKind } from '../src/core/problems/problemKind';

export const PROBLEM_CODES_PAGE = join('docs', 'problem-codes.md');
export const PROBLEM_CODES_COMMAND = 'npm run docs:codes';

const severityWords: Record<Severity, string> = {
  error: 'Kesalahan (error)',
  warning: 'Peringatan (warning)',
  info: 'Catatan (note)',
};

interface Domain {
  /** `cashProblems.ts` */
  readonly file: string;
  /** The file's opening comment, without its citation of the book. */
  readonly about: string;
  /** The sections of docs/book.md the opening comment cites. */
  readonly sections: readonly number[];
  readonly codes: readonly ProblemCode[];
  /** The source of each code's declaration, to find the values its message tells apart. */
  readonly declarations: ReadonlyMap<string, string>;
}

/** One file's codes, read from its source (the catalogue holds the messages; the file, the grouping). */
function readDomain(dir: string, file: string): Domain {
  const source = readFileSync(join(dir, file), 'utf8');
  const comment = (source.match(/^(?:\/\/.*\n)+/) ?? [''])[0]
    .split('\n')
    .map((line) => line.replace(/^\/\/\s?/, ''))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
  const sections = [...comment.matchAll(/docs\/book\.md\s*§(\d+)/g)].map((m) => Number(m[1]));
  const about = comment.replace(/\s*\(docs\/book\.md[^)]*\)/g, '');
  const starts = [...source.matchAll(/^ {2}'([\w.]+)':/gm)];
  const declarations = new Map<string, string>();
  starts.forEach((m, i) => declarations.set(m[1]!, source.slice(m.index, starts[i + 1]?.index)));
  return { file, about, sections, codes: [...declarations.keys()] as ProblemCode[], declarations };
}

/** Arguments that answer every name with its placeholder, e.g. `a.value` → `{value}`. */
function placeholders(fixed: Record<string, Arg> = {}): Record<string, Arg> {
  return new Proxy(fixed, {
    get: (target, key) => (typeof key !== 'string' ? undefined : key in target ? target[key] : `{${key}}`),
  });
}

/**
 * The cases a message tells apart (`a.hint === 'zeroCents'`, `Number(a.count) === 0`), read from the
 * code's declaration: each is shown as a message of its own besides the general one.
 */
function cases(declaration: string): Record<string, Arg>[] {
  const found = new Map<string, Record<string, Arg>>();
  for (const m of declaration.matchAll(/a\.(\w+) === '([^']*)'/g))
    found.set(`${m[1]}=${m[2]}`, { [m[1]!]: m[2]! });
  for (const m of declaration.matchAll(/Number\(a\.(\w+)\) === (\d+)/g))
    found.set(`${m[1]}=${m[2]}`, { [m[1]!]: Number(m[2]) });
  return [...found.values()];
}

/** A message as the page shows it: a masked NIK placeholder named, table pipes escaped. */
function shown(message: string): string {
  return message
    .replace(/\{•+\}/g, '{value, masked}')
    .replace(/\|/g, '\\|')
    .replace(/\n/g, ' ');
}

function rows(domain: Domain): string[] {
  return domain.codes.flatMap((code) => {
    const kind = problemCatalogue[code] as ProblemKind<Record<string, Arg>>;
    const variants = cases(domain.declarations.get(code) ?? '');
    const general = kind.message(placeholders() as Record<string, Arg> & { column: string });
    const first = `| \`${code}\` | ${severityWords[kind.severity]} | ${shown(general.id)} | ${shown(general.en)} |`;
    return [
      first,
      ...variants.map((fixed) => {
        const m = kind.message(placeholders(fixed) as Record<string, Arg> & { column: string });
        const when = Object.entries(fixed)
          .map(([k, v]) => `${k} = ${typeof v === 'string' ? `'${v}'` : v}`)
          .join(', ');
        return `| ↳ when \`${when}\` | | ${shown(m.id)} | ${shown(m.en)} |`;
      }),
    ];
  });
}

/** The anchor GitHub gives a heading: lower case, punctuation dropped, spaces as `-`. */
function anchorOf(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N} _-]/gu, '')
    .replace(/ /g, '-');
}

/** A domain's heading and the rest of its opening comment: `Problems of the Kas tab` and `dates, …`. */
function titleOf(domain: Domain): { title: string; rest: string } {
  const colon = domain.about.indexOf(': ');
  const [title, rest] =
    colon < 0 ? [domain.about, ''] : [domain.about.slice(0, colon), domain.about.slice(colon + 2)];
  return { title: title.replace(/\.$/, ''), rest: rest ? `${rest[0]!.toUpperCase()}${rest.slice(1)}` : '' };
}

/** The GitHub anchor of each numbered section of docs/book.md. */
function bookAnchors(root: string): Map<number, { title: string; anchor: string }> {
  const book = readFileSync(join(root, 'docs', 'book.md'), 'utf8');
  const anchors = new Map<number, { title: string; anchor: string }>();
  for (const m of book.matchAll(/^## (\d+)\. (.+)$/gm)) {
    anchors.set(Number(m[1]), { title: m[2]!.trim(), anchor: anchorOf(`${m[1]}. ${m[2]}`) });
  }
  return anchors;
}

/** The whole page, as `npm run docs:codes` writes it. */
export function problemCodesPage(root: string): string {
  const dir = join(root, 'src', 'core', 'problems');
  // In the catalogue's order: tabs and values first, then each tab's own codes.
  const order = Object.keys(problemCatalogue);
  const domains = readdirSync(dir)
    .filter((f) => /Problems\.ts$/.test(f))
    .map((f) => readDomain(dir, f))
    .sort((a, b) => order.indexOf(a.codes[0]!) - order.indexOf(b.codes[0]!) || a.file.localeCompare(b.file));
  const grouped = domains.flatMap((d) => d.codes);
  const ungrouped = Object.keys(problemCatalogue).filter((c) => !grouped.includes(c as ProblemCode));
  if (ungrouped.length > 0)
    throw new Error(`codes of the catalogue declared outside src/core/problems/*Problems.ts: ${ungrouped}`);
  const unknown = grouped.filter((c) => !(c in problemCatalogue));
  if (unknown.length > 0) throw new Error(`codes declared but missing from problemCatalogue.ts: ${unknown}`);

  const anchors = bookAnchors(root);
  const bookLink = (s: number) => {
    const a = anchors.get(s);
    return a ? `[§${s} ${a.title}](book.md#${a.anchor})` : `§${s}`;
  };
  const severities = Object.values(problemCatalogue).reduce<Record<Severity, number>>(
    (n, k) => ({ ...n, [k.severity]: n[k.severity] + 1 }),
    { error: 0, warning: 0, info: 0 },
  );

  const lines = [
    '# Problem codes',
    '',
    `<!-- Written by \`${PROBLEM_CODES_COMMAND}\` (scripts/problemCodes.mjs) from src/core/problems/. Do not edit by hand. -->`,
    '',
    'Every problem the checks can report, as it appears in the `Pemeriksaan` tab, the sidebar and the',
    'command line: its stable code, its severity and its message in Indonesian and English. Words in',
    '`{braces}` are filled in from the book: `{column}` is the column header as the user wrote it,',
    '`{value}` the cell as typed (cut to 80 characters with `…`), `{row}`/`{rows}` sheet rows, and so on.',
    "A number cell, and an amount or a percentage the checks work out, are written in each language's way:",
    '`1.500.000,5`, `Rp 1.500.000` and `100,5` in Indonesian, `1,500,000.5`, `Rp 1,500,000` and `100.5` in English;',
    'text is quoted as typed in both.',
    'A line `↳ when …` is the wording the same code takes in that case. A few checks weigh a code',
    'differently on one tab (e.g. a warning instead of an error); the severity here is the usual one.',
    '',
    `${Object.keys(problemCatalogue).length} codes: ${severities.error} errors, ${severities.warning} warnings, ${severities.info} notes. The rules`,
    'themselves are in [docs/book.md](book.md).',
    '',
    '| Group | Codes begin | Codes | docs/book.md |',
    '| --- | --- | --- | --- |',
    ...domains.map((d) => {
      const { title } = titleOf(d);
      const prefixes = [...new Set(d.codes.map((c) => `\`${c.split('.')[0]}.…\``))].join(', ');
      return `| [${title}](#${anchorOf(title)}) | ${prefixes} | ${d.codes.length} | ${d.sections.map((s) => `§${s}`).join(', ') || '—'} |`;
    }),
  ];
  for (const d of domains) {
    const { title, rest } = titleOf(d);
    lines.push(
      '',
      `## ${title}`,
      '',
      `${rest ? `${rest.replace(/\.$/, '')}. ` : ''}Declared in \`src/core/problems/${d.file}\`.` +
        (d.sections.length > 0 ? ` Rules: ${d.sections.map(bookLink).join(', ')}.` : ''),
      '',
      '| Code | Severity | Pesan (Indonesian) | Message (English) |',
      '| --- | --- | --- | --- |',
      ...rows(d),
    );
  }
  return `${lines.join('\n')}\n`;
}
