// Generated tabs written straight into a read file's package, row by row (generatedSheetPart),
// against the same tabs built in exceljs (writeGeneratedSheet, as a new workbook still writes
// them): both files read back with exceljs cell by cell (values, number formats, fonts, fills,
// borders, alignment, notes, merges), with the same widths, heights, frozen header, print set-up,
// page breaks (rows and columns), print titles, links and protection; and the core reads the same
// cells from both.
import ExcelJS from 'exceljs';
import { createApi } from '../../src/core/api/createApi';
import type { SheetGrid } from '../../src/core/sheetGrid';
import { cell } from '../../src/core/sheetGrid';
import { demoBytes } from './demoBytes';
import { LocalHost } from '../../src/local/localHost';
import { XlsxWorkbook } from '../../src/local/xlsxWorkbook';
import { sheetPartXml } from './sheetPartXml';
import { ZipPackage } from '../../src/local/zipPackage';

const TODAY = '2026-11-28';
const clock = (): Date => new Date(`${TODAY}T01:00:00Z`);

/** The grids each action of the API writes on the demo book, as written into its file's package. */
async function writtenOnDemo(): Promise<{ streamed: XlsxWorkbook; grids: SheetGrid[] }> {
  const streamed = await XlsxWorkbook.fromBuffer(await demoBytes(TODAY));
  const grids: SheetGrid[] = [];
  const write = streamed.writeGenerated.bind(streamed);
  streamed.writeGenerated = (grid) => {
    grids.push(grid);
    write(grid);
  };
  const api = createApi(new LocalHost(streamed, { today: TODAY, clock }), {
    report: (error) => {
      throw error;
    },
  });
  const done = (r: { ok: boolean }): void => expect(r).toMatchObject({ ok: true });
  done(api.runChecks());
  done(api.computeBalances(TODAY));
  done(api.generateJournal('2026-W48'));
  done(api.computeShu(2026));
  done(api.generateAllMemberCards(TODAY));
  done(api.generatePlan(2026));
  done(api.generateSaprodi('MT I 2026'));
  return { streamed, grids };
}

