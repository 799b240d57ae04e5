// Siapkan Buku on a book an earlier release made, through both doors: Sheets through dist/Code.js
// on the fake and an .xlsx file. The missing Pengaturan keys are added below the last used row,
// Frekuensi's dropdown gains Musiman, the new tabs are made; nothing else changes, a second run
// adds nothing, a failure half-way leaves the book as it was, and the calls do not grow with rows.
import ExcelJS from 'exceljs';
import { createApi } from '../../src/core/api/createApi';
import type { ActionResult, ApiResponse, Overview, ProblemPage } from '../../src/core/api/types';
import { loansTab, settingKeys, type SettingKey } from '../../src/core/book/schema';
import type { Cell } from '../../src/core/cell';
import { demoBook } from '../../src/core/demo/demoBook';
import { SheetsWorkbook } from '../../src/gas/sheetsWorkbook';
import { zoneDates } from '../../src/gas/zoneDates';
import { LocalHost } from '../../src/local/localHost';
import { XlsxWorkbook } from '../../src/local/xlsxWorkbook';
import { ZipPackage } from '../../src/local/zipPackage';
import { FakeDataValidation, fakeServices, formatDate, type FakeWorld } from '../gas/fakeSpreadsheetApp';
import { typed } from '../gas/gasBook';
import { loadBundle, type BundleContext } from '../gas/loadBundle';

const ZONE = 'Asia/Jakarta';
/** The tabs sections 7-11 of docs/book.md added: an earlier release's book lacks them. */
const NEW_TABS = ['Perubahan Pinjaman', 'Daftar Hadir', 'RUK', 'Saprodi'];
/** Keys an earlier release did not write; `Denda Keterlambatan` the group typed under its alias `Denda`. */
const NEW_KEYS: readonly SettingKey[] = [
  'shuIncome',
  'shuCosts',
  'shuParts',
  'lateFine',
  'fineGraceDays',
  'subsidyAreaLimit',
];
const OLD_FREQUENCIES = ['Bulanan', 'Mingguan'];
const FREQUENCY_COL = loansTab.columns.findIndex((c) => c.key === 'frequency') + 1;

/** Pengaturan of the earlier release, as the group filled it in. */
function oldSettings(): Cell[][] {
  return [
    ['Kunci', 'Nilai'],
    ...settingKeys
      .filter((s) => !NEW_KEYS.includes(s.key))
      .map((s): Cell[] => [
        s.name,
        s.key === 'groupName'
          ? 'KT Sumber Rejeki'
          : /^\d+$/.test(s.example)
            ? Number(s.example)
            : s.example || null,
      ]),
    ['Denda', 5000],
  ];
}

/** What Siapkan Buku appends, in the order of docs/book.md. */
const ADDED_ROWS: Cell[][] = [
  ['Pendapatan SHU', 'Denda'],
  ['Biaya SHU', 'Biaya Operasional'],
  ['Pembagian SHU', 'Cadangan 25; Jasa Simpanan 30; Jasa Pinjaman 25; Pengurus 10; Sosial 10'],
  ['Masa Tenggang Denda', 3],
  ['Batas Luas Subsidi', 2],
];

const NEXT = 'Berikutnya: isi data anggota di tab Anggota.';
const MESSAGE = {
  id: `Tab dibuat: ${NEW_TABS.join(', ')}. Ditambahkan ke Pengaturan: Pendapatan SHU, Biaya SHU, Pembagian SHU, Masa Tenggang Denda, Batas Luas Subsidi. Pilihan Musiman ditambahkan ke Frekuensi di Pinjaman. ${NEXT}`,
  en: `Tabs created: ${NEW_TABS.join(', ')}. Added to Pengaturan: Pendapatan SHU, Biaya SHU, Pembagian SHU, Masa Tenggang Denda, Batas Luas Subsidi. Choice Musiman added to Frekuensi in Pinjaman. Next: enter the members in the Anggota tab.`,
};
/** The answer with another line in place of the one saying Musiman was added. */
function messageWith(line: { id: string; en: string }) {
  return {
    id: MESSAGE.id.replace('Pilihan Musiman ditambahkan ke Frekuensi di Pinjaman.', line.id),
    en: MESSAGE.en.replace('Choice Musiman added to Frekuensi in Pinjaman.', line.en),
  };
}
const NOTHING = {
  id: `Semua tab sudah ada; tidak ada yang diubah. ${NEXT}`,
  en: 'Every tab is already there; nothing was changed. Next: enter the members in the Anggota tab.',
};

