// How `card --all --out`, `shu --out` and `summary --out` print: the page set-up and the page breaks
// read back from the written file (exceljs for the set-up; the sheet's XML for the breaks, which
// exceljs does not read), and, where LibreOffice is installed, the pages of each tab printed alone
// to PDF, and the generated tabs of `start` printed on A4 (all five prints in one LibreOffice start).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XlsxWorkbook } from '../../src/local/xlsxWorkbook';
import ExcelJS from 'exceljs';
import { ZipPackage } from '../../src/local/zipPackage';
import { sheetPartXml } from './sheetPartXml';
import { dosDateTime, writeZip, type ZipPart } from '../../src/local/zipWriter';
import { runCli } from './runCli';
import { calibriMetrics, convert, soffice } from './libreOfficeConversion';

const TODAY = '2026-11-28';
const dir = mkdtempSync(join(tmpdir(), 'bk-print-'));
const CARDS = join(dir, 'kartu.xlsx');
const SHU = join(dir, 'shu.xlsx');
const SUMMARY = join(dir, 'ringkasan.xlsx');
/** The time the generated tabs say they were made: fixed, so that the same code prints the same files. */
const clock = () => new Date(`${TODAY}T03:00:00Z`);

beforeAll(async () => {
  expect((await runCli(['demo', '--out', 'demo.xlsx', '--today', TODAY], dir, clock)).code).toBe(0);
  // The demo book has an error on purpose: both commands still write their tab (exit 1).
  for (const [args, tab] of [
    [['card', 'demo.xlsx', '--all', '--out', 'kartu.xlsx'], 'Kartu Anggota'],
    [['shu', 'demo.xlsx', '--year', '2026', '--out', 'shu.xlsx'], 'SHU 2026'],
  ] as const)
    expect((await runCli([...args, '--today', TODAY], dir, clock)).stderr).toContain(
      `Dibuat ${args[args.length - 1]}: salinan buku dengan tab ${tab}`,
    );
  // A new workbook, written by exceljs (the tabs above are written into the book's own package).
  expect(
    (await runCli(['summary', 'demo.xlsx', '--out', 'ringkasan.xlsx', '--today', TODAY], dir, clock)).stderr,
  ).toContain('Dibuat ringkasan.xlsx: workbook baru dengan tab Ringkasan Kelompok');
}, 120_000);

/** Rows (1-based) that start a new page: the row after each manual break. */
function pageBreakRows(xml: string): number[] {
  const breaks = /<rowBreaks[^>]*>(.*?)<\/rowBreaks>/.exec(xml)?.[1] ?? '';
  return [...breaks.matchAll(/<brk [^>]*id="(\d+)"[^>]*man="1"/g)].map((m) => Number(m[1]) + 1);
}

/** Columns (1-based) that start a new page: the column after each manual break. */
function pageBreakColumns(xml: string): number[] {
  const breaks = /<colBreaks[^>]*>(.*?)<\/colBreaks>/.exec(xml)?.[1] ?? '';
  return [...breaks.matchAll(/<brk [^>]*id="(\d+)"[^>]*man="1"/g)].map((m) => Number(m[1]) + 1);
}

/** The tab's print titles, as the workbook part names them. */
function printTitles(bytes: Buffer): string[] {
  const zip = new ZipPackage(bytes, 'x', Number.MAX_SAFE_INTEGER);
  const workbook = zip.readText(zip.entry('xl/workbook.xml')!);
  return [...workbook.matchAll(/<definedName name="_xlnm.Print_Titles"[^>]*>([^<]*)<\/definedName>/g)].map(
    (m) => m[1]!,
  );
}

async function worksheet(file: string, name: string): Promise<ExcelJS.Worksheet> {
  const excel = new ExcelJS.Workbook();
  await excel.xlsx.readFile(file);
  return excel.getWorksheet(name)!;
}

/** The column's first cell of each row, as read back. */
function firstColumn(ws: ExcelJS.Worksheet): unknown[] {
  return Array.from({ length: ws.rowCount }, (_, i) => ws.getCell(i + 1, 1).value);
}

