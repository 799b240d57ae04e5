// The .xlsx adapter: cells read as the Sheets adapter reads them, generated tabs written with
// their formats and marker, checked by reading the written file back with exceljs itself.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import ExcelJS from 'exceljs';
import type { Cell } from '../../src/core/cell';
import { RUPIAH_FORMAT } from '../../src/core/spreadsheetSettings';
import { cell, type SheetGrid } from '../../src/core/sheetGrid';
import { cashTab, membersTab } from '../../src/core/book/schema';
import { demoBook } from '../../src/core/demo/demoBook';
import { demoWorkbook } from '../../src/local/demoWorkbook';
import { WorkbookFileError } from '../../src/local/workbookFileError';
import { textWidth, wrappedLines } from '../../src/local/wrappedText';
import { normaliseCell } from '../../src/local/xlsxCellValues';
import { XlsxWorkbook } from '../../src/local/xlsxWorkbook';

const dir = mkdtempSync(join(tmpdir(), 'bk-xlsx-'));

async function rawWorkbook(wb: XlsxWorkbook): Promise<ExcelJS.Workbook> {
  const raw = new ExcelJS.Workbook();
  await raw.xlsx.load((await wb.toBuffer()) as unknown as ArrayBuffer);
  return raw;
}

async function roundTrip(wb: XlsxWorkbook): Promise<XlsxWorkbook> {
  return XlsxWorkbook.fromBuffer(await wb.toBuffer());
}

describe('normaliseCell', () => {
  it.each<[string, ExcelJS.CellValue | undefined, Cell]>([
    ['empty', null, null],
    ['undefined', undefined, null],
    ['empty text', '', null],
    ['text', ' A001 ', ' A001 '],
    ['number', 1500000, 1500000],
    ['fraction', 0.35, 0.35],
    ['boolean', true, true],
    ['date at UTC midnight', new Date(Date.UTC(2026, 10, 28)), { date: '2026-11-28' }],
    ['date with a time', new Date(Date.UTC(2026, 10, 28, 23, 59)), { date: '2026-11-28' }],
    [
      'rich text',
      { richText: [{ text: 'Dadang ' }, { text: 'Suherman', font: { bold: true } }] },
      'Dadang Suherman',
    ],
    ['formula', { formula: 'SUM(A1:A2)', result: 3000 }, 3000],
    [
      'formula with a date',
      { formula: 'TODAY()', result: new Date(Date.UTC(2026, 0, 5)) },
      { date: '2026-01-05' },
    ],
    ['formula without a cached result', { formula: 'A1' } as ExcelJS.CellFormulaValue, null],
    ['shared formula', { sharedFormula: 'B2', result: 'x' } as ExcelJS.CellSharedFormulaValue, 'x'],
    [
      'formula error',
      { formula: '1/0', result: { error: '#DIV/0!' } } as ExcelJS.CellFormulaValue,
      '#DIV/0!',
    ],
    ['error', { error: '#N/A' } as ExcelJS.CellErrorValue, '#N/A'],
    ['hyperlink', { text: 'P001', hyperlink: 'https://example.org' }, 'P001'],
    [
      'hyperlink with rich text',
      { text: { richText: [{ text: 'P0' }, { text: '02' }] }, hyperlink: '#A1' } as never,
      'P002',
    ],
  ])('%s', (_name, value, expected) => {
    expect(normaliseCell(value)).toEqual(expected);
  });
});

