// The column page breaks of generated tabs in a workbook exceljs wrote: exceljs writes row breaks
// only, so the breaks go into each tab's worksheet part afterwards, where the schema has them
// (after the row breaks, before the drawings). Every other part is kept as exceljs packed it.
import { readPackageParts } from './xlsxPackageParts';
import { colBreaksXml } from './xlsxGeneratedSheet';
import { ZipPackage } from './zipPackage';
import { dosDateTime, writeZip, type ZipPart } from './zipWriter';

/** What comes after `<colBreaks>` in a worksheet, the first of which it goes before. */
const AFTER_COL_BREAKS =
  /<(?:customProperties|cellWatches|ignoredErrors|smartTags|drawing|legacyDrawing|legacyDrawingHF|drawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)\b|<\/worksheet>/;

/**
 * `bytes` (a workbook exceljs wrote) with the column breaks of each tab named in `breaks` (the
 * columns that start a new page); the bytes as they were when there are none. New parts are dated
 * `stamp` (yyyy-mm-dd), or now.
 */
export function withColumnBreaks(
  bytes: Buffer,
  breaks: ReadonlyMap<string, readonly number[]>,
  stamp: string | undefined,
): Buffer {
  const wanted = [...breaks].filter(([, cols]) => cols.length > 0);
  if (wanted.length === 0) return bytes;
  const zip = new ZipPackage(bytes, 'exceljs', Number.MAX_SAFE_INTEGER);
  const { sheets } = readPackageParts(zip, 'exceljs');
  const changed = new Map<string, Buffer>();
  for (const [name, cols] of wanted) {
    const part = sheets.find((s) => s.name === name)?.part;
    const entry = part === undefined ? undefined : zip.entry(part);
    if (!part || !entry) throw new Error(`exceljs wrote no tab ${name}`);
    const xml = zip.readText(entry);
    const at = AFTER_COL_BREAKS.exec(xml)?.index ?? xml.length;
    changed.set(part, Buffer.from(`${xml.slice(0, at)}${colBreaksXml(cols)}${xml.slice(at)}`));
  }
  const parts: ZipPart[] = zip.entries.map((entry) => {
    const data = changed.get(entry.name);
    return data ? { kind: 'new', name: entry.name, data } : { kind: 'kept', from: zip, entry };
  });
  return writeZip(parts, dosDateTime(stamp));
}