describe('print set-up in the written .xlsx', () => {
  it('Kartu Anggota: A4 portrait fit to one page wide, and every card but the first starts a page', async () => {
    const ws = await worksheet(CARDS, 'Kartu Anggota');
    expect(ws.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    });
    const titles = firstColumn(ws)
      .map((v, i) => (v === 'KARTU ANGGOTA' ? i + 1 : 0))
      .filter((r) => r > 0);
    // The demo's 29 members active on the day: one card each.
    expect(titles).toHaveLength(29);
    expect(titles[0]).toBe(1);
    expect(pageBreakRows(sheetPartXml(readFileSync(CARDS), 'Kartu Anggota'))).toEqual(titles.slice(1));
    // The seven columns, 762 px: fit to the 523 points between A4 portrait's margins, at about 92 %.
    expect(ws.columns.slice(0, 7).map((c) => c.width)).toEqual([4, 12, 40, 17.71, 13.43, 13.43, 14]);
  });

  it('SHU 2026: A4 portrait fit to one page wide, no page break, the rules merged across the table', async () => {
    const ws = await worksheet(SHU, 'SHU 2026');
    expect(ws.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    });
    expect(pageBreakRows(sheetPartXml(readFileSync(SHU), 'SHU 2026'))).toEqual([]);
    const column = firstColumn(ws);
    const rules =
      column.findIndex((v) => typeof v === 'string' && v.startsWith('Pendapatan = bagian jasa')) + 1;
    expect(rules).toBeGreaterThan(1);
    // Each rule line spans the eight columns of the table, so it wraps within the page.
    expect(ws.getCell(rules, 8).isMerged).toBe(true);
    expect(ws.getCell(rules, 8).master.address).toBe(`A${rules}`);
  });

  it('Saldo Pinjaman in a copy of the book: the same print set-up, written row by row', async () => {
    const out = join(dir, 'saldo-out.xlsx');
    await runCli(['balances', 'demo.xlsx', '--out', 'saldo-out.xlsx', '--today', TODAY], dir, clock);
    const ws = await worksheet(out, 'Saldo Pinjaman');
    expect(ws.pageSetup).toMatchObject({
      orientation: 'landscape',
      fitToPage: false,
      scale: 83,
      pageOrder: 'overThenDown',
      printTitlesColumn: 'A:D',
      printTitlesRow: '1:8',
    });
    // The second page from M (Sisa Pokok); No, ID Pinjaman, ID Anggota and Nama on both.
    expect(pageBreakColumns(sheetPartXml(readFileSync(out), 'Saldo Pinjaman'))).toEqual([13]);
    expect(printTitles(readFileSync(out))).toContain(
      '&apos;Saldo Pinjaman&apos;!$A:$D,&apos;Saldo Pinjaman&apos;!$1:$8',
    );
  });

  it('Ringkasan Kelompok: A4 landscape two pages wide at 83 %, read across, No to Nama Kelompok on both', async () => {
    const ws = await worksheet(SUMMARY, 'Ringkasan Kelompok');
    // A scale, not fit to page: Excel and LibreOffice drop a column break in a tab fit to pages wide.
    expect(ws.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: false,
      scale: 83,
      pageOrder: 'overThenDown',
      printTitlesColumn: 'A:C',
      printTitlesRow: '1:5',
    });
    const bytes = readFileSync(SUMMARY);
    const xml = sheetPartXml(bytes, 'Ringkasan Kelompok');
    // The second page from M (Kol 5): the first holds A to L, the definitions' merged block whole.
    expect(pageBreakColumns(xml)).toEqual([13]);
    expect(xml).toContain(
      '<colBreaks count="1" manualBreakCount="1"><brk id="12" max="1048575" man="1"/></colBreaks>',
    );
    expect(ws.getRow(5).getCell(13).value).toBe('Kol 5 (Macet)');
    expect(printTitles(bytes)).toEqual([
      '&apos;Ringkasan Kelompok&apos;!$A:$C,&apos;Ringkasan Kelompok&apos;!$1:$5',
    ]);
  });
});

