// Adds cell styles to a package's styles part without touching the ones it has: fonts, fills,
// borders, number formats and cell formats appended, so every existing index keeps its meaning.
import { prefixOf, prefixSource, withPrefix } from './xmlElements';
import { attr } from './xmlScanner';

const LISTS = ['numFmts', 'fonts', 'fills', 'borders', 'cellXfs'] as const;
type ListTag = (typeof LISTS)[number];
const ITEM: Record<ListTag, string> = {
  numFmts: 'numFmt',
  fonts: 'font',
  fills: 'fill',
  borders: 'border',
  cellXfs: 'xf',
};

interface List {
  /** Its items, as raw XML. */
  readonly items: string[];
  /** Where its start tag starts, where that tag ends (past its `>`), where the closing tag starts and ends. */
  readonly start: number;
  readonly headEnd: number;
  readonly closeStart: number;
  readonly end: number;
  /** The prefix of its elements (`x:`), '' for none. */
  readonly prefix: string;
  readonly selfClosing: boolean;
}

/** List `tag` of a styles part, whatever the prefix of its elements. */
function listOf(xml: string, tag: ListTag): List | undefined {
  const prefix = prefixOf(xml, tag);
  if (prefix === undefined) return undefined;
  const p = prefixSource(prefix);
  const open = new RegExp(`<${p}${tag}\\b[^>]*?(/?)>`).exec(xml);
  if (!open) return undefined;
  const start = open.index;
  const headEnd = start + open[0].length;
  if (open[1] === '/')
    return { items: [], start, headEnd, closeStart: headEnd, end: headEnd, prefix, selfClosing: true };
  const close = xml.indexOf(`</${prefix}${tag}>`, start);
  if (close < 0) return undefined;
  const body = xml.slice(headEnd, close);
  const item = `${p}${ITEM[tag]}`;
  const items =
    body.match(new RegExp(`<${item}\\b[^>]*?/>|<${item}\\b[^>]*?>[\\s\\S]*?</${item}>`, 'g')) ?? [];
  const end = close + prefix.length + tag.length + 3;
  return { items, start, headEnd, closeStart: close, end, prefix, selfClosing: false };
}

function setAttr(element: string, name: string, value: string): string {
  const re = new RegExp(`(\\s${name}=")[^"]*(")`);
  if (re.test(element)) return element.replace(re, `$1${value}$2`);
  return element.replace(/^<([\w.:-]+)/, `<$1 ${name}="${value}"`);
}

export class StylesEditor {
  private xml: string;
  private readonly lists = new Map<ListTag, string[]>();
  private readonly added = new Map<ListTag, string[]>();
  private readonly numFmtIds = new Map<string, number>();
  private nextNumFmt = 164;

  /** `damaged`: the error for a styles part without a list every workbook has (the file is damaged). */
  constructor(
    xml: string,
    private readonly damaged: () => Error = () => new Error('styles part damaged'),
  ) {
    this.xml = xml;
    for (const tag of LISTS) {
      this.lists.set(tag, listOf(xml, tag)?.items ?? []);
      this.added.set(tag, []);
    }
    for (const f of this.lists.get('numFmts') ?? []) {
      const id = Number(attr(f.slice(1), 'numFmtId'));
      const code = attr(f.slice(1), 'formatCode');
      if (code !== undefined) this.numFmtIds.set(code, id);
      if (id >= this.nextNumFmt) this.nextNumFmt = id + 1;
    }
  }

  private count(tag: ListTag): number {
    return (this.lists.get(tag)?.length ?? 0) + (this.added.get(tag)?.length ?? 0);
  }

  private add(tag: ListTag, item: string): number {
    const index = this.count(tag);
    this.added.get(tag)?.push(item);
    return index;
  }

  /** Appends a font, fill, border or cell format (its XML) to its list; the result is its index. */
  append(tag: Exclude<ListTag, 'numFmts'>, item: string): number {
    return this.add(tag, item);
  }

  /** The id of number format `code`, added when the part lacks it. */
  numFmt(code: string): number {
    if (code === '@') return 49;
    if (code === 'General') return 0;
    let id = this.numFmtIds.get(code);
    if (id === undefined) {
      id = this.nextNumFmt++;
      this.numFmtIds.set(code, id);
      this.add('numFmts', `<numFmt numFmtId="${id}" formatCode="${escapeAttr(code)}"/>`);
    }
    return id;
  }

