// The shared texts of an .xlsx package (xl/sharedStrings.xml), read chunk by chunk: each <si> as
// the text a person sees (rich-text runs joined, phonetic guides left out), within the limits.
import { officeUnescape, xmlDecode, XmlScanner, type XmlHandler } from './xmlScanner';
import { damagedWorkbook, notWorkbook } from './workbookFileKind';
import { sharedTextTooLarge, textTooLong, type XlsxLimits } from './xlsxLimits';
import type { ZipEntry, ZipPackage } from './zipPackage';

export async function readSharedStrings(
  zip: ZipPackage,
  entry: ZipEntry | undefined,
  label: string,
  limits: XlsxLimits,
): Promise<string[]> {
  if (!entry) return [];
  const { scanner, strings } = sharedStringsScanner(label, limits);
  await zip.stream(entry, (chunk) => scanner.write(chunk));
  if (!scanner.complete) throw damagedWorkbook(label);
  return strings;
}

/** The same, at once: for a tab read again once the strings first read were let go. */
export function readSharedStringsAgain(
  zip: ZipPackage,
  entry: ZipEntry | undefined,
  label: string,
  limits: XlsxLimits,
): string[] {
  if (!entry) return [];
  const { scanner, strings } = sharedStringsScanner(label, limits);
  const bytes = zip.read(entry);
  for (let p = 0; p < bytes.length; p += 1 << 16) scanner.write(bytes.subarray(p, p + (1 << 16)));
  if (!scanner.complete) throw damagedWorkbook(label);
  return strings;
}

function sharedStringsScanner(label: string, limits: XlsxLimits): { scanner: XmlScanner; strings: string[] } {
  const strings: string[] = [];
  let inItem = false;
  let inText = false;
  let phonetic = 0;
  let parts: string[] = [];
  let length = 0;
  let total = 0;
  const handler: XmlHandler = {
    open(name) {
      if (name === 'si') {
        inItem = true;
        parts = [];
        length = 0;
      } else if (name === 't' && inItem && phonetic === 0) inText = true;
      else if (name === 'rPh') phonetic += 1;
    },
    close(name) {
      if (name === 't') inText = false;
      else if (name === 'rPh') phonetic -= 1;
      else if (name === 'si') {
        inItem = false;
        strings.push(officeUnescape(xmlDecode(parts.length === 1 ? (parts[0] as string) : parts.join(''))));
      }
    },
    text(raw) {
      if (!inText) return;
      // Counted piece by piece, so a text past the limit is refused before it is kept whole.
      const chars = raw.indexOf('&') < 0 ? raw.length : xmlDecode(raw).length;
      length += chars;
      total += chars;
      if (length > limits.textChars) throw textTooLong(label, limits.textChars);
      if (total > limits.sharedTextChars) throw sharedTextTooLarge(label, limits.sharedTextChars);
      parts.push(raw);
    },
  };
  return { scanner: new XmlScanner(handler, () => notWorkbook(label)), strings };
}
