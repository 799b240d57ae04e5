// A small book as .xlsx bytes written from raw XML (not by the writer under test), and the same
// book as other programs write its parts: every element under an `x:` prefix (the .NET Open XML
// SDK) or the workbook part with xml.etree's `ns0:`/`ns2:` prefixes (Python).
import { ZipPackage } from '../../src/local/zipPackage';
import { dosDateTime, writeZip, type ZipPart } from '../../src/local/zipWriter';

export const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** A cell: a number, a text (inline), a date (`{ date: serial }`, styled dd/mm/yyyy) or empty. */
export type RawCell = number | string | { readonly date: number } | null;

const day = (y: number, m: number, d: number) => ({
  date: (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000,
});

/** A group's book of an earlier release: five tabs, three settings, one loan. */
export const SMALL_BOOK: Readonly<Record<string, readonly (readonly RawCell[])[]>> = {
  Pengaturan: [
    ['Kunci', 'Nilai'],
    ['Nama Kelompok', 'KT Uji'],
    ['Saldo Awal Kas', 5_000_000],
    ['Tanggal Saldo Awal', day(2026, 1, 1)],
  ],
  Anggota: [
    ['ID Anggota', 'Nama', 'Jenis Kelamin', 'Jabatan', 'Tanggal Masuk', 'Status'],
    ['A001', 'Budi', 'L', 'Ketua', day(2025, 1, 5), 'Aktif'],
    ['A002', 'Siti', 'P', 'Bendahara', day(2025, 1, 5), 'Aktif'],
    ['A003', 'Joko', 'L', 'Anggota', day(2025, 2, 1), 'Aktif'],
  ],
  Kas: [
    ['Tanggal', 'No Bukti', 'Uraian', 'Kategori', 'ID Anggota', 'ID Pinjaman', 'Masuk', 'Keluar'],
    [day(2026, 1, 10), 'BM-1', 'Simpanan pokok Budi', 'Simpanan Pokok', 'A001', null, 50_000, null],
    [day(2026, 2, 1), 'BK-1', 'Pencairan P001', 'Pencairan Pinjaman', 'A003', 'P001', null, 1_500_000],
    [day(2026, 3, 1), 'BM-2', 'Angsuran P001', 'Angsuran Pinjaman', 'A003', 'P001', 300_000, null],
  ],
  Pinjaman: [
    [
      'ID Pinjaman',
      'ID Anggota',
      'Tanggal Cair',
      'Pokok',
      'Jasa % per Bulan',
      'Metode Jasa',
      'Jumlah Angsuran',
      'Frekuensi',
    ],
    ['P001', 'A003', day(2026, 2, 1), 1_500_000, 1.5, 'Flat', 10, 'Bulanan'],
  ],
  Kegiatan: [
    ['Tanggal', 'Jenis Kegiatan', 'Uraian', 'Jumlah Hadir'],
    [day(2026, 3, 1), 'Rapat', 'Rapat bulanan', 3],
  ],
};

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function columnName(i: number): string {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function cellXml(ref: string, c: RawCell): string {
  if (c === null) return '';
  if (typeof c === 'number') return `<c r="${ref}"><v>${c}</v></c>`;
  if (typeof c === 'string') return `<c r="${ref}" t="inlineStr"><is><t>${escapeXml(c)}</t></is></c>`;
  return `<c r="${ref}" s="1"><v>${c.date}</v></c>`;
}

/** The worksheet part of rows of cells, as Excel writes it. */
export function worksheetXml(rows: readonly (readonly RawCell[])[]): string {
  const data = rows
    .map(
      (row, r) =>
        `<row r="${r + 1}">${row.map((c, i) => cellXml(`${columnName(i)}${r + 1}`, c)).join('')}</row>`,
    )
    .join('');
  return `${XML_HEAD}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheetData>${data}</sheetData></worksheet>`;
}

/** The .xlsx bytes of `tabs` (tab name to rows), each part's XML as Excel writes it, unprefixed. */
export function rawBook(tabs: Readonly<Record<string, readonly (readonly RawCell[])[]>>): Buffer {
  const names = Object.keys(tabs);
  const part = (name: string, xml: string): ZipPart => ({ kind: 'new', name, data: Buffer.from(xml) });
  const sheetType = 'application/vnd.openxmlformats-officedocument.spreadsheetml';
  return writeZip(
    [
      part(
        '[Content_Types].xml',
        `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="${sheetType}.sheet.main+xml"/>${names.map((_n, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${sheetType}.worksheet+xml"/>`).join('')}<Override PartName="/xl/styles.xml" ContentType="${sheetType}.styles+xml"/></Types>`,
      ),
      part(
        '_rels/.rels',
        `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
      ),
      part(
        'xl/workbook.xml',
        `${XML_HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><workbookPr/><sheets>${names.map((n, i) => `<sheet name="${escapeXml(n)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`,
      ),
      part(
        'xl/_rels/workbook.xml.rels',
        `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${names.map((_n, i) => `<Relationship Id="rId${i + 1}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}<Relationship Id="rId100" Type="${REL_NS}/styles" Target="styles.xml"/></Relationships>`,
      ),
      part(
        'xl/styles.xml',
        `${XML_HEAD}<styleSheet xmlns="${MAIN_NS}"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>`,
      ),
      ...names.map((n, i) => part(`xl/worksheets/sheet${i + 1}.xml`, worksheetXml(tabs[n]!))),
    ],
    dosDateTime('2026-11-28'),
  );
}

