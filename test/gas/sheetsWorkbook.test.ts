// The Workbook port over the fake SpreadsheetApp: values across the border, batched calls, the
// marker, protection, links, set-up of input tabs, and Sheets' refusals.
import { membersTab, cashTab, settingsTab } from '../../src/core/book/schema';
import type { SheetGrid, OutCell } from '../../src/core/sheetGrid';
import { HostError } from '../../src/core/workbook';
import { GENERATED_MARKER } from '../../src/core/generatedMarker';
import { SheetsWorkbook } from '../../src/gas/sheetsWorkbook';
import { zoneDates } from '../../src/gas/zoneDates';
import { fakeServices, formatDate } from './fakeSpreadsheetApp';

function setup(timeZone = 'Asia/Jakarta') {
  const fake = fakeServices({ timeZone });
  const app = fake.globals.SpreadsheetApp;
  const workbook = new SheetsWorkbook(app.getActiveSpreadsheet(), app, zoneDates(timeZone, formatDate));
  fake.world.log.reset();
  return { fake, world: fake.world, workbook };
}

function grid(name: string, body: number, extra: Partial<SheetGrid> = {}): SheetGrid {
  const rows: OutCell[][] = [
    [{ v: 'Judul', bold: true, size: 14 }],
    [
      { v: 'Nama', bold: true, background: '#eeeeee' },
      { v: 'Jumlah', bold: true, align: 'right' },
      { v: 'Tanggal', bold: true },
      { v: 'Lokasi', bold: true },
    ],
  ];
  for (let i = 0; i < body; i += 1) {
    rows.push([
      { v: i === 0 ? '=IMPORTXML("http://x","//a")' : `Anggota ${i}`, wrap: true },
      { v: 1000 * i, format: 'rupiah' },
      { v: { date: '2026-11-28' }, format: 'date' },
      { v: `Anggota!B${i + 2}`, link: { tab: 'Anggota', row: i + 2, col: 2 } },
    ]);
  }
  return { name, rows, widths: [180, 120, 100, 100], frozenRows: 2, orientation: 'portrait', ...extra };
}

describe('SheetsWorkbook.tabNames', () => {
  it('looks up the input tabs by name while they are all found, and lists no tab', () => {
    const { world, workbook } = setup();
    for (const name of ['Catatan', 'Kas', 'members', 'Pemeriksaan']) world.addSheet(name);
    world.log.reset();
    // Only the input tabs the action needs; Sheets finds `members` as `Members`, and says its own spelling.
    expect(workbook.tabNames([membersTab, cashTab])).toEqual(['members', 'Kas']);
    expect(world.log.count('Spreadsheet.getSheets')).toBe(0);
    expect(world.log.count('Sheet.getName')).toBe(2);
  });

  it('lists every tab once when an input tab is not found by its names, and keeps the list up to date', () => {
    const { world, workbook } = setup();
    for (const name of ['Catatan', 'buku-KAS', 'Pemeriksaan', 'Anggota']) world.addSheet(name);
    world.sheet('Pemeriksaan')!.metadata.push({ key: GENERATED_MARKER, value: 'v1' });
    world.log.reset();
    expect(workbook.tabNames()).toEqual(['Catatan', 'buku-KAS', 'Pemeriksaan', 'Anggota']);
    expect(world.log.count('Spreadsheet.getSheets')).toBe(1);
    expect(world.log.count('Sheet.getName')).toBe(1 + 4);
    // Written by this click: a replaced tab keeps its place, a new one is last, as in the book.
    workbook.writeGeneratedTabs([grid('pemeriksaan', 1), grid('Simpanan', 1)]);
    workbook.createInputTab(settingsTab, []);
    world.log.reset();
    const names = workbook.tabNames();
    expect(world.log.calls).toEqual([]);
    expect(names).toEqual(world.sheets.map((s) => s.name));
    expect(names).toEqual(['Catatan', 'buku-KAS', 'pemeriksaan', 'Anggota', 'Simpanan', 'Pengaturan']);
  });

  it('leaves out of the list a tab left behind by a run cut off, once removed', () => {
    const { world, workbook } = setup();
    for (const name of ['Catatan', 'Anggota', '~Simpanan ~baru']) world.addSheet(name);
    world.sheet('~Simpanan ~baru')!.metadata.push({ key: GENERATED_MARKER, value: 'v1' });
    expect(workbook.tabNames()).toEqual(['Catatan', 'Anggota', '~Simpanan ~baru']);
    workbook.writeGenerated(grid('Simpanan', 1));
    world.log.reset();
    expect(workbook.tabNames()).toEqual(['Catatan', 'Anggota', 'Simpanan']);
    expect(world.sheets.map((s) => s.name)).toEqual(['Catatan', 'Anggota', 'Simpanan']);
    expect(world.log.calls).toEqual([]);
  });

  it('lists the tabs again after a write that failed half-way', () => {
    const { world, workbook } = setup();
    for (const name of ['Catatan', 'Anggota']) world.addSheet(name);
    workbook.tabNames();
    world.addSheet('Simpanan', [['mine']]);
    expect(() => workbook.writeGeneratedTabs([grid('Saldo Pinjaman', 1), grid('Simpanan', 1)])).toThrow(
      HostError,
    );
    world.log.reset();
    expect(workbook.tabNames()).toEqual(['Catatan', 'Anggota', 'Simpanan']);
    expect(world.log.count('Spreadsheet.getSheets')).toBe(1);
  });
});

