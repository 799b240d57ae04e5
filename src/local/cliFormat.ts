// How the command line shows figures and problems to a person: Indonesian or English, plain text.
import { formatLongDate } from '../core/isoDate';
import { formatRupiah } from '../core/money';
import { formatPercent } from '../core/shu/shuSettings';
import { countBySeverity, type Problem, type Severity } from '../core/problems/problem';
import { pick, text, type Lang } from '../core/text';
import type { IsoDate } from '../core/cell';

/**
 * Text from a book or a file name on one line: a line break inside it (Alt+Enter in a name, a file
 * name) is shown as `↵`. For a table's cells, and for every line of text output that quotes what a
 * person typed (a heading naming the group or a member, a journal's line, a problem, a note).
 */
export function oneLine(text: string): string {
  return text.replace(/\r\n|[\r\n]/g, '↵');
}

/**
 * A text table: each column as wide as its widest cell, the columns `right` says aligned right, two
 * spaces between; with `rule`, a line of dashes before that row. Each cell is `oneLine`, so that one
 * row stays one line.
 */
export function alignedTable(
  rows: readonly (readonly string[])[],
  right: (column: number) => boolean,
  rule?: number,
): string[] {
  const cells = rows.map((r) => r.map(oneLine));
  const widths: number[] = [];
  for (const r of cells) r.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, c.length)));
  if (rule !== undefined)
    cells.splice(
      rule,
      0,
      widths.map((w) => '-'.repeat(w)),
    );
  return cells.map((r) =>
    r
      .map((c, i) => (right(i) ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd(),
  );
}

/** The mark beside a file that could not be read as a book, in `check` and `summary` over many files. */
export const UNREADABLE = text('(tidak terbaca)', '(unreadable)');

export const severityWords: Record<Severity, { id: [string, string]; en: [string, string] }> = {
  error: { id: ['kesalahan', 'kesalahan'], en: ['error', 'errors'] },
  warning: { id: ['peringatan', 'peringatan'], en: ['warning', 'warnings'] },
  info: { id: ['catatan', 'catatan'], en: ['note', 'notes'] },
};

/**
 * `1 kesalahan`; with `grouped`, its thousands grouped as `count` does (`1.137 kesalahan`). English
 * counts are grouped unless told otherwise (`1,137 errors`), as every English figure is.
 */
export function countWord(n: number, severity: Severity, lang: Lang, grouped = lang === 'en'): string {
  const [one, many] = severityWords[severity][lang];
  return `${grouped ? count(n, lang) : n} ${n === 1 ? one : many}`;
}

export function countsLine(counts: Record<Severity, number>, lang: Lang, grouped = lang === 'en'): string {
  return (['error', 'warning', 'info'] as const)
    .map((s) => countWord(counts[s], s, lang, grouped))
    .join(', ');
}

/** A count with its thousands grouped, as Rupiah are: `1.137` in Indonesian, `1,137` in English. */
export function count(n: number, lang: Lang): string {
  return new Intl.NumberFormat(lang === 'en' ? 'en-US' : 'id-ID', { maximumFractionDigits: 0 }).format(n);
}

/**
 * A count in a line both languages print: `1,137` in English, as every English figure is grouped;
 * `1137` in Indonesian, as these lines have always printed it.
 */
export function whole(n: number, lang: Lang): string {
  return lang === 'en' ? count(n, 'en') : String(n);
}

/**
 * `Rp 1.500.000` in Indonesian, `Rp 1,500,000` in English: as the sidebar writes them
 * (`formatRupiahIn` of sidebar/view/format.ts; a test holds the two equal).
 */
export function rupiah(amount: number, lang: Lang): string {
  return formatRupiah(amount, lang);
}

/**
 * A fraction as a percentage: `12,5 %` in Indonesian, `12.5%` in English (as the sidebar writes it
 * in English, `formatPercent` of sidebar/view/format.ts); `–` when there is none.
 */
export function percent(fraction: number | null, lang: Lang): string {
  if (fraction === null) return '–';
  if (lang === 'en') {
    const tenths = Math.round(fraction * 1000);
    const abs = Math.abs(tenths);
    return `${tenths < 0 ? '-' : ''}${count(Math.floor(abs / 10), 'en')}.${abs % 10}%`;
  }
  const value = (Math.round(fraction * 1000) / 10).toFixed(1);
  return `${value.replace('.', ',')} %`;
}

/**
 * A percentage given in hundredths (`Pembagian SHU`'s parts: 2500 is 25 %), as written in the
 * settings: `25 %`, `12,5 %` in Indonesian, `25%`, `12.5%` in English.
 */
export function basisPointsPercent(basisPoints: number, lang: Lang): string {
  return `${formatPercent(basisPoints, lang)}${lang === 'en' ? '%' : ' %'}`;
}

/** A quantity (kg, ha, a plan's target): `2.025,5` in Indonesian, `2,025.5` in English. */
export function quantity(n: number, lang: Lang): string {
  return new Intl.NumberFormat(lang === 'en' ? 'en-US' : 'id-ID', { maximumFractionDigits: 4 }).format(n);
}

export function longDate(date: IsoDate, lang: Lang): string {
  return formatLongDate(date, lang);
}

/**
 * `baris 14, NIK: <message>`: where the problem is, then what to do. A value the message or its fix
 * quotes as typed keeps its line break as `↵` (`oneLine`): the problem stays one line, its fix the
 * one under it. The problem itself is as the checks made it (`--json` gives its text as it is).
 */
export function problemLine(p: Problem, lang: Lang): string {
  const where = [p.row > 0 ? `${lang === 'en' ? 'row' : 'baris'} ${p.row}` : '', p.column].filter(
    (s) => s !== '',
  );
  const label = `[${severityWords[p.severity][lang][0]}]`;
  const fix = p.fix
    ? `\n      ${lang === 'en' ? 'fix' : 'perbaikan'}: ${oneLine(pick(p.fix.label, lang))}`
    : '';
  return `  ${label} ${oneLine(`${where.length ? `${where.join(', ')}: ` : ''}${pick(p.message, lang)}`)}${fix}`;
}

/**
 * Problems grouped by tab, tabs in the order of their first problem (errors first), with counts:
 * line by line as they are printed (a district book's 180,000 lines are never held at once).
 */
export function* problemsByTab(problems: readonly Problem[], lang: Lang): Generator<string> {
  const tabs = new Map<string, Problem[]>();
  for (const p of problems) {
    const list = tabs.get(p.tab);
    if (list) list.push(p);
    else tabs.set(p.tab, [p]);
  }
  for (const [tab, list] of tabs) {
    const counts = countBySeverity(list);
    const shown = (['error', 'warning', 'info'] as const)
      .filter((s) => counts[s] > 0)
      .map((s) => countWord(counts[s], s, lang));
    yield `${tab} (${shown.join(', ')})`;
    for (const p of list) yield problemLine(p, lang);
  }
}

/** Said under balances and the journal: their figures stand on a book that still has problems. */
export function openProblemsNote(problems: readonly Problem[], file: string, lang: Lang): string | undefined {
  const counts = countBySeverity(problems);
  if (counts.error === 0 && counts.warning === 0) return undefined;
  const shown = `${countWord(counts.error, 'error', lang)}, ${countWord(counts.warning, 'warning', lang)}`;
  // The command as the user runs it, the file quoted when it holds spaces or brackets (an audit:
  // `node dist/cli.js check Buku Tani (Mekar).xlsx` worked neither outside the repo nor pasted).
  const command = `buku-kelompok check ${shellWord(file)}`;
  return lang === 'en'
    ? `Note: the book still has ${shown}; see: ${command}`
    : `Catatan: buku ini masih punya ${shown}; lihat: ${command}`;
}

/** `1 loan`, `2 loans`: an English count with its noun (Indonesian nouns do not change). */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** `1 loan`, `1,137 cash rows`: `plural` with the count's thousands grouped. */
export function groupedPlural(n: number, one: string, many = `${one}s`): string {
  return `${count(n, 'en')} ${n === 1 ? one : many}`;
}

/**
 * A path as it is typed in a command the person may copy: as it is when it holds only characters no
 * shell reads otherwise, else in double quotes (as cmd.exe, PowerShell and sh take them), or in
 * single quotes when it holds a character double quotes would not keep.
 */
export function shellWord(path: string): string {
  if (/^[\w@%+=:,./\\-]+$/.test(path)) return path;
  if (!/["$`!]/.test(path)) return `"${path}"`;
  return `'${path.replace(/'/g, `'\\''`)}'`;
}