describe('reading a workbook', () => {
  it('reads the demo book back exactly as its grids, padded to a rectangle', async () => {
    const today = '2026-11-28';
    const back = await roundTrip(demoWorkbook(today));
    expect(back.tabNames()).toEqual([
      'Pengaturan',
      'Anggota',
      'Kas',
      'Pinjaman',
      'Kegiatan',
      'Perubahan Pinjaman',
      'Daftar Hadir',
      'RUK',
      'Saprodi',
    ]);
    for (const t of demoBook(today).tabs) {
      const width = Math.max(...t.grid.map((r) => r.length));
      const expected = t.grid.map((r) => [...r, ...new Array<Cell>(width - r.length).fill(null)]);
      expect(back.readTab(t.name)).toEqual(expected);
    }
  });

  it("gives Daftar Hadir's meeting columns a meeting's width, so that their dates show whole (found by a print audit: ###)", () => {
    const sheet = demoWorkbook('2026-11-28').excel.getWorksheet('Daftar Hadir')!;
    const header = sheet.getRow(3).values as unknown[];
    const meetings = header.flatMap((h, c) => (h instanceof Date || /^Rapat /.test(String(h)) ? [c] : []));
    expect(meetings.length).toBeGreaterThan(5);
    for (const c of meetings) expect([c, sheet.getColumn(c).width! >= 12.8]).toEqual([c, true]);
  });

  it('hands each tab over once when asked, and reads a tab asked again from the file, with the cells written since', async () => {
    const today = '2026-11-28';
    const bytes = await demoWorkbook(today).toBuffer();
    const kept = await XlsxWorkbook.fromBuffer(bytes);
    const once = await XlsxWorkbook.fromBuffer(bytes);
    expect(once.handsOverCells).toBe(false);
    once.readEachTabOnce();
    // The core may then let each row go once read (letRowGo); the kept workbook's cells stay whole.
    expect(once.handsOverCells).toBe(true);
    expect(kept.handsOverCells).toBe(false);
    const first = once.readTab('Kas');
    expect(first).toEqual(kept.readTab('Kas'));
    // Not held: asked again, the tab is read anew from the file, the same cells.
    const again = once.readTab('Kas');
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
    expect(kept.readTab('Kas')).toBe(kept.readTab('Kas'));
    once.writeCell('Kas', 2, 3, 'Uraian baru');
    once.readTab('Kas');
    const afterFix = once.readTab('Kas');
    expect(afterFix[1]?.[2]).toBe('Uraian baru');
    expect(afterFix.filter((_, r) => r !== 1)).toEqual(first.filter((_, r) => r !== 1));
    expect(once.readTab('Anggota')).toEqual(kept.readTab('Anggota'));
  });

  it('lets the file go when asked, once each tab is read: a tab read again or a copy then throws', async () => {
    const today = '2026-11-28';
    const bytes = await demoWorkbook(today).toBuffer();
    const kept = await XlsxWorkbook.fromBuffer(bytes, 'buku.xlsx');
    const once = await XlsxWorkbook.fromBuffer(bytes, 'buku.xlsx');
    once.readEachTabOnce();
    once.letFileGo();
    // Each tab's cells were read with the file: the first reading is whole.
    const kas = kept.readTab('Kas');
    expect(once.readTab('Kas')).toEqual(kas);
    expect(once.readTab('Anggota')).toEqual(kept.readTab('Anggota'));
    expect(() => once.readTab('Kas')).toThrow('buku.xlsx was let go once read (letFileGo)');
    await expect(once.toBuffer()).rejects.toThrow('buku.xlsx was let go once read (letFileGo)');
    // A workbook that keeps its file reads a tab again and writes its copy.
    kept.readEachTabOnce();
    kept.readTab('Kas');
    expect(kept.readTab('Kas')).toEqual(kas);
    expect((await kept.toBuffer()).length).toBeGreaterThan(0);
  });

  it("lets the file's bytes be collected once let go (no part entry kept holds a view of them)", async () => {
    // Bytes of its own (not the demo's, which other tests keep): only the workbook holds them.
    const opened = async (): Promise<{ once: XlsxWorkbook; file: WeakRef<ArrayBufferLike> }> => {
      const bytes = Buffer.from(await demoWorkbook('2026-11-28').toBuffer());
      return { once: await XlsxWorkbook.fromBuffer(bytes, 'buku.xlsx'), file: new WeakRef(bytes.buffer) };
    };
    const { once, file } = await opened();
    once.readEachTabOnce();
    expect(once.readTab('Kas').length).toBeGreaterThan(1);
    await new Promise((resolve) => setImmediate(resolve));
    setFlagsFromString('--expose-gc');
    const collect = runInNewContext('gc') as () => void;
    collect();
    expect(file.deref()).toBeDefined();
    once.letFileGo();
    // A target read through deref() is kept to the end of the job: collect in the next one.
    await new Promise((resolve) => setImmediate(resolve));
    collect();
    expect(file.deref()).toBeUndefined();
    expect(once.tabNames()).toContain('Kas');
  });

  it('reads what Excel users make: merged cells, formulas, trailing blanks, 1904 dates', async () => {
    const raw = new ExcelJS.Workbook();
    const ws = raw.addWorksheet('Kas');
    ws.getCell('A1').value = 'JUDUL';
    ws.mergeCells('A1:C1');
    ws.getCell('A2').value = new Date(Date.UTC(2026, 10, 2));
    ws.getCell('B2').value = { formula: 'C2*2', result: 20000 };
    ws.getCell('C2').value = 10000;
    ws.getCell('A4').value = '';
    ws.getCell('E6').numFmt = '0'; // formatted but empty: not part of the data
    raw.addWorksheet('Kosong').getCell('B2').numFmt = '0';
    const wb = await XlsxWorkbook.fromBuffer(Buffer.from(await raw.xlsx.writeBuffer()));
    expect(wb.readTab('Kas')).toEqual([
      ['JUDUL', null, null],
      [{ date: '2026-11-02' }, 20000, 10000],
    ]);
    // An empty tab is the single empty cell A1, as Sheets' getDataRange().getValues() gives it.
    expect(wb.readTab('Kosong')).toEqual([[null]]);

    const old = new ExcelJS.Workbook();
    old.properties.date1904 = true;
    old.addWorksheet('Kegiatan').getCell('A1').value = new Date(Date.UTC(2026, 0, 31));
    const wb1904 = await XlsxWorkbook.fromBuffer(Buffer.from(await old.xlsx.writeBuffer()));
    expect(wb1904.readTab('Kegiatan')).toEqual([[{ date: '2026-01-31' }]]);
  });

  it('says clearly why a file is not a book', async () => {
    const missing = join(dir, 'nope.xlsx');
    await expect(XlsxWorkbook.load(missing)).rejects.toMatchObject({ code: 'file.missing' });
    const textFile = join(dir, 'notes.xlsx');
    writeFileSync(textFile, 'Nama,NIK\nDadang,3205\n');
    await expect(XlsxWorkbook.load(textFile)).rejects.toMatchObject({ code: 'file.notWorkbook' });
    const brokenZip = join(dir, 'broken.xlsx');
    // A zip's first bytes and nothing after: a copy cut short, refused as damaged.
    writeFileSync(brokenZip, Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(100)]));
    await expect(XlsxWorkbook.load(brokenZip)).rejects.toMatchObject({ code: 'file.unreadable' });
    await expect(XlsxWorkbook.load(dir)).rejects.toMatchObject({ code: 'file.notWorkbook' });
    // An encrypted .xlsx is an OLE container holding an EncryptionInfo stream (MS-OFFCRYPTO);
    // this is its header and that stream's directory name, which is what the adapter recognises.
    const cfb = Buffer.alloc(1024);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(cfb);
    Buffer.from('EncryptionInfo', 'utf16le').copy(cfb, 512);
    const encrypted = join(dir, 'locked.xlsx');
    writeFileSync(encrypted, cfb);
    const error = await XlsxWorkbook.load(encrypted).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookFileError);
    expect(error).toMatchObject({ code: 'file.encrypted' });
    expect((error as WorkbookFileError).text.id).toMatch(/kata sandi/);
    const xls = join(dir, 'old.xls');
    writeFileSync(xls, cfb.subarray(0, 512));
    await expect(XlsxWorkbook.load(xls)).rejects.toMatchObject({ code: 'file.notWorkbook' });
  });
});