async function readBack(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

/** What exceljs does not read back: the page breaks, as rows. */
function rowBreaks(xml: string): string {
  return /<rowBreaks[^>]*>.*?<\/rowBreaks>/.exec(xml)?.[0] ?? '';
}

/**
 * The tab's print set-up as the sheet part holds it: its fit to page, its page set-up and its
 * column breaks (which exceljs neither reads nor writes: XlsxWorkbook adds them).
 */
function printXml(xml: string): string[] {
  return [/<sheetPr>.*?<\/sheetPr>/, /<pageSetup [^>]*\/>/, /<colBreaks[^>]*>.*?<\/colBreaks>/].map(
    (re) => re.exec(xml)?.[0] ?? '',
  );
}

/** The tab's print titles in the workbook part, as XML text. */
function printTitlesXml(bytes: Buffer, name: string): string | undefined {
  const zip = new ZipPackage(bytes, 'x', Number.MAX_SAFE_INTEGER);
  const workbook = zip.readText(zip.entry('xl/workbook.xml')!);
  const sheets = [...workbook.matchAll(/<sheet [^>]*>/g)].map((m) => m[0]);
  const at = sheets.findIndex((s) => s.includes(`name="${name}"`));
  return new RegExp(`<definedName name="_xlnm.Print_Titles" localSheetId="${at}">([^<]*)</definedName>`).exec(
    workbook,
  )?.[1];
}

/** Everything exceljs reads back of one tab, cell by cell. */
function described(ws: ExcelJS.Worksheet): unknown {
  const model = ws.model as unknown as { merges: string[] };
  const cells: unknown[] = [];
  const rows: unknown[] = [];
  const columnCount = ws.columnCount;
  for (let r = 1; r <= ws.rowCount; r += 1) {
    const row = ws.getRow(r);
    rows.push({ r, height: row.height, hidden: row.hidden, outline: row.outlineLevel });
    for (let c = 1; c <= Math.max(columnCount, row.cellCount); c += 1) {
      const x = row.getCell(c);
      // An empty text: a package holds it inline (it did before too), and exceljs reads an empty
      // inline text as an empty cell, where its own shared text reads as ''. The core reads null
      // from both.
      const empty = x.value === '';
      cells.push({
        address: x.address,
        type: empty ? ExcelJS.ValueType.Null : x.type,
        value: empty ? null : x.value,
        numFmt: x.numFmt,
        font: x.font,
        fill: x.fill,
        border: x.border,
        alignment: x.alignment,
        protection: x.protection,
        note: x.note,
        isMerged: x.isMerged,
        master: x.master.address,
      });
    }
  }
  return {
    name: ws.name,
    state: ws.state,
    rowCount: ws.rowCount,
    columnCount,
    dimensions: (ws.dimensions as unknown as { model: unknown }).model,
    widths: Array.from({ length: columnCount }, (_, i) => ws.getColumn(i + 1).width),
    merges: [...model.merges].sort(),
    views: ws.views,
    pageSetup: ws.pageSetup,
    headerFooter: ws.headerFooter,
    properties: ws.properties,
    validations: (ws as unknown as { dataValidations: { model: unknown } }).dataValidations.model,
    rows,
    cells,
  };
}

let streamedBytes: Buffer;
let referenceBytes: Buffer;
let grids: SheetGrid[];
let streamed: XlsxWorkbook;
let reference: XlsxWorkbook;

beforeAll(async () => {
  ({ streamed, grids } = await writtenOnDemo());
  // The reference: the same grids built in exceljs, as before (and as a new workbook still is).
  reference = XlsxWorkbook.create();
  for (const grid of grids) reference.writeGenerated(grid);
  streamedBytes = await streamed.toBuffer();
  referenceBytes = await reference.toBuffer();
}, 120_000);

describe('a generated tab written row by row into the package', () => {
  it('covers every kind of generated tab the demo book gets', () => {
    expect(grids.map((g) => g.name)).toEqual([
      'Pemeriksaan',
      'Saldo Pinjaman',
      'Simpanan',
      'Jurnal 2026-W48',
      'SHU 2026',
      'Kartu Anggota',
      'RUK 2026',
      'Saprodi MT I 2026',
    ]);
  });

  it('reads back in exceljs exactly as the tab exceljs builds: cells, looks, notes, merges, print set-up', async () => {
    const [mine, theirs] = await Promise.all([readBack(streamedBytes), readBack(referenceBytes)]);
    for (const { name } of grids) {
      const a = mine.getWorksheet(name);
      const b = theirs.getWorksheet(name);
      expect(a).toBeDefined();
      expect(described(a!)).toEqual(described(b!));
      expect(rowBreaks(sheetPartXml(streamedBytes, name))).toBe(
        rowBreaks(sheetPartXml(referenceBytes, name)),
      );
      expect(printXml(sheetPartXml(streamedBytes, name))).toEqual(
        printXml(sheetPartXml(referenceBytes, name)),
      );
      expect(printTitlesXml(streamedBytes, name)).toBe(printTitlesXml(referenceBytes, name));
    }
    // The print titles of the frozen header (the demo's place on two rows), in the workbook's names.
    expect(mine.getWorksheet('Saldo Pinjaman')!.pageSetup.printTitlesRow).toBe('1:8');
    // Saprodi repeats no row: its header would print above the RDKK list, which has columns of its
    // own; the RDKK starts a new page instead.
    const saprodi = mine.getWorksheet('Saprodi MT I 2026')!;
    expect(saprodi.pageSetup.printTitlesRow).toBeUndefined();
    expect(saprodi.views[0]).toMatchObject({ state: 'frozen', ySplit: 7 });
    const rdkk = saprodi.getColumn(1).values.indexOf('RDKK MT I 2026');
    expect(rdkk).toBeGreaterThan(7);
    expect(rowBreaks(sheetPartXml(streamedBytes, 'Saprodi MT I 2026'))).toBe(
      `<rowBreaks count="1" manualBreakCount="1"><brk id="${rdkk - 1}" max="16838" man="1"/></rowBreaks>`,
    );
    expect(rowBreaks(sheetPartXml(streamedBytes, 'Kartu Anggota'))).toMatch(/<brk id="\d+"/);
  });

  it('prints Saldo Pinjaman two pages wide, its No to Nama on both; every other tab fit to one page wide', async () => {
    for (const bytes of [streamedBytes, referenceBytes]) {
      const book = await readBack(bytes);
      for (const { name } of grids) {
        const xml = sheetPartXml(bytes, name);
        const ws = book.getWorksheet(name)!;
        if (name === 'Saldo Pinjaman') {
          // A scale, not fit to page (which would drop the column break), pages read across first.
          expect(printXml(xml)).toEqual([
            '',
            '<pageSetup paperSize="9" orientation="landscape" pageOrder="overThenDown" scale="83"/>',
            // A new page from M (Sisa Pokok): the break is on L.
            '<colBreaks count="1" manualBreakCount="1"><brk id="12" max="1048575" man="1"/></colBreaks>',
          ]);
          expect(printTitlesXml(bytes, name)).toBe(
            '&apos;Saldo Pinjaman&apos;!$A:$D,&apos;Saldo Pinjaman&apos;!$1:$8',
          );
          expect(ws.pageSetup).toMatchObject({
            fitToPage: false,
            scale: 83,
            pageOrder: 'overThenDown',
            printTitlesColumn: 'A:D',
            printTitlesRow: '1:8',
          });
          continue;
        }
        expect(printXml(xml)).toEqual([
          '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>',
          `<pageSetup paperSize="9" orientation="${ws.pageSetup.orientation}" fitToWidth="1" fitToHeight="0"/>`,
          '',
        ]);
        expect(ws.pageSetup.printTitlesColumn).toBeUndefined();
      }
      // Simpanan is landscape now: 100 % where A4 portrait printed it at about 75 %.
      expect(book.getWorksheet('Simpanan')!.pageSetup.orientation).toBe('landscape');
    }
  });

  it('sizes rows for Arial 10, its title rows for their larger font, in both writers', async () => {
    // The book's default row (15 pt, a line of Calibri 11) let LibreOffice with Carlito print a
    // member's card with a loan two to four rows past its A4 page.
    for (const bytes of [streamedBytes, referenceBytes]) {
      const book = await readBack(bytes);
      for (const { name } of grids) {
        expect(/<sheetFormatPr [^>]*>/.exec(sheetPartXml(bytes, name))?.[0]).toBe(
          '<sheetFormatPr defaultRowHeight="12.75" outlineLevelRow="0" outlineLevelCol="0" x14ac:dyDescent="55" customHeight="1"/>',
        );
      }
      const card = book.getWorksheet('Kartu Anggota')!;
      // KARTU ANGGOTA (14 pt), the group (12 pt), the place (10 pt: the tab's own height).
      expect([1, 2, 3].map((r) => card.getRow(r).height)).toEqual([18, 15.5, undefined]);
      expect(card.properties.defaultRowHeight).toBe(12.75);
      expect(card.getCell('A1').value).toBe('KARTU ANGGOTA');
    }
  });

  it("draws every generated cell in Arial, a font of its own added after the book's fonts, kept as they were", async () => {
    const fontsOf = (bytes: Buffer): string[] => {
      const zip = new ZipPackage(bytes, 'x', Number.MAX_SAFE_INTEGER);
      const xml = zip.readText(zip.entry('xl/styles.xml')!);
      return /<fonts\b[^>]*>(.*?)<\/fonts>/.exec(xml)![1]!.match(/<font>.*?<\/font>/g)!;
    };
    const own = fontsOf(await demoBytes(TODAY));
    const written = fontsOf(streamedBytes);
    expect(written.slice(0, own.length)).toEqual(own);
    expect(written.length).toBeGreaterThan(own.length);
    for (const font of written.slice(own.length))
      expect(font).toMatch(/<family val="2"\/>.*<name val="Arial"\/><\/font>$/);
    // Read back, every cell of every generated tab (links, bold, italic, an empty A1 with its note).
    for (const bytes of [streamedBytes, referenceBytes]) {
      const book = await readBack(bytes);
      for (const { name } of grids) {
        const ws = book.getWorksheet(name)!;
        ws.eachRow({ includeEmpty: true }, (row) =>
          row.eachCell({ includeEmpty: true }, (c) => {
            if (c.style.font === undefined) return;
            expect({ cell: `${name}!${c.address}`, name: c.font.name, family: c.font.family }).toEqual({
              cell: `${name}!${c.address}`,
              name: 'Arial',
              family: 2,
            });
          }),
        );
        expect(ws.getCell('A1').font).toMatchObject({ name: 'Arial' });
      }
    }
  });

  it('reads back in the core as the tab exceljs builds, in this session and from the file', async () => {
    const again = await XlsxWorkbook.fromBuffer(streamedBytes);
    for (const { name } of grids) {
      expect(streamed.isGenerated(name)).toBe(true);
      expect(streamed.readTab(name)).toEqual(reference.readTab(name));
      expect(again.readTab(name)).toEqual(reference.readTab(name));
      expect(again.isGenerated(name)).toBe(true);
    }
  });

  it('writes the same bytes for the same book and the same tabs', async () => {
    const { streamed: twice } = await writtenOnDemo();
    twice.stampDates(TODAY);
    streamed.stampDates(TODAY);
    expect((await twice.toBuffer()).equals(await streamed.toBuffer())).toBe(true);
  });

  it("writes dates in the book's own date system: a book counting from 1904 shows the same day", async () => {
    const old = new ExcelJS.Workbook();
    old.properties.date1904 = true;
    old.addWorksheet('Kegiatan').getCell('A1').value = new Date(Date.UTC(2026, 0, 31));
    const wb = await XlsxWorkbook.fromBuffer(Buffer.from(await old.xlsx.writeBuffer()));
    wb.writeGenerated({
      name: 'Pemeriksaan',
      rows: [[cell({ date: '2026-11-28' })]],
      widths: [80],
      frozenRows: 0,
      orientation: 'portrait',
    });
    const bytes = await wb.toBuffer();
    expect((await XlsxWorkbook.fromBuffer(bytes)).readTab('Pemeriksaan')).toEqual([[{ date: '2026-11-28' }]]);
    const back = await readBack(bytes);
    expect(back.getWorksheet('Pemeriksaan')!.getCell('A1').value).toEqual(new Date(Date.UTC(2026, 10, 28)));
  });

  it('writes a text cell that looks like a formula, a far merge and a fix written into the tab', async () => {
    const wb = await XlsxWorkbook.fromBuffer(await demoBytes(TODAY));
    const grid: SheetGrid = {
      name: 'Pemeriksaan',
      rows: [
        [cell('=IMPORTXML("http://x","//a")'), cell(true), cell('kontrol\u0001 < & >')],
        [cell('lebar', { wrap: true }), cell(null)],
      ],
      widths: [60, 60, 60],
      frozenRows: 0,
      orientation: 'landscape',
      merges: [{ row: 2, col: 1, rows: 1, cols: 3 }],
    };
    wb.writeGenerated(grid);
    wb.writeCell('Pemeriksaan', 2, 2, { date: '2026-11-28' });
    expect(wb.readTab('Pemeriksaan')).toEqual([
      ['=IMPORTXML("http://x","//a")', true, 'kontrol < & >'],
      ['lebar', null, null],
    ]);
    const ref = XlsxWorkbook.create();
    ref.writeGenerated(grid);
    const [a, b] = await Promise.all([readBack(await wb.toBuffer()), readBack(await ref.toBuffer())]);
    const mine = described(a.getWorksheet('Pemeriksaan')!) as { cells: { address: string }[] };
    const theirs = described(b.getWorksheet('Pemeriksaan')!) as { cells: { address: string }[] };
    // B2 holds the fix (a date, formatted as one) under the merge; the rest is as exceljs built it.
    expect(mine.cells.filter((c) => c.address !== 'B2')).toEqual(
      theirs.cells.filter((c) => c.address !== 'B2'),
    );
    expect(a.getWorksheet('Pemeriksaan')!.getCell('B2').numFmt).toBe('dd/mm/yyyy');
  });
});
