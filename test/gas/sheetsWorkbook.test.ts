// The Workbook port over the fake SpreadsheetApp: values across the border, batched calls, the
// marker, protection, links, set-up of input tabs, and Sheets' refusals.
import { membersTab, cashTab, settingsTab, loanChangesTab } from '../../src/core/book/schema';
import type { SheetGrid, OutCell } from '../../src/core/sheetGrid';
import { HostError } from '../../src/core/workbook';
import { GENERATED_MARKER } from '../../src/core/generatedMarker';
import { LISTED_TABS_MS, SheetsWorkbook, type ListedTabsStore } from '../../src/gas/sheetsWorkbook';
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

/**
 * One book and its document properties; `click()` is the SheetsWorkbook of one server call (each
 * click builds its own), `later(ms)` moves the clock the store reads.
 */
function clicks(tabs: readonly string[]) {
  const fake = fakeServices({ timeZone: 'Asia/Jakarta' });
  const { world } = fake;
  for (const name of tabs) world.addSheet(name);
  const app = fake.globals.SpreadsheetApp;
  const properties = fake.globals.PropertiesService.getDocumentProperties();
  let clock = Date.UTC(2026, 11, 2, 1, 0);
  const store = (version: string): ListedTabsStore => ({
    version,
    read: () => properties.getProperty('listed'),
    write: (value) => properties.setProperty('listed', value),
    now: () => clock,
  });
  const click = (version = 'v1', own: ListedTabsStore = store(version)) => {
    world.log.reset();
    return new SheetsWorkbook(app.getActiveSpreadsheet(), app, zoneDates('Asia/Jakarta', formatDate), own);
  };
  return {
    world,
    click,
    later: (ms: number) => (clock += ms),
    listings: () => world.log.count('Spreadsheet.getSheets'),
  };
}

/** A book lacking Perubahan Pinjaman and Daftar Hadir, Kas spelt otherwise, and 50 tabs of the user's own. */
const lacking = [
  'Pengaturan',
  'Anggota',
  'buku-KAS',
  'Pinjaman',
  'Kegiatan',
  'RUK',
  'Saprodi',
  ...Array.from({ length: 50 }, (_, i) => `Jurnal lama ${i + 1}`),
];
const lackingInputs = ['Pengaturan', 'Anggota', 'buku-KAS', 'Pinjaman', 'Kegiatan', 'RUK', 'Saprodi'];