  /** The cell format `xf` (an index into cellXfs) with number format `code`: a new format beside it. */
  withNumFmt(xf: number, code: string): number {
    const own = this.lists.get('cellXfs') ?? [];
    const base =
      own[xf] ??
      this.added.get('cellXfs')?.[xf - own.length] ??
      own[0] ??
      '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>';
    const item = setAttr(setAttr(base, 'numFmtId', String(this.numFmt(code))), 'applyNumberFormat', '1');
    return this.add('cellXfs', item);
  }

  /**
   * Copies every cell format of another styles part (with its fonts, fills, borders and number
   * formats) into this one; the result maps each of its indices to the index here.
   */
  adopt(otherXml: string): number[] {
    const other = new Map<ListTag, string[]>(LISTS.map((t) => [t, listOf(otherXml, t)?.items ?? []]));
    const codes = new Map<number, string>();
    for (const f of other.get('numFmts') ?? [])
      codes.set(Number(attr(f.slice(1), 'numFmtId')), attr(f.slice(1), 'formatCode') ?? 'General');
    const fonts = (other.get('fonts') ?? []).map((f) => this.add('fonts', f));
    const fills = (other.get('fills') ?? []).map((f) => this.add('fills', f));
    const borders = (other.get('borders') ?? []).map((f) => this.add('borders', f));
    return (other.get('cellXfs') ?? []).map((xf) => {
      const a = xf.slice(1);
      const fmt = Number(attr(a, 'numFmtId') ?? 0);
      const code = codes.get(fmt);
      let item = xf;
      if (code !== undefined) item = setAttr(item, 'numFmtId', String(this.numFmt(code)));
      item = setAttr(item, 'fontId', String(fonts[Number(attr(a, 'fontId') ?? 0)] ?? 0));
      item = setAttr(item, 'fillId', String(fills[Number(attr(a, 'fillId') ?? 0)] ?? 0));
      item = setAttr(item, 'borderId', String(borders[Number(attr(a, 'borderId') ?? 0)] ?? 0));
      // The adopted cell format hangs on this part's default cell style.
      item = setAttr(item, 'xfId', '0');
      return this.add('cellXfs', item);
    });
  }

  get changed(): boolean {
    return LISTS.some((t) => (this.added.get(t)?.length ?? 0) > 0);
  }

  /**
   * The styles part with the added items at the end of each list, their elements given the prefix
   * of the part's own (`x:` from the .NET Open XML SDK, none from Excel).
   */
  toXml(): string {
    let xml = this.xml;
    for (const tag of LISTS) {
      const added = this.added.get(tag) ?? [];
      if (added.length === 0) continue;
      const list = listOf(xml, tag);
      const count = this.count(tag);
      if (!list) {
        if (tag !== 'numFmts') throw this.damaged();
        const prefix = prefixOf(xml, 'styleSheet');
        const root =
          prefix === undefined ? null : new RegExp(`<${prefixSource(prefix)}styleSheet\\b[^>]*>`).exec(xml);
        if (!root) throw this.damaged();
        const at = root.index + root[0].length;
        const numFmts = withPrefix(`<numFmts count="${count}">${added.join('')}</numFmts>`, prefix ?? '');
        xml = `${xml.slice(0, at)}${numFmts}${xml.slice(at)}`;
        continue;
      }
      const head = setAttr(xml.slice(list.start, list.headEnd).replace(/\/>$/, '>'), 'count', String(count));
      const items = withPrefix(added.join(''), list.prefix);
      // Added at the end of the list, so that the part's own items keep their places.
      xml = list.selfClosing
        ? `${xml.slice(0, list.start)}${head}${items}</${list.prefix}${tag}>${xml.slice(list.end)}`
        : `${xml.slice(0, list.start)}${head}${xml.slice(list.headEnd, list.closeStart)}${items}${xml.slice(list.closeStart)}`;
    }
    return xml;
  }
}

export function escapeAttr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A worksheet's XML with every style index (`s=` on cells and rows, `style=` on columns) mapped. */
export function remapStyles(sheetXml: string, map: readonly number[]): string {
  return sheetXml
    .replace(
      /(<(?:c|row)\b[^>]*?\ss=")(\d+)(")/g,
      (_m, a: string, n: string, b: string) => `${a}${map[Number(n)] ?? 0}${b}`,
    )
    .replace(
      /(<col\b[^>]*?\sstyle=")(\d+)(")/g,
      (_m, a: string, n: string, b: string) => `${a}${map[Number(n)] ?? 0}${b}`,
    );
}