/* ------------------------------------------------------------------ Sheets through the bundle */

interface GasSide {
  readonly world: FakeWorld;
  readonly gas: BundleContext;
  readonly workbook: SheetsWorkbook;
  readonly today: string;
}

function gasSide(): GasSide {
  const fake = fakeServices({ timeZone: ZONE });
  const gas = loadBundle({ ...fake.globals, console: { error: () => undefined, log: () => undefined } });
  const app = fake.globals.SpreadsheetApp;
  return {
    world: fake.world,
    gas,
    workbook: new SheetsWorkbook(app.getActiveSpreadsheet(), app, zoneDates(ZONE, formatDate)),
    today: formatDate(new Date(), ZONE, 'yyyy-MM-dd'),
  };
}

function call(side: GasSide): ApiResponse<ActionResult> {
  return JSON.parse(JSON.stringify(side.gas.setupBook!())) as ApiResponse<ActionResult>;
}

function ok<T>(response: ApiResponse<T>): T {
  if (!response.ok) throw new Error(`${response.error.code}: ${response.error.message.en}`);
  return response.data;
}

/**
 * An earlier release's book in Sheets: made by Siapkan Buku, then the tabs, keys and the choice
 * added since taken away; `loans` rows typed into Pinjaman. `rule` stands for Frekuensi's dropdown.
 */
function oldSheets(
  loans = 3,
  rule?: FakeDataValidation | null | ((world: FakeWorld) => FakeDataValidation),
): GasSide {
  const side = gasSide();
  ok(call(side));
  const { world } = side;
  world.sheets.splice(0, world.sheets.length, ...world.sheets.filter((s) => !NEW_TABS.includes(s.name)));
  const settings = world.sheet('Pengaturan')!;
  for (let r = 2; r <= 30; r += 1) for (let c = 1; c <= 2; c += 1) settings.put(r, c, { value: '' });
  oldSettings().forEach((row, r) =>
    row.forEach((v, c) => settings.put(r + 1, c + 1, { value: (v as string | number | null) ?? '' })),
  );
  const pinjaman = world.sheet('Pinjaman')!;
  const first = pinjaman.cell(2, FREQUENCY_COL)!.validation!;
  const old =
    rule === undefined
      ? new FakeDataValidation(OLD_FREQUENCIES, true, true, first.helpText, 'VALUE_IN_LIST', world)
      : typeof rule === 'function'
        ? rule(world)
        : rule;
  for (let r = 2; r <= pinjaman.maxRows; r += 1) pinjaman.put(r, FREQUENCY_COL, { validation: old });
  for (let i = 1; i <= loans; i += 1) {
    pinjaman.put(i + 1, 1, { value: `P${String(i).padStart(4, '0')}` });
    pinjaman.put(i + 1, FREQUENCY_COL, { value: 'Bulanan' });
  }
  world.log.reset();
  return side;
}

/** What a person could see of the fake book: tabs, values, notes, formats and dropdowns of every cell. */
function sheetsState(world: FakeWorld): string {
  return JSON.stringify(
    world.sheets.map((s) => ({
      name: s.name,
      // Each cell's state, whether the sheet keeps it whole or as its bare value.
      cells: s.cells.map((row, r) =>
        row?.map((_, k) => {
          const c = s.cell(r + 1, k + 1);
          return c && { ...c, validation: c.validation && [c.validation.values, c.validation.helpText] };
        }),
      ),
      widths: [...s.widths],
      frozen: s.frozenRows,
      maxRows: s.maxRows,
    })),
  );
}

/* ------------------------------------------------------------------ .xlsx */

const localApi = (workbook: XlsxWorkbook, today: string) =>
  createApi(new LocalHost(workbook, { today, clock: () => new Date() }));

type Rules = Record<string, ExcelJS.DataValidation>;

