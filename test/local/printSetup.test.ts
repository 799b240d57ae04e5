// How `card --all --out` and `shu --out` print: the page set-up and the page breaks read back from
// the written file (exceljs for the set-up; the sheet's XML for the breaks, which exceljs does not
// read), and, where LibreOffice is installed, the pages of each tab printed alone to PDF.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { ZipPackage } from '../../src/local/zipPackage';
import { dosDateTime, writeZip, type ZipPart } from '../../src/local/zipWriter';
import { runCli } from './runCli';

const TODAY = '2026-11-28';
const dir = mkdtempSync(join(tmpdir(), 'bk-print-'));
const CARDS = join(dir, 'kartu.xlsx');
const SHU = join(dir, 'shu.xlsx');

beforeAll(async () => {
  expect((await runCli(['demo', '--out', 'demo.xlsx', '--today', TODAY], dir)).code).toBe(0);
  // The demo book has an error on purpose: both commands still write their tab (exit 1).
  for (const [args, tab] of [
    [['card', 'demo.xlsx', '--all', '--out', 'kartu.xlsx'], 'Kartu Anggota'],
    [['shu', 'demo.xlsx', '--year', '2026', '--out', 'shu.xlsx'], 'SHU 2026'],
  ] as const)
    expect((await runCli([...args, '--today', TODAY], dir)).stderr).toContain(
      `Dibuat ${args[args.length - 1]}: salinan buku dengan tab ${tab}`,
    );
}, 120_000);

/** The XML of the sheet part of tab `name`, found through the workbook and its relationships. */
function sheetXml(file: string, name: string): string {
  const zip = new ZipPackage(readFileSync(file), file, Number.MAX_SAFE_INTEGER);
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
    expect(pageBreakRows(sheetXml(CARDS, 'Kartu Anggota'))).toEqual(titles.slice(1));
    // The seven columns, about the 523 points between A4 portrait's margins.
    expect(ws.columns.slice(0, 7).map((c) => c.width)).toEqual([4, 12, 30, 14.86, 12, 12, 14]);
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
    expect(pageBreakRows(sheetXml(SHU, 'SHU 2026'))).toEqual([]);
    const column = firstColumn(ws);
    const rules =
      column.findIndex((v) => typeof v === 'string' && v.startsWith('Pendapatan = bagian jasa')) + 1;
    expect(rules).toBeGreaterThan(1);
    // Each rule line spans the eight columns of the table, so it wraps within the page.
    expect(ws.getCell(rules, 8).isMerged).toBe(true);
    expect(ws.getCell(rules, 8).master.address).toBe(`A${rules}`);
  });
});

const soffice = spawnSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' }).stdout.trim();
const withLibreOffice = soffice ? it : it.skip;
if (!soffice)
  console.warn(
    'LibreOffice (soffice) is not installed: the page counts of Kartu Anggota and SHU printed to PDF are not checked.',
  );

/**
 * A copy of `file` in which only tab `name` is visible and active, as a person prints one tab:
 * LibreOffice prints every visible tab, and exceljs would lose the page breaks if it wrote the copy.
 */
function onlyTab(file: string, name: string, out: string): void {
  const zip = new ZipPackage(readFileSync(file), file, Number.MAX_SAFE_INTEGER);
  const xml = zip.readText(zip.entry('xl/workbook.xml')!);
  const sheets = [...xml.matchAll(/<sheet [^>]*\/>/g)].map((m) => m[0]);
  const index = sheets.findIndex((s) => s.includes(`name="${name}"`));
  let workbook = xml.replace(/<sheet [^>]*\/>/g, (s) =>
    s.includes(`name="${name}"`)
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

withLibreOffice(
  'printed to PDF: one A4 portrait page per card, and SHU 2026 on two A4 portrait pages',
  () => {
    onlyTab(CARDS, 'Kartu Anggota', join(dir, 'kartu-cetak.xlsx'));
    onlyTab(SHU, 'SHU 2026', join(dir, 'shu-cetak.xlsx'));
    const profile = `-env:UserInstallation=file://${mkdtempSync(join(tmpdir(), 'bk-lo-profile-'))}`;
    execFileSync(
      soffice,
      [
        profile,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        join(dir, 'kartu-cetak.xlsx'),
        join(dir, 'shu-cetak.xlsx'),
      ],
      { stdio: 'ignore', timeout: 180_000 },
    );
    const portrait: [number, number] = [595, 842];
    // 29 cards, 29 pages: no card runs over its page (the longest, A021, has two loans).
    expect(pageSizes(readFileSync(join(dir, 'kartu-cetak.pdf')))).toEqual(Array(29).fill(portrait));
    // The table on the first page, the rest of the rules on the second.
    expect(pageSizes(readFileSync(join(dir, 'shu-cetak.pdf')))).toEqual([portrait, portrait]);
  },
  240_000,
);