const generated: SheetGrid = {
  name: 'Pemeriksaan',
  rows: [
    [cell('Pemeriksaan Data', { bold: true, size: 14 })],
    [
      cell('Tab', { bold: true, background: '#d9ead3' }),
      cell('Jumlah', { bold: true }),
      cell('Tanggal'),
      cell('PAR30'),
    ],
    [
      cell('=IMPORTXML("http://x","//a")', { wrap: true }),
      cell(1500000, { format: 'rupiah' }),
      cell({ date: '2026-11-28' }),
      cell(0.125, { format: 'percent', align: 'right' }),
    ],
    [
      cell('+62 812', { link: { tab: 'Kas', row: 5, col: 3 } }),
      cell('-Rp 5'),
      cell('@ketua'),
      cell(12, { format: 'integer' }),
    ],
  ],
  widths: [210, 140, 100, 70],
  frozenRows: 2,
  orientation: 'portrait',
};

describe('writing a generated tab', () => {
  it('writes values with their formats, widths, frozen header, print setup and marker', async () => {
    const wb = XlsxWorkbook.create();
    wb.writeGenerated(generated);
    const raw = await rawWorkbook(wb);
    const ws = raw.getWorksheet('Pemeriksaan') as ExcelJS.Worksheet;
    expect(ws.getCell('A1').font?.bold).toBe(true);
    expect(ws.getCell('A1').font?.size).toBe(14);
    expect(ws.getCell('A2').fill).toMatchObject({ type: 'pattern', fgColor: { argb: 'FFD9EAD3' } });
    expect(ws.getCell('B3').value).toBe(1500000);
    expect(ws.getCell('B3').numFmt).toBe(RUPIAH_FORMAT);
    expect(ws.getCell('C3').value).toEqual(new Date(Date.UTC(2026, 10, 28)));
    expect(ws.getCell('C3').numFmt).toBe('dd/mm/yyyy');
    expect(ws.getCell('D3').numFmt).toBe('0.0%');
    expect(ws.getCell('D3').alignment?.horizontal).toBe('right');
    expect(ws.getCell('A3').alignment?.wrapText).toBe(true);
    expect(ws.getColumn(1).width).toBe(30);
    expect(ws.getColumn(2).width).toBe(20);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(ws.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    });
    expect(ws.getCell('D4').value).toBe(12);
    expect(ws.getCell('A4').value).toEqual({ text: '+62 812', hyperlink: "#'Kas'!C5" });
    const note = ws.getCell('A1').note;
    expect(typeof note === 'string' ? note : note.texts?.map((t) => t.text).join('')).toMatch(
      /^buku-kelompok:generated/,
    );
  });

  it('gives a row of long wrapped text the height of its lines', async () => {
    const wb = XlsxWorkbook.create();
    const long = 'Disepakati jadwal tanam kentang mulai minggu ketiga; iuran tetap Rp 5.000 per bulan';
    wb.writeGenerated({
      ...generated,
      rows: [[cell(long, { wrap: true }), cell('pendek', { wrap: true })], [cell(long)]],
      widths: [120, 100],
    });
    const ws = (await rawWorkbook(wb)).getWorksheet('Pemeriksaan') as ExcelJS.Worksheet;
    // 84 characters at 20 a line of 120 px: 5 lines of 10 pt.
    expect(ws.getRow(1).height).toBe(Math.ceil(5 * 10 * 1.3 + 3));
    expect(ws.getRow(2).height).toBeUndefined();
    // The whole grown row reads from the top; a row without wrapped text keeps the default.
    expect(ws.getCell('B1').alignment?.vertical).toBe('top');
    expect(ws.getCell('A2').alignment?.vertical).toBeUndefined();
  });

  it('counts lines by words: a bold header breaks where a plain one would not', () => {
    // 118 px of text: `Simpanan Sukarela` is 116 px in Arial 10, 123 px in bold.
    expect(textWidth('Simpanan Sukarela')).toBeCloseTo(116.3, 1);
    expect(wrappedLines('Simpanan Sukarela', 124)).toBe(1);
    expect(wrappedLines('Simpanan Sukarela', 124, true)).toBe(2);
    // In 89 px, "Angsuran" (62 px bold) and "Berikut:" (50 px) do not share a line.
    expect(wrappedLines('Angsuran Berikut: Tanggal', 95, true)).toBe(3);
    // A word longer than a line is broken (8 digits of 7.4 px in 60 px); a new line in the text starts a line.
    expect(wrappedLines('1234567890123456789012345', 66)).toBe(4);
    // Wide letters take more room than narrow ones: the same 19 characters, one line or two in 130 px
    // (a journal's name column printed `Mamat Rahmat (A023)` over the row below when it was one).
    expect(wrappedLines('Mamat Rahmat (A023)', 130)).toBe(2);
    expect(wrappedLines('Iis Rosita (A005) it', 130)).toBe(1);
    expect(wrappedLines('satu\ndua', 300)).toBe(2);
  });

  it('merges each row of a block across, and sizes wrapped text by the merged width', async () => {
    const wb = XlsxWorkbook.create();
    const long = 'Sisa pokok pinjaman yang menunggak lebih dari 30 hari dibagi sisa pokok semua pinjaman';
    wb.writeGenerated({
      ...generated,
      rows: [
        [
          cell('Kol 2 Dalam Perhatian Khusus: sisa pokok', { bold: true }),
          cell(null),
          cell(5),
          cell(long, { wrap: true }),
          cell(null),
        ],
        [cell('PAR30', { bold: true }), cell(null), cell(6), cell(long, { wrap: true })],
        [cell(long, { wrap: true })],
      ],
      widths: [60, 60, 60, 60, 60],
      merges: [
        { row: 1, col: 1, rows: 2, cols: 2 },
        { row: 1, col: 4, rows: 2, cols: 2 },
      ],
    });
    const ws = (await rawWorkbook(wb)).getWorksheet('Pemeriksaan') as ExcelJS.Worksheet;
    const merges = (ws.model as unknown as { merges: string[] }).merges;
    expect([...merges].sort()).toEqual(['A1:B1', 'A2:B2', 'D1:E1', 'D2:E2']);
    expect(ws.getCell('B1').isMerged).toBe(true);
    expect(ws.getCell('C1').isMerged).toBe(false);
    expect(ws.getCell('A1').value).toBe('Kol 2 Dalam Perhatian Khusus: sisa pokok');
    // Merged, 120 px (114 of text): "Sisa pokok | pinjaman yang | menunggak lebih | dari 30 hari dibagi
    // | sisa pokok semua | pinjaman", 6 lines. Unmerged, 60 px (54 of text): 14 lines.
    expect(ws.getRow(1).height).toBe(Math.ceil(6 * 10 * 1.3 + 3));
    expect(ws.getRow(3).height).toBe(Math.ceil(14 * 10 * 1.3 + 3));
    expect(wb.readTab('Pemeriksaan')[0]).toEqual(['Kol 2 Dalam Perhatian Khusus: sisa pokok', null, 5, long]);
  });

  it('protects the tab with a warning only: every written cell asks before it is changed', async () => {
    const wb = XlsxWorkbook.create();
    wb.writeGenerated(generated);
    const ws = (await rawWorkbook(wb)).getWorksheet('Pemeriksaan') as ExcelJS.Worksheet;
    const rows = generated.rows.length;
    for (const address of ['A1', 'D1', `A${rows}`, `D${rows}`]) {
      expect(ws.getCell(address).dataValidation).toMatchObject({
        type: 'custom',
        formulae: ['FALSE()'],
        showErrorMessage: true,
        errorStyle: 'warning',
      });
      expect(ws.getCell(address).dataValidation.error).toContain('Buku Kelompok');
    }
    // Nothing outside what was written.
    expect(ws.getCell('E1').dataValidation).toBeUndefined();
    expect(ws.getCell(`A${rows + 1}`).dataValidation).toBeUndefined();
  });

  it('keeps text beginning with = + - @ as text, never a formula', async () => {
    const wb = XlsxWorkbook.create();
    wb.writeGenerated(generated);
    const raw = await rawWorkbook(wb);
    const ws = raw.getWorksheet('Pemeriksaan') as ExcelJS.Worksheet;
    for (const address of ['A3', 'B4', 'C4']) {
      expect(ws.getCell(address).type).toBe(ExcelJS.ValueType.String);
      expect(ws.getCell(address).formula).toBeUndefined();
    }
    expect(ws.getCell('A3').value).toBe('=IMPORTXML("http://x","//a")');
    // And in the file itself: no <f> element anywhere in the sheet.
    const { inflateRawSync } = await import('node:zlib');
    const bytes = await wb.toBuffer();
    const sheetXml = zipEntry(bytes, 'xl/worksheets/sheet1.xml', inflateRawSync);
    expect(sheetXml).toContain('<sheetData>');
    expect(sheetXml).not.toContain('<f>');
    const back = await XlsxWorkbook.fromBuffer(bytes);
    expect(back.readTab('Pemeriksaan')[2]?.[0]).toBe('=IMPORTXML("http://x","//a")');
  });

  it('sets up an input tab to print on A4 landscape, fit to width, its header on every page', async () => {
    const wb = XlsxWorkbook.create();
    wb.createInputTab(cashTab, []);
    expect((await rawWorkbook(wb)).getWorksheet('Kas')?.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '1:1',
    });
  });

  it('replaces its own tab in place and refuses a tab it did not write', async () => {
    const wb = XlsxWorkbook.create();
    wb.createInputTab(membersTab, []);
    wb.writeGenerated(generated);
    wb.createInputTab(cashTab, []);
    wb.writeGenerated({ ...generated, rows: [[cell('baru')]] });
    const back = await roundTrip(wb);
    expect(back.tabNames()).toEqual(['Anggota', 'Pemeriksaan', 'Kas']);
    expect(back.readTab('Pemeriksaan')).toEqual([['baru']]);
    expect(back.isGenerated('Pemeriksaan')).toBe(true);
    expect(back.isGenerated('Anggota')).toBe(false);
    expect(() => back.writeGenerated({ ...generated, name: 'Anggota' })).toThrow(
      expect.objectContaining({ code: 'tab.notGenerated' }),
    );
    expect(back.readTab('Anggota')[0]?.[0]).toBe('ID Anggota');
    // Tab names are unique without regard to case: a user's `pemeriksaan` is not ours either.
    const other = XlsxWorkbook.create();
    other.createInputTab({ ...membersTab, name: 'pemeriksaan' }, []);
    expect(() => other.writeGenerated(generated)).toThrow(
      expect.objectContaining({ code: 'tab.notGenerated', params: { tab: 'pemeriksaan' } }),
    );
    expect(() => other.createInputTab({ ...membersTab, name: 'PEMERIKSAAN' }, [])).toThrow(
      expect.objectContaining({ code: 'tab.exists' }),
    );
  });
});