describe('SheetsWorkbook.readTab', () => {
  it('reads a tab with one getValues and normalises cells; dates are the day shown in the zone', () => {
    const { world, workbook } = setup('Asia/Jakarta');
    const joined = world.typedDate('2026-11-28');
    // Midnight in Jakarta is 17:00 UTC the day before: a UTC reading would say 27 November.
    expect(joined.toISOString()).toBe('2026-11-27T17:00:00.000Z');
    world.addSheet('Anggota', [
      ['ID Anggota', 'Nama', 'Tanggal Masuk', 'Aktif', 'Luas'],
      ['A001', 'Siti', joined, true, 0.5],
      ['A002', '', '', false, ''],
    ]);
    world.log.reset();
    expect(workbook.readTab('Anggota')).toEqual([
      ['ID Anggota', 'Nama', 'Tanggal Masuk', 'Aktif', 'Luas'],
      ['A001', 'Siti', { date: '2026-11-28' }, true, 0.5],
      ['A002', null, null, false, null],
    ]);
    expect(world.log.byMethod()).toEqual({
      'Range.getValues': 1,
      'Sheet.getDataRange': 1,
      'Spreadsheet.getSheetByName': 1,
    });
  });

  it.each(['America/Los_Angeles', 'Pacific/Kiritimati', 'Europe/London', 'America/Sao_Paulo'])(
    'reads and writes calendar dates unchanged in %s',
    (zone) => {
      const dates = zoneDates(zone, formatDate);
      for (const iso of ['2026-01-01', '2026-03-29', '2026-10-25', '2018-11-04', '2026-12-31']) {
        expect(dates.toIso(dates.fromIso(iso))).toBe(iso);
        expect(formatDate(dates.fromIso(iso), zone, 'yyyy-MM-dd')).toBe(iso);
      }
    },
  );

  it('a missing tab is a HostError tab.notFound', () => {
    const { workbook } = setup();
    expect(() => workbook.readTab('Kas')).toThrow(expect.objectContaining({ code: 'tab.notFound' }));
  });

  it('reads 100 and 10,000 rows with the same calls', () => {
    const counts = [100, 10_000].map((n) => {
      const { world, workbook } = setup();
      world.addSheet(
        'Kas',
        Array.from({ length: n }, (_, i) => [world.typedDate('2026-01-05'), `Uraian ${i}`, 1000]),
      );
      world.log.reset();
      expect(workbook.readTab('Kas')).toHaveLength(n);
      return world.log.byMethod();
    });
    expect(counts[1]).toEqual(counts[0]);
  });
});

