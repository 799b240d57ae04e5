// The XML of one tab's sheet part in .xlsx bytes, found through the workbook and its relationships
// by plain text (not by the reader under test), for tests that look at what exceljs does not read
// back (page breaks).
import { ZipPackage } from '../../src/local/zipPackage';

export function sheetPartXml(bytes: Buffer, name: string): string {
  const zip = new ZipPackage(bytes, 'x', Number.MAX_SAFE_INTEGER);
  const workbook = zip.readText(zip.entry('xl/workbook.xml')!);
  const rels = zip.readText(zip.entry('xl/_rels/workbook.xml.rels')!);
  const sheet = [...workbook.matchAll(/<sheet [^>]*>/g)]
    .map((m) => m[0])
    .find((s) => s.includes(`name="${name}"`))!;
  const id = /r:id="([^"]+)"/.exec(sheet)![1];
  const rel = [...rels.matchAll(/<Relationship [^>]*>/g)]
    .map((m) => m[0])
    .find((r) => r.includes(`Id="${id}"`))!;
  const target = /Target="([^"]+)"/.exec(rel)![1]!.replace(/^\/?(xl\/)?/, '');
  return zip.readText(zip.entry(`xl/${target}`)!);
}