/** The same earlier release's book as an .xlsx file, read back as the command line reads a file. */
async function oldXlsx(
  today: string,
  formulae = [`"${OLD_FREQUENCIES.join(',')}"`],
  /** Changes Frekuensi's rules, whose key (`H2:H…`) is given, with its column's letter. */
  edit?: (rules: Rules, key: string, letter: string) => void,
): Promise<Buffer> {
  const made = XlsxWorkbook.create();
  ok(localApi(made, today).setupBook());
  for (const name of NEW_TABS) made.excel.removeWorksheet(made.excel.getWorksheet(name)!.id);
  const settings = made.excel.getWorksheet('Pengaturan')!;
  for (let r = 2; r <= 30; r += 1) for (let c = 1; c <= 2; c += 1) settings.getCell(r, c).value = null;
  oldSettings().forEach((row, r) =>
    row.forEach((v, c) => {
      settings.getCell(r + 1, c + 1).value = v as ExcelJS.CellValue;
    }),
  );
  const pinjaman = made.excel.getWorksheet('Pinjaman')!;
  const rules = (pinjaman as unknown as { dataValidations: { model: Rules } }).dataValidations.model;
  const letter = String.fromCharCode(64 + FREQUENCY_COL);
  const key = Object.keys(rules).find((k) => k.startsWith(`${letter}2:`))!;
  rules[key] = { ...rules[key]!, formulae };
  edit?.(rules, key, letter);
  for (let i = 1; i <= 3; i += 1) {
    pinjaman.getCell(i + 1, 1).value = `P${String(i).padStart(4, '0')}`;
    pinjaman.getCell(i + 1, FREQUENCY_COL).value = 'Bulanan';
  }
  return made.toBuffer();
}

/** The saved file's parts, by name. */
function parts(bytes: Buffer): Map<string, Buffer> {
  const zip = new ZipPackage(bytes, 'book', Number.MAX_SAFE_INTEGER);
  return new Map(zip.entries.map((e) => [e.name, zip.read(e)]));
}

/** The dropdown on a cell of the saved file, as exceljs (another program) reads it. */
async function savedDropdown(bytes: Buffer, tab: string, row: number, col: number) {
  const saved = new ExcelJS.Workbook();
  await saved.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return saved.getWorksheet(tab)!.getCell(row, col).dataValidation;
}

/* ------------------------------------------------------------------ tests */

