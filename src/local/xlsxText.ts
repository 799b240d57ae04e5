// Text as a workbook's XML holds it, written as exceljs writes it: the five markup characters as
// entities, and the control characters XML 1.0 cannot hold dropped (NUL to BS, VT, FF, SO to US
// and DEL; tab, line feed and carriage return stay).
// eslint-disable-next-line no-control-regex -- the control characters are what is matched
const MARKUP = /["&'<>\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/;
// eslint-disable-next-line no-control-regex -- as above
const MARKUP_ALL = /["&'<>\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/g;
const ENTITY: Readonly<Record<string, string>> = {
  '"': '&quot;',
  '&': '&amp;',
  "'": '&apos;',
  '<': '&lt;',
  '>': '&gt;',
};

/** `text` for an XML attribute's value or an element's text. */
export function escapeXml(text: string): string {
  if (!MARKUP.test(text)) return text;
  return text.replace(MARKUP_ALL, (c) => ENTITY[c] ?? '');
}

/** A `<t>` element holding `text`; spaces at either end and line breaks are kept (`xml:space`). */
export function textElement(text: string): string {
  return /^\s|\n|\s$/.test(text)
    ? `<t xml:space="preserve">${escapeXml(text)}</t>`
    : `<t>${escapeXml(text)}</t>`;
}
