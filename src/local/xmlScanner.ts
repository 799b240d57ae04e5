// A small streaming XML scanner for the parts of an .xlsx package: tags and text, fed chunk by
// chunk, with no tree kept. Text is handed over raw; `xmlDecode` turns entities into characters.

export interface XmlHandler {
  /** A start tag (or an empty element, with `selfClosing`); `name` has no namespace prefix. */
  open(name: string, attrs: string, selfClosing: boolean): void;
  close(name: string): void;
  /** Raw text between tags, possibly in several pieces. */
  text(raw: string): void;
}

/** Past this, a tag that never closes is no spreadsheet's. */
const MAX_TAG_CHARS = 1 << 20;

export class XmlScanner {
  private carry = '';
  private readonly decoder = new TextDecoder('utf-8');
  /** The document's root element, once opened. */
  private root: string | undefined;
  /**
   * Whether the root element was closed: a part cut short (an interrupted copy) is not, and its
   * reader refuses the file as damaged rather than read half of it.
   */
  complete = false;

  constructor(
    private readonly handler: XmlHandler,
    private readonly onBroken: () => Error,
  ) {}

  /** Feeds the next bytes of the document. */
  write(chunk: Uint8Array): void {
    this.scan(this.carry + this.decoder.decode(chunk, { stream: true }));
  }

  /** Feeds a whole document given as text. */
  writeText(text: string): void {
    this.scan(this.carry + text);
  }

  private scan(s: string): void {
    const h = this.handler;
    let i = 0;
    const n = s.length;
    while (i < n) {
      const lt = s.indexOf('<', i);
      if (lt < 0) {
        h.text(s.slice(i));
        i = n;
        break;
      }
      if (lt > i) h.text(s.slice(i, lt));
      let gt: number;
      const next = s.charCodeAt(lt + 1);
      if (next === 33 /* ! */ || next === 63 /* ? */) {
        // A comment, CDATA, doctype or processing instruction.
        if (s.startsWith('<![CDATA[', lt)) {
          const endCdata = s.indexOf(']]>', lt + 9);
          if (endCdata < 0) break;
          h.text(escapeText(s.slice(lt + 9, endCdata)));
          i = endCdata + 3;
          continue;
        }
        const endMark = s.startsWith('<!--', lt) ? '-->' : '>';
        gt = s.indexOf(endMark, lt + 2);
        if (gt < 0) {
          i = lt;
          break;
        }
        i = gt + endMark.length;
        continue;
      }
      gt = s.indexOf('>', lt + 1);
      if (gt < 0) {
        i = lt;
        break;
      }
      if (next === 47 /* / */) {
        const name = localName(s.slice(lt + 2, gt).trim());
        if (name === this.root) this.complete = true;
        h.close(name);
      } else {
        // Name and attributes cut from the text directly: a sheet has a tag or two per cell.
        const selfClosing = s.charCodeAt(gt - 1) === 47;
        const bodyEnd = selfClosing ? gt - 1 : gt;
        let end = lt + 1;
        while (end < bodyEnd && !isSpace(s.charCodeAt(end))) end += 1;
        const name = localName(s.slice(lt + 1, end));
        this.root ??= name;
        h.open(name, s.slice(end, bodyEnd), selfClosing);
        if (selfClosing) {
          if (name === this.root) this.complete = true;
          h.close(name);
        }
      }
      i = gt + 1;
    }
    this.carry = i < n ? s.slice(i) : '';
    if (this.carry.length > MAX_TAG_CHARS) throw this.onBroken();
  }
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}

/** The value of attribute `name` in a tag's attribute text, decoded; undefined when absent. */
export function attr(attrs: string, name: string): string | undefined {
  let from = 0;
  for (;;) {
    // The name, then `=`: looked for without making the text `name=` each time (once per cell).
    const at = attrs.indexOf(name, from);
    if (at < 0) return undefined;
    let eq = at + name.length;
    if (attrs.charCodeAt(eq) !== 61 /* = */) {
      // Spaces around `=` (`r = "A1"`) are valid XML, if rare: looked past only here.
      while (isSpace(attrs.charCodeAt(eq))) eq += 1;
      if (attrs.charCodeAt(eq) !== 61) {
        from = at + 1;
        continue;
      }
    }
    from = eq + 1;
    const before = at === 0 ? 32 : attrs.charCodeAt(at - 1);
    if (!isSpace(before) && before !== 58 /* : */) continue;
    if (before === 58) {
      // A prefixed attribute (r:id) only matches when asked with its prefix.
      continue;
    }
    let open = from;
    let quote = attrs.charCodeAt(open);
    if (quote !== 34 /* " */ && quote !== 39 /* ' */) {
      while (isSpace(quote)) quote = attrs.charCodeAt(++open);
      if (quote !== 34 && quote !== 39) return undefined;
    }
    const close = attrs.indexOf(quote === 34 ? '"' : "'", open + 1);
    if (close < 0) return undefined;
    return xmlDecode(attrs.slice(open + 1, close));
  }
}

const NAMED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** XML text with its entities (`&amp;`, `&#10;`, `&#x1F600;`) turned into characters. */
export function xmlDecode(raw: string): string {
  if (raw.indexOf('&') < 0) return raw;
  return raw.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, ref: string) => {
    if (ref.charCodeAt(0) === 35) {
      const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref] ?? whole;
  });
}

/** Office's escapes of characters XML cannot hold (`_x000D_`), as exceljs reads them in texts. */
export function officeUnescape(text: string): string {
  if (text.indexOf('_x') < 0) return text;
  return text.replace(/_x([0-9A-F]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