describe('Siapkan Buku on a book an earlier release made', () => {
  it('Sheets: adds the new tabs, the missing keys below the last row and Musiman, touching nothing else', () => {
    const side = oldSheets();
    const before = side.workbook.readTab('Pengaturan');
    const otherTabs = () =>
      sheetsState({
        sheets: side.world.sheets.filter((s) => ['Anggota', 'Kas', 'Kegiatan'].includes(s.name)),
      } as FakeWorld);
    const others = otherTabs();
    const pinjaman = side.world.sheet('Pinjaman')!;
    const loansBefore = pinjaman.values();

    const result = ok(call(side));
    expect(result.message).toEqual(MESSAGE);
    expect(result.tabs).toEqual([...NEW_TABS, 'Pengaturan', 'Pinjaman']);

    expect(side.workbook.readTab('Pengaturan')).toEqual([...before, ...ADDED_ROWS]);
    const settings = side.world.sheet('Pengaturan')!;
    // Below the old rows only: the header keeps its notes, no new note or format on the new rows.
    expect(settings.cell(1, 1)?.note).toBe('Nama pengaturan\n(Setting name)');
    for (let r = before.length + 1; r <= before.length + ADDED_ROWS.length; r += 1) {
      expect([settings.cell(r, 1)?.note, settings.cell(r, 1)?.numberFormat]).toEqual([undefined, undefined]);
    }

    // The whole column below the header offers the new choice, the rule's help text kept.
    for (const row of [2, 3, 500, pinjaman.maxRows]) {
      const rule = pinjaman.cell(row, FREQUENCY_COL)!.validation!;
      expect([rule.values, rule.allowInvalid]).toEqual([['Bulanan', 'Mingguan', 'Musiman'], true]);
      expect(rule.helpText).toContain('Musiman');
    }
    expect(pinjaman.cell(1, FREQUENCY_COL)?.validation).toBeUndefined();
    expect(pinjaman.values()).toEqual(loansBefore);
    expect(otherTabs()).toEqual(others);
  });

  it('both doors: the new keys go below a formula of the user that shows nothing, never over it (found by an audit)', async () => {
    const side = oldSheets();
    const settings = side.world.sheet('Pengaturan')!;
    const before = side.workbook.readTab('Pengaturan');
    // Just below the last typed row: formulas that show nothing, read as empty cells.
    const at = before.length + 1;
    settings.put(at, 1, { value: '', formula: '=IF(B2="x";"Catatan";"")' });
    settings.put(at, 2, { value: '', formula: '=IF(B2="x";"ada";"")' });
    expect(ok(call(side)).message).toEqual(MESSAGE);
    expect([settings.cell(at, 1)?.formula, settings.cell(at, 2)?.formula]).toEqual([
      '=IF(B2="x";"Catatan";"")',
      '=IF(B2="x";"ada";"")',
    ]);
    expect(side.workbook.readTab('Pengaturan').slice(at)).toEqual(ADDED_ROWS);

    const today = side.today;
    const made = new ExcelJS.Workbook();
    await made.xlsx.load((await oldXlsx(today)) as unknown as ExcelJS.Buffer);
    const sheet = made.getWorksheet('Pengaturan')!;
    const last = sheet.actualRowCount;
    sheet.getCell(last + 1, 1).value = {
      formula: 'IF(B2="x","Catatan","")',
      result: '',
    } as ExcelJS.CellValue;
    sheet.getCell(last + 1, 2).value = { formula: 'IF(B2="x","ada","")', result: '' } as ExcelJS.CellValue;
    const book = await XlsxWorkbook.fromBuffer(Buffer.from(await made.xlsx.writeBuffer()));
    expect(ok(localApi(book, today).setupBook()).message).toEqual(MESSAGE);
    const saved = new ExcelJS.Workbook();
    await saved.xlsx.load((await book.toBuffer()) as unknown as ExcelJS.Buffer);
    const after = saved.getWorksheet('Pengaturan')!;
    expect([after.getCell(last + 1, 1).formula, after.getCell(last + 1, 2).formula]).toEqual([
      'IF(B2="x","Catatan","")',
      'IF(B2="x","ada","")',
    ]);
    expect(after.getCell(last + 2, 1).value).toBe(ADDED_ROWS[0]![0]);
  });

  it('Sheets: a second run adds nothing, writes nothing and says so', () => {
    const side = oldSheets();
    ok(call(side));
    const state = sheetsState(side.world);
    side.world.log.reset();
    const again = ok(call(side));
    expect(again.message).toEqual(NOTHING);
    expect(again.tabs).toEqual([]);
    expect(sheetsState(side.world)).toEqual(state);
    expect(
      side.world.log.calls.filter(
        (c) =>
          /\.(set|insert|delete|clear|protect|add)/.test(c) &&
          !c.includes('Builder.') &&
          !c.startsWith('Properties.'),
      ),
    ).toEqual([]);
  });

  it('Sheets: the calls do not grow with the rows of Pinjaman', () => {
    const counts = [3, 900].map((loans) => {
      const side = oldSheets(loans);
      ok(call(side));
      return side.world.log.byMethod();
    });
    expect(counts[1]).toEqual(counts[0]);
    // Measured: the upgrade's own calls, beside the four new tabs'.
    const log = counts[0]!;
    expect([
      log['Range.getDataValidation'],
      log['Range.getDataValidations'],
      log['Range.setDataValidation'],
      log['Range.setDataValidations'],
    ]).toEqual([
      1, 1,
      // Perubahan Pinjaman 3, Daftar Hadir 1 and its next meetings' 1, RUK 1, Saprodi 1 dropdowns
      // made; 1 widened.
      7, 1,
    ]);
    // The rules come in one call; each cell's is read where it is (no round trip): the first one
    // asked twice (by the check of the column, then by the widening), then every row below it.
    const maxRows = oldSheets(3).world.sheet('Pinjaman')!.maxRows;
    expect(log['DataValidation.getCriteriaValues']).toBe(1 + (maxRows - 1));
  });

  it('Sheets: a failure at any step of the upgrade leaves the book as it was', () => {
    for (const step of [
      'Range.setValues#last',
      'Range.setDataValidation#last',
      'Range.setDataValidations#1',
      'Range.getDataValidations#1',
    ]) {
      const [name, nth] = step.split('#') as [string, string];
      const probe = oldSheets();
      ok(call(probe));
      const n = nth === 'last' ? probe.world.log.count(name) : Number(nth);
      const side = oldSheets();
      const before = sheetsState(side.world);
      side.world.failOn(name, n);
      const res = call(side);
      expect(res.ok).toBe(false);
      expect(sheetsState(side.world)).toEqual(before);
      // The next run does it all.
      expect(ok(call(side)).message).toEqual(MESSAGE);
    }
  });

  it('Sheets: a dropdown the user changed is left alone and the answer says so; none at all is left too', () => {
    const own = gasSide().world;
    const rule = new FakeDataValidation(
      ['Bulanan', 'Mingguan', 'Tahunan'],
      true,
      false,
      'Pilih',
      'VALUE_IN_LIST',
      own,
    );
    const side = oldSheets(3, rule);
    const result = ok(call(side));
    expect(result.message.id).toContain(
      'Frekuensi di Pinjaman memakai aturan isian sendiri: tidak diubah, Musiman tidak ditambahkan.',
    );
    expect(result.message.en).toContain(
      'Frekuensi in Pinjaman has its own validation rule: left as it is, Musiman not added.',
    );
    expect(side.world.sheet('Pinjaman')!.cell(2, FREQUENCY_COL)!.validation!.values).toEqual([
      'Bulanan',
      'Mingguan',
      'Tahunan',
    ]);

    const formula = new FakeDataValidation(['=LEN(H2)<9'], false, true, '', 'CUSTOM_FORMULA', own);
    const custom = oldSheets(3, formula);
    expect(ok(call(custom)).message.id).toContain('Frekuensi di Pinjaman memakai aturan isian sendiri');
    expect(custom.world.sheet('Pinjaman')!.cell(2, FREQUENCY_COL)!.validation).toBe(formula);

    const none = oldSheets(3, null);
    const message = ok(call(none)).message.id;
    expect(message).not.toContain('Frekuensi');
    expect(none.world.sheet('Pinjaman')!.cell(2, FREQUENCY_COL)!.validation).toBeNull();
  });

  it("Sheets: only the cells holding the add-on's old list are widened; a rule the user set lower down stays", () => {
    const side = oldSheets();
    const { world } = side;
    const pinjaman = world.sheet('Pinjaman')!;
    const help = pinjaman.cell(2, FREQUENCY_COL)!.validation!.helpText;
    // Rows copied in from elsewhere: the same old list as another rule; and the user's own list.
    const copied = new FakeDataValidation(OLD_FREQUENCIES, true, false, '', 'VALUE_IN_LIST', world);
    const own = new FakeDataValidation(['Bulanan', 'Tahunan'], true, false, 'Pilih', 'VALUE_IN_LIST', world);
    for (let r = 51; r <= 200; r += 1) pinjaman.put(r, FREQUENCY_COL, { validation: copied });
    for (let r = 201; r <= 300; r += 1) pinjaman.put(r, FREQUENCY_COL, { validation: own });
    pinjaman.put(301, FREQUENCY_COL, { validation: null });

    expect(ok(call(side)).message).toEqual(MESSAGE);
    // Each widened cell takes the first cell's help text (reading each rule's would be more calls a row).
    for (const row of [2, 50, 51, 100, 200, 302, pinjaman.maxRows]) {
      const rule = pinjaman.cell(row, FREQUENCY_COL)!.validation!;
      expect([row, rule.values, rule.helpText]).toEqual([row, ['Bulanan', 'Mingguan', 'Musiman'], help]);
    }
    for (const row of [201, 300]) {
      const rule = pinjaman.cell(row, FREQUENCY_COL)!.validation!;
      expect([rule.values, rule.helpText]).toEqual([own.values, 'Pilih']);
    }
    expect(pinjaman.cell(301, FREQUENCY_COL)!.validation).toBeNull();
  });

  it('both doors: rows pasted in at the top without a dropdown do not keep the rows below from gaining Musiman (found by an audit)', async () => {
    const side = oldSheets();
    const pinjaman = side.world.sheet('Pinjaman')!;
    // Pasting the first loans from another file replaced their cells' dropdown with none.
    for (const row of [2, 3]) pinjaman.put(row, FREQUENCY_COL, { validation: null });
    expect(ok(call(side)).message).toEqual(MESSAGE);
    for (const row of [2, 3]) expect(pinjaman.cell(row, FREQUENCY_COL)!.validation).toBeNull();
    for (const row of [4, 100, pinjaman.maxRows])
      expect([row, pinjaman.cell(row, FREQUENCY_COL)!.validation!.values]).toEqual([
        row,
        ['Bulanan', 'Mingguan', 'Musiman'],
      ]);
    const today = side.today;
    const book = await XlsxWorkbook.fromBuffer(
      await oldXlsx(today, undefined, (rules, key, letter) => {
        rules[key.replace(`${letter}2:`, `${letter}4:`)] = rules[key]!;
        delete rules[key];
      }),
    );
    expect(ok(localApi(book, today).setupBook()).message).toEqual(MESSAGE);
    const saved = await book.toBuffer();
    expect(await savedDropdown(saved, 'Pinjaman', 2, FREQUENCY_COL)).toBeUndefined();
    for (const row of [4, 500])
      expect([row, (await savedDropdown(saved, 'Pinjaman', row, FREQUENCY_COL))?.formulae]).toEqual([
        row,
        ['"Bulanan,Mingguan,Musiman"'],
      ]);
  });

  it("both doors: only the earlier release's exact list is the add-on's; a user's rule is said as it is", async () => {
    const today = gasSide().today;
    const lacking = messageWith({
      id: 'Frekuensi di Pinjaman memakai aturan isian sendiri: tidak diubah, Mingguan, Musiman tidak ditambahkan.',
      en: 'Frekuensi in Pinjaman has its own validation rule: left as it is, Mingguan, Musiman not added.',
    });
    const unchecked = messageWith({
      id: 'Frekuensi di Pinjaman memakai aturan isian sendiri: tidak diubah dan tidak diperiksa.',
      en: 'Frekuensi in Pinjaman has its own validation rule: left as it is and not checked.',
    });
    const widened = ['Bulanan', 'Mingguan', 'Musiman'];
    for (const { list, range, message, after } of [
      // A narrower list is the user's, not the add-on's: left alone, what it lacks said.
      { list: ['Bulanan'], range: false, message: lacking, after: ['Bulanan'] },
      // The earlier list in another case is the add-on's (list values are compared without case).
      { list: ['bulanan', 'mingguan'], range: false, message: MESSAGE, after: widened },
      // A rule over a range of cells: its choices are not known, so nothing is said to lack.
      { list: ['Z1:Z3'], range: true, message: unchecked, after: undefined },
    ]) {
      const side = oldSheets(3, (world) =>
        range
          ? new FakeDataValidation(['=Daftar!Z1:Z3'], true, true, '', 'VALUE_IN_RANGE', world)
          : new FakeDataValidation(list, true, true, 'Pilih', 'VALUE_IN_LIST', world),
      );
      expect([list, ok(call(side)).message]).toEqual([list, message]);
      const book = await XlsxWorkbook.fromBuffer(
        await oldXlsx(today, [range ? '$Z$1:$Z$3' : `"${list.join(',')}"`]),
      );
      expect([list, ok(localApi(book, today).setupBook()).message]).toEqual([list, message]);
      for (const row of [2, 500]) {
        const rule = side.world.sheet('Pinjaman')!.cell(row, FREQUENCY_COL)!.validation!;
        expect([row, range ? rule.criteria : rule.values]).toEqual([row, range ? 'VALUE_IN_RANGE' : after]);
        const saved = await savedDropdown(await book.toBuffer(), 'Pinjaman', row, FREQUENCY_COL);
        expect([row, saved?.formulae]).toEqual([row, [range ? '$Z$1:$Z$3' : `"${after!.join(',')}"`]]);
      }
    }
  });

  it('.xlsx: the same rows, values and dropdown; every other part of the file byte for byte', async () => {
    const today = gasSide().today;
    const old = await oldXlsx(today);
    const book = await XlsxWorkbook.fromBuffer(old);
    const before = book.readTab('Pengaturan');
    const result = ok(localApi(book, today).setupBook());
    expect(result.message).toEqual(MESSAGE);
    expect(book.readTab('Pengaturan')).toEqual([...before, ...ADDED_ROWS]);
    const saved = await book.toBuffer();
    const again = await XlsxWorkbook.fromBuffer(saved);
    expect(again.readTab('Pengaturan')).toEqual([...before, ...ADDED_ROWS]);

    // The same as Sheets: the cells of every tab, the dropdown on the column.
    const sheets = oldSheets();
    ok(call(sheets));
    for (const tab of [
      'Pengaturan',
      'Anggota',
      'Kas',
      'Pinjaman',
      'Kegiatan',
      ...NEW_TABS.filter((t) => t !== 'Daftar Hadir'),
    ])
      expect(again.readTab(tab)).toEqual(sheets.workbook.readTab(tab));
    for (const row of [2, 3, 500]) {
      const rule = (await savedDropdown(saved, 'Pinjaman', row, FREQUENCY_COL)) as ExcelJS.DataValidation;
      expect([rule.type, rule.formulae, rule.errorStyle]).toEqual([
        'list',
        ['"Bulanan,Mingguan,Musiman"'],
        'warning',
      ]);
    }
    expect(again.dropdownChoices('Pinjaman', 2, FREQUENCY_COL)).toEqual(
      sheets.workbook.dropdownChoices('Pinjaman', 2, FREQUENCY_COL),
    );

    const was = parts(old);
    const now = parts(saved);
    const changed = [...was.keys()].filter((name) => !now.get(name)?.equals(was.get(name)!));
    // Pengaturan (sheet1) gains its rows, Pinjaman (sheet4) its choice, the workbook its new tabs
    // (with their header styles).
    expect(changed.sort()).toEqual(
      [
        '[Content_Types].xml',
        'xl/_rels/workbook.xml.rels',
        'xl/styles.xml',
        'xl/workbook.xml',
        'xl/worksheets/sheet1.xml',
        'xl/worksheets/sheet4.xml',
      ].sort(),
    );
    const loansXml = (b: Map<string, Buffer>) => b.get('xl/worksheets/sheet4.xml')!.toString('utf8');
    expect(loansXml(now)).toBe(
      loansXml(was).replace(
        '<formula1>&quot;Bulanan,Mingguan&quot;</formula1>',
        '<formula1>&quot;Bulanan,Mingguan,Musiman&quot;</formula1>',
      ),
    );
  });

  it('.xlsx: a second run adds nothing, in the same session and after the file is read again', async () => {
    const today = gasSide().today;
    const book = await XlsxWorkbook.fromBuffer(await oldXlsx(today));
    const api = localApi(book, today);
    ok(api.setupBook());
    const saved = await book.toBuffer();
    expect(ok(api.setupBook()).message).toEqual(NOTHING);
    expect((await book.toBuffer()).equals(saved)).toBe(true);
    const reread = await XlsxWorkbook.fromBuffer(saved);
    expect(ok(localApi(reread, today).setupBook()).message).toEqual(NOTHING);
    expect((await reread.toBuffer()).equals(saved)).toBe(true);
  });

  it(".xlsx: every rule of the add-on's old list on the column is widened; a rule the user set lower down stays", async () => {
    const today = gasSide().today;
    const old = await oldXlsx(today, undefined, (rules, key, letter) => {
      const rule = rules[key]!;
      delete rules[key];
      // Rows 51-200 copied in Excel: the same list as a rule of its own (with its own error style).
      rules[`${letter}2:${letter}50`] = rule;
      rules[`${letter}51:${letter}200`] = { ...rule, errorStyle: 'stop' };
      rules[`${letter}201:${letter}300`] = { ...rule, formulae: ['"Bulanan,Tahunan"'] };
    });
    const book = await XlsxWorkbook.fromBuffer(old);
    expect(ok(localApi(book, today).setupBook()).message).toEqual(MESSAGE);
    const saved = await book.toBuffer();
    for (const [row, formulae, errorStyle] of [
      [2, '"Bulanan,Mingguan,Musiman"', 'warning'],
      [50, '"Bulanan,Mingguan,Musiman"', 'warning'],
      [100, '"Bulanan,Mingguan,Musiman"', 'stop'],
      [200, '"Bulanan,Mingguan,Musiman"', 'stop'],
      [250, '"Bulanan,Tahunan"', 'warning'],
    ] as const) {
      const rule = (await savedDropdown(saved, 'Pinjaman', row, FREQUENCY_COL)) as ExcelJS.DataValidation;
      expect([row, rule.formulae, rule.errorStyle]).toEqual([row, [formulae], errorStyle]);
    }
    // A second run in the same session, and on the file read again, adds nothing.
    expect(ok(localApi(book, today).setupBook()).message).toEqual(NOTHING);
    expect(ok(localApi(await XlsxWorkbook.fromBuffer(saved), today).setupBook()).message).toEqual(NOTHING);
  });

  it('.xlsx: a dropdown the user made is left alone and said', async () => {
    const today = gasSide().today;
    const old = await oldXlsx(today, ['"Bulanan,Mingguan,Tahunan"']);
    const book = await XlsxWorkbook.fromBuffer(old);
    expect(ok(localApi(book, today).setupBook()).message.id).toContain(
      'Frekuensi di Pinjaman memakai aturan isian sendiri: tidak diubah, Musiman tidak ditambahkan.',
    );
    const rule = (await savedDropdown(
      await book.toBuffer(),
      'Pinjaman',
      2,
      FREQUENCY_COL,
    )) as ExcelJS.DataValidation;
    expect(rule.formulae).toEqual(['"Bulanan,Mingguan,Tahunan"']);
  });

  it('both doors: with fines paid in Kas and no fine set, the next step is to set it before the checks', async () => {
    const today = gasSide().today;
    // The demo book as an earlier release kept it: fines paid on loans in Kas, no fine in Pengaturan.
    const fineKeys = ['Denda Keterlambatan', 'Masa Tenggang Denda'];
    const tabs = demoBook(today).tabs.map((tab) =>
      tab.name === 'Pengaturan'
        ? { ...tab, grid: tab.grid.filter((row) => !fineKeys.includes(String(row[0]))) }
        : tab,
    );
    const first = {
      id: 'Semua tab sudah ada. Ditambahkan ke Pengaturan: Denda Keterlambatan, Masa Tenggang Denda. Berikutnya: isi Denda Keterlambatan dan Masa Tenggang Denda di tab Pengaturan, lalu jalankan Periksa Data.',
      en: 'Every tab is already there. Added to Pengaturan: Denda Keterlambatan, Masa Tenggang Denda. Next: fill in Denda Keterlambatan and Masa Tenggang Denda in the Pengaturan tab, then run Periksa Data (Check Data).',
    };
    const then = {
      id: 'Semua tab sudah ada; tidak ada yang diubah. Berikutnya: jalankan Periksa Data.',
      en: 'Every tab is already there; nothing was changed. Next: run Periksa Data (Check Data).',
    };
    /** How many fines paid the checks call beyond those charged, through a door's own calls. */
    const fineWarnings = (
      overview: () => ApiResponse<Overview>,
      page: (offset: number) => ApiResponse<ProblemPage>,
    ) => {
      const items = [...ok(overview()).problems.items];
      for (let p = ok(overview()).problems; items.length < p.total; items.push(...p.items))
        p = ok(page(items.length));
      return items.filter((x) => x.code === 'credit.fine.beyondCharged').length;
    };
    const fillIn = (grid: readonly (readonly Cell[])[], write: (row: number, value: number) => void) => {
      write(grid.findIndex((r) => r[0] === 'Denda Keterlambatan') + 1, 10_000);
      write(grid.findIndex((r) => r[0] === 'Masa Tenggang Denda') + 1, 3);
    };

    const side = gasSide();
    for (const tab of tabs) {
      const sheet = side.world.addSheet(tab.name);
      typed(side.world, tab.grid).forEach((row, r) =>
        row.forEach((v, c) =>
          sheet.put(r + 1, c + 1, { value: v instanceof Date ? { time: v.getTime() } : (v as string) }),
        ),
      );
    }
    const plain = <T>(x: unknown) => JSON.parse(JSON.stringify(x)) as T;
    const sheetsFines = () =>
      fineWarnings(
        () => plain(side.gas.getOverview!()),
        (offset) => plain(side.gas.getProblems!(offset)),
      );
    expect(ok(call(side)).message).toEqual(first);
    const fines = sheetsFines();
    // Each fine paid on a loan is beyond the fine of 0 charged: what the step forestalls.
    expect(fines).toBeGreaterThan(0);

    const book = XlsxWorkbook.create();
    for (const tab of tabs) book.writeInputGrid(tab.spec, tab.name, tab.grid, tab.headerRow);
    const file = await XlsxWorkbook.fromBuffer(await book.toBuffer());
    const api = localApi(file, today);
    expect(ok(api.setupBook()).message).toEqual(first);
    expect(fineWarnings(api.getOverview, api.getProblems)).toBe(fines);

    // Filled in as asked: the warnings go, and the next step is the checks.
    fillIn(side.workbook.readTab('Pengaturan'), (row, value) =>
      side.world.sheet('Pengaturan')!.put(row, 2, { value }),
    );
    fillIn(file.readTab('Pengaturan'), (row, value) => file.writeCell('Pengaturan', row, 2, value));
    expect([ok(call(side)).message, sheetsFines()]).toEqual([then, 0]);
    const again = localApi(file, today);
    expect([ok(again.setupBook()).message, fineWarnings(again.getOverview, again.getProblems)]).toEqual([
      then,
      0,
    ]);
  });
});