/** Every element of the part under prefix `prefix`, the main namespace declared for it instead of as the default. */
export function prefixAll(xml: string, prefix: string): string {
  return xml
    .replace(/<(\/?)(?![\w.-]+:)([A-Za-z_][\w.-]*)(?=[\s/>])/g, `<$1${prefix}:$2`)
    .replace(`xmlns="${MAIN_NS}"`, `xmlns:${prefix}="${MAIN_NS}"`);
}

/** The book with each part `edit` answers for replaced by its answer (the rest kept as they are). */
export function withEditedParts(
  bytes: Buffer,
  edit: (name: string, xml: string) => string | undefined,
): Buffer {
  const zip = new ZipPackage(bytes, 'book', Number.MAX_SAFE_INTEGER);
  const parts: ZipPart[] = zip.entries.map((e) => {
    const xml = /\.(xml|rels)$/.test(e.name) ? edit(e.name, zip.readText(e)) : undefined;
    return xml === undefined
      ? { kind: 'kept', from: zip, entry: e }
      : { kind: 'new', name: e.name, data: Buffer.from(xml) };
  });
  return writeZip(parts, dosDateTime('2026-11-28'));
}

/** The book as the .NET Open XML SDK writes it: every SpreadsheetML element under `x:`. */
export function openXmlSdkStyle(bytes: Buffer): Buffer {
  return withEditedParts(bytes, (name, xml) =>
    name.startsWith('xl/') && !name.includes('_rels/') && xml.includes(`xmlns="${MAIN_NS}"`)
      ? prefixAll(xml, 'x')
      : undefined,
  );
}

/**
 * The book with its workbook part written again by Python's xml.etree: `ns0:` for the main
 * namespace, `ns2:id` for `r:id`, a space before `/>`.
 */
export function elementTreeStyle(bytes: Buffer): Buffer {
  return withEditedParts(bytes, (name, xml) =>
    name === 'xl/workbook.xml'
      ? prefixAll(xml, 'ns0')
          .replace(`xmlns:r="${REL_NS}"`, `xmlns:ns2="${REL_NS}"`)
          .replace(/ r:id="/g, ' ns2:id="')
          .replace(/"\/>/g, '" />')
      : undefined,
  );
}

/** The start and end tags in `xml` whose element has no prefix. */
export function unprefixedTags(xml: string): string[] {
  return [...xml.matchAll(/<\/?(?![\w.-]+:)[A-Za-z_][\w.-]*/g)].map((m) => m[0]);
}