describe('writing input', () => {
  it('creates an input tab with header notes, dropdowns, column formats and a frozen header', async () => {
    const wb = XlsxWorkbook.create();
    wb.createInputTab(cashTab, [
      [{ date: '2026-11-02' }, 'BM-001', 'Iuran', 'Iuran', 'A001', null, 5000, null],
    ]);
    const raw = await rawWorkbook(wb);
    const ws = raw.getWorksheet('Kas') as ExcelJS.Worksheet;
    expect(ws.getRow(1).values).toEqual([undefined, ...cashTab.columns.map((c) => c.header)]);
    expect(ws.getCell('A1').font?.bold).toBe(true);
    const note = ws.getCell('D1').note;
    expect(typeof note === 'string' ? note : note.texts?.map((t) => t.text).join('')).toContain(
      'Pilih dari daftar',
    );
    expect(ws.getCell('D2').dataValidation).toMatchObject({ type: 'list' });
    expect(String(ws.getCell('D400').dataValidation?.formulae?.[0])).toContain('Angsuran Pinjaman');
    expect(ws.getCell('A2').numFmt).toBe('dd/mm/yyyy');
    expect(ws.getCell('G2').numFmt).toBe(RUPIAH_FORMAT);
    expect(ws.getColumn(7).numFmt).toBe(RUPIAH_FORMAT);
    expect(ws.getColumn(2).numFmt).toBe('@');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(() => wb.createInputTab(cashTab, [])).toThrow(expect.objectContaining({ code: 'tab.exists' }));
  });

  it('shows a NIK typed as a number with all its digits', async () => {
    const wb = XlsxWorkbook.create();
    wb.createInputTab(membersTab, [['A013', 'Ade Rukmana', 3205170512870013]]);
    const ws = (await rawWorkbook(wb)).getWorksheet('Anggota') as ExcelJS.Worksheet;
    expect(ws.getCell('C2').value).toBe(3205170512870013);
    expect(ws.getCell('C2').numFmt).toBe('0');
  });

  it('writes one cell, an applied fix, keeping the rest', async () => {
    const wb = XlsxWorkbook.create();
    wb.createInputTab(membersTab, [['A019', 'Iwan Ridwan', null, null, null, null, null, 87813192116]]);
    wb.writeCell('Anggota', 2, 8, '087813192116');
    wb.writeCell('Anggota', 2, 9, { date: '2022-11-22' });
    const back = await roundTrip(wb);
    expect(back.readTab('Anggota')[1]?.slice(0, 9)).toEqual([
      'A019',
      'Iwan Ridwan',
      null,
      null,
      null,
      null,
      null,
      '087813192116',
      { date: '2022-11-22' },
    ]);
    expect(() => wb.writeCell('Tidak Ada', 1, 1, 'x')).toThrow(
      expect.objectContaining({ code: 'tab.notFound' }),
    );
  });

  it('writes the same cells for the same demo, and saves to a file', async () => {
    const a = await roundTrip(demoWorkbook('2026-11-28'));
    const b = await roundTrip(demoWorkbook('2026-11-28'));
    const path = join(dir, 'demo.xlsx');
    await demoWorkbook('2026-11-28').save(path);
    const c = await XlsxWorkbook.load(path);
    const cells = (wb: XlsxWorkbook) => JSON.stringify(wb.tabNames().map((n) => wb.readTab(n)));
    expect(cells(a)).toBe(cells(b));
    expect(cells(c)).toBe(cells(a));
  });

  it('names every font of a new book: Calibri on the input tabs (its default), Arial on the generated ones', async () => {
    const { inflateRawSync } = await import('node:zlib');
    const wb = demoWorkbook('2026-11-28');
    wb.writeGenerated(generated);
    const bytes = await wb.toBuffer();
    const styles = zipEntry(bytes, 'xl/styles.xml', inflateRawSync);
    const fonts = /<fonts\b[^>]*>(.*?)<\/fonts>/.exec(styles)![1]!.match(/<font>.*?<\/font>/g)!;
    expect(fonts[0]).toBe(
      '<font><color theme="1"/><family val="2"/><scheme val="minor"/><sz val="11"/><name val="Calibri"/></font>',
    );
    for (const font of fonts)
      expect(font).toMatch(/<family val="2"\/>.*<name val="(Calibri|Arial)"\/><\/font>$/);
    const raw = new ExcelJS.Workbook();
    await raw.xlsx.load(bytes as unknown as ArrayBuffer);
    // An input tab's header as the cells below it, only bold; a title and a cell of a generated tab.
    expect(raw.getWorksheet('Anggota')!.getCell('A1').font).toMatchObject({
      name: 'Calibri',
      family: 2,
      scheme: 'minor',
      size: 11,
      bold: true,
    });
    const tab = raw.getWorksheet('Pemeriksaan')!;
    expect(tab.getCell('A1').font).toMatchObject({ name: 'Arial', family: 2, bold: true, size: 14 });
    expect(tab.getCell('C4').font).toMatchObject({ name: 'Arial', family: 2, size: 10 });
    // Still the same bytes for the same day.
    const again = demoWorkbook('2026-11-28');
    again.writeGenerated(generated);
    expect((await again.toBuffer()).equals(bytes)).toBe(true);
  });
});

/** Reads one deflated entry of a zip file (enough for the test to look at the sheet's XML). */
function zipEntry(zip: Buffer, name: string, inflate: (b: Buffer) => Buffer): string {
  for (let i = zip.length - 22; i >= 0; i -= 1) {
    if (zip.readUInt32LE(i) !== 0x06054b50) continue;
    const count = zip.readUInt16LE(i + 10);
    let p = zip.readUInt32LE(i + 16);
    for (let k = 0; k < count; k += 1) {
      const method = zip.readUInt16LE(p + 10);
      const size = zip.readUInt32LE(p + 20);
      const nameLength = zip.readUInt16LE(p + 28);
      const extra = zip.readUInt16LE(p + 30);
      const comment = zip.readUInt16LE(p + 32);
      const local = zip.readUInt32LE(p + 42);
      const entryName = zip.toString('utf8', p + 46, p + 46 + nameLength);
      if (entryName === name) {
        const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
        const data = zip.subarray(start, start + size);
        return (method === 8 ? inflate(data) : data).toString('utf8');
      }
      p += 46 + nameLength + extra + comment;
    }
  }
  throw new Error(`no ${name}`);
}