describe('SheetsWorkbook.tabNames across clicks (docs/book.md §1)', () => {
  it('a click after the one that listed the tabs looks up the names it kept, and lists none', () => {
    const book = clicks(lacking);
    expect(book.click().tabNames()).toEqual(lacking);
    expect(book.listings()).toBe(1);
    expect(book.world.log.count('Sheet.getName')).toBeGreaterThan(lacking.length);
    book.later(LISTED_TABS_MS - 1);
    const next = book.click();
    // The tabs that stand for input tabs, in the order they were listed; the user's own are not needed.
    expect(next.tabNames()).toEqual(lackingInputs);
    expect(book.listings()).toBe(0);
    expect(book.world.log.count('Sheet.getName')).toBeLessThan(lackingInputs.length * 2);
    // Within the click the names are not asked again.
    book.world.log.reset();
    expect(next.tabNames()).toEqual(lackingInputs);
    expect(book.world.log.calls).toEqual([]);
  });

  it('lists the tabs again when the book holds more or fewer tabs than when they were listed', () => {
    const book = clicks(lacking);
    book.click().tabNames();
    book.world.addSheet('Daftar  hadir');
    expect(book.click().tabNames()).toContain('Daftar  hadir');
    expect(book.listings()).toBe(1);
    book.world.removeSheet('Jurnal lama 3');
    expect(book.click().tabNames()).toHaveLength(lacking.length);
    expect(book.listings()).toBe(1);
    expect(book.click().tabNames()).toEqual([...lackingInputs, 'Daftar  hadir']);
    expect(book.listings()).toBe(0);
  });

  it('lists the tabs again when a tab it kept was renamed or its case changed', () => {
    const book = clicks(lacking);
    book.click().tabNames();
    book.world.sheet('buku-KAS')!.setName('Kas lama');
    expect(book.click().tabNames()).toContain('Kas lama');
    expect(book.listings()).toBe(1);
    book.world.sheet('Kegiatan')!.setName('KEGIATAN');
    expect(book.click().tabNames()).toContain('KEGIATAN');
    expect(book.listings()).toBe(1);
  });

  it('lists the tabs again ten minutes after they were listed, for another release, and when asked afresh', () => {
    const book = clicks(lacking);
    book.click().tabNames();
    book.later(LISTED_TABS_MS);
    book.click().tabNames();
    expect(book.listings()).toBe(1);
    book.click('v2').tabNames();
    expect(book.listings()).toBe(1);
    book.click('v2').tabNames(undefined, { fresh: true });
    expect(book.listings()).toBe(1);
    book.click('v2').tabNames();
    expect(book.listings()).toBe(0);
    // Kept by a clock ahead of this one: not taken on trust either.
    book.later(-2 * LISTED_TABS_MS);
    book.click('v2').tabNames();
    expect(book.listings()).toBe(1);
  });

  it('the tabs this add-on makes are counted with the names kept: the click after them lists nothing', () => {
    const book = clicks(lacking);
    const first = book.click();
    first.tabNames();
    first.writeGeneratedTabs([grid('Pemeriksaan', 1), grid('Simpanan', 1)]);
    const second = book.click();
    expect(second.tabNames()).toEqual(lackingInputs);
    expect(book.listings()).toBe(0);
    // A generated tab replaced leaves the count as it was; a new input tab is kept by its name.
    second.writeGeneratedTabs([grid('Pemeriksaan', 2)]);
    second.createInputTab(loanChangesTab, []);
    expect(book.click().tabNames()).toEqual([...lackingInputs, 'Perubahan Pinjaman']);
    expect(book.listings()).toBe(0);
    // A write refused half-way is undone: the book, and so the names kept, are as they were.
    book.world.addSheet('Saldo Pinjaman', [['mine']]);
    const failing = book.click();
    failing.tabNames();
    expect(book.listings()).toBe(1);
    expect(() => failing.writeGeneratedTabs([grid('Kartu', 1), grid('Saldo Pinjaman', 1)])).toThrow(
      HostError,
    );
    expect(book.world.sheets).toHaveLength(lacking.length + 4);
    book.click().tabNames();
    expect(book.listings()).toBe(0);
  });

  it('a store that cannot keep or read the names only costs a listing per click', () => {
    const book = clicks(lacking);
    const broken: ListedTabsStore = {
      version: 'v1',
      read: () => {
        throw new Error('Exception: Service unavailable');
      },
      write: () => {
        throw new Error('Exception: You have exceeded the property storage quota.');
      },
      now: () => 0,
    };
    for (let i = 0; i < 2; i += 1) {
      expect(book.click('v1', broken).tabNames()).toEqual(lacking);
      expect(book.listings()).toBe(1);
    }
    for (const value of ['', '{', 'null', '{"version":"v1","at":0,"count":57,"names":7}']) {
      const garbled: ListedTabsStore = { ...broken, read: () => value, write: () => undefined };
      expect(book.click('v1', garbled).tabNames()).toEqual(lacking);
      expect(book.listings()).toBe(1);
    }
  });

  it('a tab renamed to a missing input tab spelt otherwise, as many tabs as before, is seen afresh, not by the clicks between', () => {
    const book = clicks(lacking);
    book.click().tabNames();
    book.world.sheet('Jurnal lama 7')!.setName('daftar-hadir');
    // The known blind spot (docs/book.md §1): the same number of tabs, and every kept name still there.
    expect(book.click().tabNames()).not.toContain('daftar-hadir');
    // Siapkan Buku lists afresh, so it never makes a Daftar Hadir beside it; so do later clicks.
    expect(book.click().tabNames(undefined, { fresh: true })).toContain('daftar-hadir');
    expect(book.click().tabNames()).toContain('daftar-hadir');
    expect(book.listings()).toBe(0);
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
