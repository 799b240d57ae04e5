// The structure of an .xlsx package: where the workbook, its tabs, styles and shared texts live,
// which styles show dates, and the date system; read from the package's small XML parts.
import { relationshipIdAttr } from './xmlElements';
import { attr, XmlScanner } from './xmlScanner';
import { damagedWorkbook, notWorkbook } from './workbookFileKind';
import type { ZipPackage } from './zipPackage';

export interface Relationship {
  readonly id: string;
  readonly type: string;
  /** The part it points at, as a path inside the package (no leading slash); the raw target when external. */
  readonly target: string;
  readonly external: boolean;
}

export interface SheetEntry {
  readonly name: string;
  readonly sheetId: string;
  readonly relId: string;
  /** The worksheet part, e.g. `xl/worksheets/sheet1.xml`. */
  readonly part: string;
}

export interface PackageParts {
  readonly workbookPart: string;
  readonly workbookRels: readonly Relationship[];
  readonly sheets: readonly SheetEntry[];
  readonly stylesPart: string | undefined;
  readonly sharedStringsPart: string | undefined;
  /** Dates count from 1904 (old Mac workbooks), not 1900. */
  readonly date1904: boolean;
}

function scanAll(xml: string, label: string, open: (name: string, attrs: string) => void): void {
  new XmlScanner({ open, close: () => undefined, text: () => undefined }, () => notWorkbook(label)).writeText(
    xml,
  );
}

/** The folder of a part, with a trailing slash: `xl/` for `xl/workbook.xml`. */
function folderOf(part: string): string {
  return part.slice(0, part.lastIndexOf('/') + 1);
}

/** `target` of a relationship of `part`, as a path inside the package. */
export function resolveTarget(part: string, target: string): string {
  const segments = (target.startsWith('/') ? target.slice(1) : folderOf(part) + target).split('/');
  const out: string[] = [];
  for (const s of segments) {
    if (s === '..') out.pop();
    else if (s !== '.' && s !== '') out.push(s);
  }
  return out.join('/');
}

/** The relationships part of `part`: `xl/_rels/workbook.xml.rels` for `xl/workbook.xml`. */
export function relsPartOf(part: string): string {
  return `${folderOf(part)}_rels/${part.slice(part.lastIndexOf('/') + 1)}.rels`;
}

export function readRelationships(zip: ZipPackage, part: string, label: string): Relationship[] {
  const entry = zip.entry(relsPartOf(part));
  if (!entry) return [];
  const rels: Relationship[] = [];
  scanAll(zip.readText(entry), label, (name, attrs) => {
    if (name !== 'Relationship') return;
    const external = attr(attrs, 'TargetMode') === 'External';
    const target = attr(attrs, 'Target') ?? '';
    rels.push({
      id: attr(attrs, 'Id') ?? '',
      type: attr(attrs, 'Type') ?? '',
      target: external ? target : resolveTarget(part, target),
      external,
    });
  });
  return rels;
}

export function readPackageParts(zip: ZipPackage, label: string): PackageParts {
  const root = readRelationships(zip, '', label).find((r) => r.type.endsWith('/officeDocument'));
  const workbookPart = root?.target ?? 'xl/workbook.xml';
  const workbookEntry = zip.entry(workbookPart);
  if (!workbookEntry) throw notWorkbook(label);
  const workbookRels = readRelationships(zip, workbookPart, label);
  const byId = new Map(workbookRels.map((r) => [r.id, r]));
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  const workbookXml = zip.readText(workbookEntry);
  // `r:id`, or as the part names the relationships namespace (`ns2:id` from Python's xml.etree).
  const idAttr = relationshipIdAttr(workbookXml);
  scanAll(workbookXml, label, (name, attrs) => {
    if (name === 'workbookPr') {
      const d = attr(attrs, 'date1904');
      date1904 = d === '1' || d === 'true';
    } else if (name === 'sheet') {
      const relId = attr(attrs, idAttr) ?? '';
      const rel = byId.get(relId);
      // Chart sheets and dialog sheets hold no cells: only worksheets are tabs here.
      if (!rel || !rel.type.endsWith('/worksheet')) return;
      sheets.push({
        name: attr(attrs, 'name') ?? '',
        sheetId: attr(attrs, 'sheetId') ?? '',
        relId,
        part: rel.target,
      });
    }
  });
  return {
    workbookPart,
    workbookRels,
    sheets,
    stylesPart: workbookRels.find((r) => r.type.endsWith('/styles'))?.target,
    sharedStringsPart: workbookRels.find((r) => r.type.endsWith('/sharedStrings'))?.target,
    date1904,
  };
}

/**
 * Excel's own formats by id, as exceljs knows them. Ids 27-36 and 50-58 are the East-Asian
 * built-ins (ECMA-376 Part 1 §18.8.30), whose codes depend on the locale (zh-tw, zh-cn, ja-jp,
 * ko-kr in exceljs's defaultnumformats.js): each is a date or a time in every one of them, so one
 * date code stands for them here.
 */
const BUILT_IN_FORMATS: Readonly<Record<number, string>> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy "h":mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00 ;(#,##0.00)',
  40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
  ...Object.fromEntries(
    [27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 50, 51, 52, 53, 54, 55, 56, 57, 58].map((id) => [
      id,
      'yyyy-mm-dd',
    ]),
  ),
};

/** A number format that shows a date or a time, as exceljs decides it (a y, m, d, h, s or b outside quotes and brackets). */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  return /[ymdhMsb]+/.test(format.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

/** For each cell style (`s="n"`), whether its number format shows a date. */
export function readDateStyles(zip: ZipPackage, stylesPart: string | undefined, label: string): boolean[] {
  const entry = stylesPart === undefined ? undefined : zip.entry(stylesPart);
  if (!entry) return [];
  const formats = new Map<number, string>();
  const styleFormats: number[] = [];
  let inCellXfs = false;
  const scanner = new XmlScanner(
    {
      open(name, attrs) {
        if (name === 'numFmt') formats.set(Number(attr(attrs, 'numFmtId')), attr(attrs, 'formatCode') ?? '');
        else if (name === 'cellXfs') inCellXfs = true;
        else if (name === 'xf' && inCellXfs) styleFormats.push(Number(attr(attrs, 'numFmtId') ?? 0));
      },
      close(name) {
        if (name === 'cellXfs') inCellXfs = false;
      },
      text: () => undefined,
    },
    () => notWorkbook(label),
  );
  scanner.writeText(zip.readText(entry));
  // A styles part cut short (no closing `</styleSheet>`) would read every date as a number.
  if (!scanner.complete) throw damagedWorkbook(label);
  // numFmtId 0 (General) is never a date, as in exceljs.
  return styleFormats.map((id) => id !== 0 && isDateFormat(formats.get(id) ?? BUILT_IN_FORMATS[id]));
}
