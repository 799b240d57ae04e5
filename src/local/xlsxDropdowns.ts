// The list dropdowns of a worksheet (`<dataValidation type="list">`): the choices on a cell, and
// the add-on's rules widened to more choices, the rest of the part left as it was.
import { sameChoices, type WidenedDropdown } from '../core/book/upgradeBook';
import { prefixOf, prefixSource } from './xmlElements';
import { attr } from './xmlScanner';

/**
 * The rules of a worksheet (`<dataValidation>`, `<x:dataValidation>` as the sheet's own elements are
 * written) and the first formula of a rule; Excel 2010's rules of another namespace
 * (`<x14:dataValidation>`) are not among them.
 */
function patterns(xml: string): { validation: RegExp; formula: RegExp } {
  const p = prefixSource(prefixOf(xml, 'worksheet') ?? '');
  return {
    validation: new RegExp(`<${p}dataValidation\\b([^>]*?)(/>|>([\\s\\S]*?)</${p}dataValidation>)`, 'g'),
    formula: new RegExp(`(<${p}formula1>)([\\s\\S]*?)(</${p}formula1>)`),
  };
}

function unescapeXml(s: string): string {
  return s
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** The ranges of a range list (`F2:F501 H2`, `F:F`): first and last column, first and last row. */
function ranges(sqref: string): [number, number, number, number][] {
  return sqref
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((range) => {
      const [a, b = a] = range.replace(/\$/g, '').split(':') as [string, string?];
      const from = /^([A-Z]+)(\d*)$/i.exec(a);
      const to = /^([A-Z]+)(\d*)$/i.exec(b ?? a);
      if (!from || !to) return [];
      const [c1, c2] = [columnNumber(from[1]!), columnNumber(to[1]!)];
      const r1 = from[2] ? Number(from[2]) : 1;
      const r2 = to[2] ? Number(to[2]) : Number.MAX_SAFE_INTEGER;
      return [[Math.min(c1, c2), Math.max(c1, c2), r1, r2]];
    });
}

/** Whether a range list (`F2:F501 H2`, `F:F`) holds the cell. */
export function rangeListCovers(sqref: string, row: number, col: number): boolean {
  return ranges(sqref).some(([c1, c2, r1, r2]) => row >= r1 && row <= r2 && col >= c1 && col <= c2);
}

/** Whether a range list holds a cell of the column at `row` or below it. */
export function rangeListReaches(sqref: string, row: number, col: number): boolean {
  return ranges(sqref).some(([c1, c2, , r2]) => r2 >= row && col >= c1 && col <= c2);
}

/** A list rule's choices from its first formula (`"Bulanan,Mingguan"`); undefined for a range or a formula. */
export function listChoices(formula: string): string[] | undefined {
  const m = /^"([\s\S]*)"$/.exec(formula.trim());
  return m ? m[1]!.split(',') : undefined;
}

/** The first rule on the cell: its kind and its list formula. */
function ruleAt(xml: string, row: number, col: number) {
  const { validation, formula: formulaRe } = patterns(xml);
  for (const m of xml.matchAll(validation)) {
    const attrs = m[1]!;
    if (!rangeListCovers(attr(attrs, 'sqref') ?? '', row, col)) continue;
    const formula = formulaRe.exec(m[3] ?? '');
    return {
      type: attr(attrs, 'type') ?? 'none',
      formula: formula ? unescapeXml(formula[2]!) : '',
    };
  }
  return undefined;
}

/** The cell's dropdown choices, `[]` when it has none, undefined for a rule of another kind. */
export function dropdownAt(xml: string, row: number, col: number): readonly string[] | undefined {
  const rule = ruleAt(xml, row, col);
  if (!rule || rule.type === 'none') return [];
  return rule.type === 'list' ? listChoices(rule.formula) : undefined;
}

/**
 * The worksheet with every list rule on the column from `row` down that offers `was` (the list the
 * add-on made, compared as list values are) offering `choices` instead; its ranges, help and warning
 * as they were. A rule of another list there (one the user made) is left as it is.
 */
export function widenDropdown(xml: string, dropdown: Omit<WidenedDropdown, 'tab'>): string {
  const { row, col, choices, was } = dropdown;
  const { validation, formula: formulaRe } = patterns(xml);
  return xml.replace(validation, (whole: string, attrs: string, _end: string, body = '') => {
    if (attr(attrs, 'type') !== 'list' || !rangeListReaches(attr(attrs, 'sqref') ?? '', row, col))
      return whole;
    const formula = formulaRe.exec(body);
    const list = formula ? listChoices(unescapeXml(formula[2]!)) : undefined;
    if (!formula || !list || !sameChoices(list, was)) return whole;
    // Quotes written as the file wrote them (exceljs and Excel write `&quot;`, others `"`).
    const quote = formula[2]!.startsWith('&quot;') ? '&quot;' : '"';
    return whole.replace(
      formulaRe,
      (_m, open: string, _old: string, close: string) =>
        `${open}${quote}${escapeXml(choices.join(','))}${quote}${close}`,
    );
  });
}
