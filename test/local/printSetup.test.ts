// How `card --all --out` and `shu --out` print: the page set-up and the page breaks read back from
// the written file (exceljs for the set-up; the sheet's XML for the breaks, which exceljs does not
// read), and, where LibreOffice is installed, the pages of each tab printed alone to PDF, and the
// generated tabs of `start` printed on A4 (all four prints in one LibreOffice start).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XlsxWorkbook } from '../../src/local/xlsxWorkbook';
import ExcelJS from 'exceljs';
import { ZipPackage } from '../../src/local/zipPackage';
import { sheetPartXml } from './sheetPartXml';
import { dosDateTime, writeZip, type ZipPart } from '../../src/local/zipWriter';
import { runCli } from './runCli';
import { convert, soffice } from './libreOfficeConversion';

const TODAY = '2026-11-28';
const dir = mkdtempSync(join(tmpdir(), 'bk-print-'));
const CARDS = join(dir, 'kartu.xlsx');
const SHU = join(dir, 'shu.xlsx');
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
}, 120_000);

/** Rows (1-based) that start a new page: the row after each manual break. */
function pageBreakRows(xml: string): number[] {
  const breaks = /<rowBreaks[^>]*>(.*?)<\/rowBreaks>/.exec(xml)?.[1] ?? '';
  return [...breaks.matchAll(/<brk [^>]*id="(\d+)"[^>]*man="1"/g)].map((m) => Number(m[1]) + 1);
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
    expect(ws.columns.slice(0, 7).map((c) => c.width)).toEqual([4, 12, 40, 14.86, 12, 12, 14]);
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
});

const withLibreOffice = soffice ? describe : describe.skip;
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
    ]);
  }, 300_000);

  it('one A4 portrait page per card, and SHU 2026 on two A4 portrait pages', () => {
    // 29 cards, 29 pages: no card runs over its page (the longest, A021, has two loans).
    expect(pageSizes(readFileSync(join(dir, 'kartu-cetak.pdf')))).toEqual(Array(29).fill(portrait));
    // The table on the first page, the rest of the rules on the second.
    expect(pageSizes(readFileSync(join(dir, 'shu-cetak.pdf')))).toEqual([portrait, portrait]);
  });

  it('every generated tab of `start` prints on A4, and Saldo Pinjaman fits the width of one page', () => {
    const a4 = [595, 842];
    const all = pageSizes(readFileSync(join(dir, 'generated.pdf')));
    // Pemeriksaan, Saldo Pinjaman, Simpanan and the journal: at least one page each.
    expect(all.length).toBeGreaterThanOrEqual(4);
    for (const size of all) expect([...size].sort((x, y) => x - y)).toEqual(a4);
    // 18 columns and 10 loans: one landscape page when fit to width (several pages otherwise).
    expect(pageSizes(readFileSync(join(dir, 'saldo.pdf')))).toEqual([[842, 595]]);
  });
});