const withLibreOffice = soffice && calibriMetrics ? describe : describe.skip;
if (soffice && !calibriMetrics)
  console.warn(
    "Carlito (Calibri's metrics) is not installed: LibreOffice would print other page counts than Excel, so the pages of Kartu Anggota, SHU and the generated tabs printed to PDF are not checked (apt-get install fonts-crosextra-carlito).",
  );
if (!soffice)
  console.warn(
    'LibreOffice (soffice) is not installed: the pages of Kartu Anggota, SHU and the generated tabs printed to PDF are not checked.',
  );

/**
 * A copy of `file` in which only the tabs `names` are visible, the first of them active, as a person
 * prints them: LibreOffice prints every visible tab, and exceljs would lose the page breaks if it
 * wrote the copy (the tabs print as the command wrote them; only workbook.xml differs).
 */
function onlyTabs(file: string, names: readonly string[], out: string): string {
  const zip = new ZipPackage(readFileSync(file), file, Number.MAX_SAFE_INTEGER);
  const xml = zip.readText(zip.entry('xl/workbook.xml')!);
  const sheets = [...xml.matchAll(/<sheet [^>]*\/>/g)].map((m) => m[0]);
  const shown = (sheet: string) => names.some((name) => sheet.includes(`name="${name}"`));
  const index = sheets.findIndex((s) => s.includes(`name="${names[0]}"`));
  let workbook = xml.replace(/<sheet [^>]*\/>/g, (s) =>
    shown(s)
      ? s.replace(/ state="[^"]*"/, '')
      : s.replace(/ state="[^"]*"/, '').replace('<sheet ', '<sheet state="hidden" '),
  );
  workbook = /<workbookView[ />]/.test(workbook)
    ? workbook.replace(/ activeTab="\d+"/, '').replace('<workbookView', `<workbookView activeTab="${index}"`)
    : workbook.replace('<sheets>', `<bookViews><workbookView activeTab="${index}"/></bookViews><sheets>`);
  const parts: ZipPart[] = zip.entries.map((e) =>
    e.name === 'xl/workbook.xml'
      ? { kind: 'new', name: e.name, data: Buffer.from(workbook) }
      : { kind: 'kept', from: zip, entry: e },
  );
  writeFileSync(out, writeZip(parts, dosDateTime(TODAY)));
  return out;
}

/** Each page's size in points, rounded, from the page objects LibreOffice writes plainly. */
function pageSizes(pdf: Buffer): [number, number][] {
  return pdf
    .toString('latin1')
    .split('endobj')
    .filter((obj) => /\/Type\s*\/Page(?![a-z])/.test(obj))
    .map((obj) => {
      const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(obj);
      return [Math.round(Number(box?.[1])), Math.round(Number(box?.[2]))];
    });
}

const withPdfText = spawnSync('pdftotext', ['-v']).error === undefined;

/** Each page's text (pdftotext, in reading order), or [] where poppler's pdftotext is not installed. */
function pageTexts(pdf: string): string[] {
  if (!withPdfText) return [];
  return spawnSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).stdout.split('\f').slice(0, -1);
}

/** The font sizes the PDF's text is drawn at, in points, from its content streams. */
function fontSizes(pdf: Buffer): number[] {
  const sizes = new Set<number>();
  for (const m of pdf.toString('latin1').matchAll(/stream\r?\n/g)) {
    const start = m.index + m[0].length;
    const end = pdf.indexOf('endstream', start, 'latin1');
    let text: string;
    try {
      text = inflateSync(pdf.subarray(start, end)).toString('latin1');
    } catch {
      continue;
    }
    for (const tf of text.matchAll(/\/F\d+ ([\d.]+) Tf/g)) sizes.add(Number(tf[1]));
  }
  return [...sizes].sort((a, b) => a - b);
}

