// Elements of a package part found by their local name, whatever namespace prefix the program that
// wrote it chose: Excel writes `<sheets>`, the .NET Open XML SDK `<x:sheets>`, Python's xml.etree
// `<ns0:sheets>` (and `ns2:id` for `r:id`). Every edit the writer makes in a part it keeps goes
// through these, and what it adds carries the prefix of the element it goes into: a part without a
// prefix is edited exactly as before.

/** A namespace prefix with its colon, in a RegExp source (`x:`, `ns0:`). */
const PREFIX = '[A-Za-z_][\\w.-]*:';

/** The relationships namespace (`r:id`), transitional and strict. */
export const RELATIONSHIPS_NAMESPACES = [
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  'http://purl.oclc.org/ooxml/officeDocument/relationships',
] as const;

/** A prefix (`x:`) in a RegExp source, its dot escaped. */
export function prefixSource(prefix: string): string {
  return prefix.replace(/\./g, '\\.');
}

/**
 * The prefix with its colon (`x:`, or '' for none) of the first start tag of element `name` in
 * `xml`; undefined when there is none.
 */
export function prefixOf(xml: string, name: string): string | undefined {
  const m = new RegExp(`<(${PREFIX})?${name}[\\s/>]`).exec(xml);
  return m ? (m[1] ?? '') : undefined;
}

/**
 * The prefix with its colon under which `xml` declares one of `namespaces` (`r:` for
 * `xmlns:r="…relationships"`); undefined when it declares none of them.
 */
export function namespacePrefix(xml: string, namespaces: readonly string[]): string | undefined {
  for (const m of xml.matchAll(/\sxmlns:([A-Za-z_][\w.-]*)\s*=\s*(["'])([^"']*)\2/g))
    if (namespaces.includes(m[3] as string)) return `${m[1] as string}:`;
  return undefined;
}

/** The name of the relationship id attribute in a workbook part: `r:id`, or `ns2:id` as the part declares it. */
export function relationshipIdAttr(workbookXml: string): string {
  return `${namespacePrefix(workbookXml, RELATIONSHIPS_NAMESPACES) ?? 'r:'}id`;
}

/**
 * XML the writer makes (`<c r="A1"><v>1</v></c>`, whose texts hold no `<`) with `prefix` on each
 * element name that has none.
 */
export function withPrefix(fragment: string, prefix: string): string {
  if (prefix === '') return fragment;
  return fragment.replace(/<(\/?)(?![\w.-]+:)(?=[A-Za-z_])/g, `<$1${prefix}`);
}

/**
 * The last closing tag of element `name` (`</sheets>`, `</x:sheets >`): where it starts, where it
 * ends (past its `>`) and its prefix.
 */
export function lastCloseTag(
  xml: string,
  name: string,
): { at: number; end: number; prefix: string } | undefined {
  for (let from = xml.length; from >= 0;) {
    const at = xml.lastIndexOf(name, from);
    if (at < 0) return undefined;
    from = at - 1;
    let end = at + name.length;
    while (isSpace(xml.charCodeAt(end))) end += 1;
    if (xml.charCodeAt(end) !== 62 /* > */) continue;
    let start = at;
    if (xml.charCodeAt(start - 1) === 58 /* : */) {
      start -= 1;
      while (start > 0 && isNameChar(xml.charCodeAt(start - 1))) start -= 1;
    }
    if (xml.charCodeAt(start - 1) !== 47 /* / */ || xml.charCodeAt(start - 2) !== 60 /* < */) continue;
    return { at: start - 2, end: end + 1, prefix: xml.slice(start, at) };
  }
  return undefined;
}

/**
 * `xml` with `addition` just before the last closing tag of element `name`, its elements given the
 * prefix that tag has; undefined when the part has no such tag.
 */
export function insertBeforeClose(xml: string, name: string, addition: string): string | undefined {
  const close = lastCloseTag(xml, name);
  if (!close) return undefined;
  return `${xml.slice(0, close.at)}${withPrefix(addition, close.prefix)}${xml.slice(close.at)}`;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

/** A character of an XML name as the writers of spreadsheets use them (letters, digits, `_ . -`). */
function isNameChar(c: number): boolean {
  return (
    (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 46 || c === 45
  );
}
