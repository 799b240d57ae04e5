// Reads an .xlsx package without building a workbook model: its tabs in order, each tab's cells
// streamed into the core's rows, and whether each carries the generated marker.
import type { MergedBlock } from '../core/workbook';
import type { Grid } from '../core/cell';
import { GENERATED_MARKER } from '../core/generatedMarker';
import { text } from '../core/text';
import { WorkbookFileError } from './workbookFileError';
import { notWorkbook } from './workbookFileKind';
import { XLSX_LIMITS, type XlsxLimits } from './xlsxLimits';
import {
  readDateStyles,
  readPackageParts,
  readRelationships,
  type PackageParts,
  type SheetEntry,
} from './xlsxPackageParts';
import { readSharedStrings, readSharedStringsAgain } from './xlsxSharedStrings';
import {
  NO_SHEET,
  readSheet,
  readSheetAgain,
  type SheetContext,
  type SheetRead,
  type UncomputedFormula,
} from './xlsxSheetReader';
import { xmlDecode, XmlScanner } from './xmlScanner';
import { ZipPackage } from './zipPackage';

export interface PackageTab {
  readonly sheet: SheetEntry;
  readonly uncomputed: readonly UncomputedFormula[];
  readonly merged: readonly MergedBlock[];
  /** Its formula cells' places (`formulaPlace`). */
  readonly formulas: readonly number[];
  readonly generated: boolean;
}

export interface XlsxPackage {
  /** The file as the user named it, for the messages about it. */
  readonly label: string;
  readonly zip: ZipPackage;
  readonly parts: PackageParts;
  readonly tabs: readonly PackageTab[];
  /** The tab's cells read again from the file, as first read (see readSheetAgain). */
  readAgain(sheet: SheetEntry): SheetRead;
  /**
   * Lets the file's bytes and its shared strings go, once every tab is read, for a command that
   * writes no copy: `zip` and `readAgain` throw from then on.
   */
  letFileGo(): void;
}

const ODS_MIMETYPE = 'application/vnd.oasis.opendocument.spreadsheet';

/** Throws WorkbookFileError when the zip is an OpenDocument file (an .ods, named so or renamed .xlsx). */
function refuseOpenDocument(zip: ZipPackage, label: string): void {
  const entry = zip.entry('mimetype');
  if (!entry || entry.size > 200) return;
  const mimetype = zip.readText(entry).trim();
  if (!mimetype.startsWith('application/vnd.oasis.opendocument')) return;
  const sheet = mimetype === ODS_MIMETYPE;
  throw new WorkbookFileError(
    'file.notWorkbook',
    sheet && /\.ods$/i.test(label)
      ? text(
          `${label} adalah file OpenDocument (.ods): buka di LibreOffice lalu simpan sebagai Excel .xlsx`,
          `${label} is an OpenDocument spreadsheet (.ods): open it in LibreOffice and save it as Excel .xlsx`,
        )
      : sheet
        ? text(
            `${label} adalah file OpenDocument (.ods) yang berganti nama .xlsx: buka di LibreOffice lalu simpan sebagai Excel .xlsx`,
            `${label} is an OpenDocument spreadsheet (.ods) renamed .xlsx: open it in LibreOffice and save it as Excel .xlsx`,
          )
        : text(
            `${label} adalah dokumen OpenDocument, bukan buku kerja Excel .xlsx`,
            `${label} is an OpenDocument file, not an Excel .xlsx workbook`,
          ),
  );
}

/** The text of the note on A1 of a sheet, when it has one. */
function noteOnA1(zip: ZipPackage, sheet: SheetEntry, label: string): string | undefined {
  const rel = readRelationships(zip, sheet.part, label).find(
    (r) => !r.external && r.type.endsWith('/comments'),
  );
  const entry = rel === undefined ? undefined : zip.entry(rel.target);
  if (!entry) return undefined;
  let inA1 = false;
  let found: string[] | undefined;
  new XmlScanner(
    {
      open(name, attrs) {
        if (name === 'comment') {
          inA1 = /\sref="A1"/.test(` ${attrs}`);
          if (inA1) found = [];
        }
      },
      close(name) {
        if (name === 'comment') inA1 = false;
      },
      text(raw) {
        if (inA1) found?.push(raw);
      },
    },
    () => notWorkbook(label),
  ).writeText(zip.readText(entry));
  return found === undefined ? undefined : xmlDecode(found.join(''));
}

/** The package, and each tab's cells apart (so that whoever holds the package need not hold them). */
export interface XlsxPackageRead {
  readonly pkg: XlsxPackage;
  readonly grids: readonly Grid[];
}

export async function readXlsxPackage(
  bytes: Buffer,
  label: string,
  limits: XlsxLimits = XLSX_LIMITS,
): Promise<XlsxPackageRead> {
  const zip = new ZipPackage(bytes, label, limits.unpackedBytes);
  refuseOpenDocument(zip, label);
  const parts = readPackageParts(zip, label);
  const shared = parts.sharedStringsPart === undefined ? undefined : zip.entry(parts.sharedStringsPart);
  const ctx: SheetContext = {
    sharedStrings: await readSharedStrings(zip, shared, label, limits),
    dateStyles: readDateStyles(zip, parts.stylesPart, label),
    date1904: parts.date1904,
    limits,
    label,
    cells: 0,
    dates: new Map(),
  };
  const tabs: PackageTab[] = [];
  const grids: Grid[] = [];
  for (const sheet of parts.sheets) {
    const entry = zip.entry(sheet.part);
    const read = entry ? await readSheet(zip, entry, ctx) : NO_SHEET;
    const note = noteOnA1(zip, sheet, label);
    grids.push(read.grid);
    tabs.push({
      sheet,
      uncomputed: read.uncomputed,
      merged: read.merged,
      formulas: read.formulas,
      generated: note !== undefined && note.startsWith(GENERATED_MARKER),
    });
  }
  // The shared strings go once every tab is read (at ×10 about 10 MB): a tab read again (a command
  // reads each tab once) reads them again.
  let file: { zip: ZipPackage; ctx: SheetContext } | undefined = { zip, ctx: { ...ctx, sharedStrings: [] } };
  const kept = (): { zip: ZipPackage; ctx: SheetContext } => {
    if (file === undefined) throw new Error(`${label} was let go once read (letFileGo)`);
    return file;
  };
  const pkg: XlsxPackage = {
    label,
    get zip() {
      return kept().zip;
    },
    parts,
    tabs,
    readAgain(sheet) {
      const { zip, ctx } = kept();
      const entry = zip.entry(sheet.part);
      if (!entry) return NO_SHEET;
      const sharedStrings = readSharedStringsAgain(zip, shared, label, limits);
      // Counted afresh: these cells were counted once against the limit already.
      return readSheetAgain(zip, entry, { ...ctx, sharedStrings, cells: 0 });
    },
    letFileGo() {
      file = undefined;
    },
  };
  return { pkg, grids };
}