withLibreOffice('printed to PDF by LibreOffice', () => {
  const portrait: [number, number] = [595, 842];

  // Every print of this file in one LibreOffice start (a start costs 6-9 s of CPU), or as kept.
  beforeAll(async () => {
    const startDir = mkdtempSync(join(tmpdir(), 'bk-print-start-'));
    expect((await runCli(['start', '--today', TODAY], startDir, clock)).code).toBe(0);
    const result = join(startDir, 'out', 'buku-kelompok-demo-hasil.xlsx');
    const ours = await XlsxWorkbook.load(result);
    const generated = ours.tabNames().filter((name) => ours.isGenerated(name));
    convert('pdf', dir, [
      onlyTabs(CARDS, ['Kartu Anggota'], join(dir, 'kartu-cetak.xlsx')),
      onlyTabs(SHU, ['SHU 2026'], join(dir, 'shu-cetak.xlsx')),
      onlyTabs(result, generated, join(dir, 'generated.xlsx')),
      onlyTabs(result, ['Saldo Pinjaman'], join(dir, 'saldo.xlsx')),
      onlyTabs(SUMMARY, ['Ringkasan Kelompok'], join(dir, 'ringkasan-cetak.xlsx')),
    ]);
  }, 300_000);

  it('one A4 portrait page per card, and SHU 2026 on two A4 portrait pages', () => {
    // 29 cards, 29 pages: no card runs over its page (the longest, A021, has two loans).
    expect(pageSizes(readFileSync(join(dir, 'kartu-cetak.pdf')))).toEqual(Array(29).fill(portrait));
    // The table on the first page, the rest of the rules on the second.
    expect(pageSizes(readFileSync(join(dir, 'shu-cetak.pdf')))).toEqual([portrait, portrait]);
  });

  it('every generated tab of `start` prints on A4', () => {
    const a4 = [595, 842];
    const all = pageSizes(readFileSync(join(dir, 'generated.pdf')));
    // Pemeriksaan, Saldo Pinjaman, Simpanan and the journal: at least one page each.
    expect(all.length).toBeGreaterThanOrEqual(4);
    for (const size of all) expect([...size].sort((x, y) => x - y)).toEqual(a4);
  });

  /**
   * A wide tab at 81-83 %: A4 landscape pages, the identifying columns (headed `ids`) at the left
   * of every one, cut before the column headed `second`, so that no page holds it and the column
   * headed `first`; `below`, under the table, prints after `second` (across, then down). Where
   * LibreOffice draws the book's Calibri as wide as Excel does (Carlito), that is two pages wide;
   * on a machine without Carlito, in a wider font, a page's columns may be cut once more.
   */
  const printedWide = (pdf: string, ids: string, first: string, second: string, below?: string) => {
    const bytes = readFileSync(join(dir, pdf));
    const sizes = pageSizes(bytes);
    expect(sizes.length).toBeGreaterThanOrEqual(2);
    for (const size of sizes) expect(size).toEqual([842, 595]);
    // 10 pt at 81 % or more: the smallest text on paper is 8 pt or more (it was 4 to 6 pt).
    expect(fontSizes(bytes)[0]).toBeGreaterThanOrEqual(8);
    const texts = pageTexts(join(dir, pdf));
    if (texts.length === 0) return;
    for (const text of texts) expect(text).toContain(ids);
    expect(texts.some((text) => text.includes(first) && text.includes(second))).toBe(false);
    const rest = texts.findIndex((text) => text.includes(second));
    expect(rest).toBeGreaterThan(0);
    if (below) expect(rest).toBeLessThan(texts.findIndex((text) => text.includes(below)));
  };

  it('Saldo Pinjaman prints two pages wide at 83 %, No to Nama on every page', () => {
    printedWide('saldo.pdf', 'ID Anggota', 'Tanggal Cair', 'Sisa Pokok', 'PORTOFOLIO');
  });

  it('Ringkasan Kelompok prints two pages wide at 83 %, No to Nama Kelompok on every page', () => {
    printedWide('ringkasan-cetak.pdf', 'Nama Kelompok', 'Saldo Kas', 'Keterangan');
  });
});