describe('SheetsWorkbook.writeGenerated', () => {
  it('writes values, formats, links, frozen rows, widths, the marker and warning-only protection', () => {
    const { world, workbook } = setup();
    const anggota = world.addSheet('Anggota', [['ID Anggota']]);
    workbook.writeGenerated(grid('Pemeriksaan', 3));
    const sheet = world.sheet('Pemeriksaan')!;
    expect(sheet.values()).toEqual([
      ['Judul', '', '', ''],
      ['Nama', 'Jumlah', 'Tanggal', 'Lokasi'],
      ['=IMPORTXML("http://x","//a")', 0, world.typedDate('2026-11-28'), 'Anggota!B2'],
      ['Anggota 1', 1000, world.typedDate('2026-11-28'), 'Anggota!B3'],
      ['Anggota 2', 2000, world.typedDate('2026-11-28'), 'Anggota!B4'],
    ]);
    expect(sheet.formulas()).toEqual([]);
    expect(sheet.metadata).toEqual([{ key: GENERATED_MARKER, value: 'v1' }]);
    expect(sheet.protections.map((p) => p.warningOnly)).toEqual([true]);
    expect(sheet.frozenRows).toBe(2);
    expect(sheet.maxRows).toBe(5);
    expect(sheet.maxColumns).toBe(4);
    expect([1, 2, 3, 4].map((c) => sheet.getColumnWidth(c))).toEqual([180, 120, 100, 100]);
    expect(sheet.cell(3, 2)?.numberFormat).toBe('"Rp "#,##0');
    expect(sheet.cell(3, 3)?.numberFormat).toBe('dd/mm/yyyy');
    expect(sheet.cell(3, 1)?.numberFormat).toBe('@');
    expect(sheet.cell(2, 1)).toMatchObject({ fontWeight: 'bold', background: '#eeeeee' });
    expect(sheet.cell(2, 2)).toMatchObject({ align: 'right' });
    expect(sheet.cell(1, 1)).toMatchObject({ fontSize: 14 });
    expect(sheet.cell(3, 1)).toMatchObject({ wrap: true, fontWeight: 'normal' });
    expect(sheet.cell(4, 4)?.link).toBe(`#gid=${anggota.getSheetId()}&range=B3`);
    expect(workbook.isGenerated('Pemeriksaan')).toBe(true);
  });

  it('regenerating replaces the tab whole and is idempotent', () => {
    const { world, workbook } = setup();
    world.addSheet('Anggota');
    workbook.writeGenerated(grid('Saldo Pinjaman', 50));
    const first = world.sheet('Saldo Pinjaman')!.values();
    workbook.writeGenerated(grid('Saldo Pinjaman', 5));
    workbook.writeGenerated(grid('Saldo Pinjaman', 50));
    const sheet = world.sheet('Saldo Pinjaman')!;
    expect(sheet.values()).toEqual(first);
    expect(sheet.maxRows).toBe(52);
    expect(sheet.metadata).toHaveLength(1);
    expect(sheet.protections).toHaveLength(1);
    expect(world.sheets.map((s) => s.name)).toEqual(['Anggota', 'Saldo Pinjaman']);
  });

  it('refuses a same-named tab without the marker and leaves it untouched', () => {
    const { world, workbook } = setup();
    const mine = world.addSheet('Simpanan', [['Catatan saya'], [123]]);
    world.log.reset();
    let error: unknown;
    try {
      workbook.writeGenerated(grid('Simpanan', 2));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(HostError);
    expect(error).toMatchObject({ code: 'tab.notGenerated', params: { tab: 'Simpanan' } });
    expect(mine.values()).toEqual([['Catatan saya'], [123]]);
    expect(mine.protections).toHaveLength(0);
    expect(
      Object.keys(world.log.byMethod()).filter((m) => /set|insert|delete|clear|protect|add/.test(m)),
    ).toEqual([]);
  });

  it('writes 100 and 10,000 rows with the same service calls', () => {
    const counts = [100, 10_000].map((n) => {
      const { world, workbook } = setup();
      world.addSheet('Anggota');
      world.log.reset();
      const g = grid('Pemeriksaan', n);
      workbook.writeGenerated({ ...g, rows: g.rows.map((r) => r.map((c) => ({ ...c, link: undefined }))) });
      expect(world.sheet('Pemeriksaan')!.lastRow()).toBe(n + 2);
      return world.log.byMethod();
    });
    expect(counts[1]).toEqual(counts[0]);
    expect(counts[0]!['Range.setValues']).toBe(1);
  });

  it('merges each block of rows across with one call, whatever its number of rows', () => {
    const counts = [10, 1_000].map((n) => {
      const { world, workbook } = setup();
      world.addSheet('Anggota');
      world.log.reset();
      const g = grid('Saldo Pinjaman', n, { merges: [{ row: 3, col: 1, rows: n, cols: 2 }] });
      workbook.writeGenerated({ ...g, rows: g.rows.map((r) => r.map((c) => ({ ...c, link: undefined }))) });
      const calls = world.log.byMethod();
      const sheet = world.sheet('Saldo Pinjaman')!;
      const merged = sheet
        .getRange(1, 1, n + 2, 4)
        .getMergedRanges()
        .map((r) => r.getA1Notation());
      expect(merged).toEqual(Array.from({ length: n }, (_, i) => `A${i + 3}:B${i + 3}`));
      // The merged cell shows its first column's value; the second column's own value is not kept.
      expect(sheet.values()[4]!.slice(0, 2)).toEqual(['Anggota 2', '']);
      return calls;
    });
    expect(counts[0]!['Range.mergeAcross']).toBe(1);
    expect(counts[1]).toEqual(counts[0]);
  });

  it('regenerating drops the old merges, so a new layout can merge elsewhere', () => {
    const { world, workbook } = setup();
    world.addSheet('Anggota');
    workbook.writeGenerated(grid('Saldo Pinjaman', 3, { merges: [{ row: 3, col: 1, rows: 3, cols: 2 }] }));
    workbook.writeGenerated(grid('Saldo Pinjaman', 3, { merges: [{ row: 4, col: 2, rows: 1, cols: 3 }] }));
    expect(
      world
        .sheet('Saldo Pinjaman')!
        .getRange(1, 1, 5, 4)
        .getMergedRanges()
        .map((r) => r.getA1Notation()),
    ).toEqual(['B4:D4']);
    // Without merges, nothing stays merged.
    workbook.writeGenerated(grid('Saldo Pinjaman', 3));
    expect(world.sheet('Saldo Pinjaman')!.getRange(1, 1, 5, 4).getMergedRanges()).toEqual([]);
  });

  it('a viewer cannot write: HostError permission.denied', () => {
    const { world, workbook } = setup();
    world.readOnly = true;
    expect(() => workbook.writeGenerated(grid('Pemeriksaan', 1))).toThrow(
      expect.objectContaining({ code: 'permission.denied' }),
    );
    expect(world.sheet('Pemeriksaan')).toBeUndefined();
  });
});

describe('SheetsWorkbook.writeCell', () => {
  it('writes one cell: a date as a date of the zone, text as text', () => {
    const { world, workbook } = setup();
    const kas = world.addSheet('Kas', [
      ['Tanggal', 'Uraian', 'No HP'],
      ['28/11/2026', '=1+1', 81234567890],
    ]);
    world.log.reset();
    workbook.writeCell('Kas', 2, 1, { date: '2026-11-28' });
    workbook.writeCell('Kas', 2, 2, '=1+1');
    workbook.writeCell('Kas', 2, 3, '081234567890');
    expect(kas.values()).toEqual([
      ['Tanggal', 'Uraian', 'No HP'],
      [world.typedDate('2026-11-28'), '=1+1', '081234567890'],
    ]);
    expect(kas.formulas()).toEqual([]);
    expect(world.log.count('Range.setValue')).toBe(3);
  });
});

describe('SheetsWorkbook.createInputTab', () => {
  it('creates a tab with bold frozen headers, notes, dropdowns, formats and widths', () => {
    const { world, workbook } = setup();
    workbook.createInputTab(cashTab, []);
    const kas = world.sheet('Kas')!;
    expect(kas.values()).toEqual([cashTab.columns.map((c) => c.header)]);
    expect(kas.frozenRows).toBe(1);
    expect(kas.cell(1, 1)).toMatchObject({
      fontWeight: 'bold',
      note: expect.stringContaining('Date of the movement'),
    });
    const category = cashTab.columns.findIndex((c) => c.key === 'category') + 1;
    expect(kas.cell(2, category)?.validation?.values).toContain('Angsuran Pinjaman');
    expect(kas.cell(1000, category)?.validation?.values).toContain('Simpanan Wajib');
    expect(kas.cell(1, category)?.validation).toBeUndefined();
    expect(kas.cell(2, 1)?.numberFormat).toBe('dd/mm/yyyy');
    const masuk = cashTab.columns.findIndex((c) => c.key === 'amountIn') + 1;
    expect(kas.cell(500, masuk)?.numberFormat).toBe('"Rp "#,##0');
    expect(kas.getColumnWidth(category)).toBe(160);
    expect(kas.metadata).toEqual([]);
    expect(kas.protections).toEqual([]);
  });

  it('writes the given rows (Pengaturan keys) as typed values', () => {
    const { world, workbook } = setup();
    workbook.createInputTab(settingsTab, [
      ['Nama Kelompok', null],
      ['Saldo Awal Kas', 0],
      ['Batas Kolektibilitas', '90;120;180'],
    ]);
    expect(world.sheet('Pengaturan')!.values()).toEqual([
      ['Kunci', 'Nilai'],
      ['Nama Kelompok', ''],
      ['Saldo Awal Kas', 0],
      ['Batas Kolektibilitas', '90;120;180'],
    ]);
  });

  it('never touches an existing tab', () => {
    const { world, workbook } = setup();
    const mine = world.addSheet('Anggota', [['Nama'], ['Budi']]);
    expect(() => workbook.createInputTab(membersTab, [])).toThrow(
      expect.objectContaining({ code: 'tab.exists' }),
    );
    expect(mine.values()).toEqual([['Nama'], ['Budi']]);
  });

  it('uses a rich text value, not a formula, for links', () => {
    const { world, workbook } = setup();
    world.addSheet('Anggota');
    workbook.writeGenerated(grid('Pemeriksaan', 1));
    expect(world.log.count('Range.setRichTextValues')).toBe(1);
    expect(world.sheet('Pemeriksaan')!.cell(3, 4)).toMatchObject({ value: 'Anggota!B2', formula: undefined });
  });
});
